using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>A temporary directory for ledger files, a fake clock, and builders for events.</summary>
public sealed class LedgerTestKit : IDisposable
{
    public static readonly SubjectId Alice = new SubjectId("alice");
    public static readonly SubjectId Bob = new SubjectId("bob");
    public static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 8, 0);

    public LedgerTestKit()
    {
        Directory = Path.Combine(Path.GetTempPath(), "bc-sqlite-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        DatabasePath = Path.Combine(Directory, "consent.db");
        Clock = new FakeClock(T0);
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    public FakeClock Clock { get; }

    /// <summary>Options with polling off, so that tests decide when other writers' records are seen.</summary>
    public static SqliteConsentLedgerOptions NoPolling => new SqliteConsentLedgerOptions { RefreshInterval = Timeout.InfiniteTimeSpan };

    public Task<SqliteConsentLedger> OpenAsync(SqliteConsentLedgerOptions? options = null, string? path = null) =>
        SqliteConsentLedger.OpenAsync(path ?? DatabasePath, Clock, options);

    public static ConsentGranted Grant(
        SubjectId? subject = null,
        Instant? at = null,
        IEnumerable<Purpose>? purposes = null,
        RecognitionFunction functions = RecognitionFunction.Verification,
        ConsentGiver? giver = null,
        LocalDate? birthDate = null,
        Instant? expiresAt = null,
        DateTimeZone? timeZone = null,
        string? evidence = null,
        string? key = null) =>
        new ConsentGranted(
            subject ?? Alice,
            purposes ?? new[] { Purpose.AccessControl },
            Modality.Face,
            functions,
            new NoticeVersion(1),
            at ?? T0,
            ConsentForm.ElectronicAction,
            true,
            giver ?? ConsentGiver.Subject,
            birthDate,
            expiresAt,
            timeZone,
            evidence)
        { IdempotencyKey = key };

    public static async Task<List<ConsentLedgerEntry>> ReadAllAsync(IConsentLedger ledger)
    {
        var all = new List<ConsentLedgerEntry>();
        await foreach (var entry in ledger.ReadAllAsync())
        {
            all.Add(entry);
        }

        return all;
    }

    /// <summary>Runs SQL on the file directly, as another program (or an attacker) would.</summary>
    public void ExecuteRaw(string sql, string? path = null)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path ?? DatabasePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public object? ScalarRaw(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still hold a file for a moment; the OS cleans temp files.
        }
    }
}
