using System;
using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>One grant inside a <see cref="SubjectConsentState"/>, flattened for allocation-free checks.</summary>
internal sealed class GrantState
{
    private static readonly WithdrawalMark[] NoMarks = Array.Empty<WithdrawalMark>();

    // Cache of the instant the subject reaches the age of consent, for the last (zone, age) asked.
    // Benign race: readers see either the old or the new immutable cache object.
    private AgeThreshold? ageThreshold;

    internal GrantState(ConsentLedgerEntry entry, ConsentGranted grant)
        : this(entry, grant, NoMarks)
    {
    }

    private GrantState(ConsentLedgerEntry entry, ConsentGranted grant, WithdrawalMark[] withdrawals)
    {
        Entry = entry;
        Grant = grant;
        PurposeBits = grant.PurposeBits;
        Modalities = grant.Modalities;
        Functions = grant.Functions;
        GrantedAt = grant.GrantedAt;
        ExpiresAt = grant.ExpiresAt ?? Instant.MaxValue;
        Withdrawals = withdrawals;
    }

    internal ConsentLedgerEntry Entry { get; }

    internal ConsentGranted Grant { get; }

    internal int PurposeBits { get; }

    internal Modality Modalities { get; }

    internal RecognitionFunction Functions { get; }

    internal Instant GrantedAt { get; }

    /// <summary>The expiry, or <see cref="Instant.MaxValue"/> when the grant does not expire.</summary>
    internal Instant ExpiresAt { get; }

    /// <summary>Withdrawals at or after the grant, ordered by instant.</summary>
    internal WithdrawalMark[] Withdrawals { get; }

    internal GrantState WithWithdrawal(ConsentWithdrawn withdrawn)
    {
        var marks = new WithdrawalMark[Withdrawals.Length + 1];
        int index = Withdrawals.Length;
        while (index > 0 && Withdrawals[index - 1].At > withdrawn.WithdrawnAt)
        {
            index--;
        }

        Array.Copy(Withdrawals, marks, index);
        marks[index] = new WithdrawalMark(withdrawn.WithdrawnAt, withdrawn.PurposeBits, withdrawn);
        Array.Copy(Withdrawals, index, marks, index + 1, Withdrawals.Length - index);
        return new GrantState(Entry, Grant, marks);
    }

    /// <summary>The purposes not withdrawn as of <paramref name="at"/>.</summary>
    internal int RemainingPurposesAt(Instant at)
    {
        int bits = PurposeBits;
        foreach (WithdrawalMark mark in Withdrawals)
        {
            if (mark.At > at)
            {
                break;
            }

            bits &= ~mark.PurposeBits;
        }

        return bits;
    }

    /// <summary>The first withdrawal at or before <paramref name="at"/> that covers the purpose bit, or null.</summary>
    internal ConsentWithdrawn? WithdrawalOf(int purposeBit, Instant at)
    {
        foreach (WithdrawalMark mark in Withdrawals)
        {
            if (mark.At > at)
            {
                return null;
            }

            if ((mark.PurposeBits & purposeBit) != 0)
            {
                return mark.Event;
            }
        }

        return null;
    }

    /// <summary>
    /// The instant the subject reaches <paramref name="minimumAge"/>: the start of that birthday in
    /// <paramref name="zone"/> (the first instant of the day, if midnight is skipped by a DST change).
    /// </summary>
    internal Instant AgeReachedAt(LocalDate birthDate, DateTimeZone zone, int minimumAge)
    {
        AgeThreshold? cached = ageThreshold;
        if (cached is not null && ReferenceEquals(cached.Zone, zone) && cached.MinimumAge == minimumAge)
        {
            return cached.ReachedAt;
        }

        // NodaTime truncates 29 February to 28 February in non-leap years.
        Instant reachedAt = birthDate.PlusYears(minimumAge).AtStartOfDayInZone(zone).ToInstant();
        ageThreshold = new AgeThreshold(zone, minimumAge, reachedAt);
        return reachedAt;
    }

    internal readonly struct WithdrawalMark
    {
        internal WithdrawalMark(Instant at, int purposeBits, ConsentWithdrawn @event)
        {
            At = at;
            PurposeBits = purposeBits;
            Event = @event;
        }

        internal Instant At { get; }

        internal int PurposeBits { get; }

        internal ConsentWithdrawn Event { get; }
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
