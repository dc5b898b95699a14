using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Benchmarks.Analyzers;

/// <summary>
/// The comparison with BannedApiAnalyzers (issue 10), in one process, two ways (docs/benchmarks.md):
/// <list type="number">
/// <item><b>Side by side</b> — the figure of the target: both analyzers in one compilation, each analyzer's execution
/// time as Roslyn measures it (the time spent in its callbacks, which is what <c>-p:ReportAnalyzer=true</c> prints as
/// "Total analyzer execution time" in a real build).</item>
/// <item><b>Separately</b> — each analyzer alone on its own compilation, timed by the CPU time of the whole analysis
/// (the compiler's binding included), next to no analyzer and to an empty code-block analyzer: the analyzer driver's
/// own cost, which any analyzer that looks at declarations pays and none can go below.</item>
/// </list>
/// Runs are interleaved round by round and single-threaded, timed by CPU time, so a neighbour taking the cores stretches
/// the wall time but not the figures. Prints every round and the medians.
/// Run: <c>dotnet run -c Release --project tests/BiometricConsent.Benchmarks -- analyzer-ratio [rounds] [side-by-side]</c>
/// (with <c>side-by-side</c> only the first comparison).
/// </summary>
internal static class AnalyzerRatio
{
    internal const string Command = "analyzer-ratio";

    internal static void Print(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var sideBySideOnly = args.Skip(1).Contains("side-by-side");
        var workload = AnalyzerWorkload.Create();
        var runs = new (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)[]
        {
            ("No analyzer", ImmutableArray<DiagnosticAnalyzer>.Empty),
            ("BannedApiAnalyzers", AnalyzerSets.BannedApi()),
            ("BiometricConsent", AnalyzerSets.BiometricConsent()),
            ("Empty code-block analyzer", ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyCodeBlockAnalyzer())),

            // The same analyzer with its operation-based rules as plain operation actions over every member (the
            // design before the syntax pre-filter): the pre-filter's own effect, measured in the same rounds.
            ("BiometricConsent without pre-filter", ImmutableArray.Create<DiagnosticAnalyzer>(
                new global::BiometricConsent.Analyzers.BiometricConsentAnalyzer(graphFreeFlow: true, syntaxPrefilter: false))),
        };

        PrintSideBySide("API list only", workload, runs[1].Analyzers, runs[2].Analyzers, rounds);
        PrintSideBySide("with the runtime library referenced", workload.WithRuntimeLibrary(), runs[1].Analyzers, runs[2].Analyzers, rounds);
        if (sideBySideOnly)
        {
            return;
        }

        // Warm-up: JIT and the reference assemblies' metadata, which every later run shares.
        foreach (var run in runs)
        {
            workload.Analyze(run.Analyzers);
        }

        var cpu = runs.Select(_ => new List<double>()).ToArray();
        var allocated = runs.Select(_ => new List<double>()).ToArray();
        for (var round = 1; round <= rounds; round++)
        {
            var line = $"round {round}:";
            for (var i = 0; i < runs.Length; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var process = Process.GetCurrentProcess();
                var before = process.TotalProcessorTime;
                var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
                workload.Analyze(runs[i].Analyzers);
                process.Refresh();
                cpu[i].Add((process.TotalProcessorTime - before).TotalSeconds);
                allocated[i].Add((GC.GetTotalAllocatedBytes(precise: true) - bytesBefore) / 1e6);
                line += $" {runs[i].Name} {cpu[i][round - 1]:F2} s CPU, {allocated[i][round - 1]:F0} MB;";
            }

            Console.WriteLine(line);
        }

        var none = Median(cpu[0]);
        var banned = Median(cpu[1]);
        var ours = Median(cpu[2]);
        Console.WriteLine(
            $"median CPU: no analyzer {none:F2} s, BannedApiAnalyzers {banned:F2} s, BiometricConsent {ours:F2} s; " +
            $"total ratio {ours / banned:F2}, analyzer-time ratio {(ours - none) / (banned - none):F2}; " +
            $"allocated {Median(allocated[0]):F0} / {Median(allocated[1]):F0} / {Median(allocated[2]):F0} MB; " +
            $"empty code-block analyzer {Median(cpu[3]):F2} s (the driver's floor: {Median(cpu[3]) / banned:F2} of BannedApiAnalyzers); " +
            $"without the pre-filter {Median(cpu[4]):F2} s ({Median(cpu[4]) / banned:F2} of BannedApiAnalyzers), {Median(allocated[4]):F0} MB");
    }

    /// <summary>Both analyzer sets in one compilation; each set's execution time as the analyzer driver logs it.</summary>
    private static void PrintSideBySide(string name, AnalyzerWorkload workload, ImmutableArray<DiagnosticAnalyzer> banned, ImmutableArray<DiagnosticAnalyzer> ours, int rounds)
    {
        var both = banned.AddRange(ours);
        var bannedTimes = new List<double>();
        var ourTimes = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var result = workload.NewCompilation()
                .WithAnalyzers(both, new CompilationWithAnalyzersOptions(workload.Options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true))
                .GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            var expected = 2 * AnalyzerWorkload.ExpectedCaptureCalls;
            var reported = result.GetAllDiagnostics().Count(d => d.Id is "RS0030" or "BIO1001");
            if (reported != expected)
            {
                throw new InvalidOperationException($"Side by side the analyzers reported {reported} RS0030/BIO1001 diagnostics; the workload has {expected / 2} capture calls for each.");
            }

            double Seconds(ImmutableArray<DiagnosticAnalyzer> set) => set.Sum(analyzer => result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalSeconds);

            // Round 0 warms both up in this configuration (JIT of the execution-time logging paths).
            if (round > 0)
            {
                bannedTimes.Add(Seconds(banned));
                ourTimes.Add(Seconds(ours));
                Console.WriteLine($"side by side ({name}), round {round}: BannedApiAnalyzers {bannedTimes[^1]:F3} s, BiometricConsent {ourTimes[^1]:F3} s ({ourTimes[^1] / bannedTimes[^1]:F2})");
            }
        }

        Console.WriteLine(
            $"side by side ({name}), median execution time: BannedApiAnalyzers {Median(bannedTimes):F3} s, BiometricConsent {Median(ourTimes):F3} s; " +
            $"ratio {Median(ourTimes) / Median(bannedTimes):F2} (median of round ratios {Median(ourTimes.Zip(bannedTimes, (o, b) => o / b).ToList()):F2})");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
