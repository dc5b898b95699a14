using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>
/// A thread-safe <see cref="IConsentLedger"/> held in memory: for tests, prototypes, and as a cache in front of
/// a durable ledger. Nothing survives the process; production evidence belongs in a durable ledger such as
/// the SQLite ledger of the BiometricConsent.Sqlite package.
/// </summary>
/// <remarks>
/// Appends are serialised by a lock; reads never take it. Each subject's state is an immutable
/// <see cref="SubjectConsentState"/> replaced on append, so <see cref="GetState"/> is a dictionary lookup.
/// </remarks>
public sealed class InMemoryConsentLedger : IConsentLedger
{
    private readonly IClock clock;
    private readonly object appendLock = new object();
    private readonly ConcurrentDictionary<SubjectId, SubjectConsentState> states = new ConcurrentDictionary<SubjectId, SubjectConsentState>();
    private readonly List<ConsentLedgerEntry> all = new List<ConsentLedgerEntry>();
    private readonly SortedSet<SubjectId> pending = new SortedSet<SubjectId>();
    private readonly Dictionary<string, ConsentLedgerEntry> keys = new Dictionary<string, ConsentLedgerEntry>(StringComparer.Ordinal);
    private long lastSequenceNumber;

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="clock">The clock that stamps <see cref="ConsentLedgerEntry.RecordedAt"/>.</param>
    /// <param name="logger">
    /// Where the ledger says, once, that it is not durable (event 110 <c>InMemoryLedgerCreated</c>, level Warning);
    /// nowhere when null.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public InMemoryConsentLedger(IClock clock, ILogger<InMemoryConsentLedger>? logger = null)
    {
        this.clock = Preconditions.CheckNotNull(clock, nameof(clock));
        if (logger is not null)
        {
            ConsentLog.InMemoryCreated(logger);
        }
    }

    /// <summary>The number of entries in the ledger.</summary>
    public int Count
    {
        get
        {
            lock (appendLock)
            {
                return all.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ConsentLedgerEntry>> AppendAsync(IReadOnlyList<ConsentEvent> events, CancellationToken cancellationToken = default)
    {
        LedgerArguments.ValidateEvents(events, nameof(events));
        cancellationToken.ThrowIfCancellationRequested();
        var appended = new ConsentLedgerEntry[events.Count];
        lock (appendLock)
        {
            var retries = LedgerArguments.FindRetries(events, key => keys.TryGetValue(key, out var entry) ? entry : null, nameof(events));
            var now = clock.GetCurrentInstant();
            // Fold into fresh states first, so that a failure leaves the ledger unchanged (all or nothing).
            var updated = new Dictionary<SubjectId, SubjectConsentState>();
            var added = new List<ConsentLedgerEntry>(appended.Length);
            for (var i = 0; i < appended.Length; i++)
            {
                if (retries?[i] is { } original)
                {
                    appended[i] = original;
                    continue;
                }

                var e = events[i];
                var entry = new ConsentLedgerEntry(lastSequenceNumber + 1 + added.Count, now, e);
                if (!updated.TryGetValue(e.Subject, out var state))
                {
                    state = states.TryGetValue(e.Subject, out var existing) ? existing : SubjectConsentState.Empty(e.Subject);
                }

                updated[e.Subject] = state.Apply(entry);
                appended[i] = entry;
                added.Add(entry);
            }

            lastSequenceNumber += added.Count;
            all.AddRange(added);
            foreach (var entry in added)
            {
                if (entry.Event.IdempotencyKey is { } key)
                {
                    keys.Add(key, entry);
                }
            }

            foreach (var pair in updated)
            {
                states[pair.Key] = pair.Value;
                if (pair.Value.PendingDeletion.HasValue)
                {
                    pending.Add(pair.Key);
                }
                else
                {
                    pending.Remove(pair.Key);
                }
            }
        }

        return new ValueTask<IReadOnlyList<ConsentLedgerEntry>>(appended);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ConsentLedgerEntry>> ReadSubjectAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        SubjectId.ThrowIfDefault(subject, nameof(subject));
        cancellationToken.ThrowIfCancellationRequested();
        var entries = states.TryGetValue(subject, out var state)
            ? state.Entries
            : Array.Empty<ConsentLedgerEntry>();
        return new ValueTask<IReadOnlyList<ConsentLedgerEntry>>(entries);
    }

    /// <inheritdoc />
    public SubjectConsentState? GetState(SubjectId subject)
    {
        SubjectId.ThrowIfDefault(subject, nameof(subject));
        return states.TryGetValue(subject, out var state) ? state : null;
    }

    /// <inheritdoc />
    public ValueTask<SubjectConsentState?> GetStateAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<SubjectConsentState?>(GetState(subject));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PendingDeletion>> GetPendingDeletionsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = new List<PendingDeletion>();
        lock (appendLock)
        {
            foreach (var subject in pending)
            {
                result.Add(states[subject].PendingDeletion!.Value);
            }
        }

        result.Sort(PendingDeletionOrder.Instance);
        return new ValueTask<IReadOnlyList<PendingDeletion>>(result);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ConsentLedgerEntry> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ConsentLedgerEntry[] snapshot;
        lock (appendLock)
        {
            snapshot = all.ToArray();
        }

        foreach (var entry in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }

        // Nothing to wait for in memory; the await only satisfies the async-iterator form.
        await Task.CompletedTask.ConfigureAwait(false);
    }
}

/// <summary>Argument checks shared by ledger implementations.</summary>
public static class LedgerArguments
{
    /// <summary>Checks the argument of <see cref="IConsentLedger.AppendAsync"/>: not null, not empty, no null item.</summary>
    /// <param name="events">The events to append.</param>
    /// <param name="paramName">The parameter name to report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="events"/> is empty, or two of its events carry the same <see cref="ConsentEvent.IdempotencyKey"/>.</exception>
    public static void ValidateEvents(IReadOnlyList<ConsentEvent> events, string paramName)
    {
        Preconditions.CheckNotNull(events, paramName);
        Preconditions.CheckArgument(events.Count != 0, paramName, "Append at least one event.");

        HashSet<string>? keys = null;
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is null)
            {
                // Hand-written so the message is only formatted when it is thrown.
                throw new ArgumentNullException(paramName, $"Event [{i}] is null.");
            }

            if (events[i].IdempotencyKey is { } key && !(keys ??= new HashSet<string>(StringComparer.Ordinal)).Add(key))
            {
                throw new ArgumentException($"Event [{i}] repeats the idempotency key '{key}' of an earlier event of the same append.", paramName);
            }
        }
    }

    /// <summary>
    /// Finds the events of an append that retry events already recorded: those whose
    /// <see cref="ConsentEvent.IdempotencyKey"/> the ledger holds. Ledgers return the recorded entry for them instead
    /// of appending them again.
    /// </summary>
    /// <param name="events">The events to append, already checked by <see cref="ValidateEvents"/>.</param>
    /// <param name="recorded">Looks up the entry recorded with a key; null when none is.</param>
    /// <param name="paramName">The parameter name to report.</param>
    /// <returns>
    /// <see langword="null"/> when no event is a retry; otherwise, for each event, the entry recorded before, or null
    /// for an event to append.
    /// </returns>
    /// <exception cref="ArgumentException">A key was recorded with an event about another subject or of another kind: the key was reused for a different operation.</exception>
    public static ConsentLedgerEntry?[]? FindRetries(IReadOnlyList<ConsentEvent> events, Func<string, ConsentLedgerEntry?> recorded, string paramName)
    {
        Preconditions.CheckNotNull(recorded, nameof(recorded));

        ConsentLedgerEntry?[]? retries = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.IdempotencyKey is not { } key || recorded(key) is not { } original)
            {
                continue;
            }

            if (original.Subject != e.Subject || original.Event.Kind != e.Kind)
            {
                throw new ArgumentException(
                    $"Event [{i}] carries the idempotency key '{key}' of entry #{original.SequenceNumber}, a {original.Event.Kind} event about another subject or of another kind; an idempotency key identifies one operation.",
                    paramName);
            }

            (retries ??= new ConsentLedgerEntry?[events.Count])[i] = original;
        }

        return retries;
    }
}

/// <summary>Orders pending deletions by due instant, then subject: the order <see cref="IConsentLedger.GetPendingDeletionsAsync"/> promises.</summary>
public sealed class PendingDeletionOrder : IComparer<PendingDeletion>
{
    /// <summary>The comparer.</summary>
    public static PendingDeletionOrder Instance { get; } = new PendingDeletionOrder();

    private PendingDeletionOrder()
    {
    }

    /// <inheritdoc />
    public int Compare(PendingDeletion x, PendingDeletion y)
    {
        var c = x.DueSince.CompareTo(y.DueSince);
        return c != 0 ? c : x.Subject.CompareTo(y.Subject);
    }
}
