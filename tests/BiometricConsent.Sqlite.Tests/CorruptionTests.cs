using System;
using System.IO;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using Microsoft.Data.Sqlite;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

public sealed class CorruptionTests : IDisposable
{
    private readonly LedgerTestKit kit = new LedgerTestKit();

    public void Dispose() => kit.Dispose();

    [Fact]
    public async Task A_file_of_random_bytes_is_not_a_database()
    {
        var bytes = new byte[8192];
        new Random(42).NextBytes(bytes);
        File.WriteAllBytes(kit.DatabasePath, bytes);

        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync());
        Assert.Equal(Path.GetFullPath(kit.DatabasePath), e.Ledger);
        Assert.Contains(kit.DatabasePath, e.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", e.Message, StringComparison.Ordinal);
        Assert.Null(e.SequenceNumber);
        Assert.Equal(bytes, File.ReadAllBytes(kit.DatabasePath));
    }

    [Fact]
    public async Task Another_applications_database_is_rejected_and_left_untouched()
    {
        kit.ExecuteRaw("PRAGMA application_id = 1234; CREATE TABLE photos (id INTEGER PRIMARY KEY);");
        var before = File.ReadAllBytes(kit.DatabasePath);

        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync());
        Assert.Contains("another application (application_id 0x000004D2", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(kit.DatabasePath));
        Assert.Equal("delete", kit.ScalarRaw("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task A_database_with_tables_but_no_application_id_is_rejected()
    {
        kit.ExecuteRaw("CREATE TABLE consent_events (x);");
        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync());
        Assert.Contains("another application (application_id 0, user_version 0, 1 schema objects)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_newer_schema_version_is_rejected_with_advice()
    {
        await (await kit.OpenAsync()).DisposeAsync();
        kit.ExecuteRaw("PRAGMA user_version = 7;");
        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync());
        Assert.Contains("schema version 7 is newer than version 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_database_is_reported_as_damaged()
    {
        await using (var ledger = await kit.OpenAsync())
        {
            for (var i = 0; i < 40; i++)
            {
                await ledger.AppendAsync(Grant(subject: new SubjectId("subject-" + i), evidence: new string('x', 500)));
            }
        }

        // Closing checkpointed the WAL into the main file; cut the file in half.
        Assert.False(File.Exists(kit.DatabasePath + "-wal") && new FileInfo(kit.DatabasePath + "-wal").Length > 0);
        var length = new FileInfo(kit.DatabasePath).Length;
        Assert.True(length > 8 * 4096, $"the test database is too small ({length} bytes) to truncate meaningfully");
        using (var stream = new FileStream(kit.DatabasePath, FileMode.Open))
        {
            stream.SetLength(length / 2);
        }

        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync());
        Assert.Contains(kit.DatabasePath, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_database_is_caught_by_the_record_scan_even_without_the_integrity_check()
    {
        await using (var ledger = await kit.OpenAsync())
        {
            for (var i = 0; i < 40; i++)
            {
                await ledger.AppendAsync(Grant(subject: new SubjectId("subject-" + i), evidence: new string('x', 500)));
            }
        }

        using (var stream = new FileStream(kit.DatabasePath, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync(new SqliteConsentLedgerOptions { CheckIntegrityOnOpen = false }));
    }

    [Fact]
    public async Task An_altered_record_breaks_the_checksum_chain_at_that_record()
    {
        await AppendThreeAsync();
        kit.ExecuteRaw("""
            DROP TRIGGER consent_events_no_update;
            UPDATE consent_events SET payload = replace(payload, '"form":2', '"form":3') WHERE sequence = 2;
            CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events BEGIN SELECT RAISE(ABORT, 'consent_events is append-only: a record cannot be updated'); END;
            """);
        Assert.Equal(1L, kit.ScalarRaw("SELECT count(*) FROM consent_events WHERE payload LIKE '%\"form\":3%';"));

        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync());
        Assert.Equal(2, e.SequenceNumber);
        Assert.Contains("record #2", e.Message, StringComparison.Ordinal);
        Assert.Contains("checksum", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_record_is_reported_as_missing()
    {
        await AppendThreeAsync();
        kit.ExecuteRaw("""
            DROP TRIGGER consent_events_no_delete;
            DELETE FROM consent_events WHERE sequence = 2;
            CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events BEGIN SELECT RAISE(ABORT, 'consent_events is append-only: a record cannot be deleted'); END;
            """);

        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync());
        Assert.Equal(2, e.SequenceNumber);
        Assert.Contains("records #2 to #2 are missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dropped_append_only_trigger_is_reported()
    {
        await AppendThreeAsync();
        kit.ExecuteRaw("DROP TRIGGER consent_events_no_delete;");
        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync());
        Assert.Contains("lacks the trigger 'consent_events_no_delete'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_record_from_another_writer_fails_refresh_and_append_without_losing_the_cache()
    {
        await using var ledger = await kit.OpenAsync(NoPolling);
        await ledger.AppendAsync(Grant());
        // Another "writer" appends a record with a wrong checksum.
        kit.ExecuteRaw("INSERT INTO consent_events (sequence, recorded_at, subject, kind, occurred_at, payload, checksum) SELECT 2, recorded_at, 'bob', kind, occurred_at, payload, zeroblob(32) FROM consent_events WHERE sequence = 1;");

        var refresh = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(async () => await ledger.RefreshAsync());
        Assert.Equal(2, refresh.SequenceNumber);
        await Assert.ThrowsAsync<ConsentLedgerCorruptException>(async () => await ledger.AppendAsync(Grant()));
        Assert.NotNull(ledger.GetState(Alice));
        Assert.Null(ledger.GetState(Bob));
        Assert.Equal(1, ledger.LastSequenceNumber);
    }

    [Fact]
    public async Task A_payload_that_is_not_a_valid_event_is_reported_with_the_property()
    {
        // Written with a correct checksum, as a buggy or foreign writer could: the content check still catches it.
        await using (var ledger = await kit.OpenAsync())
        {
            await ledger.AppendAsync(Grant());
        }

        var checksum = new Storage.RecordChecksum();
        var record = new Storage.StoredRecord(2, 0, "bob", 2, 0, "{\"withdrawnAt\":\"1970-01-01T00:00:00Z\",\"purposes\":[99],\"note\":null}");
        var previous = (byte[])kit.ScalarRaw("SELECT checksum FROM consent_events WHERE sequence = 1;")!;
        var sum = checksum.Compute(previous, record);
        using (var connection = new SqliteConnection($"Data Source={kit.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO consent_events (sequence, recorded_at, subject, kind, occurred_at, payload, checksum) VALUES (2, 0, 'bob', 2, 0, $payload, $checksum);";
            insert.Parameters.AddWithValue("$payload", record.Payload);
            insert.Parameters.AddWithValue("$checksum", sum);
            insert.ExecuteNonQuery();
        }

        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync());
        Assert.Equal(2, e.SequenceNumber);
        Assert.Contains("'99' is not a defined Purpose", e.Message, StringComparison.Ordinal);
    }

    private async Task AppendThreeAsync()
    {
        await using var ledger = await kit.OpenAsync();
        await ledger.AppendAsync(Grant());
        await ledger.AppendAsync(Grant(subject: Bob));
        await ledger.AppendAsync(new ConsentWithdrawn(Alice, T0));
    }
}
