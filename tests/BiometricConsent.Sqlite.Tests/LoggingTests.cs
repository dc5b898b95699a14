using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Tests.Logging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>The events of docs/sqlite-ledger.md § Logging, as a test logger captures them.</summary>
public sealed class LoggingTests : IDisposable
{
    private const string Category = "BiometricConsent.Sqlite.SqliteConsentLedger";

    private readonly LedgerTestKit kit = new LedgerTestKit();
    private readonly CapturingLoggerFactory logs = new CapturingLoggerFactory();

    public void Dispose() => kit.Dispose();

    private SqliteConsentLedgerOptions Options(Action<SqliteConsentLedgerOptions>? configure = null)
    {
        var options = NoPolling;
        options.Logger = logs.CreateLogger<SqliteConsentLedger>();
        configure?.Invoke(options);
        return options;
    }

    [Fact]
    public async Task Opening_logs_the_schema_creation_and_what_was_verified()
    {
        await using (var created = await kit.OpenAsync(Options()))
        {
            await created.AppendAsync(Grant());
            await created.AppendAsync(Grant(subject: Bob));
            await created.AppendAsync(new ConsentWithdrawn(Alice, T0));
        }

        Assert.Equal(new[] { 201, 200 }, logs.Entries.Select(e => e.EventId.Id));
        var schema = logs.Entries[0];
        Assert.Equal(new EventId(201, "LedgerSchemaCreated"), schema.EventId);
        Assert.Equal(Category, schema.Category);
        Assert.Equal(3L, schema.Values["SchemaVersion"]);
        Assert.Equal(kit.DatabasePath, schema.Values["Path"]);
        Assert.Equal(0L, logs.Entries[1].Values["Records"]);

        await using var reopened = await kit.OpenAsync(Options());
        var opened = Assert.Single(logs.WithEvent(200).Skip(1));
        Assert.Equal(new EventId(200, "LedgerOpened"), opened.EventId);
        Assert.Equal(LogLevel.Information, opened.Level);
        Assert.Equal(3L, opened.Values["Records"]);
        Assert.Equal(2, opened.Values["Subjects"]);
        Assert.Equal(true, opened.Values["IntegrityChecked"]);
        Assert.StartsWith($"Opened consent ledger {kit.DatabasePath} (schema version 3): verified the checksum chain of 3 records of 2 subjects;", opened.Message, StringComparison.Ordinal);
        Assert.Single(logs.WithEvent(201));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("alice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_write_ahead_log_left_by_a_crashed_writer_is_recovered_and_logged()
    {
        // The files as a writer killed after committing leaves them: the records are in the WAL, not yet in the database.
        var crashed = Path.Combine(kit.Directory, "crashed.db");
        await using (var writer = await kit.OpenAsync(NoPolling))
        {
            await writer.AppendAsync(Grant());
            await writer.AppendAsync(Grant(subject: Bob));
            File.Copy(kit.DatabasePath, crashed);
            File.Copy(kit.DatabasePath + "-wal", crashed + "-wal");
        }

        await using var recovered = await kit.OpenAsync(Options(), crashed);

        Assert.Equal(2, recovered.LastSequenceNumber);
        var wal = Assert.Single(logs.WithEvent(210));
        Assert.Equal(new EventId(210, "WriteAheadLogFound"), wal.EventId);
        Assert.Equal(crashed, wal.Values["Path"]);
        Assert.True((long)wal.Values["WalBytes"]! > 0);
        Assert.Equal(2L, Assert.Single(logs.WithEvent(200)).Values["Records"]);
    }

    [Fact]
    public async Task A_record_that_fails_verification_is_logged_as_an_error()
    {
        await using (var ledger = await kit.OpenAsync(NoPolling))
        {
            await ledger.AppendAsync(Grant());
            await ledger.AppendAsync(Grant(subject: Bob));
        }

        kit.ExecuteRaw("""
            DROP TRIGGER consent_events_no_update;
            UPDATE consent_events SET payload = replace(payload, '"form":2', '"form":3') WHERE sequence = 2;
            CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events BEGIN SELECT RAISE(ABORT, 'consent_events is append-only: a record cannot be updated'); END;
            """);

        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => kit.OpenAsync(Options(o => o.CheckIntegrityOnOpen = false)));

        var failed = Assert.Single(logs.WithEvent(220));
        Assert.Equal(new EventId(220, "VerificationFailed"), failed.EventId);
        Assert.Equal(LogLevel.Error, failed.Level);
        Assert.Same(e, failed.Exception);
        Assert.StartsWith("record #2: the checksum does not match", (string)failed.Values["Problem"]!, StringComparison.Ordinal);
        Assert.Empty(logs.WithEvent(200));
    }

    [Fact]
    public async Task An_export_logs_how_many_records_it_verified()
    {
        await using var ledger = await kit.OpenAsync(Options());
        await ledger.AppendAsync(Grant());
        await ledger.AppendAsync(Grant(subject: Bob));

        Assert.Equal(2, (await ReadAllAsync(ledger)).Count);

        var export = Assert.Single(logs.WithEvent(221));
        Assert.Equal(new EventId(221, "ExportVerified"), export.EventId);
        Assert.Equal(2L, export.Values["Records"]);
    }

    [Fact]
    public async Task Records_of_other_writers_are_logged_at_debug_when_read()
    {
        await using var reader = await kit.OpenAsync(Options());
        await using var other = await kit.OpenAsync(NoPolling);
        await other.AppendAsync(Grant());
        await other.AppendAsync(Grant(subject: Bob));

        await reader.RefreshAsync();

        var read = Assert.Single(logs.WithEvent(222));
        Assert.Equal(LogLevel.Debug, read.Level);
        Assert.Equal(1L, read.Values["FirstSequence"]);
        Assert.Equal(2L, read.Values["LastSequence"]);
    }

    [Fact]
    public async Task An_append_slower_than_the_threshold_is_logged()
    {
        await using (var quiet = await kit.OpenAsync(Options()))
        {
            await quiet.AppendAsync(Grant());
        }

        Assert.Empty(logs.WithEvent(230));

        await using var ledger = await kit.OpenAsync(Options(o => o.SlowAppendThreshold = TimeSpan.Zero));
        await ledger.AppendAsync(new ConsentEvent[] { Grant(subject: Bob), new ConsentWithdrawn(Bob, T0) });

        var slow = Assert.Single(logs.WithEvent(230));
        Assert.Equal(new EventId(230, "SlowAppend"), slow.EventId);
        Assert.Equal(LogLevel.Warning, slow.Level);
        Assert.Equal(2, slow.Values["Events"]);
        Assert.Equal(0L, slow.Values["ThresholdMs"]);
    }

    [Fact]
    public async Task A_locked_file_logs_the_retries_and_the_failed_append()
    {
        await using var ledger = await kit.OpenAsync(Options(o => o.BusyTimeout = TimeSpan.FromMilliseconds(50)));
        using var blocker = new SqliteConnection($"Data Source={kit.DatabasePath};Pooling=False");
        blocker.Open();
        using var begin = blocker.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        begin.ExecuteNonQuery();

        var busy = await Assert.ThrowsAsync<SqliteException>(async () => await ledger.AppendAsync(Grant()));

        Assert.Equal(new object?[] { 2, 3 }, logs.WithEvent(211).Select(e => e.Values["Attempt"]));
        Assert.All(logs.WithEvent(211), e => Assert.Equal(LogLevel.Warning, e.Level));
        var failed = Assert.Single(logs.WithEvent(212));
        Assert.Equal(LogLevel.Error, failed.Level);
        Assert.Same(busy, failed.Exception);
        Assert.Equal(1, failed.Values["Events"]);
    }

    [Fact]
    public async Task The_registration_logs_through_the_containers_logger_factory_unless_a_logger_is_set()
    {
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(logs)
            .AddBiometricConsent(o => o.Clock = kit.Clock)
            .AddSqliteConsentLedger(kit.DatabasePath, o => (o.RefreshInterval, o.AllowUnprotectedPersonalData) = (Timeout.InfiniteTimeSpan, true));
        await using (var provider = services.BuildServiceProvider())
        {
            Assert.False(provider.GetRequiredService<ConsentGate>().HasConsent(Alice, Purpose.AccessControl));
        }

        Assert.Equal(Category, Assert.Single(logs.WithEvent(200)).Category);
        Assert.Equal("BiometricConsent.Consent.ConsentGate", Assert.Single(logs.WithEvent(100)).Category);

        var own = new CapturingLoggerFactory();
        await using (var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(logs)
            .AddSqliteConsentLedger(kit.DatabasePath, o => (o.Logger, o.AllowUnprotectedPersonalData) = (own.CreateLogger<SqliteConsentLedger>(), true))
            .BuildServiceProvider())
        {
            provider.GetRequiredService<IConsentLedger>();
        }

        Assert.Single(own.WithEvent(200));
        Assert.Single(logs.WithEvent(200));

        await using (var provider = new ServiceCollection().AddSqliteConsentLedger(kit.DatabasePath, o => o.AllowUnprotectedPersonalData = true).BuildServiceProvider())
        {
            Assert.NotNull(provider.GetRequiredService<IConsentLedger>());
        }
    }
}
