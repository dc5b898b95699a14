using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BiometricConsent.Benchmarks.Sqlite;
using BiometricConsent.Consent;
using BiometricConsent.PostgreSql;
using NodaTime;

namespace BiometricConsent.Benchmarks.PostgreSql;

/// <summary>
/// The consent check with the PostgreSQL ledger: <see cref="ConsentGate.HasConsent"/> answers from the read cache
/// (target as for the other ledgers: at most 100 ns, 0 bytes), while the listening connection and the refresh loop run
/// in the background; <see cref="ConsentGate.HasConsentAsync"/> reads the database first (one round trip).
/// </summary>
[MemoryDiagnoser]
public class PostgreSqlHasConsentBenchmarks
{
    private readonly SubjectId member = new SubjectId("member-000123");
    private string schema = null!;
    private PostgreSqlConsentLedger ledger = null!;
    private ConsentGate gate = null!;

    [GlobalSetup]
    public void Setup()
    {
        IClock clock = SystemClock.Instance;
        var grantedAt = clock.GetCurrentInstant() - Duration.FromDays(30);
        ledger = PostgreSqlBenchmarkServer.Open(out schema);

        // 10,000 other subjects, so the lookup is not into a tiny dictionary.
        var events = new ConsentEvent[10_001];
        for (var i = 0; i < 10_000; i++)
        {
            events[i] = SqliteBenchmarkFiles.Grant(new SubjectId("member-" + (500_000 + i)), grantedAt);
        }

        events[10_000] = SqliteBenchmarkFiles.Grant(member, grantedAt);
        ledger.AppendAsync(events).AsTask().GetAwaiter().GetResult();
        gate = new ConsentGate(ledger, clock);
        if (!gate.HasConsent(member, Purpose.AccessControl))
        {
            throw new InvalidOperationException("Benchmark setup is wrong.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ledger.Dispose();
        PostgreSqlBenchmarkServer.Drop(schema);
    }

    [Benchmark(Baseline = true)]
    public bool PostgreSql_HasConsent_Cached() => gate.HasConsent(member, Purpose.AccessControl);

    [Benchmark]
    public ValueTask<bool> PostgreSql_HasConsentAsync_ReadsTheDatabase() => gate.HasConsentAsync(member, Purpose.AccessControl);
}
