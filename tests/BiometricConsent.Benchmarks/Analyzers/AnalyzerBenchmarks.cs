using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Benchmarks.Analyzers;

/// <summary>
/// Cost of analysing a 2,000-class compilation: no analyzer (the compiler's own binding), BannedApiAnalyzers with
/// the capture API banned, and BiometricConsent's analyzers with the same API in BiometricApis.txt.
/// Run: <c>dotnet run -c Release --project tests/BiometricConsent.Benchmarks -- --filter '*AnalyzerBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private AnalyzerWorkload workload = null!;
    private ImmutableArray<DiagnosticAnalyzer> bannedApi;
    private ImmutableArray<DiagnosticAnalyzer> biometricConsent;

    [GlobalSetup]
    public void Setup()
    {
        workload = AnalyzerWorkload.Create();
        bannedApi = AnalyzerSets.BannedApi();
        biometricConsent = AnalyzerSets.BiometricConsent();

        // Check once that every run does the work it claims: a clean compile, and one RS0030 per capture call.
        var errors = workload.NewCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The generated workload does not compile: " + errors[0]);
        }

        var banned = workload.Analyze(bannedApi).Count(d => d.Id == "RS0030");
        if (banned != AnalyzerWorkload.ExpectedCaptureCalls)
        {
            throw new InvalidOperationException($"BannedApiAnalyzers reported {banned} RS0030, expected {AnalyzerWorkload.ExpectedCaptureCalls}.");
        }

        var ours = workload.Analyze(biometricConsent);
        Console.WriteLine(
            $"// Workload: {AnalyzerWorkload.ClassCount} classes, {AnalyzerWorkload.ExpectedCaptureCalls} capture calls; " +
            $"RS0030: {banned}; BiometricConsent analyzers: {biometricConsent.Length} ({string.Join(", ", biometricConsent.Select(a => a.GetType().Name))}), " +
            $"BIO1001: {ours.Count(d => d.Id == "BIO1001")}, other: {ours.Count(d => d.Id != "BIO1001")}");
    }

    [Benchmark(Baseline = true, Description = "No analyzer")]
    public int NoAnalyzer() => workload.Analyze(ImmutableArray<DiagnosticAnalyzer>.Empty).Length;

    [Benchmark(Description = "BannedApiAnalyzers")]
    public int BannedApiAnalyzers() => workload.Analyze(bannedApi).Length;

    [Benchmark(Description = "BiometricConsent analyzers")]
    public int BiometricConsentAnalyzers() => workload.Analyze(biometricConsent).Length;
}
