using System;
using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>
/// One grant inside a <see cref="SubjectConsentState"/>, flattened for allocation-free checks. Immutable apart from
/// its age cache, and shared by every later state of the subject: withdrawals are kept apart, in the state.
/// </summary>
internal sealed class GrantState
{
    // Cache of the instant the subject reaches the age of consent, for the last (zone, age) asked.
    // Benign race: readers see either the old or the new immutable cache object.
    private AgeThreshold? ageThreshold;

    internal GrantState(ConsentLedgerEntry entry, ConsentGranted grant)
    {
        Entry = entry;
        Grant = grant;
        PurposeBits = grant.PurposeBits;
        Modalities = grant.Modalities;
        Functions = grant.Functions;
        GrantedAt = grant.GrantedAt;
        ExpiresAt = grant.ExpiresAt ?? Instant.MaxValue;
    }

    internal ConsentLedgerEntry Entry { get; }

    internal ConsentGranted Grant { get; }

    internal int PurposeBits { get; }

    internal Modality Modalities { get; }

    internal RecognitionFunction Functions { get; }

    internal Instant GrantedAt { get; }

    /// <summary>The expiry, or <see cref="Instant.MaxValue"/> when the grant does not expire.</summary>
    internal Instant ExpiresAt { get; }

    /// <summary>
    /// The instant the subject reaches <paramref name="minimumAge"/>: the start of that birthday in
    /// <paramref name="zone"/> (the first instant of the day, if midnight is skipped by a DST change).
    /// </summary>
    internal Instant AgeReachedAt(LocalDate birthDate, DateTimeZone zone, int minimumAge)
    {
        var cached = ageThreshold;
        if (cached is not null && ReferenceEquals(cached.Zone, zone) && cached.MinimumAge == minimumAge)
        {
            return cached.ReachedAt;
        }

        // NodaTime truncates 29 February to 28 February in non-leap years.
        var reachedAt = birthDate.PlusYears(minimumAge).AtStartOfDayInZone(zone).ToInstant();
        ageThreshold = new AgeThreshold(zone, minimumAge, reachedAt);
        return reachedAt;
    }

    private sealed class AgeThreshold
    {
        internal AgeThreshold(DateTimeZone zone, int minimumAge, Instant reachedAt)
        {
            Zone = zone;
            MinimumAge = minimumAge;
            ReachedAt = reachedAt;
        }

        internal DateTimeZone Zone { get; }

        internal int MinimumAge { get; }

        internal Instant ReachedAt { get; }
    }
}
