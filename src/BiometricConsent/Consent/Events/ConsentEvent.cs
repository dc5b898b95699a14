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
    /// <summary>The longest <see cref="IdempotencyKey"/> accepted, in UTF-16 code units.</summary>
    public const int MaxIdempotencyKeyLength = 200;

    private readonly string? idempotencyKey;

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

    /// <summary>
    /// Identifies the operation that recorded the event, so that retrying it does not record the event twice: a
    /// ledger that already holds an event with this key returns the entry it recorded then instead of appending
    /// again. Optional (<see langword="null"/>: every append records the event). Set it when constructing the event
    /// (<c>new ConsentWithdrawn(…) { IdempotencyKey = requestId }</c>) to a value unique to the operation across the
    /// whole ledger, such as a request id or a <see cref="System.Guid"/>; compared ordinally.
    /// </summary>
    /// <exception cref="System.ArgumentException">The key is empty, white space only, or longer than <see cref="MaxIdempotencyKeyLength"/>.</exception>
    public string? IdempotencyKey
    {
        get => idempotencyKey;
        init => idempotencyKey = value is null || (value.Trim().Length > 0 && value.Length <= MaxIdempotencyKeyLength)
            ? value
            : throw new System.ArgumentException($"An idempotency key must be null, or non-blank and at most {MaxIdempotencyKeyLength} characters.", nameof(IdempotencyKey));
    }
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
