using System;
using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>
/// A subject whose biometric data is due for deletion because all consent was withdrawn (PIPL Art. 47 ¶1(2)),
/// and since when.
/// </summary>
public readonly struct PendingDeletion : IEquatable<PendingDeletion>
{
    /// <summary>Creates a pending deletion.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="dueSince">The withdrawal instant from which the duty to delete has been outstanding.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value.</exception>
    public PendingDeletion(SubjectId subject, Instant dueSince)
    {
        SubjectId.ThrowIfDefault(subject, nameof(subject));
        Subject = subject;
        DueSince = dueSince;
    }

    /// <summary>The subject.</summary>
    public SubjectId Subject { get; }

    /// <summary>The withdrawal instant from which the duty to delete has been outstanding.</summary>
    public Instant DueSince { get; }

    /// <inheritdoc />
    public bool Equals(PendingDeletion other) => Subject == other.Subject && DueSince == other.DueSince;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PendingDeletion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Subject.GetHashCode() ^ DueSince.GetHashCode();

    /// <summary>"subject since instant".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Subject} since {DueSince}";
}
