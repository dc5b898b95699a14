using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Benchmarks.Analyzers;

/// <summary>
/// A quick look at the curve of <see cref="MethodSizeBenchmarks"/> without BenchmarkDotNet's statistics: one timed run
/// of each size after a warm-up: the wall time of compiling with the analyzers, and whether the run did its work.
/// Run: <c>dotnet run -c Release --project tests/BiometricConsent.Benchmarks -- method-size-curve [StraightLine|LoopsAndConditions|NestedIfs] [sizes...]</c>.
/// </summary>
internal static class MethodSizeCurve
{
    internal const string Command = "method-size-curve";

    internal static void Print(string[] args)
    {
        var shapes = new[] { MethodShape.StraightLine, MethodShape.LoopsAndConditions, MethodShape.NestedIfs };
        var sizes = args;
        if (args.Length > 0 && Enum.TryParse<MethodShape>(args[0], out var only))
        {
            shapes = new[] { only };
            sizes = args.Skip(1).ToArray();
        }

        var analyzers = AnalyzerSets.BiometricConsent();
        MethodSizeWorkload.Create(MethodShape.StraightLine, 1_000).Analyze(analyzers);
        foreach (var shape in shapes)
        {
            foreach (var text in sizes.Length > 0 ? sizes : new[] { "10000", "20000", "40000", "80000" })
            {
                var size = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
                var workload = MethodSizeWorkload.Create(shape, size);
                var watch = Stopwatch.StartNew();
                var diagnostics = workload.Analyze(analyzers);
                var analyze = watch.Elapsed;

                // Too deep a nesting makes the compiler give up (CS8078) rather than bind: then the figures mean nothing.
                var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                var reported = diagnostics.Count(d => d.Id == "BIO1001");
                Console.WriteLine(
                    $"{shape,-12} {size,7}: compiler with analyzers {analyze.TotalSeconds,7:F2} s; " +
                    $"BIO1001 {reported} of {workload.ExpectedUnguarded} expected, compile errors {errors}");
            }
        }
    }
}
