using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite.Storage;
using BiometricConsent.Tests.Logging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NodaTime;
using static BiometricConsent.Ledger.Conformance.ProtectionFixture;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>Personal data in the SQLite ledger (schema version 3): owner-only files, pseudonyms, encrypted fields, crypto-shredding.</summary>
public sealed class ProtectionTests : IDisposable
{
    private readonly LedgerTestKit kit = new LedgerTestKit();

    public void Dispose() => kit.Dispose();

    private static SqliteConsentLedgerOptions Protected => new SqliteConsentLedgerOptions { RefreshInterval = System.Threading.Timeout.InfiniteTimeSpan, Protection = Protection };

    [Fact]
    public async Task The_file_and_its_wal_and_shm_are_created_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var ledger = await kit.OpenAsync(NoPolling);
        await ledger.AppendAsync(Grant());
        foreach (var file in new[] { kit.DatabasePath, kit.DatabasePath + "-wal", kit.DatabasePath + "-shm" })
        {
            Assert.True(File.Exists(file), file);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task An_existing_file_readable_by_others_is_made_owner_only_on_open_with_a_log_line()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using (var ledger = await kit.OpenAsync(NoPolling))
        {
            await ledger.AppendAsync(Grant());
        }

        // As SQLite itself, or an older version of the package, created it: 0644.
        var readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(kit.DatabasePath, readable);
        var logs = new CapturingLoggerFactory();
        var options = NoPolling;
        options.Logger = logs.CreateLogger<SqliteConsentLedger>();
        await using (var reopened = await kit.OpenAsync(options))
        {
            Assert.Equal(1, reopened.LastSequenceNumber);
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kit.DatabasePath));
        var logged = Assert.Single(logs.WithEvent(214));
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Equal($"Consent ledger file {kit.DatabasePath} was readable or writable by other users (mode 0644); changed its mode to 0600, owner only", logged.Message);

        // Owner-only files are left alone, and not logged.
        await using (await kit.OpenAsync(options))
        {
        }

        Assert.Single(logs.WithEvent(214));
    }

    [Fact]
    public async Task Personal_fields_are_encrypted_in_the_file_and_read_back_with_the_key()
    {
        var grant = Grant(Child, giver: ConsentGiver.Guardian(Guardian, "mother"), birthDate: BirthDate, evidence: "form-17");
        var withdrawal = new ConsentWithdrawn(Child, T0 + Duration.FromDays(1), note: Note);
        await using (var ledger = await kit.OpenAsync(Protected))
        {
            await ledger.AppendAsync(new ConsentEvent[] { grant, withdrawal });
        }

        var payloads = string.Join("\n", Payloads());
        Assert.DoesNotContain("Zhang", payloads, StringComparison.Ordinal);
        Assert.DoesNotContain("mother", payloads, StringComparison.Ordinal);
        Assert.DoesNotContain("2015-06-01", payloads, StringComparison.Ordinal);
        Assert.DoesNotContain("138-0000", payloads, StringComparison.Ordinal);
        Assert.Contains("\"protected\"", payloads, StringComparison.Ordinal);
        Assert.Equal(1L, kit.ScalarRaw("SELECT count(*) FROM subject_keys;"));

        await using var reopened = await kit.OpenAsync(Protected);
        var read = await reopened.ReadSubjectAsync(Child);
        var readGrant = Assert.IsType<ConsentGranted>(read[0].Event);
        Assert.Equal(ConsentGiver.Guardian(Guardian, "mother"), readGrant.Giver);
        Assert.Equal(BirthDate, readGrant.SubjectBirthDate);
        Assert.Equal("form-17", readGrant.EvidenceReference);
        Assert.Equal(Note, Assert.IsType<ConsentWithdrawn>(read[1].Event).Note);
        Assert.Equal(2, (await ReadAllAsync(reopened)).Count);
    }

    [Fact]
    public async Task Erasure_shreds_the_subject_and_the_chain_still_verifies()
    {
        LedgerAnchor anchor;
        await using (var ledger = await kit.OpenAsync(Protected))
        {
            await ledger.AppendAsync(Grant(Child, giver: ConsentGiver.Guardian(Guardian, "mother"), birthDate: BirthDate));
            await ledger.AppendAsync(Grant(Other, giver: ConsentGiver.Guardian("Li Na"), birthDate: BirthDate));
            await ledger.AppendAsync(new ConsentWithdrawn(Child, T0 + Duration.FromDays(1), note: Note));
            await ledger.AppendAsync(new BiometricDataDeleted(Child, T0 + Duration.FromDays(2), "templates purged"));

            // At once, in the live cache: the redacted form.
            AssertRedacted(await ledger.ReadSubjectAsync(Child));
            anchor = ledger.Head;
        }

        Assert.Equal(0L, kit.ScalarRaw($"SELECT count(*) FROM subject_keys WHERE subject = '{Child.Value}';"));
        Assert.Equal(1L, kit.ScalarRaw($"SELECT count(*) FROM subject_keys WHERE subject = '{Other.Value}';"));

        await using var reopened = await kit.OpenAsync(Protected);
        AssertRedacted(await reopened.ReadSubjectAsync(Child));
        Assert.Equal("Li Na", ((ConsentGranted)(await reopened.ReadSubjectAsync(Other))[0].Event).Giver.GuardianIdentity);
        Assert.Equal(anchor, await reopened.VerifyAgainstAsync(anchor));
        var all = await ReadAllAsync(reopened);
        Assert.Equal(4, all.Count);
        Assert.Equal("templates purged", ((BiometricDataDeleted)all[3].Event).Note);
    }

    [Fact]
    public async Task The_gate_denies_after_erasure_and_allows_a_new_consent_under_a_new_key()
    {
        await using (var ledger = await kit.OpenAsync(Protected))
        {
            var gate = new ConsentGate(ledger, kit.Clock);
            await ledger.AppendAsync(Grant(Child, giver: ConsentGiver.Guardian(Guardian), birthDate: BirthDate));
            Assert.Equal(ConsentDenialReason.None, gate.Evaluate(Child, Purpose.AccessControl).Reason);

            // Erasure without a withdrawal first (say, the retention period ended): the old consent is gone with the data.
            kit.Clock.Advance(Duration.FromHours(1));
            await ledger.AppendAsync(new BiometricDataDeleted(Child, kit.Clock.GetCurrentInstant()));
            var denied = gate.Evaluate(Child, Purpose.AccessControl);
            Assert.Equal(ConsentDenialReason.DataDeleted, denied.Reason);
            Assert.Contains("deleted", denied.Message, StringComparison.Ordinal);
            Assert.Equal(ConsentDenialReason.None, gate.EvaluateAt(Child, Purpose.AccessControl, T0).Reason);

            kit.Clock.Advance(Duration.FromHours(1));
            await ledger.AppendAsync(Grant(Child, at: kit.Clock.GetCurrentInstant(), giver: ConsentGiver.Guardian("Guardian Two"), birthDate: BirthDate));
            Assert.Equal(ConsentDenialReason.None, gate.Evaluate(Child, Purpose.AccessControl).Reason);
        }

        await using var reopened = await kit.OpenAsync(Protected);
        Assert.Equal(ConsentDenialReason.None, new ConsentGate(reopened, kit.Clock).Evaluate(Child, Purpose.AccessControl).Reason);
        var history = await reopened.ReadSubjectAsync(Child);
        Assert.Equal(ConsentDataProtection.ErasedValue, ((ConsentGranted)history[0].Event).Giver.GuardianIdentity);
        Assert.Equal("Guardian Two", ((ConsentGranted)history[2].Event).Giver.GuardianIdentity);
    }

    [Fact]
    public async Task Another_instance_sees_the_erasure_and_seals_later_records_with_the_new_key()
    {
        await using var first = await kit.OpenAsync(Protected);
        await using var second = await kit.OpenAsync(Protected);
        await first.AppendAsync(Grant(Child, giver: ConsentGiver.Guardian(Guardian), birthDate: BirthDate));
        Assert.Equal(Guardian, ((ConsentGranted)(await second.ReadSubjectAsync(Child))[0].Event).Giver.GuardianIdentity);

        await first.AppendAsync(new BiometricDataDeleted(Child, T0 + Duration.FromDays(1)));
        AssertRedacted(await second.ReadSubjectAsync(Child));

        // The second instance had the destroyed key cached; its next record must use a new one.
        await second.AppendAsync(Grant(Child, at: T0 + Duration.FromDays(2), giver: ConsentGiver.Guardian("Guardian Two")));
        Assert.Equal("Guardian Two", ((ConsentGranted)(await first.ReadSubjectAsync(Child))[2].Event).Giver.GuardianIdentity);
        Assert.Equal(1L, kit.ScalarRaw("SELECT count(*) FROM subject_keys;"));
    }

    [Fact]
    public async Task A_plain_subject_is_refused_unless_explicitly_allowed()
    {
        await using (var ledger = await kit.OpenAsync(Protected))
        {
            var e = await Assert.ThrowsAsync<ArgumentException>(async () => await ledger.AppendAsync(Grant(Alice)));
            Assert.Equal("events", e.ParamName);
            Assert.Contains("not a pseudonym", e.Message, StringComparison.Ordinal);
            Assert.Equal(0, ledger.LastSequenceNumber);
        }

        var allowing = Protected;
        allowing.AllowPlainSubjectIds = true;
        await using var plain = await kit.OpenAsync(allowing);
        await plain.AppendAsync(Grant(Alice, birthDate: BirthDate));
        Assert.Equal("alice", kit.ScalarRaw("SELECT subject FROM consent_events;"));
        Assert.DoesNotContain("2015-06-01", string.Join("\n", Payloads()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_or_missing_key_is_a_clear_error_at_open()
    {
        await using (var ledger = await kit.OpenAsync(Protected))
        {
            await ledger.AppendAsync(Grant(Child, birthDate: BirthDate));
        }

        var wrong = Protected;
        wrong.Protection = new ConsentDataProtection(new byte[32]);
        var mismatch = await Assert.ThrowsAsync<CryptographicException>(() => kit.OpenAsync(wrong));
        Assert.Contains("protected with another application key", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains(Protection.KeyCheck, mismatch.Message, StringComparison.Ordinal);

        var missing = await Assert.ThrowsAsync<CryptographicException>(() => kit.OpenAsync(NoPolling));
        Assert.Contains("set SqliteConsentLedgerOptions.Protection", missing.Message, StringComparison.Ordinal);

        await using var right = await kit.OpenAsync(Protected);
        Assert.Equal(1, right.LastSequenceNumber);
    }

    [Fact]
    public async Task A_key_row_moved_to_another_subject_is_corruption()
    {
        await using (var ledger = await kit.OpenAsync(Protected))
        {
            await ledger.AppendAsync(Grant(Child, birthDate: BirthDate));
        }

        kit.ExecuteRaw($"DELETE FROM subject_keys; INSERT INTO subject_keys VALUES ((SELECT json_extract(payload, '$.protected.keyId') FROM consent_events), '{Other.Value}', x'00');");
        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync(Protected));
        Assert.Equal(1, e.SequenceNumber);
        Assert.Contains("another subject", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_2_file_migrates_to_version_3_keeping_its_clear_records_and_sealing_new_ones()
    {
        WriteVersion2File(Grant(Child, giver: ConsentGiver.Guardian(Guardian), birthDate: BirthDate));

        await using (var ledger = await kit.OpenAsync(Protected))
        {
            Assert.Equal(Guardian, ((ConsentGranted)(await ledger.ReadSubjectAsync(Child))[0].Event).Giver.GuardianIdentity);
            await ledger.AppendAsync(new ConsentWithdrawn(Child, T0 + Duration.FromDays(1), note: Note));
        }

        Assert.Equal(3L, kit.ScalarRaw("PRAGMA user_version;"));
        var payloads = Payloads();
        Assert.Contains("Zhang", payloads[0], StringComparison.Ordinal);
        Assert.DoesNotContain("138-0000", payloads[1], StringComparison.Ordinal);

        await using var reopened = await kit.OpenAsync(Protected);
        var all = await ReadAllAsync(reopened);
        Assert.Equal(Note, ((ConsentWithdrawn)all[1].Event).Note);
        Assert.Equal(ConsentDenialReason.Withdrawn, new ConsentGate(reopened, kit.Clock).EvaluateAt(Child, Purpose.AccessControl, T0 + Duration.FromDays(2)).Reason);
    }

    private string[] Payloads()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = kit.DatabasePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM consent_events ORDER BY sequence;";
        using var reader = command.ExecuteReader();
        var payloads = new System.Collections.Generic.List<string>();
        while (reader.Read())
        {
            payloads.Add(reader.GetString(0));
        }

        return payloads.ToArray();
    }

    /// <summary>A ledger as version 2 of the schema wrote it: migrations 0 -> 2, one format-1 record in clear.</summary>
    private void WriteVersion2File(ConsentEvent e)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = kit.DatabasePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var checksum = new RecordChecksum();
        var record = new StoredRecord(1, T0.ToUnixTimeTicks(), e.Subject.Value, (long)e.Kind, e.OccurredAt.ToUnixTimeTicks(), EventCodec.Encode(e, "e"));
        using var command = connection.CreateCommand();
        command.CommandText = LedgerSchema.Migrations[0] + LedgerSchema.Migrations[1] +
            $"PRAGMA application_id = {LedgerSchema.ApplicationId}; PRAGMA user_version = 2; PRAGMA journal_mode = WAL;" +
            "INSERT INTO consent_events VALUES (1, $recordedAt, $subject, $kind, $occurredAt, $payload, $checksum, NULL);";
        command.Parameters.AddWithValue("$recordedAt", record.RecordedAtTicks);
        command.Parameters.AddWithValue("$subject", record.Subject);
        command.Parameters.AddWithValue("$kind", record.Kind);
        command.Parameters.AddWithValue("$occurredAt", record.OccurredAtTicks);
        command.Parameters.AddWithValue("$payload", record.Payload);
        command.Parameters.AddWithValue("$checksum", checksum.Compute(RecordChecksum.Genesis, record));
        command.ExecuteNonQuery();
    }
}
