using System;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using NodaTime;
using Npgsql;

namespace BiometricConsent.PostgreSql.Tests;

/// <summary>
/// The PostgreSQL server the tests run against, named by the environment variable BIOMETRICCONSENT_POSTGRES. Without
/// it the tests fail in CI and are skipped elsewhere, with a message saying how to start one: a test that cannot reach
/// its server never passes (docs/postgresql-ledger.md, "Tests"; <see cref="Ledger.Conformance.LedgerFactAttribute"/>).
/// </summary>
internal static class TestServer
{
    internal const string Variable = "BIOMETRICCONSENT_POSTGRES";

    /// <summary>Whether <see cref="Variable"/> names a server.</summary>
    internal static bool IsConfigured => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 };

    /// <summary>Whether the tests run in CI (<c>.ci/run</c>), where a test that needs the server never skips.</summary>
    internal static bool InContinuousIntegration =>
        Environment.GetEnvironmentVariable("BIOMETRICCONSENT_CI") == "true" || Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>What to do when no server is named.</summary>
    internal const string MissingServerMessage =
        "The PostgreSQL ledger's tests need a server: " + Variable + " is not set. Start one (as root, idempotent) and export its connection string with\n" +
        "    export " + Variable + "=\"$(sudo .ci/postgres.sh)\"\n" +
        "or point it at a server of your own whose role may create schemas, e.g. Host=localhost;Port=5432;Database=test;Username=test;Password=test. " +
        "In CI (.ci/run) the script runs before the tests and they never skip.";

    internal static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(MissingServerMessage);

    /// <summary>A schema name no other test uses, so that tests run in parallel on one database.</summary>
    internal static string NewSchema() => "t_" + Guid.NewGuid().ToString("N").Substring(0, 20);

    internal static Task<PostgreSqlConsentLedger> OpenAsync(string schema, IClock? clock = null, Action<PostgreSqlConsentLedgerOptions>? configure = null, string? connectionString = null)
    {
        var options = new PostgreSqlConsentLedgerOptions { Schema = schema };
        configure?.Invoke(options);
        return PostgreSqlConsentLedger.OpenAsync(connectionString ?? ConnectionString, clock ?? SystemClock.Instance, options);
    }

    /// <summary>Runs SQL as the test role, the owner of the ledger's schema (and so able to drop the trigger).</summary>
    internal static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task DropAsync(string schema) => await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");

    internal static ConsentGranted Grant(string subject, string? key = null) =>
        new ConsentGranted(new SubjectId(subject), new[] { Purpose.AccessControl }, Modality.Face, RecognitionFunction.Verification, new NoticeVersion(1), SystemClock.Instance.GetCurrentInstant(), ConsentForm.ElectronicAction, true, ConsentGiver.Subject)
        { IdempotencyKey = key };
}
