using System;

namespace BiometricConsent.Consent;

/// <summary>Who gave a consent: the subject personally, or a parent or other guardian.</summary>
public enum ConsentGiverKind
{
    /// <summary>The subject personally.</summary>
    Subject = 1,

    /// <summary>A parent or other guardian of the subject (PIPL Art. 31).</summary>
    Guardian = 2,
}

/// <summary>
/// Who gave a consent. Consent for a child under 14 must come from a parent or other guardian
/// (PIPL Art. 31); the guardian's identity is kept so that the processor can prove it (SPC FR Provisions Art. 6).
/// </summary>
public sealed class ConsentGiver : IEquatable<ConsentGiver>
{
    /// <summary>The subject personally.</summary>
    public static ConsentGiver Subject { get; } = new ConsentGiver(ConsentGiverKind.Subject, null, null);

    private ConsentGiver(ConsentGiverKind kind, string? guardianIdentity, string? relationship)
    {
        Kind = kind;
        GuardianIdentity = guardianIdentity;
        Relationship = relationship;
    }

    /// <summary>Whether the subject or a guardian gave the consent.</summary>
    public ConsentGiverKind Kind { get; }

    /// <summary>
    /// For a guardian, how the application identifies the guardian (an account or a verified identity
    /// reference); <see langword="null"/> for the subject.
    /// </summary>
    public string? GuardianIdentity { get; }

    /// <summary>For a guardian, the relationship to the subject if known, such as "mother"; otherwise <see langword="null"/>.</summary>
    public string? Relationship { get; }

    /// <summary>Consent given by a parent or other guardian.</summary>
    /// <param name="guardianIdentity">How the application identifies the guardian; surrounding white space is removed.</param>
    /// <param name="relationship">The relationship to the subject, such as "mother"; optional.</param>
    /// <returns>The consent giver.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="guardianIdentity"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="guardianIdentity"/> is blank, or <paramref name="relationship"/> is blank but not null.</exception>
    public static ConsentGiver Guardian(string guardianIdentity, string? relationship = null)
    {
        Preconditions.CheckNotNull(guardianIdentity, nameof(guardianIdentity));

        var identity = guardianIdentity.Trim();
        Preconditions.CheckArgument(identity.Length != 0, nameof(guardianIdentity), "A guardian identity must not be empty or white space.");

        var rel = relationship?.Trim();
        Preconditions.CheckArgument(rel is not { Length: 0 }, nameof(relationship), "A relationship must be null or non-blank.");

        return new ConsentGiver(ConsentGiverKind.Guardian, identity, rel);
    }

    /// <inheritdoc />
    public bool Equals(ConsentGiver? other) =>
        other is not null && Kind == other.Kind &&
        string.Equals(GuardianIdentity, other.GuardianIdentity, StringComparison.Ordinal) &&
        string.Equals(Relationship, other.Relationship, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConsentGiver);

    /// <inheritdoc />
    public override int GetHashCode() =>
        ((int)Kind * 397) ^ (GuardianIdentity is null ? 0 : StringComparer.Ordinal.GetHashCode(GuardianIdentity));

    /// <summary>"subject", or "guardian {identity} ({relationship})".</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => Kind == ConsentGiverKind.Subject
        ? "subject"
        : Relationship is null ? $"guardian {GuardianIdentity}" : $"guardian {GuardianIdentity} ({Relationship})";
}
