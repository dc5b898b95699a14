using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Ledger.Conformance;
using Microsoft.Extensions.Logging;
using NodaTime;
using Npgsql;
using static BiometricConsent.Ledger.Conformance.ProtectionFixture;
using static BiometricConsent.PostgreSql.Tests.TestServer;

namespace BiometricConsent.PostgreSql.Tests;

/// <summary>Personal data in the PostgreSQL ledger (schema version 2): pseudonyms, encrypted fields, crypto-shredding, migration.</summary>
public sealed class PostgreSqlProtectionTests : IAsyncLifetime
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 9, 0);

    private readonly string schema = NewSchema();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => DropAsync(schema);

    [LedgerFact]
    public async Task Personal_fields_are_encrypted_in_the_database_and_read_back_with_the_key()
    {
        var grant = GuardianGrant(Child, Guardian, T0);
        var withdrawal = new ConsentWithdrawn(Child, T0 + Duration.FromDays(1), note: Note);
        await using (var ledger = await OpenProtectedAsync())
        {
            await ledger.AppendAsync(new ConsentEvent[] { grant, withdrawal });
        }

        var payloads = string.Join("\n", await QueryAsync<string>("SELECT payload FROM {0}.consent_events ORDER BY sequence"));
        Assert.DoesNotContain("Zhang", payloads, StringComparison.Ordinal);
        Assert.DoesNotContain("mother", payloads, StringComparison.Ordinal);
        Assert.DoesNotContain("2015-06-01", payloads, StringComparison.Ordinal);
        Assert.DoesNotContain("138-0000", payloads, StringComparison.Ordinal);
        Assert.Contains("\"protected\"", payloads, StringComparison.Ordinal);
        Assert.Equal(new[] { Child.Value }, await QueryAsync<string>("SELECT subject FROM {0}.subject_keys"));

        await using var reopened = await OpenProtectedAsync();
        var read = await reopened.ReadSubjectAsync(Child);
        var readGrant = Assert.IsType<ConsentGranted>(read[0].Event);
        Assert.Equal(ConsentGiver.Guardian(Guardian, "mother"), readGrant.Giver);
        Assert.Equal(BirthDate, readGrant.SubjectBirthDate);
        Assert.Equal(Note, Assert.IsType<ConsentWithdrawn>(read[1].Event).Note);
        var exported = new List<ConsentLedgerEntry>();
        await foreach (var entry in reopened.ReadAllAsync())
        {
            exported.Add(entry);
        }

        Assert.Equal(Note, Assert.IsType<ConsentWithdrawn>(exported[1].Event).Note);
    }

    [LedgerFact]
    public async Task Erasure_shreds_the_subject_and_the_chain_still_verifies()
    {
        LedgerAnchor anchor;
        await using (var ledger = await OpenProtectedAsync())
        {
            await ledger.AppendAsync(GuardianGrant(Child, Guardian, T0));
            await ledger.AppendAsync(GuardianGrant(Other, "Li Na", T0));
            await ledger.AppendAsync(new ConsentWithdrawn(Child, T0 + Duration.FromDays(1), note: Note));
            await ledger.AppendAsync(new BiometricDataDeleted(Child, T0 + Duration.FromDays(2), "templates purged"));

            // At once, in the live cache: the redacted form.
            AssertRedacted(await ledger.ReadSubjectAsync(Child));
            anchor = ledger.Head;
        }

        Assert.Equal(new[] { Other.Value }, await QueryAsync<string>("SELECT subject FROM {0}.subject_keys"));

        await using var reopened = await OpenProtectedAsync();
        AssertRedacted(await reopened.ReadSubjectAsync(Child));
        Assert.Equal("Li Na", ((ConsentGranted)(await reopened.ReadSubjectAsync(Other))[0].Event).Giver.GuardianIdentity);
        Assert.Equal(anchor, await reopened.VerifyAgainstAsync(anchor));
        Assert.Equal(anchor, reopened.Head);
    }

    [LedgerFact]
    public async Task Another_instance_sees_the_erasure_and_seals_later_records_with_a_new_key()
    {
        await using var first = await OpenProtectedAsync();
        await using var second = await OpenProtectedAsync();
        await first.AppendAsync(GuardianGrant(Child, Guardian, T0));
        // The second instance unwraps and caches the subject's key.
        Assert.Equal(Guardian, ((ConsentGranted)(await second.ReadSubjectAsync(Child))[0].Event).Giver.GuardianIdentity);

        await first.AppendAsync(new BiometricDataDeleted(Child, T0 + Duration.FromDays(1)));
        AssertRedacted(await second.ReadSubjectAsync(Child));
        Assert.Equal(ConsentDenialReason.DataDeleted, new ConsentGate(second, SystemClock.Instance).Evaluate(Child, Purpose.AccessControl).Reason);

        // The second instance had the destroyed key cached; its next record must use a new one.
        await second.AppendAsync(GuardianGrant(Child, "Guardian Two", T0 + Duration.FromDays(2)));
        Assert.Equal("Guardian Two", ((ConsentGranted)(await first.ReadSubjectAsync(Child))[2].Event).Giver.GuardianIdentity);
        Assert.Single(await QueryAsync<string>("SELECT key_id FROM {0}.subject_keys"));
    }

    [LedgerFact]
    public async Task A_plain_subject_is_refused_unless_explicitly_allowed()
    {
        await using (var ledger = await OpenProtectedAsync())
        {
            var e = await Assert.ThrowsAsync<ArgumentException>(async () => await ledger.AppendAsync(Grant("alice")));
            Assert.Equal("events", e.ParamName);
            Assert.Contains("not a pseudonym", e.Message, StringComparison.Ordinal);
            Assert.Contains("PostgreSqlConsentLedgerOptions.AllowPlainSubjectIds", e.Message, StringComparison.Ordinal);
            Assert.Equal(0, ledger.LastSequenceNumber);
        }

        await using var plain = await OpenAsync(schema, configure: o =>
        {
            o.Protection = Protection;
            o.AllowPlainSubjectIds = true;
        });
        await plain.AppendAsync(GuardianGrant(new SubjectId("alice"), Guardian, T0));
        Assert.Equal(new[] { "alice" }, await QueryAsync<string>("SELECT subject FROM {0}.consent_events"));
        Assert.DoesNotContain("Zhang", string.Join("\n", await QueryAsync<string>("SELECT payload FROM {0}.consent_events")), StringComparison.Ordinal);
    }

    [LedgerFact]
    public async Task A_wrong_or_missing_key_is_a_clear_error_at_open()
    {
        await using (var ledger = await OpenProtectedAsync())
        {
            await ledger.AppendAsync(GuardianGrant(Child, Guardian, T0));
        }

        var mismatch = await Assert.ThrowsAsync<CryptographicException>(() => OpenAsync(schema, configure: o => o.Protection = new ConsentDataProtection(new byte[32])));
        Assert.Contains("protected with another application key", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains(Protection.KeyCheck, mismatch.Message, StringComparison.Ordinal);

        var missing = await Assert.ThrowsAsync<CryptographicException>(() => OpenAsync(schema));
        Assert.Contains("set PostgreSqlConsentLedgerOptions.Protection", missing.Message, StringComparison.Ordinal);

        await using var right = await OpenProtectedAsync();
        Assert.Equal(1, right.LastSequenceNumber);
    }

    [LedgerFact]
    public async Task A_key_row_moved_to_another_subject_is_corruption()
    {
        await using (var ledger = await OpenProtectedAsync())
        {
            await ledger.AppendAsync(GuardianGrant(Child, Guardian, T0));
        }

        await ExecuteAsync(string.Format("DELETE FROM {0}.subject_keys; INSERT INTO {0}.subject_keys SELECT (payload::json -> 'protected' ->> 'keyId'), '{1}', '\\x00' FROM {0}.consent_events", Quoted, Other.Value));
        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => OpenProtectedAsync());
        Assert.Equal(1, e.SequenceNumber);
        Assert.Contains("another subject", e.Message, StringComparison.Ordinal);
    }

    [LedgerFact]
    public async Task A_version_1_schema_migrates_to_version_2_keeping_its_clear_records_and_sealing_new_ones()
    {
        await using (var ledger = await OpenAsync(schema))
        {
            await ledger.AppendAsync(GuardianGrant(Child, Guardian, T0));
        }

        // Back to what version 1 of the package left: no protection tables, one ledger_meta row.
        await ExecuteAsync(string.Format(
            """
            DROP TABLE {0}.subject_keys, {0}.ledger_protection;
            ALTER TABLE {0}.ledger_meta DISABLE TRIGGER ledger_meta_append_only;
            DELETE FROM {0}.ledger_meta WHERE schema_version = 2;
            ALTER TABLE {0}.ledger_meta ENABLE TRIGGER ledger_meta_append_only;
            """,
            Quoted));

        var logged = new ListLogger();
        await using (var migrated = await OpenAsync(schema, configure: o =>
        {
            o.Protection = Protection;
            o.Logger = logged;
        }))
        {
            Assert.Contains(logged.Messages, m => m == $"Migrated consent ledger {migrated.Name} from schema version 1 to 2");
            Assert.Equal(Guardian, ((ConsentGranted)(await migrated.ReadSubjectAsync(Child))[0].Event).Giver.GuardianIdentity);
            await migrated.AppendAsync(GuardianGrant(Other, "Li Na", T0));
        }

        Assert.Equal(new[] { 1, 2 }, await QueryAsync<int>("SELECT schema_version FROM {0}.ledger_meta ORDER BY schema_version"));
        var payloads = await QueryAsync<string>("SELECT payload FROM {0}.consent_events ORDER BY sequence");
        Assert.Contains("Zhang", payloads[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Li Na", payloads[1], StringComparison.Ordinal);

        // Erasing the subject recorded in clear before the migration cannot shred what was never encrypted.
        await using var reopened = await OpenProtectedAsync();
        await reopened.AppendAsync(new BiometricDataDeleted(Child, T0 + Duration.FromDays(1)));
        Assert.Equal(Guardian, ((ConsentGranted)(await reopened.ReadSubjectAsync(Child))[0].Event).Giver.GuardianIdentity);
    }

    private string Quoted => $"\"{schema}\"";

    private Task<PostgreSqlConsentLedger> OpenProtectedAsync() => OpenAsync(schema, configure: o => o.Protection = Protection);

    private async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(string.Format(sql, Quoted), connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    private static ConsentGranted GuardianGrant(SubjectId subject, string guardian, Instant at) =>
        new ConsentGranted(subject, new[] { Purpose.AccessControl }, Modality.Face, RecognitionFunction.Verification, new NoticeVersion(1), at, ConsentForm.ElectronicAction, true, ConsentGiver.Guardian(guardian, "mother"), BirthDate);

    /// <summary>Keeps the formatted messages the ledger logs.</summary>
    private sealed class ListLogger : ILogger<PostgreSqlConsentLedger>
    {
        internal List<string> Messages { get; } = new List<string>();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages)
            {
                Messages.Add(formatter(state, exception));
            }
        }
    }
}
