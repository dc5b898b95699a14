using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using BiometricConsent.Consent;

namespace BiometricConsent.Sqlite.Storage;

/// <summary>
/// A durable ledger's read cache, shared by the SQLite and PostgreSQL ledgers: every subject's state, the subjects with
/// a deletion pending, the entries recorded under each idempotency key, and the verified head of the chain.
/// </summary>
/// <remarks>
/// Written only by the ledger holding its write lock (the <c>…Locked</c> callers), in sequence order, so the cache is
/// always a verified prefix of the stored records; <see cref="Find"/>, <see cref="RecordedWith"/> and
/// <see cref="Head"/> are read without the lock, by the consent gate's hot path.
/// </remarks>
internal sealed class LedgerCache
{
    private readonly ConcurrentDictionary<SubjectId, SubjectConsentState> states = new ConcurrentDictionary<SubjectId, SubjectConsentState>();
    private readonly SortedSet<SubjectId> pending = new SortedSet<SubjectId>();
    private readonly ConcurrentDictionary<string, ConsentLedgerEntry> keys = new ConcurrentDictionary<string, ConsentLedgerEntry>(StringComparer.Ordinal);
    private LedgerAnchor head = LedgerAnchor.Empty;

    /// <summary>The last record folded into the cache; advanced by the ledger as it reads or writes records.</summary>
    internal ChainCursor Cursor { get; } = new ChainCursor();

    /// <summary>The head published by <see cref="PublishHead"/>.</summary>
    internal LedgerAnchor Head => Volatile.Read(ref head);

    /// <summary>The number of subjects with at least one record.</summary>
    internal int SubjectCount => states.Count;

    internal SubjectConsentState? Find(SubjectId subject) => states.TryGetValue(subject, out var state) ? state : null;

    /// <summary>The entry recorded with an idempotency key, if the cache has seen one.</summary>
    internal ConsentLedgerEntry? RecordedWith(string key) => keys.TryGetValue(key, out var entry) ? entry : null;

    /// <summary>Remembers an entry's idempotency key, for an entry whose subject state is rebuilt another way.</summary>
    internal void Remember(ConsentLedgerEntry entry)
    {
        if (entry.Event.IdempotencyKey is { } key)
        {
            keys[key] = entry;
        }
    }

    /// <summary>Folds the next entry into its subject's state, or replaces that state with <paramref name="rebuilt"/>.</summary>
    /// <param name="entry">The next entry in sequence order.</param>
    /// <param name="rebuilt">The subject's state rebuilt from its stored records (after an erasure), instead of applying the entry.</param>
    internal void Apply(ConsentLedgerEntry entry, SubjectConsentState? rebuilt = null)
    {
        Remember(entry);
        Publish(rebuilt ?? (Find(entry.Subject) ?? SubjectConsentState.Empty(entry.Subject)).Apply(entry));
    }

    /// <summary>Replaces a subject's state with one folded elsewhere (the whole history at once, on open).</summary>
    internal void Publish(SubjectConsentState state)
    {
        states[state.Subject] = state;
        if (state.PendingDeletion.HasValue)
        {
            pending.Add(state.Subject);
        }
        else
        {
            pending.Remove(state.Subject);
        }
    }

    /// <summary>The deletions pending, in the order of <see cref="PendingDeletionOrder"/>.</summary>
    internal List<PendingDeletion> PendingDeletions()
    {
        var result = new List<PendingDeletion>(pending.Count);
        foreach (var subject in pending)
        {
            result.Add(states[subject].PendingDeletion!.Value);
        }

        result.Sort(PendingDeletionOrder.Instance);
        return result;
    }

    /// <summary>Publishes the cursor as the head, for readers without the lock.</summary>
    internal void PublishHead()
    {
        if (Cursor.Sequence != head.SequenceNumber)
        {
            Volatile.Write(ref head, new LedgerAnchor(Cursor.Sequence, Cursor.Checksum));
        }
    }
}
