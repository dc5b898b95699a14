using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>Idempotency keys in the SQLite ledger (schema version 2), and files written with schema version 1.</summary>
public sealed class IdempotencyTests : IDisposable
{
    private readonly LedgerTestKit kit = new LedgerTestKit();

    public void Dispose() => kit.Dispose();

    [Fact]
    public async Task A_retried_append_returns_the_recorded_entry_after_a_restart_and_in_another_instance()
    {
        ConsentLedgerEntry first;
        await using (var ledger = await kit.OpenAsync(NoPolling))
        {
            first = await ledger.AppendAsync(Grant(key: "request-1"));
            Assert.Equal(first.SequenceNumber, (await ledger.AppendAsync(Grant(key: "request-1"))).SequenceNumber);
        }

        kit.Clock.Advance(Duration.FromMinutes(5));
        await using var reopened = await kit.OpenAsync(NoPolling);
        await using var other = await kit.OpenAsync(NoPolling);
        var afterRestart = await reopened.AppendAsync(Grant(at: T0 + Duration.FromMinutes(5), key: "request-1"));
        Assert.Equal(first.SequenceNumber, afterRestart.SequenceNumber);
        Assert.Equal(first.RecordedAt, afterRestart.RecordedAt);
        Assert.Equal(T0, ((ConsentGranted)afterRestart.Event).GrantedAt);

        // The other instance has not seen a record since it opened; the writer finds the key under the write lock.
        var withdrawn = await reopened.AppendAsync(new ConsentWithdrawn(Alice, T0) { IdempotencyKey = "withdraw-1" });
        Assert.Equal(withdrawn.SequenceNumber, (await other.AppendAsync(new ConsentWithdrawn(Alice, T0) { IdempotencyKey = "withdraw-1" })).SequenceNumber);

        Assert.Equal(2L, kit.ScalarRaw("SELECT count(*) FROM consent_events;"));
        Assert.Equal("request-1", kit.ScalarRaw("SELECT idempotency_key FROM consent_events WHERE sequence = 1;"));
        Assert.Equal(2, (await ReadAllAsync(other)).Count);
    }

    [Fact]
    public async Task Concurrent_retries_in_one_group_commit_record_the_event_once()
    {
        await using var ledger = await kit.OpenAsync(NoPolling);
        var appends = new List<Task<ConsentLedgerEntry>>();
        for (var i = 0; i < 20; i++)
        {
            appends.Add(ledger.AppendAsync(Grant(key: "same-request")).AsTask());
        }

        var entries = await Task.WhenAll(appends);
        Assert.All(entries, e => Assert.Equal(1, e.SequenceNumber));
        Assert.Equal(1L, kit.ScalarRaw("SELECT count(*) FROM consent_events;"));
    }

    [Fact]
    public async Task A_key_reused_for_another_operation_fails_that_append_alone()
    {
        await using var ledger = await kit.OpenAsync(NoPolling);
        await ledger.AppendAsync(Grant(key: "k"));

        await Assert.ThrowsAsync<ArgumentException>("events", async () => await ledger.AppendAsync(Grant(subject: Bob, key: "k")));
        await Assert.ThrowsAsync<ArgumentException>("events", async () => await ledger.AppendAsync(new ConsentEvent[] { Grant(key: "a"), Grant(key: "a") }));
        Assert.Equal(2, (await ledger.AppendAsync(Grant(subject: Bob))).SequenceNumber);
    }

    [Fact]
    public void The_payload_carries_the_key_only_when_there_is_one()
    {
        var withdrawal = new ConsentWithdrawn(Alice, T0) { IdempotencyKey = "req-7" };
        var payload = EventCodec.Encode(withdrawal, "events");
        Assert.Equal("{\"withdrawnAt\":\"2026-03-01T08:00:00Z\",\"purposes\":null,\"note\":null,\"idempotencyKey\":\"req-7\"}", payload);
        Assert.Equal("req-7", EventCodec.Decode(Alice, (long)ConsentEventKind.Withdrawn, payload).IdempotencyKey);
        Assert.DoesNotContain("idempotencyKey", EventCodec.Encode(new ConsentWithdrawn(Alice, T0), "events"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_schema_version_1_opens_migrates_and_keeps_its_records()
    {
        WriteVersion1File(kit.DatabasePath, Grant());

        await using (var ledger = await kit.OpenAsync(NoPolling))
        {
            Assert.Equal(1, ledger.LastSequenceNumber);
            Assert.Equal(ConsentDenialReason.None, new ConsentGate(ledger, kit.Clock).Evaluate(Alice, Purpose.AccessControl).Reason);
            Assert.Equal(2, (await ledger.AppendAsync(Grant(key: "after-migration"))).SequenceNumber);
            Assert.Equal(2, (await ledger.AppendAsync(Grant(key: "after-migration"))).SequenceNumber);
        }

        Assert.Equal((long)LedgerSchema.CurrentVersion, kit.ScalarRaw("PRAGMA user_version;"));
        await using var reopened = await kit.OpenAsync(NoPolling);
        Assert.Equal(2, (await ReadAllAsync(reopened)).Count);
    }

    [Fact]
    public async Task A_key_column_that_disagrees_with_the_payload_is_corruption()
    {
        await using (var ledger = await kit.OpenAsync(NoPolling))
        {
            await ledger.AppendAsync(Grant(key: "k"));
        }

        // The append-only triggers stop UPDATE; an attacker drops them first (and restores them).
        kit.ExecuteRaw("""
            DROP TRIGGER consent_events_no_update;
            UPDATE consent_events SET idempotency_key = 'other';
            CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events BEGIN SELECT RAISE(ABORT, 'x'); END;
            """);
        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync(NoPolling));
        Assert.Equal(1, e.SequenceNumber);
        Assert.Contains("idempotency_key 'other' disagrees", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A ledger as version 1 of the schema wrote it: migration 0 -> 1 only, one format-1 record.</summary>
    internal static void WriteVersion1File(string path, ConsentEvent e)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        connection.Open();
        using var checksum = new RecordChecksum();
        var record = new StoredRecord(1, T0.ToUnixTimeTicks(), e.Subject.Value, (long)e.Kind, e.OccurredAt.ToUnixTimeTicks(), EventCodec.Encode(e, "e"));
        using var command = connection.CreateCommand();
        command.CommandText = LedgerSchema.Migrations[0] + $"PRAGMA application_id = {LedgerSchema.ApplicationId}; PRAGMA user_version = 1; PRAGMA journal_mode = WAL;" +
            "INSERT INTO consent_events VALUES (1, $recordedAt, $subject, $kind, $occurredAt, $payload, $checksum);";
        command.Parameters.AddWithValue("$recordedAt", record.RecordedAtTicks);
        command.Parameters.AddWithValue("$subject", record.Subject);
        command.Parameters.AddWithValue("$kind", record.Kind);
        command.Parameters.AddWithValue("$occurredAt", record.OccurredAtTicks);
        command.Parameters.AddWithValue("$payload", record.Payload);
        command.Parameters.AddWithValue("$checksum", checksum.Compute(RecordChecksum.Genesis, record));
        command.ExecuteNonQuery();
    }
}
