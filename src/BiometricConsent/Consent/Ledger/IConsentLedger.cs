using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace BiometricConsent.Consent;

/// <summary>
/// An append-only record of consent events: the evidence a processor relies on to prove consent
/// (SPC FR Provisions Art. 6 ¶2), and the source of the current state that <see cref="ConsentGate"/> checks.
/// </summary>
/// <remarks>
/// <para>
/// Implementations must be safe for concurrent use. Events are never changed or removed: a withdrawal, a
/// renewal or a deletion is a new event. The ledger assigns each appended event a sequence number, unique
/// and increasing in append order across the whole ledger, and the instant it recorded the event.
/// </para>
/// <para>
/// A durable implementation acknowledges an append (completes the returned task) only once the events are
/// durable; it may group concurrent appends into one write. <see cref="GetState"/> is on the hot path of
/// every consent check and should be served from memory (a read cache that appends update).
/// </para>
/// </remarks>
public interface IConsentLedger
{
    /// <summary>
    /// Appends events atomically and in order: either all are recorded, with consecutive sequence numbers in the
    /// order given, or none is. An event whose <see cref="ConsentEvent.IdempotencyKey"/> the ledger already holds is
    /// a retry and is not recorded again: its place in the result holds the entry recorded then.
    /// </summary>
    /// <param name="events">The events to append; at least one, none null, no idempotency key twice.</param>
    /// <param name="cancellationToken">Cancels the append if it has not yet been committed.</param>
    /// <returns>The recorded entries, in the order of <paramref name="events"/>, once they are durable.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="events"/> or one of its items is null.</exception>
    /// <exception cref="System.ArgumentException">
    /// <paramref name="events"/> is empty or repeats an idempotency key, or an event carries the key of a recorded
    /// event about another subject or of another kind; nothing was appended.
    /// </exception>
    ValueTask<IReadOnlyList<ConsentLedgerEntry>> AppendAsync(IReadOnlyList<ConsentEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Reads every entry about one subject, in sequence order.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries; empty when the ledger holds none for the subject.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="subject"/> is the default value.</exception>
    ValueTask<IReadOnlyList<ConsentLedgerEntry>> ReadSubjectAsync(SubjectId subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// The current state of one subject's consents, reflecting every acknowledged append. Called on the hot path
    /// of consent checks: implementations should answer from memory without allocating.
    /// </summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The state, or <see langword="null"/> when the ledger holds no events for the subject.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="subject"/> is the default value.</exception>
    SubjectConsentState? GetState(SubjectId subject);

    /// <summary>The current state of one subject's consents; the asynchronous form of <see cref="GetState"/>.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The state, or <see langword="null"/> when the ledger holds no events for the subject.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="subject"/> is the default value.</exception>
    ValueTask<SubjectConsentState?> GetStateAsync(SubjectId subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// The subjects whose consent has been withdrawn entirely and whose biometric data is therefore due for
    /// deletion (PIPL Art. 47 ¶1(2)), with no <see cref="BiometricDataDeleted"/> recorded since — ordered by
    /// <see cref="PendingDeletion.DueSince"/>, then subject.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The pending deletions.</returns>
    ValueTask<IReadOnlyList<PendingDeletion>> GetPendingDeletionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads every entry in the ledger in sequence order, for export and audit.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The entries.</returns>
    IAsyncEnumerable<ConsentLedgerEntry> ReadAllAsync(CancellationToken cancellationToken = default);
}
