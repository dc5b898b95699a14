using System;
using System.Collections.Generic;
using System.Linq;
using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

/// <summary>
/// The subject state's incremental fold: it agrees with a naive re-evaluation of the whole history (the algorithm the
/// state used before it was made linear) and with the bulk fold of <see cref="SubjectConsentState.FromEntries"/> on
/// random histories with backdated events and equal instants, and replaying
/// a long history does work linear in its length. Speed itself is measured by the benchmarks, not here.
/// </summary>
public class SubjectHistoryTests
{
    private static readonly Purpose[] Purposes = { Purpose.AccessControl, Purpose.Payment, Purpose.Marketing };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void The_incremental_state_agrees_with_a_naive_fold_of_the_history(int seed)
    {
        var random = new Random(seed);
        var state = SubjectConsentState.Empty(Alice);
        var entries = new List<ConsentLedgerEntry>();
        for (var sequence = 1; sequence <= 150; sequence++)
        {
            // Few distinct instants, so that many events share one; about one in three is backdated.
            var at = T0 + Duration.FromHours(random.Next(0, 12));
            ConsentEvent e = random.Next(10) switch
            {
                < 4 => Grant(at: at, purposes: SomePurposes(random)),
                < 8 => new ConsentWithdrawn(Alice, at, random.Next(3) == 0 ? null : SomePurposes(random)),
                _ => new BiometricDataDeleted(Alice, at),
            };
            var entry = new ConsentLedgerEntry(sequence, T0, e);
            entries.Add(entry);
            state = state.Apply(entry);

            // FromEntries folds the history at once and reaches the same state, which then goes on like any other.
            var bulk = SubjectConsentState.FromEntries(Alice, entries);
            AssertSameState(state, bulk);
            var next = new ConsentLedgerEntry(sequence + 1000, T0, new ConsentWithdrawn(Alice, T0 + Duration.FromHours(random.Next(0, 12))));
            AssertSameState(state.Apply(next), bulk.Apply(next));
            AssertSameState(state, bulk);

            Assert.Equal(NaiveFold.PendingDeletion(Alice, entries), state.PendingDeletion);
            for (var i = 0; i < state.Grants.Count; i++)
            {
                var grant = state.Grants[i];
                foreach (var purpose in Purposes)
                {
                    for (var hour = 0; hour <= 12; hour++)
                    {
                        var when = T0 + Duration.FromHours(hour);
                        Assert.Same(NaiveFold.WithdrawalOf(entries, grant, purpose, when), state.WithdrawalOf(grant, 1 << (int)purpose, when));
                    }
                }
            }
        }

        Assert.Equal(entries, state.Entries);
        Assert.Equal(
            entries.Select(x => x.Event).OfType<ConsentGranted>().OrderBy(g => g.GrantedAt).ToList(),
            Enumerable.Range(0, state.Grants.Count).Select(i => state.Grants[i].Grant).ToList());
    }

    private static void AssertSameState(SubjectConsentState expected, SubjectConsentState actual)
    {
        Assert.Equal(expected.Entries, actual.Entries);
        Assert.Equal(expected.LastSequenceNumber, actual.LastSequenceNumber);
        Assert.Equal(expected.PendingDeletion, actual.PendingDeletion);
        Assert.Equal(expected.LastDeletion, actual.LastDeletion);
        Assert.Equal(expected.Grants.Count, actual.Grants.Count);
        for (var i = 0; i < expected.Grants.Count; i++)
        {
            Assert.Same(expected.Grants[i].Entry, actual.Grants[i].Entry);
            foreach (var purpose in Purposes)
            {
                for (var hour = 0; hour <= 12; hour++)
                {
                    var when = T0 + Duration.FromHours(hour);
                    Assert.Same(expected.WithdrawalOf(expected.Grants[i], 1 << (int)purpose, when), actual.WithdrawalOf(actual.Grants[i], 1 << (int)purpose, when));
                }
            }
        }
    }

    [Fact]
    public void Replaying_a_100000_event_history_of_one_subject_copies_a_linear_number_of_items()
    {
        const int Events = 100_000;
        var before = WorkCounter.Items;
        var state = SubjectConsentState.FromEntries(Alice, History(Events));
        var work = WorkCounter.Items - before;

        Assert.Equal(Events, state.Entries.Count);
        Assert.Equal(new PendingDeletion(Alice, T0 + Duration.FromMinutes(1)), state.PendingDeletion);
        // Doubling buffers copy fewer than 2n items per list; a withdrawal copying every earlier grant's withdrawals,
        // as the state once did, would copy about n²/8 (over a billion).
        Assert.InRange(work, 0, 8L * Events);
    }

    [Fact]
    public void Earlier_states_keep_their_own_prefix_when_a_later_one_branches()
    {
        var start = SubjectConsentState.FromEntries(Alice, History(10));
        var a = start.Apply(new ConsentLedgerEntry(11, T0, Grant(at: T0 + Duration.FromDays(1))));
        var b = start.Apply(new ConsentLedgerEntry(11, T0, new ConsentWithdrawn(Alice, T0 + Duration.FromDays(1))));

        Assert.Equal(10, start.Entries.Count);
        Assert.IsType<ConsentGranted>(a.Entries[10].Event);
        Assert.IsType<ConsentWithdrawn>(b.Entries[10].Event);
        Assert.Equal(start.Entries, a.Entries.Take(10));
        Assert.Equal(start.Entries, b.Entries.Take(10));
        Assert.Equal(6, a.Grants.Count);
        Assert.Equal(5, b.Grants.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => start.Entries[10]);
    }

    // Grant and withdraw alternately, one minute apart, as in the history that once took 46 s to reopen.
    internal static IEnumerable<ConsentLedgerEntry> History(int events)
    {
        for (var i = 0; i < events; i++)
        {
            var at = T0 + Duration.FromMinutes(i);
            ConsentEvent e = i % 2 == 0 ? Grant(at: at) : new ConsentWithdrawn(Alice, at);
            yield return new ConsentLedgerEntry(i + 1, at, e);
        }
    }

    private static Purpose[] SomePurposes(Random random)
    {
        var some = Purposes.Where(_ => random.Next(2) == 0).ToArray();
        return some.Length == 0 ? new[] { Purposes[random.Next(Purposes.Length)] } : some;
    }

    /// <summary>The state's rules, evaluated from scratch over the whole history.</summary>
    private static class NaiveFold
    {
        internal static ConsentWithdrawn? WithdrawalOf(List<ConsentLedgerEntry> entries, GrantState grant, Purpose purpose, Instant at) =>
            Withdrawals(entries)
                .Where(w => w.WithdrawnAt >= grant.GrantedAt && w.WithdrawnAt <= at && (w.IsForAllPurposes || w.Purposes.Contains(purpose)))
                .OrderBy(w => w.WithdrawnAt) // stable: ties stay in sequence order
                .FirstOrDefault();

        internal static PendingDeletion? PendingDeletion(SubjectId subject, List<ConsentLedgerEntry> entries)
        {
            var grants = entries.Select(x => x.Event).OfType<ConsentGranted>().ToList();
            var lastDeletion = entries.Select(x => x.Event).OfType<BiometricDataDeleted>().Select(d => (Instant?)d.DeletedAt).Max();
            Instant? due = null;
            foreach (var w in Withdrawals(entries))
            {
                var at = w.WithdrawnAt;
                if (lastDeletion >= at)
                {
                    continue;
                }

                var before = grants.Where(g => g.GrantedAt <= at).ToList();
                var allGone = before.Count > 0 && before.All(g => g.Purposes.All(p => Withdrawals(entries).Any(x =>
                    x.WithdrawnAt >= g.GrantedAt && x.WithdrawnAt <= at && (x.IsForAllPurposes || x.Purposes.Contains(p)))));
                if (allGone && (due is null || at < due))
                {
                    due = at;
                }
            }

            return due is { } since ? new PendingDeletion(subject, since) : null;
        }

        private static IEnumerable<ConsentWithdrawn> Withdrawals(List<ConsentLedgerEntry> entries) =>
            entries.Select(x => x.Event).OfType<ConsentWithdrawn>();
    }
}
