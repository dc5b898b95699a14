using System;
using System.Globalization;

namespace BiometricConsent.Consent;

/// <summary>
/// The version of the processing notice (privacy notice, consent text) shown to the subject when consent
/// was given: <c>major[.minor[.patch]]</c>, compared component by component.
/// </summary>
/// <remarks>
/// PIPL Art. 14 ¶2 requires fresh consent when the purpose, method or kinds of data change; bump the
/// version whenever the notice changes in such a way and require it in <see cref="ConsentPolicy"/>, so
/// that consent given against an older notice is treated as stale. Missing components are zero:
/// "2" equals "2.0" and "2.0.0". The text form is canonical: "2", "2.1", "2.1.3".
/// </remarks>
public readonly struct NoticeVersion : IEquatable<NoticeVersion>, IComparable<NoticeVersion>, IComparable
{
    /// <summary>Creates a notice version.</summary>
    /// <param name="major">The major component, 0 or more.</param>
    /// <param name="minor">The minor component, 0 or more.</param>
    /// <param name="patch">The patch component, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is negative.</exception>
    public NoticeVersion(int major, int minor = 0, int patch = 0)
    {
        Major = major >= 0 ? major : throw new ArgumentOutOfRangeException(nameof(major), major, "A notice version component must not be negative.");
        Minor = minor >= 0 ? minor : throw new ArgumentOutOfRangeException(nameof(minor), minor, "A notice version component must not be negative.");
        Patch = patch >= 0 ? patch : throw new ArgumentOutOfRangeException(nameof(patch), patch, "A notice version component must not be negative.");
    }

    /// <summary>The major component.</summary>
    public int Major { get; }

    /// <summary>The minor component.</summary>
    public int Minor { get; }

    /// <summary>The patch component.</summary>
    public int Patch { get; }

    /// <summary>Parses <c>major[.minor[.patch]]</c>, such as "3" or "2.1".</summary>
    /// <param name="text">The text to parse; surrounding white space is ignored.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a version.</exception>
    public static NoticeVersion Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));

        return TryParse(text, out var version)
            ? version
            : throw new FormatException($"'{text}' is not a notice version; expected major[.minor[.patch]] with non-negative integers, such as \"2.1\".");
    }

    /// <summary>Tries to parse <c>major[.minor[.patch]]</c>.</summary>
    /// <param name="text">The text to parse; surrounding white space is ignored.</param>
    /// <param name="version">The version, when the text is valid.</param>
    /// <returns>Whether the text is a valid version.</returns>
    public static bool TryParse(string? text, out NoticeVersion version)
    {
        version = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Trim().Split('.');
        if (parts.Length > 3)
        {
            return false;
        }

        var components = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            // Digits only: no signs, no white space inside, no empty components ("2..1").
            if (part.Length == 0 || part.Length > 9)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            components[i] = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        version = new NoticeVersion(components[0], components[1], components[2]);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(NoticeVersion other)
    {
        var c = Major.CompareTo(other.Major);
        if (c != 0)
        {
            return c;
        }

        c = Minor.CompareTo(other.Minor);
        return c != 0 ? c : Patch.CompareTo(other.Patch);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        NoticeVersion other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a NoticeVersion.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(NoticeVersion other) => Major == other.Major && Minor == other.Minor && Patch == other.Patch;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NoticeVersion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((((Major * 397) ^ Minor) * 397) ^ Patch);

    /// <summary>The canonical text: "2", "2.1" or "2.1.3" (trailing zero components omitted, major always shown).</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        if (Patch != 0)
        {
            return string.Format(inv, "{0}.{1}.{2}", Major, Minor, Patch);
        }

        return Minor != 0 ? string.Format(inv, "{0}.{1}", Major, Minor) : Major.ToString(inv);
    }

    /// <summary>Whether two versions are equal.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public static bool operator ==(NoticeVersion left, NoticeVersion right) => left.Equals(right);

    /// <summary>Whether two versions differ.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(NoticeVersion left, NoticeVersion right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is older than <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> if older.</returns>
    public static bool operator <(NoticeVersion left, NoticeVersion right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is newer than <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> if newer.</returns>
    public static bool operator >(NoticeVersion left, NoticeVersion right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is older than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> if older or equal.</returns>
    public static bool operator <=(NoticeVersion left, NoticeVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is newer than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> if newer or equal.</returns>
    public static bool operator >=(NoticeVersion left, NoticeVersion right) => left.CompareTo(right) >= 0;
}
