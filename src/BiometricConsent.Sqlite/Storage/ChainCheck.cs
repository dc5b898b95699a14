using System;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace BiometricConsent.Sqlite.Storage;

/// <summary>
/// Checks the checksum chain of records read in sequence order on a thread of its own, while the reading thread
/// decodes them: opening a ledger reads every record, and hashing is a sixth of that work.
/// </summary>
/// <remarks>
/// <para>
/// Each record's checksum is recomputed from the previous record's stored checksum and the record's columns, and
/// compared with the record's stored checksum. When every such link holds, each stored checksum is the computed one,
/// so the chain verified is exactly the one a check record by record verifies (<see cref="RecordChecksum"/>): the
/// links are independent of each other and need not be checked in turn.
/// </para>
/// <para>
/// The reader copies the bytes to hash into batches (at most <see cref="Batches"/> of them, so memory stays bounded
/// whatever the file's size) and hands them over; <see cref="Complete"/> waits until every link queued is checked.
/// Whoever uses the records read meanwhile must not let them be seen before <see cref="Complete"/> reports every link
/// intact. Not thread-safe: one reader adds, one thread of its own checks.
/// </para>
/// </remarks>
internal sealed class ChainCheck : IDisposable
{
    private const int Batches = 4;
    private const int BatchRecords = 2048;
    private const int BatchBytes = 1 << 20;

    private readonly BlockingCollection<Batch> full = new BlockingCollection<Batch>(Batches);
    private readonly BlockingCollection<Batch> free = new BlockingCollection<Batch>(Batches);
    private readonly Task hasher;
    private readonly byte[] previous = new byte[RecordChecksum.Length];
    private Batch current;
    private long firstMismatch;
    private Exception? failure;
    private bool completed;

    /// <summary>Starts checking the links after a record with checksum <paramref name="previousChecksum"/>.</summary>
    internal ChainCheck(byte[] previousChecksum)
    {
        previousChecksum.CopyTo(previous, 0);
        for (var i = 0; i < Batches; i++)
        {
            free.Add(new Batch());
        }

        current = free.Take();
        hasher = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The stored checksum of the last record added (the one given at the start when none was).</summary>
    internal byte[] Last => (byte[])previous.Clone();

    /// <summary>Queues the link to a record: its columns as stored and its stored checksum.</summary>
    internal void Add(long sequence, long recordedAtTicks, long kind, long occurredAtTicks, ReadOnlySpan<byte> subject, ReadOnlySpan<byte> payload, ReadOnlySpan<byte> stored)
    {
        var size = RecordChecksum.InputLength(subject.Length, payload.Length);
        if (current.count == BatchRecords || current.length + size > current.data.Length)
        {
            Flush();
        }

        if (size > current.data.Length)
        {
            current.data = new byte[size];
        }

        var i = current.count++;
        current.length = RecordChecksum.WriteInput(current.data, current.length, previous, sequence, recordedAtTicks, kind, occurredAtTicks, subject, payload);
        current.ends[i] = current.length;
        current.sequences[i] = sequence;
        if (stored.Length == RecordChecksum.Length)
        {
            stored.CopyTo(current.expected.AsSpan(i * RecordChecksum.Length));
            stored.CopyTo(previous);
        }
        else
        {
            // A checksum of the wrong length never matches; the next link is checked against it as stored would be,
            // but only the first mismatch is reported.
            current.sequences[i] = -sequence;
            Array.Clear(previous, 0, previous.Length);
        }
    }

    /// <summary>Waits until every link queued is checked.</summary>
    /// <returns>The sequence number of the first record whose checksum does not match; 0 when every link holds.</returns>
    internal long Complete()
    {
        if (!completed)
        {
            completed = true;
            Flush();
            full.CompleteAdding();
            hasher.GetAwaiter().GetResult();
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return firstMismatch;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!completed)
        {
            completed = true;
            full.CompleteAdding();
            hasher.Wait();
        }

        full.Dispose();
        free.Dispose();
    }

    private void Flush()
    {
        if (current.count > 0)
        {
            full.Add(current);
            current = free.Take();
        }
    }

    private void Run()
    {
#if !NET
        using var sha = SHA256.Create();
#endif
        var computed = new byte[RecordChecksum.Length];
        foreach (var batch in full.GetConsumingEnumerable())
        {
            // After a mismatch or a failure only the batches are recycled, so that the reader never waits forever.
            if (firstMismatch == 0 && failure is null)
            {
                try
                {
                    var start = 0;
                    for (var i = 0; i < batch.count; i++)
                    {
#if NET
                        SHA256.HashData(batch.data.AsSpan(start, batch.ends[i] - start), computed);
#else
                        computed = sha.ComputeHash(batch.data, start, batch.ends[i] - start);
#endif
                        var sequence = batch.sequences[i];
                        if (sequence < 0 || !batch.expected.AsSpan(i * RecordChecksum.Length, RecordChecksum.Length).SequenceEqual(computed))
                        {
                            firstMismatch = Math.Abs(sequence);
                            break;
                        }

                        start = batch.ends[i];
                    }
                }
                catch (Exception e)
                {
                    failure = e;
                }
            }

            batch.count = 0;
            batch.length = 0;
            free.Add(batch);
        }
    }

    private sealed class Batch
    {
        internal byte[] data = new byte[BatchBytes];

        internal readonly int[] ends = new int[BatchRecords];

        // A negative sequence number marks a stored checksum of the wrong length.
        internal readonly long[] sequences = new long[BatchRecords];

        internal readonly byte[] expected = new byte[BatchRecords * RecordChecksum.Length];

        internal int count;

        internal int length;
    }
}
