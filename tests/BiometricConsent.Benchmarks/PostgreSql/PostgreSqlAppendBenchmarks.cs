using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BiometricConsent.Benchmarks.Sqlite;
using BiometricConsent.Consent;
using BiometricConsent.PostgreSql;
using NodaTime;

namespace BiometricConsent.Benchmarks.PostgreSql;

/// <summary>
/// Durable appends to the PostgreSQL ledger (synchronous_commit on, the advisory lock taken per transaction): each of
/// <see cref="Writers"/> concurrent writers of one instance appends one record at a time and awaits its
/// acknowledgement. Times are per record; records per second is 1,000,000,000 / Mean (ns). Concurrent appends of one
/// instance share a transaction (group commit), as in the SQLite ledger.
/// </summary>
[MemoryDiagnoser]
public class PostgreSqlAppendBenchmarks
{
    private const int Records = 512;
    private string schema = null!;
    private PostgreSqlConsentLedger ledger = null!;
    private ConsentGranted[] events = null!;

    [Params(1, 16, 64)]
    public int Writers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ledger = PostgreSqlBenchmarkServer.Open(out schema);
        var grantedAt = SystemClock.Instance.GetCurrentInstant();
        events = Enumerable.Range(0, Records).Select(i => SqliteBenchmarkFiles.Grant(new SubjectId("member-" + i), grantedAt)).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ledger.Dispose();
        PostgreSqlBenchmarkServer.Drop(schema);
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public Task DurableAppend() => Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
    {
        for (var i = w; i < Records; i += Writers)
        {
            await ledger.AppendAsync(events[i]).ConfigureAwait(false);
        }
    })));
}
