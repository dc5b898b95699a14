using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Ledger.Conformance;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using static BiometricConsent.PostgreSql.Tests.TestServer;

namespace BiometricConsent.PostgreSql.Tests;

/// <summary>What the PostgreSQL ledger guarantees beyond the conformance suite: the database enforces, instances share.</summary>
public sealed class PostgreSqlConsentLedgerTests : IAsyncLifetime
{
    private readonly string schema = NewSchema();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => DropAsync(schema);

    [LedgerFact]
    public async Task Records_cannot_be_updated_deleted_or_truncated_even_by_the_owner()
    {
        await using (var ledger = await OpenAsync(schema))
        {
            await ledger.AppendAsync(Grant("alice"));
        }

        foreach (var sql in new[] { "UPDATE {0}.consent_events SET payload = '{{}}'", "DELETE FROM {0}.consent_events", "TRUNCATE {0}.consent_events", "DELETE FROM {0}.ledger_meta" })
        {
            var e = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(string.Format(sql, $"\"{schema}\"")));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState);
            Assert.Contains("the consent ledger is append-only", e.MessageText, StringComparison.Ordinal);
        }

        await using var reopened = await OpenAsync(schema);
        Assert.Equal(1, reopened.LastSequenceNumber);
    }

    [LedgerFact]
    public async Task The_application_role_of_the_docs_appends_and_reads_but_cannot_update_or_delete()
    {
        await using (var owner = await OpenAsync(schema))
        {
            await owner.AppendAsync(Grant("alice"));
        }

        var role = schema + "_app";
        // The grants of docs/postgresql-ledger.md, "Roles".
        await ExecuteAsync($"""
            CREATE ROLE {role} LOGIN PASSWORD 'app';
            GRANT USAGE ON SCHEMA "{schema}" TO {role};
            GRANT SELECT, INSERT ON "{schema}".consent_events TO {role};
            GRANT SELECT ON "{schema}".ledger_meta TO {role};
            GRANT SELECT, INSERT ON "{schema}".ledger_protection TO {role};
            GRANT SELECT, INSERT, DELETE ON "{schema}".subject_keys TO {role};
            """);
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Username = role, Password = "app", Pooling = false };
            await using (var app = await OpenAsync(schema, connectionString: builder.ConnectionString))
            {
                Assert.Equal(2, (await app.AppendAsync(Grant("bob"))).SequenceNumber);
                Assert.NotNull(await app.GetStateAsync(new SubjectId("alice")));
            }

            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            foreach (var sql in new[] { "UPDATE {0}.consent_events SET payload = '{{}}'", "DELETE FROM {0}.consent_events", "TRUNCATE {0}.consent_events", "DROP TRIGGER consent_events_append_only ON {0}.consent_events" })
            {
                await using var command = new NpgsqlCommand(string.Format(sql, $"\"{schema}\""), connection);
                var e = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
                Assert.True(e.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {e.SqlState} {e.MessageText}");
                Assert.DoesNotContain("append-only", e.MessageText, StringComparison.Ordinal);
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await DropAsync(schema);
            await ExecuteAsync($"DROP ROLE IF EXISTS {role}");
        }
    }

    [LedgerFact]
    public async Task Records_survive_reopening_with_the_same_chain_head()
    {
        LedgerAnchor anchor;
        await using (var ledger = await OpenAsync(schema))
        {
            await ledger.AppendAsync(new ConsentEvent[] { Grant("alice", "k1"), new ConsentWithdrawn(new SubjectId("alice"), SystemClock.Instance.GetCurrentInstant(), null, "note") });
            anchor = ledger.Head;
        }

        await using var reopened = await OpenAsync(schema);
        Assert.Equal(anchor, reopened.Head);
        Assert.Equal(anchor, await reopened.VerifyAgainstAsync(anchor));
        Assert.Equal(anchor, LedgerAnchor.Parse(anchor.ToString()));
        Assert.Equal(1, (await reopened.AppendAsync(Grant("alice", "k1"))).SequenceNumber);
    }

    [LedgerFact]
    public async Task Verification_against_an_anchor_reports_deleted_newest_records()
    {
        await using var ledger = await OpenAsync(schema);
        await ledger.AppendAsync(new ConsentEvent[] { Grant("alice"), Grant("bob"), Grant("carol") });
        var anchor = ledger.Head;

        // An attacker with the owner's rights drops the trigger and removes the newest record: the chain of what is
        // left still verifies, the anchor does not.
        await ExecuteAsync($"""ALTER TABLE "{schema}".consent_events DISABLE TRIGGER consent_events_append_only; DELETE FROM "{schema}".consent_events WHERE sequence = 3; ALTER TABLE "{schema}".consent_events ENABLE TRIGGER consent_events_append_only;""");

        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => ledger.VerifyAgainstAsync(anchor));
        Assert.Equal(3, e.SequenceNumber);
        Assert.Contains("records #3 to #3 are missing", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await ReadAll(ledger)).Count);
    }

    [LedgerFact]
    public async Task A_rewritten_record_fails_verification_on_open_and_export()
    {
        await using (var ledger = await OpenAsync(schema))
        {
            await ledger.AppendAsync(new ConsentEvent[] { Grant("alice"), Grant("bob") });
        }

        await ExecuteAsync($"""ALTER TABLE "{schema}".consent_events DISABLE TRIGGER consent_events_append_only; UPDATE "{schema}".consent_events SET subject = 'mallory' WHERE sequence = 1; ALTER TABLE "{schema}".consent_events ENABLE TRIGGER consent_events_append_only;""");

        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => OpenAsync(schema));
        Assert.Equal(1, e.SequenceNumber);
        Assert.Contains("checksum does not match", e.Message, StringComparison.Ordinal);
    }

    [LedgerFact]
    public async Task A_disabled_trigger_or_a_foreign_schema_is_refused_at_open()
    {
        await using (var ledger = await OpenAsync(schema))
        {
            await ledger.AppendAsync(Grant("alice"));
        }

        await ExecuteAsync($"""ALTER TABLE "{schema}".consent_events DISABLE TRIGGER consent_events_append_only""");
        var disabled = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => OpenAsync(schema));
        Assert.Contains("append-only trigger", disabled.Message, StringComparison.Ordinal);

        var foreign = NewSchema();
        try
        {
            await ExecuteAsync($"""CREATE SCHEMA "{foreign}"; CREATE TABLE "{foreign}".consent_events (id int);""");
            var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => OpenAsync(foreign));
            Assert.Contains("another application", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            await DropAsync(foreign);
        }
    }

    [LedgerFact]
    public async Task Instances_on_one_schema_write_one_chain_and_see_each_others_withdrawals()
    {
        await using var first = await OpenAsync(schema);
        await using var second = await OpenAsync(schema);
        var alice = new SubjectId("alice");
        await first.AppendAsync(Grant("alice"));
        var gate = new ConsentGate(second, SystemClock.Instance);
        Assert.True(await gate.HasConsentAsync(alice, Purpose.AccessControl));

        // Concurrent appends from both instances, with idempotency keys shared between them.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? first : second).AppendAsync(Grant("s" + (i / 2 % 5), "key-" + (i / 2))).AsTask()));
        await new ConsentGate(first, SystemClock.Instance).WithdrawAsync(alice);

        // The read that goes to the database denies at once; the cache within the refresh bound.
        Assert.False(await gate.HasConsentAsync(alice, Purpose.AccessControl));
        await second.RefreshAsync();
        Assert.False(gate.HasConsent(alice, Purpose.AccessControl));
        Assert.Equal(first.Head, second.Head);
        var all = await ReadAll(second);
        Assert.Equal(Enumerable.Range(1, 1 + 20 + 1).Select(i => (long)i), all.Select(e => e.SequenceNumber));
        Assert.Equal(first.Head, await second.VerifyAgainstAsync(first.Head));
    }

    [LedgerFact]
    public async Task A_notification_brings_another_instances_withdrawal_into_the_cache_without_polling()
    {
        // Polling once a day: only LISTEN/NOTIFY can bring the withdrawal.
        await using var writer = await OpenAsync(schema);
        await using var reader = await OpenAsync(schema, configure: o => o.RefreshInterval = TimeSpan.FromDays(1));
        var alice = new SubjectId("alice");
        var gate = new ConsentGate(reader, SystemClock.Instance);
        await writer.AppendAsync(Grant("alice"));
        await WaitUntil(() => gate.HasConsent(alice, Purpose.AccessControl));

        await new ConsentGate(writer, SystemClock.Instance).WithdrawAsync(alice);
        await WaitUntil(() => !gate.HasConsent(alice, Purpose.AccessControl));
    }

    [LedgerFact]
    public async Task Bad_arguments_and_options_are_rejected_naming_the_argument()
    {
        await Assert.ThrowsAsync<ArgumentNullException>("connectionString", () => PostgreSqlConsentLedger.OpenAsync(null!, SystemClock.Instance));
        await Assert.ThrowsAsync<ArgumentNullException>("clock", () => PostgreSqlConsentLedger.OpenAsync(ConnectionString, null!));
        await Assert.ThrowsAsync<ArgumentException>("connectionString", () => PostgreSqlConsentLedger.OpenAsync("Nonsense=1", SystemClock.Instance));
        var options = new PostgreSqlConsentLedgerOptions();
        Assert.Throws<ArgumentException>("value", () => options.Schema = "Bad-Name");
        Assert.Throws<ArgumentException>("value", () => options.Schema = "1abc");
        Assert.Throws<ArgumentOutOfRangeException>("value", () => options.RefreshInterval = TimeSpan.Zero);
        Assert.Throws<ArgumentOutOfRangeException>("value", () => options.MaxBatchSize = 0);
        Assert.Throws<FormatException>(() => LedgerAnchor.Parse("12:zz"));
        Assert.Throws<ArgumentNullException>("text", () => LedgerAnchor.Parse(null!));
    }

    [LedgerFact]
    public async Task After_disposal_appends_and_reads_fail()
    {
        var ledger = await OpenAsync(schema);
        await ledger.AppendAsync(Grant("alice"));
        await ledger.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await ledger.AppendAsync(Grant("bob")));
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await ledger.GetStateAsync(new SubjectId("alice")));
        Assert.Throws<ObjectDisposedException>(() => ledger.GetState(new SubjectId("alice")));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => ledger.VerifyAgainstAsync(LedgerAnchor.Empty));
    }

    [LedgerFact]
    public async Task Dependency_injection_registers_the_ledger_as_the_consent_ledger()
    {
        var services = new ServiceCollection();
        services.AddBiometricConsent();
        services.AddPostgreSqlConsentLedger(ConnectionString, o => (o.Schema, o.Protection) = (schema, ProtectionFixture.Protection));
        await using var provider = services.BuildServiceProvider();
        var ledger = provider.GetRequiredService<IConsentLedger>();
        Assert.Same(provider.GetRequiredService<PostgreSqlConsentLedger>(), ledger);
        Assert.Equal(1, (await ledger.AppendAsync(Grant(ProtectionFixture.Child.Value))).SequenceNumber);
        await Assert.ThrowsAsync<ArgumentException>("events", async () => await ledger.AppendAsync(Grant("alice")));
        Assert.Throws<ArgumentException>("connectionString", () => services.AddPostgreSqlConsentLedger(" "));
    }

    [Fact]
    public void A_registration_without_protection_is_refused_at_once_naming_the_options()
    {
        // No server needed: the registration is refused before anything connects.
        var services = new ServiceCollection();
        foreach (var configure in new Action<PostgreSqlConsentLedgerOptions>?[] { null, o => o.AllowPlainSubjectIds = true })
        {
            var refused = Assert.Throws<InvalidOperationException>(() => services.AddPostgreSqlConsentLedger("Host=localhost", configure));
            Assert.Contains("PostgreSqlConsentLedgerOptions.Protection", refused.Message, StringComparison.Ordinal);
            Assert.Contains("PostgreSqlConsentLedgerOptions.AllowUnprotectedPersonalData", refused.Message, StringComparison.Ordinal);
        }

        Assert.Empty(services);
    }

    [LedgerFact]
    public async Task The_explicit_opt_out_registers_a_ledger_that_records_plain_subjects_in_clear()
    {
        await using (var provider = new ServiceCollection()
            .AddPostgreSqlConsentLedger(ConnectionString, o => (o.Schema, o.AllowUnprotectedPersonalData) = (schema, true))
            .BuildServiceProvider())
        {
            Assert.Equal(1, (await provider.GetRequiredService<IConsentLedger>().AppendAsync(Grant("alice"))).SequenceNumber);
        }

        // The opt-out governs registration only: the ledger is the unprotected kind, which opens without a key.
        await using var reopened = await OpenAsync(schema);
        Assert.Equal("alice", Assert.Single(await reopened.ReadSubjectAsync(new SubjectId("alice"))).Event.Subject.Value);
    }

    private static async Task<List<ConsentLedgerEntry>> ReadAll(IConsentLedger ledger)
    {
        var all = new List<ConsentLedgerEntry>();
        await foreach (var entry in ledger.ReadAllAsync())
        {
            all.Add(entry);
        }

        return all;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 10 seconds");
            await Task.Delay(5);
        }
    }
}
