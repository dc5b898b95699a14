using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite;
using NodaTime;

namespace BiometricConsent.Benchmarks.Sqlite;

/// <summary>
/// The consent check on the hot path with the SQLite ledger: <see cref="ConsentGate.HasConsent"/> answers from the
/// ledger's read cache. Target: at most 100 ns and 0 bytes allocated when consent is in place. The in-memory ledger is
/// the baseline; polling for other writers (every 100 ms, the default) runs in the background.
/// </summary>
[MemoryDiagnoser]
public class SqliteHasConsentBenchmarks
{
    private readonly SubjectId member = new SubjectId("member-000123");
    private readonly SubjectId unknown = new SubjectId("member-999999");
    private string directory = null!;
    private SqliteConsentLedger sqlite = null!;
    private ConsentGate sqliteGate = null!;
    private ConsentGate memoryGate = null!;

    [GlobalSetup]
    public void Setup()
    {
        directory = SqliteBenchmarkFiles.NewDirectory();
        IClock clock = SystemClock.Instance;
        var grantedAt = clock.GetCurrentInstant() - Duration.FromDays(30);
        sqlite = SqliteConsentLedger.Open(Path.Combine(directory, "consent.db"), clock);
        var memory = new InMemoryConsentLedger(clock);

        // 10,000 other subjects, so the lookup is not into a tiny dictionary; one append of all, for a quick setup.
        var events = new ConsentEvent[10_001];
        for (var i = 0; i < 10_000; i++)
        {
            events[i] = SqliteBenchmarkFiles.Grant(new SubjectId("member-" + (500_000 + i)), grantedAt);
        }

        events[10_000] = SqliteBenchmarkFiles.Grant(member, grantedAt);
        sqlite.AppendAsync(events).AsTask().GetAwaiter().GetResult();
        memory.AppendAsync(events).AsTask().GetAwaiter().GetResult();

        sqliteGate = new ConsentGate(sqlite, clock);
        memoryGate = new ConsentGate(memory, clock);
        if (!sqliteGate.HasConsent(member, Purpose.AccessControl) || sqliteGate.HasConsent(unknown, Purpose.AccessControl))
        {
            throw new InvalidOperationException("Benchmark setup is wrong.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        sqlite.Dispose();
        SqliteBenchmarkFiles.Delete(directory);
    }

    [Benchmark(Baseline = true)]
    public bool InMemory_HasConsent_Granted() => memoryGate.HasConsent(member, Purpose.AccessControl);

    [Benchmark]
    public bool Sqlite_HasConsent_Granted() => sqliteGate.HasConsent(member, Purpose.AccessControl);

    [Benchmark]
    public bool Sqlite_HasConsent_Denied_NoRecord() => sqliteGate.HasConsent(unknown, Purpose.AccessControl);

    [Benchmark]
    public SubjectConsentState? Sqlite_GetState() => sqlite.GetState(member);
}
