using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>
/// An immutable snapshot of everything a ledger knows about one subject's consents, folded from the subject's
/// entries in sequence order. Ledgers keep one per subject and replace it on each append, so that consent
/// checks read it without locks or allocation.
/// </summary>
/// <remarks>
/// Durable ledgers build it with <see cref="FromEntries"/> when loading and <see cref="Apply"/> after each
/// acknowledged append. Validity is judged on the instants the events took effect
/// (<see cref="ConsentEvent.OccurredAt"/>), not on the order they reached the ledger: a withdrawal ends every
/// consent granted at or before it, however late either was recorded.
/// <para>
/// Applying an event costs amortised O(1) when it is not backdated — when its instant is not before the subject's
/// latest grant or withdrawal — and O(log n) otherwise plus O(n) copying, where n is the subject's number of events. The entries, the
/// grants and the withdrawals are kept in lists shared between successive states (a state sees only its own prefix),
/// a withdrawal is recorded once rather than against every grant it affects, and the grants it affects are found
/// when a check asks (binary search by instant). The deletion duty is kept up to date by a sweep over grants and
/// withdrawals in instant order that each event in order advances by one step; a backdated grant or withdrawal
/// re-runs the sweep.
/// </para>
/// </remarks>
public sealed class SubjectConsentState
{
    private readonly SharedList<ConsentLedgerEntry> entries;
    private readonly SharedList<WithdrawalMark> withdrawals;
    private readonly DeletionSweep sweep;
    private readonly Instant? lastDeletion;
    private IReadOnlyList<ConsentLedgerEntry>? entriesView;

    private SubjectConsentState(
        SubjectId subject,
        SharedList<ConsentLedgerEntry> entries,
        SharedList<GrantState> grants,
        SharedList<WithdrawalMark> withdrawals,
        DeletionSweep sweep,
        Instant? lastDeletion)
    {
        Subject = subject;
        this.entries = entries;
        Grants = grants;
        this.withdrawals = withdrawals;
        this.sweep = sweep;
        this.lastDeletion = lastDeletion;
        PendingDeletion = sweep.DueSince(lastDeletion) is { } due ? new PendingDeletion(subject, due) : null;
    }

    /// <summary>The subject.</summary>
    public SubjectId Subject { get; }

    /// <summary>Every entry about the subject, in sequence order.</summary>
    // A view of the shared list, so that callers cannot cast it back to an array and alter the snapshot.
    public IReadOnlyList<ConsentLedgerEntry> Entries => entriesView ??= entries.AsReadOnlyList();

    /// <summary>The sequence number of the last entry applied; 0 when none.</summary>
    public long LastSequenceNumber => entries.Count == 0 ? 0 : entries.Last.SequenceNumber;

    /// <summary>
    /// Set when all consent has been withdrawn and no deletion has been recorded at or after the withdrawal:
    /// the subject's biometric data is due for deletion (PIPL Art. 47 ¶1(2)).
    /// </summary>
    public PendingDeletion? PendingDeletion { get; }

    /// <summary>The grants, ordered by <see cref="ConsentGranted.GrantedAt"/> then sequence number.</summary>
    internal SharedList<GrantState> Grants { get; }

    /// <summary>The latest instant at which the subject's biometric data was recorded deleted, if ever.</summary>
    internal Instant? LastDeletion => lastDeletion;

    /// <summary>A state with no entries.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The empty state.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value.</exception>
    public static SubjectConsentState Empty(SubjectId subject)
    {
        SubjectId.ThrowIfDefault(subject, nameof(subject));
        return new SubjectConsentState(subject, default, default, default, default, null);
    }

    /// <summary>
    /// Folds a subject's entries, in sequence order, into a state: the state that applying them one by one with
    /// <see cref="Apply"/> reaches, built in O(n) (O(n log n) when some are backdated) without the intermediate states.
    /// </summary>
    /// <param name="subject">The subject.</param>
    /// <param name="entries">The subject's entries in increasing sequence order.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">An entry is about another subject or out of sequence order.</exception>
    public static SubjectConsentState FromEntries(SubjectId subject, IEnumerable<ConsentLedgerEntry> entries)
    {
        Preconditions.CheckNotNull(entries, nameof(entries));
        SubjectId.ThrowIfDefault(subject, nameof(subject));

        // One pass into plain lists, then one sweep: folding with Apply would build a state per entry. The result is
        // the state Apply would reach (the sweep is the one a backdated event re-runs), ready for further Apply calls.
        var all = entries is ICollection<ConsentLedgerEntry> known ? new List<ConsentLedgerEntry>(known.Count) : new List<ConsentLedgerEntry>();
        var grants = new List<GrantState>();
        var withdrawals = new List<WithdrawalMark>();
        var grantsInOrder = true;
        var withdrawalsInOrder = true;
        Instant? lastDeletion = null;
        long last = 0;
        foreach (var entry in entries)
        {
            CheckNext(subject, last, entry, nameof(entries));
            last = entry.SequenceNumber;
            all.Add(entry);
            switch (entry.Event)
            {
                case ConsentGranted granted:
                    grantsInOrder &= grants.Count == 0 || grants[grants.Count - 1].GrantedAt <= granted.GrantedAt;
                    grants.Add(new GrantState(entry, granted));
                    break;
                case ConsentWithdrawn withdrawn:
                    withdrawalsInOrder &= withdrawals.Count == 0 || withdrawals[withdrawals.Count - 1].At <= withdrawn.WithdrawnAt;
                    withdrawals.Add(new WithdrawalMark(withdrawn));
                    break;
                case BiometricDataDeleted deleted:
                    lastDeletion = lastDeletion is { } previous && previous > deleted.DeletedAt ? previous : deleted.DeletedAt;
                    break;
                default:
                    // Unreachable: the event hierarchy is closed.
                    throw new ArgumentException($"Unknown event type {entry.Event.GetType()}.", nameof(entries));
            }
        }

        // Backdated events: order by instant, equal instants in sequence order, as Apply's inserts do (stable sorts).
        var grantList = SharedList<GrantState>.From(grantsInOrder ? grants : grants.OrderBy(g => g.GrantedAt).ToList());
        var withdrawalList = SharedList<WithdrawalMark>.From(withdrawalsInOrder ? withdrawals : withdrawals.OrderBy(w => w.At).ToList());
        var sweep = DeletionSweep.Run(grantList, withdrawalList);
        return new SubjectConsentState(subject, SharedList<ConsentLedgerEntry>.From(all), grantList, withdrawalList, sweep, lastDeletion);
    }

    /// <summary>Returns a new state with one more entry applied; this state is unchanged.</summary>
    /// <param name="entry">The entry; its sequence number must be greater than <see cref="LastSequenceNumber"/>.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentException">The entry is about another subject or not after the last one applied.</exception>
    public SubjectConsentState Apply(ConsentLedgerEntry entry) => ApplyCore(entry, nameof(entry));

    /// <summary>
    /// The first withdrawal, by instant then sequence number, at or after the grant and at or before
    /// <paramref name="at"/> that covers the purpose bit; null when the purpose is not withdrawn from the grant as of
    /// <paramref name="at"/>.
    /// </summary>
    internal ConsentWithdrawn? WithdrawalOf(GrantState grant, int purposeBit, Instant at)
    {
        var count = withdrawals.Count;
        if (count == 0 || withdrawals.Last.At < grant.GrantedAt)
        {
            return null;
        }

        for (var i = FirstWithdrawalAtOrAfter(grant.GrantedAt); i < count; i++)
        {
            var mark = withdrawals[i];
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

    private SubjectConsentState ApplyCore(ConsentLedgerEntry entry, string paramName)
    {
        CheckNext(Subject, LastSequenceNumber, entry, paramName);
        var newEntries = entries.Add(entry);
        switch (entry.Event)
        {
            case ConsentGranted granted:
            {
                var grant = new GrantState(entry, granted);
                // A grant after every withdrawal only adds its purposes to those outstanding; one at or before the
                // latest withdrawal (backdated) may be covered by withdrawals already applied, so the sweep re-runs.
                var inOrder = withdrawals.Count == 0 || grant.GrantedAt > withdrawals.Last.At;
                var grants = Grants.Insert(GrantsUpTo(grant.GrantedAt), grant);
                var next = inOrder ? sweep.WithGrant(grant) : DeletionSweep.Run(grants, withdrawals);
                return new SubjectConsentState(Subject, newEntries, grants, withdrawals, next, lastDeletion);
            }

            case ConsentWithdrawn withdrawn:
            {
                var mark = new WithdrawalMark(withdrawn);
                // A withdrawal not before any grant or withdrawal only ends the sweep one step further; an earlier
                // one (backdated) changes what was outstanding at the instants after it, so the sweep re-runs.
                var inOrder = (Grants.Count == 0 || Grants.Last.GrantedAt <= mark.At) &&
                    (withdrawals.Count == 0 || withdrawals.Last.At <= mark.At);
                var newWithdrawals = withdrawals.Insert(FirstWithdrawalAtOrAfter(mark.At, after: true), mark);
                var next = inOrder ? sweep.WithWithdrawal(mark) : DeletionSweep.Run(Grants, newWithdrawals);
                return new SubjectConsentState(Subject, newEntries, Grants, newWithdrawals, next, lastDeletion);
            }

            case BiometricDataDeleted deleted:
            {
                var last = lastDeletion is { } previous && previous > deleted.DeletedAt ? previous : deleted.DeletedAt;
                return new SubjectConsentState(Subject, newEntries, Grants, withdrawals, sweep, last);
            }

            default:
                // Unreachable: the event hierarchy is closed.
                throw new ArgumentException($"Unknown event type {entry.Event.GetType()}.", paramName);
        }
    }

    private static void CheckNext(SubjectId subject, long lastSequenceNumber, ConsentLedgerEntry entry, string paramName)
    {
        Preconditions.CheckNotNull(entry, paramName);

        if (entry.Subject != subject)
        {
            throw new ArgumentException($"Entry #{entry.SequenceNumber} is about subject '{entry.Subject}', not '{subject}'.", paramName);
        }

        if (entry.SequenceNumber <= lastSequenceNumber)
        {
            throw new ArgumentException($"Entry #{entry.SequenceNumber} is not after the last entry applied (#{lastSequenceNumber}).", paramName);
        }
    }

    /// <summary>The number of grants granted at or before <paramref name="at"/>: where a grant at that instant goes.</summary>
    private int GrantsUpTo(Instant at) => Grants.PartitionPoint(at, static (g, t) => g.GrantedAt <= t);

    /// <summary>The index of the first withdrawal at or after <paramref name="at"/> (strictly after, when <paramref name="after"/>).</summary>
    private int FirstWithdrawalAtOrAfter(Instant at, bool after = false) => after
        ? withdrawals.PartitionPoint(at, static (w, t) => w.At <= t)
        : withdrawals.PartitionPoint(at, static (w, t) => w.At < t);

    /// <summary>A withdrawal, flattened: ordered by instant, then sequence number, in the state's list.</summary>
    internal readonly struct WithdrawalMark
    {
        internal WithdrawalMark(ConsentWithdrawn @event)
        {
            At = @event.WithdrawnAt;
            PurposeBits = @event.PurposeBits;
            Event = @event;
        }

        internal Instant At { get; }

        internal int PurposeBits { get; }

        internal ConsentWithdrawn Event { get; }
    }

    /// <summary>
    /// The deletion duty, as a sweep over grants and withdrawals in instant order (grants first at equal instants, as a
    /// withdrawal ends the consents granted at or before it). At the instant t of a withdrawal, all consent is gone
    /// when some grant is at or before t and, for every purpose, the latest grant of that purpose at or before t is
    /// followed by a withdrawal of it at or before t — that is, when no purpose bit is outstanding. The duty is due
    /// since the first such instant after the latest recorded deletion.
    /// </summary>
    private readonly struct DeletionSweep
    {
        private DeletionSweep(int outstanding, bool anyGrant, SharedList<Instant> allGone)
        {
            Outstanding = outstanding;
            AnyGrant = anyGrant;
            AllGone = allGone;
        }

        /// <summary>The purposes granted and not since withdrawn, after every event swept.</summary>
        private int Outstanding { get; }

        private bool AnyGrant { get; }

        /// <summary>The withdrawal instants at which all consent was gone, ascending.</summary>
        private SharedList<Instant> AllGone { get; }

        internal static DeletionSweep Run(SharedList<GrantState> grants, SharedList<WithdrawalMark> withdrawals)
        {
            var sweep = default(DeletionSweep);
            var g = 0;
            for (var w = 0; w < withdrawals.Count; w++)
            {
                var mark = withdrawals[w];
                while (g < grants.Count && grants[g].GrantedAt <= mark.At)
                {
                    sweep = sweep.WithGrant(grants[g++]);
                }

                // Judge the instant once every withdrawal at it is applied.
                sweep = w + 1 < withdrawals.Count && withdrawals[w + 1].At == mark.At
                    ? new DeletionSweep(sweep.Outstanding & ~mark.PurposeBits, sweep.AnyGrant, sweep.AllGone)
                    : sweep.WithWithdrawal(mark);
            }

            while (g < grants.Count)
            {
                sweep = sweep.WithGrant(grants[g++]);
            }

            WorkCounter.Add(grants.Count + withdrawals.Count);
            return sweep;
        }

        internal DeletionSweep WithGrant(GrantState grant) => new DeletionSweep(Outstanding | grant.PurposeBits, true, AllGone);

        internal DeletionSweep WithWithdrawal(WithdrawalMark mark)
        {
            var outstanding = Outstanding & ~mark.PurposeBits;
            var allGone = AnyGrant && outstanding == 0 && (AllGone.Count == 0 || AllGone.Last != mark.At);
            return new DeletionSweep(outstanding, AnyGrant, allGone ? AllGone.Add(mark.At) : AllGone);
        }

        /// <summary>The first instant all consent was gone after <paramref name="lastDeletion"/>; null when none.</summary>
        internal Instant? DueSince(Instant? lastDeletion)
        {
            var low = lastDeletion is { } deleted ? AllGone.PartitionPoint(deleted, static (t, d) => t <= d) : 0;
            return low < AllGone.Count ? AllGone[low] : null;
        }
    }
}
