using System;

namespace BiometricConsent.Consent;

/// <summary>
/// Identifies the natural person whose biometric data is processed (the "data subject"): an opaque,
/// non-blank identifier chosen by the application, such as a member number or a pseudonymous key.
/// </summary>
/// <remarks>
/// Leading and trailing white space is removed; comparison is ordinal and case-sensitive.
/// Prefer a pseudonymous key over a name or an identity-card number: the identifier is stored in the
/// consent ledger and exported in consent receipts.
/// The default value is not a valid subject; members taking a <see cref="SubjectId"/> reject it.
/// </remarks>
public readonly struct SubjectId : IEquatable<SubjectId>, IComparable<SubjectId>
{
    private readonly string? value;

    /// <summary>Creates a subject identifier.</summary>
    /// <param name="value">The identifier; surrounding white space is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space only.</exception>
    public SubjectId(string value)
    {
        Preconditions.CheckNotNull(value, nameof(value));

        var trimmed = value.Trim();
        Preconditions.CheckArgument(trimmed.Length != 0, nameof(value), "A subject identifier must not be empty or white space.");

        this.value = trimmed;
    }

    /// <summary>The identifier text, trimmed.</summary>
    /// <exception cref="InvalidOperationException">This is the default value, which identifies no subject.</exception>
    public string Value => value ?? throw new InvalidOperationException("The default SubjectId identifies no subject.");

    /// <summary>Whether this is the default value, which identifies no subject.</summary>
    public bool IsDefault => value is null;

    /// <summary>Creates a subject identifier; same as the constructor.</summary>
    /// <param name="value">The identifier; surrounding white space is removed.</param>
    /// <returns>The subject identifier.</returns>
    public static SubjectId From(string value) => new SubjectId(value);

    /// <inheritdoc />
    public bool Equals(SubjectId other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SubjectId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc />
    public int CompareTo(SubjectId other) => string.CompareOrdinal(value, other.value);

    /// <summary>The identifier text, or an empty string for the default value.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => value ?? string.Empty;

    /// <summary>Whether two identifiers are equal.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> if they are equal.</returns>
    public static bool operator ==(SubjectId left, SubjectId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(SubjectId left, SubjectId right) => !left.Equals(right);

    /// <summary>Throws when <paramref name="subject"/> is the default value.</summary>
    internal static void ThrowIfDefault(SubjectId subject, string paramName)
    {
        Preconditions.CheckArgument(!subject.IsDefault, paramName, "The default SubjectId identifies no subject.");
    }
}
