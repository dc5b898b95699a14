using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>
/// Opening a ledger checks the checksum chain on a second thread (<see cref="ChainCheck"/>) while the records are
/// decoded: the damage it reports, and where, must be exactly what the record-by-record check
/// (<see cref="LedgerDatabase.ReadVerified"/>, used by exports and catch-ups) reports — also past the check's
/// batches of 2,048 records.
/// </summary>
public sealed class ParallelChainCheckTests : IDisposable
{
    private const int Records = 5_000;

    private readonly LedgerTestKit kit = new LedgerTestKit();

    public void Dispose() => kit.Dispose();

    public static IEnumerable<object[]> Damages() => new[]
    {
        new object[] { "altered payload", new[] { Alter(4_501) }, 4_501L, "checksum does not match" },
        new object[] { "altered first record", new[] { Alter(1) }, 1L, "checksum does not match" },
        new object[] { "altered last record", new[] { Alter(Records) }, (long)Records, "checksum does not match" },
        new object[] { "checksum of the wrong length", new[] { $"PRAGMA ignore_check_constraints = ON; UPDATE consent_events SET checksum = zeroblob(31) WHERE sequence = 2049;" }, 2_049L, "checksum does not match" },
        new object[] { "undecodable payload, checksum not recomputed", new[] { Undecodable(3_000) }, 3_000L, "checksum does not match" },
        new object[] { "checksum of another record", new[] { "UPDATE consent_events SET checksum = (SELECT checksum FROM consent_events WHERE sequence = 7) WHERE sequence = 2048;" }, 2_048L, "checksum does not match" },
        new object[] { "removed record", new[] { "DELETE FROM consent_events WHERE sequence = 4097;" }, 4_097L, "records #4097 to #4097 are missing" },
        new object[] { "two altered records: the first is reported", new[] { Alter(4_999), Alter(2_500) }, 2_500L, "checksum does not match" },
        new object[] { "removed record after an altered one", new[] { Alter(2_000), "DELETE FROM consent_events WHERE sequence = 2001;" }, 2_000L, "checksum does not match" },
        new object[] { "altered record after a removed one", new[] { "DELETE FROM consent_events WHERE sequence = 10;", Alter(11) }, 10L, "records #10 to #10 are missing" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task Open_reports_the_damage_the_record_by_record_check_reports(string damage, string[] sql, long sequence, string problem)
    {
        await AppendAsync();
        Tamper(sql);

        var serial = Assert.Throws<ConsentLedgerCorruptException>(() => ReadSerially());
        var parallel = Assert.Throws<ConsentLedgerCorruptException>(() => ReadInParallel(out _));
        var open = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync(new SqliteConsentLedgerOptions { CheckIntegrityOnOpen = false }));

        Assert.True(sequence == serial.SequenceNumber, damage);
        Assert.Equal(serial.SequenceNumber, parallel.SequenceNumber);
        Assert.Equal(serial.Message, parallel.Message);
        Assert.Equal(serial.SequenceNumber, open.SequenceNumber);
        Assert.Contains(problem, open.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_that_does_not_decode_before_an_altered_one_is_reported_first()
    {
        await AppendAsync();
        // Record 3,000 has a correct checksum but names an undefined purpose; record 4,000 is altered.
        RewriteWithChecksum(3_000, "{\"withdrawnAt\":\"1970-01-01T00:00:00Z\",\"purposes\":[99],\"note\":null}");
        Tamper(Alter(4_000));

        var serial = Assert.Throws<ConsentLedgerCorruptException>(() => ReadSerially());
        var open = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync());

        Assert.Equal(3_000, serial.SequenceNumber);
        Assert.Equal(3_000, open.SequenceNumber);
        Assert.Contains("'99' is not a defined Purpose", open.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_intact_file_reads_the_same_entries_and_head_both_ways()
    {
        await AppendAsync();

        var serialCursor = new ChainCursor();
        List<ConsentLedgerEntry> serial;
        using (var database = OpenDatabase())
        {
            serial = database.ReadVerified(serialCursor).ToList();
        }

        var parallel = ReadInParallel(out var parallelCursor);
        Assert.Equal(Records, parallel.Count);
        Assert.Equal(serial.Select(e => e.SequenceNumber), parallel.Select(e => e.SequenceNumber));
        Assert.Equal(serial.Select(e => (e.Event.Kind, e.Event.OccurredAt, e.Subject)), parallel.Select(e => (e.Event.Kind, e.Event.OccurredAt, e.Subject)));
        Assert.Equal(serialCursor.Sequence, parallelCursor.Sequence);
        Assert.Equal(serialCursor.Checksum, parallelCursor.Checksum);

        await using var ledger = await kit.OpenAsync();
        Assert.Equal(new LedgerAnchor(serialCursor.Sequence, serialCursor.Checksum), ledger.Head);
    }

    [Fact]
    public async Task Reading_from_a_cursor_continues_the_chain_and_an_empty_tail_leaves_the_cursor()
    {
        await AppendAsync();
        var cursor = new ChainCursor();
        using var database = OpenDatabase();
        var firstPart = database.ReadVerified(cursor).Take(2_100).Count();
        var before = cursor.Checksum;

        Assert.Equal(Records - firstPart, database.ReadAllVerified(cursor, _ => { }));
        Assert.Equal(Records, cursor.Sequence);
        Assert.NotEqual(before, cursor.Checksum);

        var head = cursor.Checksum;
        Assert.Equal(0, database.ReadAllVerified(cursor, _ => Assert.Fail("no record follows the last")));
        Assert.Same(head, cursor.Checksum);
    }

    // Grants carry "form":2; the appended events are grants but for every third (see AppendAsync).
    private static string Alter(long sequence) =>
        $"UPDATE consent_events SET payload = replace(payload, '\"form\":2', '\"form\":3') WHERE sequence = {sequence};";

    private static string Undecodable(long sequence) => $"UPDATE consent_events SET payload = '{{not json' WHERE sequence = {sequence};";

    private async Task AppendAsync()
    {
        await using var ledger = await kit.OpenAsync(NoPolling);
        var events = new List<ConsentEvent>(Records);
        for (var i = 0; i < Records; i++)
        {
            var subject = new SubjectId("subject-" + (i % 37));
            events.Add(i % 3 == 2 ? new ConsentWithdrawn(subject, T0 + NodaTime.Duration.FromMinutes(i)) : Grant(subject: subject, at: T0 + NodaTime.Duration.FromMinutes(i)));
        }

        await ledger.AppendAsync(events);
    }

    private void Tamper(params string[] statements)
    {
        kit.ExecuteRaw("DROP TRIGGER consent_events_no_update; DROP TRIGGER consent_events_no_delete;");
        foreach (var statement in statements)
        {
            kit.ExecuteRaw(statement);
        }

        kit.ExecuteRaw("""
            CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events BEGIN SELECT RAISE(ABORT, 'consent_events is append-only: a record cannot be updated'); END;
            CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events BEGIN SELECT RAISE(ABORT, 'consent_events is append-only: a record cannot be deleted'); END;
            """);
    }

    /// <summary>Replaces a record's payload and recomputes its checksum (and no later one), as a buggy writer could.</summary>
    private void RewriteWithChecksum(long sequence, string payload)
    {
        var previous = (byte[])kit.ScalarRaw($"SELECT checksum FROM consent_events WHERE sequence = {sequence - 1};")!;
        var subject = (string)kit.ScalarRaw($"SELECT subject FROM consent_events WHERE sequence = {sequence};")!;
        var record = new StoredRecord(sequence, 0, subject, 2, 0, payload);
        using var checksum = new RecordChecksum();
        var sum = checksum.Compute(previous, record);
        kit.ExecuteRaw("DROP TRIGGER consent_events_no_update;");
        using (var connection = new SqliteConnection($"Data Source={kit.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE consent_events SET recorded_at = 0, kind = 2, occurred_at = 0, payload = $payload, checksum = $checksum WHERE sequence = $sequence;";
            update.Parameters.AddWithValue("$payload", payload);
            update.Parameters.AddWithValue("$checksum", sum);
            update.Parameters.AddWithValue("$sequence", sequence);
            update.ExecuteNonQuery();
        }

        kit.ExecuteRaw("CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events BEGIN SELECT RAISE(ABORT, 'consent_events is append-only: a record cannot be updated'); END;");
    }

    private LedgerDatabase OpenDatabase() =>
        LedgerDatabase.OpenForReading($"Data Source={kit.DatabasePath};Pooling=False", kit.DatabasePath, NoPolling);

    private void ReadSerially()
    {
        using var database = OpenDatabase();
        foreach (var unused in database.ReadVerified(new ChainCursor()))
        {
        }
    }

    private List<ConsentLedgerEntry> ReadInParallel(out ChainCursor cursor)
    {
        using var database = OpenDatabase();
        var entries = new List<ConsentLedgerEntry>();
        cursor = new ChainCursor();
        database.ReadAllVerified(cursor, entries.Add);
        return entries;
    }
}
