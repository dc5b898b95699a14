using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using NodaTime;

namespace BiometricConsent.Sqlite.Storage;

/// <summary>
/// The group-commit queue of a durable ledger, shared by the SQLite and PostgreSQL ledgers: appends wait here and one
/// writer at a time takes as many as fit in a batch and commits them in one transaction, so they share one sync.
/// </summary>
internal sealed class GroupCommitQueue
{
    private readonly object queueLock = new object();
    private readonly string owner;
    private readonly int maxBatchSize;
    private readonly Func<List<PendingAppend>, Task> writeBatch;

    // Guarded by `queueLock`.
    private readonly List<PendingAppend> queue = new List<PendingAppend>();
    private Task? drainTask;
    private bool closing;

    /// <param name="owner">The ledger's type name, for <see cref="ObjectDisposedException"/>.</param>
    /// <param name="maxBatchSize">The most events in one batch (a single larger append still goes alone).</param>
    /// <param name="writeBatch">Writes a batch and completes its appends (see <see cref="Complete"/>); never throws.</param>
    internal GroupCommitQueue(string owner, int maxBatchSize, Func<List<PendingAppend>, Task> writeBatch)
    {
        this.owner = owner;
        this.maxBatchSize = maxBatchSize;
        this.writeBatch = writeBatch;
    }

    /// <summary>
    /// Queues validated events, unless every one of them is a retry of an event already recorded, which is answered
    /// at once. The payloads are encoded here, on the caller's thread, so the writer only hashes and inserts.
    /// </summary>
    /// <param name="events">The caller's events, validated.</param>
    /// <param name="recordedWith">The entry recorded with an idempotency key, from the read cache.</param>
    /// <param name="cancellationToken">Withdraws the append while it is still queued.</param>
    /// <exception cref="ObjectDisposedException">The ledger is being disposed.</exception>
    internal ValueTask<IReadOnlyList<ConsentLedgerEntry>> Append(IReadOnlyList<ConsentEvent> events, Func<string, ConsentLedgerEntry?> recordedWith, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The writer checks again, under the write lock and after catching up with other writers, for the rest.
        if (LedgerArguments.FindRetries(events, recordedWith, nameof(events)) is { } retries && Array.TrueForAll(retries, r => r is not null))
        {
            return new ValueTask<IReadOnlyList<ConsentLedgerEntry>>(Array.ConvertAll(retries, r => r!));
        }

        var copy = new ConsentEvent[events.Count];
        var payloads = new string[copy.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = events[i];
            payloads[i] = EventCodec.Encode(copy[i], nameof(events));
        }

        var request = new PendingAppend(copy, payloads);
        request.RegisterCancellation(cancellationToken);
        lock (queueLock)
        {
            if (closing)
            {
                throw new ObjectDisposedException(owner);
            }

            queue.Add(request);
            drainTask ??= Task.Run(DrainAsync);
        }

        return new ValueTask<IReadOnlyList<ConsentLedgerEntry>>(request.Task);
    }

    /// <summary>Refuses further appends; false when that happened before.</summary>
    /// <param name="draining">The writer still working through queued appends, if any: wait for it before closing the store.</param>
    internal bool TryClose(out Task? draining)
    {
        lock (queueLock)
        {
            draining = drainTask;
            if (closing)
            {
                return false;
            }

            closing = true;
            return true;
        }
    }

    /// <summary>
    /// Gives a batch's new events sequence numbers after <paramref name="lastSequence"/> and has
    /// <paramref name="record"/> store each, in order. Events recorded before with the same idempotency key — by any
    /// writer (<paramref name="recordedWith"/>) or earlier in the batch — are answered with the original entry and not
    /// stored again; an append that reuses a key for another operation is rejected alone (its
    /// <see cref="PendingAppend.Rejection"/>).
    /// </summary>
    /// <param name="batch">The appends taken for one transaction.</param>
    /// <param name="recordedWith">The entry recorded with an idempotency key, from the read cache.</param>
    /// <param name="lastSequence">The sequence number of the last stored record.</param>
    /// <param name="now">The time the records are stamped with.</param>
    /// <param name="record">Stores one event: the append, the index of the event in it, its sequence number.</param>
    /// <param name="added">Receives the new entries, for the cache once the transaction has committed.</param>
    /// <returns>Each append's entries; null for a rejected append.</returns>
    internal static ConsentLedgerEntry[][] Assign(List<PendingAppend> batch, Func<string, ConsentLedgerEntry?> recordedWith, long lastSequence, Instant now, Action<PendingAppend, int, long> record, List<ConsentLedgerEntry> added)
    {
        var written = new ConsentLedgerEntry[batch.Count][];
        Dictionary<string, ConsentLedgerEntry>? batchKeys = null;
        var sequence = lastSequence;
        for (var i = 0; i < batch.Count; i++)
        {
            var append = batch[i];
            ConsentLedgerEntry?[]? retries;
            try
            {
                retries = LedgerArguments.FindRetries(append.Events, key => batchKeys is not null && batchKeys.TryGetValue(key, out var entry) ? entry : recordedWith(key), "events");
                append.Rejection = null;
            }
            catch (ArgumentException e)
            {
                // A key reused for another operation fails that append alone.
                append.Rejection = e;
                continue;
            }

            var entries = new ConsentLedgerEntry[append.Events.Length];
            for (var j = 0; j < entries.Length; j++)
            {
                if (retries?[j] is { } original)
                {
                    entries[j] = original;
                    continue;
                }

                var e = append.Events[j];
                sequence++;
                record(append, j, sequence);
                entries[j] = new ConsentLedgerEntry(sequence, now, e);
                added.Add(entries[j]);
                if (e.IdempotencyKey is { } key)
                {
                    (batchKeys ??= new Dictionary<string, ConsentLedgerEntry>(StringComparer.Ordinal))[key] = entries[j];
                }
            }

            written[i] = entries;
        }

        return written;
    }

    /// <summary>Completes a batch's appends: rejected ones with their rejection, the rest with their entries or the failure.</summary>
    internal static void Complete(List<PendingAppend> batch, ConsentLedgerEntry[][]? written, Exception? failure)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Rejection is { } rejection)
            {
                batch[i].Fail(rejection);
            }
            else if (written is not null)
            {
                batch[i].Succeed(written[i]);
            }
            else
            {
                batch[i].Fail(failure!);
            }
        }
    }

    internal static int CountEvents(List<PendingAppend> batch)
    {
        var events = 0;
        foreach (var append in batch)
        {
            events += append.Events.Length;
        }

        return events;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<PendingAppend> batch;
            lock (queueLock)
            {
                if (queue.Count == 0)
                {
                    drainTask = null;
                    return;
                }

                batch = TakeBatchLocked();
            }

            if (batch.Count > 0)
            {
                await writeBatch(batch).ConfigureAwait(false);
            }
        }
    }

    // Takes queued appends in arrival order up to maxBatchSize events (at least one append), dropping cancelled ones.
    private List<PendingAppend> TakeBatchLocked()
    {
        var batch = new List<PendingAppend>();
        var events = 0;
        var taken = 0;
        while (taken < queue.Count)
        {
            var next = queue[taken];
            if (batch.Count > 0 && events + next.Events.Length > maxBatchSize)
            {
                break;
            }

            taken++;
            if (next.TryTake())
            {
                batch.Add(next);
                events += next.Events.Length;
            }
        }

        queue.RemoveRange(0, taken);
        return batch;
    }
}
