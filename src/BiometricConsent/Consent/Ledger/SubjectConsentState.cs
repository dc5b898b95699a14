using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
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
/// </remarks>
public sealed class SubjectConsentState
{
    private static readonly GrantState[] NoGrants = Array.Empty<GrantState>();
    private static readonly ConsentWithdrawn[] NoWithdrawals = Array.Empty<ConsentWithdrawn>();

    private readonly ConsentLedgerEntry[] entries;
    private readonly ConsentWithdrawn[] withdrawals;
    private readonly Instant? lastDeletion;

    private SubjectConsentState(
        SubjectId subject,
        ConsentLedgerEntry[] entries,
        GrantState[] grants,
        ConsentWithdrawn[] withdrawals,
        Instant? lastDeletion)
    {
        Subject = subject;
        this.entries = entries;
        // Wrapped, so that callers cannot cast the list back to the array and alter the snapshot.
        Entries = new ReadOnlyCollection<ConsentLedgerEntry>(entries);
        GrantStates = grants;
        this.withdrawals = withdrawals;
        this.lastDeletion = lastDeletion;
        PendingDeletion = ComputePendingDeletion(subject, grants, withdrawals, lastDeletion);
    }

    /// <summary>The subject.</summary>
    public SubjectId Subject { get; }

    /// <summary>Every entry about the subject, in sequence order.</summary>
    public IReadOnlyList<ConsentLedgerEntry> Entries { get; }

    /// <summary>The sequence number of the last entry applied; 0 when none.</summary>
    public long LastSequenceNumber => entries.Length == 0 ? 0 : entries[entries.Length - 1].SequenceNumber;

    /// <summary>
    /// Set when all consent has been withdrawn and no deletion has been recorded at or after the withdrawal:
    /// the subject's biometric data is due for deletion (PIPL Art. 47 ¶1(2)).
    /// </summary>
    public PendingDeletion? PendingDeletion { get; }

    /// <summary>The grants, ordered by <see cref="ConsentGranted.GrantedAt"/> then sequence number, with the withdrawals that affect each.</summary>
    internal GrantState[] GrantStates { get; }

    /// <summary>A state with no entries.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The empty state.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value.</exception>
    public static SubjectConsentState Empty(SubjectId subject)
    {
        SubjectId.ThrowIfDefault(subject, nameof(subject));
        return new SubjectConsentState(subject, Array.Empty<ConsentLedgerEntry>(), NoGrants, NoWithdrawals, null);
    }

    /// <summary>Folds a subject's entries, in sequence order, into a state.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="entries">The subject's entries in increasing sequence order.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">An entry is about another subject or out of sequence order.</exception>
    public static SubjectConsentState FromEntries(SubjectId subject, IEnumerable<ConsentLedgerEntry> entries)
    {
        if (entries is null)
        {
            throw new ArgumentNullException(nameof(entries));
        }

        SubjectConsentState state = Empty(subject);
        foreach (ConsentLedgerEntry entry in entries)
        {
            state = state.ApplyCore(entry, nameof(entries));
        }

        return state;
    }

    /// <summary>Returns a new state with one more entry applied; this state is unchanged.</summary>
    /// <param name="entry">The entry; its sequence number must be greater than <see cref="LastSequenceNumber"/>.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentException">The entry is about another subject or not after the last one applied.</exception>
    public SubjectConsentState Apply(ConsentLedgerEntry entry) => ApplyCore(entry, nameof(entry));

    private SubjectConsentState ApplyCore(ConsentLedgerEntry entry, string paramName)
    {
        if (entry is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (entry.Subject != Subject)
        {
            throw new ArgumentException($"Entry #{entry.SequenceNumber} is about subject '{entry.Subject}', not '{Subject}'.", paramName);
        }

        if (entry.SequenceNumber <= LastSequenceNumber)
        {
            throw new ArgumentException($"Entry #{entry.SequenceNumber} is not after the last entry applied (#{LastSequenceNumber}).", paramName);
        }

        var newEntries = new ConsentLedgerEntry[entries.Length + 1];
        Array.Copy(entries, newEntries, entries.Length);
        newEntries[entries.Length] = entry;

        switch (entry.Event)
        {
            case ConsentGranted granted:
                return new SubjectConsentState(Subject, newEntries, InsertGrant(entry, granted), withdrawals, lastDeletion);

            case ConsentWithdrawn withdrawn:
            {
                var newWithdrawals = new ConsentWithdrawn[withdrawals.Length + 1];
                Array.Copy(withdrawals, newWithdrawals, withdrawals.Length);
                newWithdrawals[withdrawals.Length] = withdrawn;
                var grants = new GrantState[GrantStates.Length];
                for (int i = 0; i < grants.Length; i++)
                {
                    GrantState g = GrantStates[i];
                    grants[i] = g.GrantedAt <= withdrawn.WithdrawnAt ? g.WithWithdrawal(withdrawn) : g;
                }

                return new SubjectConsentState(Subject, newEntries, grants, newWithdrawals, lastDeletion);
            }

            case BiometricDataDeleted deleted:
            {
                Instant last = lastDeletion is { } previous && previous > deleted.DeletedAt ? previous : deleted.DeletedAt;
                return new SubjectConsentState(Subject, newEntries, GrantStates, withdrawals, last);
            }

            default:
                // Unreachable: the event hierarchy is closed.
                throw new ArgumentException($"Unknown event type {entry.Event.GetType()}.", paramName);
        }
    }

    private GrantState[] InsertGrant(ConsentLedgerEntry entry, ConsentGranted granted)
    {
        var state = new GrantState(entry, granted);
        // A grant recorded late (backdated) may precede withdrawals already in the ledger.
        foreach (ConsentWithdrawn w in withdrawals)
        {
            if (granted.GrantedAt <= w.WithdrawnAt)
            {
                state = state.WithWithdrawal(w);
            }
        }

        int index = GrantStates.Length;
        while (index > 0 && GrantStates[index - 1].GrantedAt > granted.GrantedAt)
        {
            index--;
        }

        var grants = new GrantState[GrantStates.Length + 1];
        Array.Copy(GrantStates, grants, index);
        grants[index] = state;
        Array.Copy(GrantStates, index, grants, index + 1, GrantStates.Length - index);
        return grants;
    }

    // Due when some withdrawal left no purpose of any consent then in force, and no deletion is recorded at or after it.
    private static PendingDeletion? ComputePendingDeletion(SubjectId subject, GrantState[] grants, ConsentWithdrawn[] withdrawals, Instant? lastDeletion)
    {
        Instant? dueSince = null;
        foreach (ConsentWithdrawn w in withdrawals)
        {
            Instant at = w.WithdrawnAt;
            if ((lastDeletion is { } deleted && deleted >= at) || (dueSince is { } since && since <= at))
            {
                continue;
            }

            bool anyGrant = false;
            bool anyLeft = false;
            foreach (GrantState g in grants)
            {
                if (g.GrantedAt > at)
                {
                    break;
                }

                anyGrant = true;
                if (g.RemainingPurposesAt(at) != 0)
                {
                    anyLeft = true;
                    break;
                }
            }

            if (anyGrant && !anyLeft)
            {
                dueSince = at;
            }
        }

        return dueSince is { } due ? new PendingDeletion(subject, due) : null;
    }
}
