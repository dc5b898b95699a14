using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite;
using NodaTime;

namespace BiometricConsent.Benchmarks.Sqlite;

/// <summary>
/// A large ledger: 1,000 subjects with 1,000 events each plus one subject with 100,000 events (1,100,000 records),
/// every history alternating grant and withdrawal, the case that made reopening quadratic. Targets: opening (load
/// and verify every record, <c>PRAGMA quick_check</c> on) in at most 5 s; a durable append's p99 at most 5 ms
/// whatever the subject's history. The file is built once and kept in the temporary directory
/// (<c>bc-ledger-history-1100000.db</c>) for later runs; delete it to rebuild.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "Monitoring")]
public class SqliteLedgerHistoryBenchmarks
{
    internal const int Subjects = 1_000;
    internal const int EventsPerSubject = 1_000;
    internal const int LongHistory = 100_000;

    internal static readonly Instant Start = Instant.FromUtc(2020, 1, 1, 0, 0);
    private static readonly SubjectId LongSubject = new SubjectId("long-history");

    private string path = null!;

    [GlobalSetup]
    public void Setup() => path = EnsureFile();

    /// <summary>
    /// Opens and closes the ledger. Also prints the CPU time the process spent (all threads, GC included): on a
    /// machine shared with other jobs the wall-clock mean mostly measures the wait for a core.
    /// </summary>
    [Benchmark]
    public long Open()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long records;
        using (var ledger = SqliteConsentLedger.Open(path, SystemClock.Instance, Options()))
        {
            records = ledger.LastSequenceNumber;
        }

        Console.WriteLine("// open CPU time: {0:F2} s for {1} records", (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, records);
        return records;
    }

    internal static SqliteConsentLedgerOptions Options() => new SqliteConsentLedgerOptions { RefreshInterval = System.Threading.Timeout.InfiniteTimeSpan };

    /// <summary>The ledger file, built on first use: appended through the ledger in batches of 1,024 events.</summary>
    internal static string EnsureFile()
    {
        var file = Path.Combine(Path.GetTempPath(), "bc-ledger-history-1100000.db");
        if (File.Exists(file))
        {
            return file;
        }

        var building = file + ".building";
        File.Delete(building);
        using (var ledger = SqliteConsentLedger.Open(building, SystemClock.Instance, Options()))
        {
            var batch = new List<ConsentEvent>(1024);
            foreach (var e in History())
            {
                batch.Add(e);
                if (batch.Count == 1024)
                {
                    ledger.AppendAsync(batch.ToArray()).AsTask().GetAwaiter().GetResult();
                    batch.Clear();
                }
            }

            ledger.AppendAsync(batch.ToArray()).AsTask().GetAwaiter().GetResult();
        }

        File.Move(building, file);
        return file;
    }

    /// <summary>Each subject's events one minute apart, subjects interleaved; then the long history.</summary>
    internal static IEnumerable<ConsentEvent> History()
    {
        for (var i = 0; i < EventsPerSubject; i++)
        {
            for (var s = 0; s < Subjects; s++)
            {
                yield return Event(new SubjectId("member-" + s), i);
            }
        }

        for (var i = 0; i < LongHistory; i++)
        {
            yield return Event(LongSubject, i);
        }
    }

    internal static ConsentEvent Event(SubjectId subject, int i)
    {
        var at = Start + Duration.FromMinutes(i);
        return i % 2 == 0 ? SqliteBenchmarkFiles.Grant(subject, at) : new ConsentWithdrawn(subject, at);
    }
}

/// <summary>
/// Durable appends, one at a time, to the subject with 100,000 events and to a new subject in the 1,100,000-record
/// ledger of <see cref="SqliteLedgerHistoryBenchmarks"/>, each after the subject's latest event. Each append's latency is recorded; the p50, p99 and maximum
/// are printed at the end of each benchmark ("append latency …" in the log) and shown in the summary table's
/// "p50 append", "p99 append" and "max append" columns (<see cref="AppendLatencyConfig"/>), since the target is on the p99.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(AppendLatencyConfig))]
public class SqliteHistoryAppendBenchmarks
{
    private readonly List<double> latencies = new List<double>();
    private SqliteConsentLedger ledger = null!;
    private SubjectId subject;
    private int next;

    [Params("100000-event history", "new subject")]
    public string Subject { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        ledger = SqliteConsentLedger.Open(SqliteLedgerHistoryBenchmarks.EnsureFile(), SystemClock.Instance, SqliteLedgerHistoryBenchmarks.Options());
        subject = Subject.StartsWith("new", StringComparison.Ordinal) ? new SubjectId("new-" + Guid.NewGuid().ToString("N")) : new SubjectId("long-history");
        next = NextAfterLatest(ledger.GetState(subject));
    }

    /// <summary>
    /// The index of the first event after every event of the subject (an even one, so a grant comes first). Earlier
    /// runs appended to the same file, so a fixed start would make every append backdated — before the subject's
    /// latest event — which re-sorts its history by design (O(n)) and is not the in-order append the target is about.
    /// </summary>
    private static int NextAfterLatest(SubjectConsentState? state)
    {
        var latest = -1L;
        foreach (var entry in state?.Entries ?? Array.Empty<ConsentLedgerEntry>())
        {
            latest = Math.Max(latest, (long)(entry.Event.OccurredAt - SqliteLedgerHistoryBenchmarks.Start).TotalMinutes);
        }

        var next = checked((int)latest + 1);
        return next + (next % 2);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ledger.Dispose();
        latencies.Sort();
        // Every run of the case (warm-up and measurement alike) rewrites the file; the host reads the last.
        File.WriteAllLines(AppendLatencyConfig.FileFor("Subject=" + Subject), latencies.Select(l => l.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        if (latencies.Count > 0)
        {
            Console.WriteLine(
                "// append latency ({0}, {1} appends): p50 {2:F3} ms, p99 {3:F3} ms, max {4:F3} ms",
                Subject,
                latencies.Count,
                latencies[latencies.Count / 2],
                latencies[(int)(latencies.Count * 0.99)],
                latencies[latencies.Count - 1]);
        }
    }

    [Benchmark]
    public async Task DurableAppend()
    {
        var started = Stopwatch.GetTimestamp();
        await ledger.AppendAsync(SqliteLedgerHistoryBenchmarks.Event(subject, next++)).ConfigureAwait(false);
        latencies.Add((Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency);
    }
}
