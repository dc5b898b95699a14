using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly LedgerTestKit kit = new LedgerTestKit();
    private readonly Xunit.Abstractions.ITestOutputHelper output;

    public ConcurrencyTests(Xunit.Abstractions.ITestOutputHelper output)
    {
        this.output = output;
    }

    public void Dispose() => kit.Dispose();

    [Fact]
    public async Task Concurrent_appends_get_unique_contiguous_sequences_and_each_append_stays_whole()
    {
        const int Writers = 32;
        const int PerWriter = 40;
        var results = new IReadOnlyList<ConsentLedgerEntry>[Writers * PerWriter];
        await using (var ledger = await kit.OpenAsync())
        {
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                var subject = new SubjectId("subject-" + (w % 8));
                for (var i = 0; i < PerWriter; i++)
                {
                    // Every other append is a pair, to interleave multi-event appends with single ones.
                    results[(w * PerWriter) + i] = i % 2 == 0
                        ? await ledger.AppendAsync(new ConsentEvent[] { Grant(subject: subject, at: T0 + Duration.FromSeconds(i)), new ConsentWithdrawn(subject, T0 + Duration.FromSeconds(i)) })
                        : new[] { await ledger.AppendAsync(Grant(subject: subject, at: T0 + Duration.FromSeconds(i))) };
                }
            })));

            var expected = Writers * PerWriter * 3 / 2;
            var sequences = results.SelectMany(r => r).Select(e => e.SequenceNumber).OrderBy(n => n).ToList();
            Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), sequences);
            Assert.All(results.Where(r => r.Count == 2), pair => Assert.Equal(pair[0].SequenceNumber + 1, pair[1].SequenceNumber));
            Assert.Equal(expected, ledger.LastSequenceNumber);
            // Group commit: concurrent appends shared transactions (and so syncs).
            output.WriteLine($"{Writers * PerWriter} appends in {ledger.CommittedTransactions} transactions");
            Assert.True(ledger.CommittedTransactions < Writers * PerWriter, $"{ledger.CommittedTransactions} transactions for {Writers * PerWriter} appends");
            Assert.Equal(expected, Enumerable.Range(0, 8).Sum(s => ledger.GetState(new SubjectId("subject-" + s))!.Entries.Count));
        }

        await using var reopened = await kit.OpenAsync();
        var stored = await ReadAllAsync(reopened);
        var acknowledged = results.SelectMany(r => r).ToDictionary(e => e.SequenceNumber);
        Assert.Equal(acknowledged.Count, stored.Count);
        Assert.All(stored, e => Assert.Equal(acknowledged[e.SequenceNumber].Subject, e.Subject));
        Assert.All(stored, e => Assert.Equal(acknowledged[e.SequenceNumber].Event.Kind, e.Event.Kind));
        Assert.All(stored, e => Assert.Equal(acknowledged[e.SequenceNumber].Event.OccurredAt, e.Event.OccurredAt));
    }

    [Fact]
    public async Task A_batch_limit_of_one_gives_each_append_its_own_transaction_and_a_larger_append_stays_whole()
    {
        await using var ledger = await kit.OpenAsync(new SqliteConsentLedgerOptions { MaxBatchSize = 1, RefreshInterval = Timeout.InfiniteTimeSpan });
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await ledger.AppendAsync(Grant(subject: new SubjectId($"w{w}")));
            }
        })));
        Assert.Equal(40, ledger.CommittedTransactions);

        var three = await ledger.AppendAsync(new ConsentEvent[] { Grant(), Grant(subject: Bob), new ConsentWithdrawn(Alice, T0) });
        Assert.Equal(new long[] { 41, 42, 43 }, three.Select(e => e.SequenceNumber));
        Assert.Equal(41, ledger.CommittedTransactions);
    }

    [Fact]
    public async Task Two_ledgers_on_one_file_write_concurrently_without_losing_or_reusing_a_sequence()
    {
        await using var first = await kit.OpenAsync(NoPolling);
        await using var second = await kit.OpenAsync(NoPolling);
        var acknowledged = new List<ConsentLedgerEntry>[2] { new(), new() };
        SqliteConsentLedger[] ledgers = { first, second };

        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var side = w % 2;
            for (var i = 0; i < 50; i++)
            {
                var entry = await ledgers[side].AppendAsync(Grant(subject: new SubjectId($"w{w}"), at: T0 + Duration.FromSeconds(i)));
                lock (acknowledged[side])
                {
                    acknowledged[side].Add(entry);
                }
            }
        })));

        var all = acknowledged.SelectMany(a => a).Select(e => e.SequenceNumber).OrderBy(n => n).ToList();
        Assert.Equal(Enumerable.Range(1, 400).Select(i => (long)i), all);
        // Both ledgers wrote: the test exercised two writers on one file.
        Assert.NotEmpty(acknowledged[0]);
        Assert.NotEmpty(acknowledged[1]);

        // After catching up, each ledger's cache holds every record, whichever ledger wrote it.
        await first.RefreshAsync();
        await second.RefreshAsync();
        for (var w = 0; w < 8; w++)
        {
            var subject = new SubjectId($"w{w}");
            Assert.Equal(50, first.GetState(subject)!.Entries.Count);
            Assert.Equal(first.GetState(subject)!.Entries.Select(e => e.SequenceNumber), second.GetState(subject)!.Entries.Select(e => e.SequenceNumber));
        }

        Assert.Equal(400, (await ReadAllAsync(first)).Count);
    }

    [Fact]
    public async Task Another_writers_records_reach_the_cache_on_refresh_or_on_an_asynchronous_read()
    {
        await using var reader = await kit.OpenAsync(NoPolling);
        await using var writer = await kit.OpenAsync(NoPolling);
        var gate = new ConsentGate(reader, kit.Clock);

        await writer.AppendAsync(Grant());
        // Polling is off: the hot path answers from the cache, which has not yet seen the other writer.
        Assert.False(gate.HasConsent(Alice, Purpose.AccessControl));
        Assert.True(await gate.HasConsentAsync(Alice, Purpose.AccessControl));
        Assert.True(gate.HasConsent(Alice, Purpose.AccessControl));

        await writer.AppendAsync(new ConsentWithdrawn(Alice, T0));
        Assert.True(gate.HasConsent(Alice, Purpose.AccessControl));
        await reader.RefreshAsync();
        Assert.False(gate.HasConsent(Alice, Purpose.AccessControl));

        await writer.AppendAsync(Grant(subject: Bob));
        Assert.Equal(3, (await reader.ReadSubjectAsync(Bob)).Single().SequenceNumber);
        await writer.AppendAsync(new ConsentWithdrawn(Bob, T0));
        Assert.Equal(new[] { Alice, Bob }, (await reader.GetPendingDeletionsAsync()).Select(p => p.Subject));
    }

    [Fact]
    public async Task An_append_first_takes_in_the_other_writers_records_so_the_cache_stays_complete()
    {
        await using var first = await kit.OpenAsync(NoPolling);
        await using var second = await kit.OpenAsync(NoPolling);
        await second.AppendAsync(Grant());
        var mine = await first.AppendAsync(new ConsentWithdrawn(Alice, T0 + Duration.FromHours(1)));

        Assert.Equal(2, mine.SequenceNumber);
        Assert.Equal(new long[] { 1, 2 }, first.GetState(Alice)!.Entries.Select(e => e.SequenceNumber));
        Assert.NotNull(first.GetState(Alice)!.PendingDeletion);
    }

    [Fact]
    public async Task Polling_brings_another_writers_records_into_the_cache_within_the_refresh_interval()
    {
        await using var reader = await kit.OpenAsync(new SqliteConsentLedgerOptions { RefreshInterval = TimeSpan.FromMilliseconds(20) });
        await using var writer = await kit.OpenAsync(NoPolling);
        await writer.AppendAsync(Grant());

        // Generous deadline for a loaded machine; the point is that nothing but the timer refreshes the cache.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (reader.GetState(Alice) is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.NotNull(reader.GetState(Alice));
        Assert.Equal(1, reader.LastSequenceNumber);
    }

    [Fact]
    public async Task An_append_cancelled_while_queued_is_not_written()
    {
        // Hold the write lock in another connection so that appends queue up behind it.
        await using var ledger = await kit.OpenAsync(new SqliteConsentLedgerOptions { RefreshInterval = Timeout.InfiniteTimeSpan, BusyTimeout = TimeSpan.FromSeconds(20) });
        using var blocker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={kit.DatabasePath};Pooling=False");
        blocker.Open();
        using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.ExecuteNonQuery();
        }

        var first = ledger.AppendAsync(Grant());
        await Task.Delay(200); // the writer is now waiting for the lock with the first append
        using var cts = new CancellationTokenSource();
        var second = ledger.AppendAsync(Grant(subject: Bob), cts.Token);
        cts.Cancel();
        using (var rollback = blocker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            rollback.ExecuteNonQuery();
        }

        Assert.Equal(1, (await first).SequenceNumber);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await second);
        Assert.Null(ledger.GetState(Bob));
        Assert.Single(await ReadAllAsync(ledger));
    }

    [Fact]
    public async Task A_writer_that_cannot_get_the_lock_fails_the_append_and_acknowledges_nothing()
    {
        await using var ledger = await kit.OpenAsync(new SqliteConsentLedgerOptions { RefreshInterval = Timeout.InfiniteTimeSpan, BusyTimeout = TimeSpan.FromMilliseconds(200) });
        using var blocker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={kit.DatabasePath};Pooling=False");
        blocker.Open();
        using var begin = blocker.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        begin.ExecuteNonQuery();

        var busy = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(async () => await ledger.AppendAsync(Grant()));
        Assert.Equal(5, busy.SqliteErrorCode);
        Assert.Null(ledger.GetState(Alice));

        begin.CommandText = "ROLLBACK;";
        begin.ExecuteNonQuery();
        Assert.Equal(1, (await ledger.AppendAsync(Grant())).SequenceNumber);
    }
}
