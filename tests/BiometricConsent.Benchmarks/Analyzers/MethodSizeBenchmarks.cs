using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Benchmarks.Analyzers;

/// <summary>
/// Cost of one method of 10,000 to 80,000 statements (issue 10, part 5), straight-line and with loops and short-circuit
/// conditions: the compiler alone, and the compiler with BiometricConsent's analyzers; the difference is the analyzer's
/// time, which must grow linearly with the size of the method (target: 80k at most 4.5 times 20k).
/// Run: <c>dotnet run -c Release --project tests/BiometricConsent.Benchmarks -- --filter '*MethodSizeBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class MethodSizeBenchmarks
{
    private MethodSizeWorkload workload = null!;
    private ImmutableArray<DiagnosticAnalyzer> biometricConsent;

    /// <summary>How the statements are arranged.</summary>
    // Nested ifs are not in the BenchmarkDotNet run: the compiler alone is superlinear in nesting depth (docs/benchmarks.md).
    [Params(MethodShape.StraightLine, MethodShape.LoopsAndConditions)]
    public MethodShape Shape { get; set; }

    /// <summary>The number of statements in the method.</summary>
    [Params(10_000, 20_000, 40_000, 80_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        workload = MethodSizeWorkload.Create(Shape, Size);
        biometricConsent = AnalyzerSets.BiometricConsent();

        // Check once that the run does the work it claims: a clean compile, and one BIO1001 per unguarded capture.
        var errors = workload.Analyze(ImmutableArray<DiagnosticAnalyzer>.Empty).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The generated method does not compile: " + errors[0]);
        }

        var reported = workload.Analyze(biometricConsent).Where(d => d.Id.StartsWith("BIO", StringComparison.Ordinal)).ToArray();
        if (reported.Length != workload.ExpectedUnguarded || reported.Any(d => d.Id != "BIO1001"))
        {
            throw new InvalidOperationException($"Expected {workload.ExpectedUnguarded} BIO1001, got: {string.Join(", ", reported.Select(d => d.Id))}.");
        }
    }

    [Benchmark(Baseline = true, Description = "Compiler alone")]
    public int CompilerAlone() => workload.Analyze(ImmutableArray<DiagnosticAnalyzer>.Empty).Length;

    [Benchmark(Description = "With BiometricConsent analyzers")]
    public int WithAnalyzers() => workload.Analyze(biometricConsent).Length;
}
