using System;
using BiometricConsent.PostgreSql;
using NodaTime;
using Npgsql;

namespace BiometricConsent.Benchmarks.PostgreSql;

/// <summary>The server of the PostgreSQL benchmarks: BIOMETRICCONSENT_POSTGRES, as for the tests (.ci/postgres.sh starts one).</summary>
internal static class PostgreSqlBenchmarkServer
{
    internal static string ConnectionString =>
        Environment.GetEnvironmentVariable("BIOMETRICCONSENT_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("The PostgreSQL benchmarks need a server: export BIOMETRICCONSENT_POSTGRES=\"$(sudo .ci/postgres.sh)\" first (docs/benchmarks.md).");

    /// <summary>Opens a ledger in a new schema of its own.</summary>
    internal static PostgreSqlConsentLedger Open(out string schema)
    {
        schema = "bench_" + Guid.NewGuid().ToString("N").Substring(0, 16);
        return PostgreSqlConsentLedger.Open(ConnectionString, SystemClock.Instance, new PostgreSqlConsentLedgerOptions { Schema = schema });
    }

    internal static void Drop(string schema)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
