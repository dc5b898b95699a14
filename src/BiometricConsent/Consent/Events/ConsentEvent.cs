using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>
/// Something that happened to a subject's consent: <see cref="ConsentGranted"/>, <see cref="ConsentWithdrawn"/>
/// or <see cref="BiometricDataDeleted"/>. Events are immutable; a ledger only ever appends them, so the
/// history that proves consent (SPC FR Provisions Art. 6 ¶2) is never rewritten.
/// </summary>
/// <remarks>
/// The set of event types is closed: these three are the only kinds. A ledger wraps each appended event
/// in a <see cref="ConsentLedgerEntry"/> carrying the sequence number and the time it was recorded.
/// </remarks>
public abstract class ConsentEvent
{
    // Closed hierarchy: ledgers (and their storage formats) can rely on knowing every kind.
    private protected ConsentEvent(SubjectId subject)
    {
        SubjectId.ThrowIfDefault(subject, nameof(subject));
        Subject = subject;
    }

    /// <summary>The subject the event is about.</summary>
    public SubjectId Subject { get; }

    /// <summary>
    /// When the event took effect in the world (consent given, consent withdrawn, data deleted) — as
    /// opposed to <see cref="ConsentLedgerEntry.RecordedAt"/>, when the ledger learnt of it.
    /// </summary>
    public abstract Instant OccurredAt { get; }

    /// <summary>The kind of event.</summary>
    public abstract ConsentEventKind Kind { get; }
}

/// <summary>The kinds of <see cref="ConsentEvent"/>. The numeric values are stable and are what durable ledgers store.</summary>
public enum ConsentEventKind
{
    /// <summary>A <see cref="ConsentGranted"/>.</summary>
    Granted = 1,

    /// <summary>A <see cref="ConsentWithdrawn"/>.</summary>
    Withdrawn = 2,

    /// <summary>A <see cref="BiometricDataDeleted"/>.</summary>
    DataDeleted = 3,
}
