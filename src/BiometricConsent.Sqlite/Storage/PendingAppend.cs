using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Consent;

namespace BiometricConsent.Sqlite.Storage;

/// <summary>One <see cref="IConsentLedger.AppendAsync"/> call waiting in the group-commit queue.</summary>
internal sealed class PendingAppend
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private readonly TaskCompletionSource<IReadOnlyList<ConsentLedgerEntry>> completion =
        new TaskCompletionSource<IReadOnlyList<ConsentLedgerEntry>>(TaskCreationOptions.RunContinuationsAsynchronously);

    private int state;
    private CancellationToken cancellationToken;
    private CancellationTokenRegistration registration;

    internal PendingAppend(ConsentEvent[] events, string[] payloads)
    {
        Events = events;
        Payloads = payloads;
        QueuedAt = Stopwatch.GetTimestamp();
    }

    /// <summary>When the append was queued, in <see cref="Stopwatch"/> ticks: the start of its latency.</summary>
    internal long QueuedAt { get; }

    /// <summary>The events, copied from the caller's list.</summary>
    internal ConsentEvent[] Events { get; }

    /// <summary>The encoded payload of each event, computed on the caller's thread.</summary>
    internal string[] Payloads { get; }

    internal Task<IReadOnlyList<ConsentLedgerEntry>> Task => completion.Task;

    /// <summary>Set by the writer when this append alone must fail (an idempotency key reused for another operation).</summary>
    internal System.Exception? Rejection { get; set; }

    /// <summary>Lets <paramref name="cancellationToken"/> withdraw the append while it is still queued.</summary>
    internal void RegisterCancellation(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            this.cancellationToken = cancellationToken;
            registration = cancellationToken.Register(static s => ((PendingAppend)s!).Cancel(), this);
        }
    }

    /// <summary>Claims the append for a write; false if it was cancelled first. After this, cancellation has no effect.</summary>
    internal bool TryTake() => Interlocked.CompareExchange(ref state, Taken, Queued) == Queued;

    internal void Succeed(IReadOnlyList<ConsentLedgerEntry> entries)
    {
        registration.Dispose();
        completion.TrySetResult(entries);
    }

    internal void Fail(System.Exception exception)
    {
        registration.Dispose();
        completion.TrySetException(exception);
    }

    private void Cancel()
    {
        // Only a queued append may be cancelled: once taken, it may already be committed.
        if (Interlocked.CompareExchange(ref state, Cancelled, Queued) == Queued)
        {
            completion.TrySetCanceled(cancellationToken);
        }
    }
}
