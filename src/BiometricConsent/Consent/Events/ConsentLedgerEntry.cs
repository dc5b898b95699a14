using System;
using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>An event as a ledger recorded it: with its sequence number and the time it was recorded.</summary>
public sealed class ConsentLedgerEntry
{
    /// <summary>Creates an entry. Ledgers call this; applications receive entries from <see cref="IConsentLedger"/>.</summary>
    /// <param name="sequenceNumber">The position in the ledger; 1 or more, unique and increasing in append order.</param>
    /// <param name="recordedAt">When the ledger recorded the event.</param>
    /// <param name="event">The event.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequenceNumber"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public ConsentLedgerEntry(long sequenceNumber, Instant recordedAt, ConsentEvent @event)
    {
        SequenceNumber = sequenceNumber >= 1
            ? sequenceNumber
            : throw new ArgumentOutOfRangeException(nameof(sequenceNumber), sequenceNumber, "Sequence numbers start at 1.");
        RecordedAt = recordedAt;
        Event = Preconditions.CheckNotNull(@event, nameof(@event));
    }

    /// <summary>The position in the ledger: unique, and increasing in the order events were appended.</summary>
    public long SequenceNumber { get; }

    /// <summary>When the ledger recorded the event.</summary>
    public Instant RecordedAt { get; }

    /// <summary>The event.</summary>
    public ConsentEvent Event { get; }

    /// <summary>The subject of the event.</summary>
    public SubjectId Subject => Event.Subject;

    /// <summary>"#seq kind subject".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"#{SequenceNumber} {Event.Kind} {Event.Subject}";
}
