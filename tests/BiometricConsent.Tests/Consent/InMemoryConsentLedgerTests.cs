using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

public class InMemoryConsentLedgerTests
{
    [Fact]
    public async Task Appends_assign_increasing_sequence_numbers_and_the_recording_instant()
    {
        var kit = new ConsentTestKit();
        var first = await kit.Ledger.AppendAsync(new ConsentEvent[] { Grant(), Grant(subject: Bob) });
        kit.Clock.Advance(Duration.FromMinutes(5));
        var third = await kit.Ledger.AppendAsync(new ConsentWithdrawn(Alice, T0));

        Assert.Equal(new long[] { 1, 2 }, first.Select(e => e.SequenceNumber));
        Assert.All(first, e => Assert.Equal(T0, e.RecordedAt));
        Assert.Equal(3, third.SequenceNumber);
        Assert.Equal(T0 + Duration.FromMinutes(5), third.RecordedAt);
        Assert.Equal(3, kit.Ledger.Count);
        Assert.Equal("#3 Withdrawn alice", third.ToString());
    }

    [Fact]
    public async Task Reads_a_subject_in_order_and_everything_for_export()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant());
        kit.Append(Grant(subject: Bob));
        kit.Append(new ConsentWithdrawn(Alice, T0));

        var alice = await kit.Ledger.ReadSubjectAsync(Alice);
        Assert.Equal(new long[] { 1, 3 }, alice.Select(e => e.SequenceNumber));
        Assert.Empty(await kit.Ledger.ReadSubjectAsync(new SubjectId("nobody")));
        Assert.Null(kit.Ledger.GetState(new SubjectId("nobody")));
        Assert.Null(await kit.Ledger.GetStateAsync(new SubjectId("nobody")));
        Assert.Equal(3, (await kit.Ledger.GetStateAsync(Alice))!.LastSequenceNumber);

        var all = new List<long>();
        await foreach (var entry in kit.Ledger.ReadAllAsync())
        {
            all.Add(entry.SequenceNumber);
        }

        Assert.Equal(new long[] { 1, 2, 3 }, all);
    }

    [Fact]
    public async Task Concurrent_appends_keep_every_event_with_unique_increasing_sequence_numbers()
    {
        var kit = new ConsentTestKit();
        const int Threads = 16;
        const int PerThread = 250;
        var results = new IReadOnlyList<ConsentLedgerEntry>[Threads * PerThread];

        await Task.WhenAll(Enumerable.Range(0, Threads).Select(t => Task.Run(async () =>
        {
            var subject = new SubjectId("subject-" + (t % 4));
            for (var i = 0; i < PerThread; i++)
            {
                ConsentEvent e = i % 3 == 2
                    ? new ConsentWithdrawn(subject, T0 + Duration.FromSeconds(i))
                    : Grant(subject: subject, at: T0 + Duration.FromSeconds(i));
                // Half the appends are batches of two, to interleave batch and single appends.
                results[(t * PerThread) + i] = i % 2 == 0
                    ? await kit.Ledger.AppendAsync(new[] { e, new BiometricDataDeleted(subject, T0) })
                    : new[] { await kit.Ledger.AppendAsync(e) };
            }
        })));

        var appended = results.SelectMany(r => r).ToList();
        var expected = Threads * PerThread * 3 / 2;
        Assert.Equal(expected, appended.Count);
        Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), appended.Select(e => e.SequenceNumber).OrderBy(n => n));

        // Batches got consecutive numbers.
        foreach (var batch in results.Where(r => r.Count == 2))
        {
            Assert.Equal(batch[0].SequenceNumber + 1, batch[1].SequenceNumber);
        }

        var all = new List<ConsentLedgerEntry>();
        await foreach (var entry in kit.Ledger.ReadAllAsync())
        {
            all.Add(entry);
        }

        Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), all.Select(e => e.SequenceNumber));

        // Every subject's state holds exactly its events, in increasing order.
        var total = 0;
        for (var s = 0; s < 4; s++)
        {
            var subject = new SubjectId("subject-" + s);
            var entries = kit.Ledger.GetState(subject)!.Entries;
            Assert.All(entries, e => Assert.Equal(subject, e.Subject));
            Assert.Equal(entries.Select(e => e.SequenceNumber).OrderBy(n => n), entries.Select(e => e.SequenceNumber));
            total += entries.Count;
        }

        Assert.Equal(expected, total);
    }

    [Fact]
    public async Task A_failing_batch_appends_nothing()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant());

        await Assert.ThrowsAsync<ArgumentNullException>("events", async () => await kit.Ledger.AppendAsync(new ConsentEvent[] { Grant(), null! }));
        await Assert.ThrowsAsync<ArgumentException>("events", async () => await kit.Ledger.AppendAsync(Array.Empty<ConsentEvent>()));
        await Assert.ThrowsAsync<ArgumentNullException>("events", async () => await kit.Ledger.AppendAsync((IReadOnlyList<ConsentEvent>)null!));
        await Assert.ThrowsAsync<ArgumentNullException>("event", async () => await kit.Ledger.AppendAsync((ConsentEvent)null!));

        Assert.Equal(1, kit.Ledger.Count);
        Assert.Equal(2, kit.Append(Grant()).SequenceNumber);
    }

    [Fact]
    public void Argument_checks_name_the_parameter()
    {
        Assert.Throws<ArgumentNullException>("clock", () => new InMemoryConsentLedger(null!));
        var kit = new ConsentTestKit();
        Assert.Throws<ArgumentException>("subject", () => kit.Ledger.GetState(default));
        Assert.Throws<ArgumentException>("subject", () => { kit.Ledger.ReadSubjectAsync(default); });
    }

    [Fact]
    public async Task Snapshots_cannot_be_altered_through_the_lists_they_expose()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant());
        var entries = await kit.Ledger.ReadSubjectAsync(Alice);
        Assert.False(entries is ConsentLedgerEntry[]);
        Assert.Throws<NotSupportedException>(() => ((IList<ConsentLedgerEntry>)entries)[0] = null!);
        Assert.Throws<NotSupportedException>(() => ((IList<Purpose>)Grant().Purposes).Add(Purpose.Login));
    }
}
