using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Benchmarks.Analyzers;

/// <summary>
/// The <see cref="AnalyzerBenchmarks"/> comparison for a shared, loaded machine: the runs (no analyzer,
/// BannedApiAnalyzers, BiometricConsent, and BiometricConsent without its syntax pre-filter) interleaved round by round in one process, each timed by the CPU time the
/// process spent (the runs are single-threaded: no concurrent build or analysis), so a neighbour taking the cores
/// stretches the wall time but not the figures. Prints every round and the medians.
/// Run: <c>dotnet run -c Release --project tests/BiometricConsent.Benchmarks -- analyzer-ratio [rounds]</c>.
/// </summary>
internal static class AnalyzerRatio
{
    internal const string Command = "analyzer-ratio";

    internal static void Print(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var workload = AnalyzerWorkload.Create();
        var runs = new (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)[]
        {
            ("No analyzer", ImmutableArray<DiagnosticAnalyzer>.Empty),
            ("BannedApiAnalyzers", AnalyzerSets.BannedApi()),
            ("BiometricConsent", AnalyzerSets.BiometricConsent()),

            // The same analyzer with its operation-based rules as plain operation actions over every member (the
            // design before the syntax pre-filter): the pre-filter's own effect, measured in the same rounds.
            ("BiometricConsent without pre-filter", ImmutableArray.Create<DiagnosticAnalyzer>(
                new global::BiometricConsent.Analyzers.BiometricConsentAnalyzer(graphFreeFlow: true, syntaxPrefilter: false))),
        };

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
            $"without the pre-filter {Median(cpu[3]):F2} s ({Median(cpu[3]) / banned:F2} of BannedApiAnalyzers), {Median(allocated[3]):F0} MB");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
