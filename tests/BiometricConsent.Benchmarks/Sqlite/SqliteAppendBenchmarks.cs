using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite;
using NodaTime;

namespace BiometricConsent.Benchmarks.Sqlite;

/// <summary>
/// Durable appends to the SQLite ledger (WAL, synchronous=FULL): each of <see cref="Writers"/> concurrent writers
/// appends one record at a time and awaits its acknowledgement. Times are per record; records per second is
/// 1,000,000,000 / Mean (ns). Target: at least 5,000 records per second with concurrent writers. The 64-writer case shows how group commit scales when
/// more appends are in flight than one sync takes.
/// </summary>
[MemoryDiagnoser]
public class SqliteAppendBenchmarks
{
    private const int Records = 512;
    private string directory = null!;
    private SqliteConsentLedger ledger = null!;
    private ConsentGranted[] events = null!;

    [Params(1, 16, 64)]
    public int Writers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        directory = SqliteBenchmarkFiles.NewDirectory();
        ledger = SqliteConsentLedger.Open(Path.Combine(directory, "consent.db"), SystemClock.Instance);
        var grantedAt = SystemClock.Instance.GetCurrentInstant();
        events = Enumerable.Range(0, Records).Select(i => SqliteBenchmarkFiles.Grant(new SubjectId("member-" + i), grantedAt)).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ledger.Dispose();
        SqliteBenchmarkFiles.Delete(directory);
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
