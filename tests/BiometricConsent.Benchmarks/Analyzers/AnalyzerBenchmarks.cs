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
    private AnalyzerWorkload _workload = null!;
    private ImmutableArray<DiagnosticAnalyzer> _bannedApi;
    private ImmutableArray<DiagnosticAnalyzer> _biometricConsent;

    [GlobalSetup]
    public void Setup()
    {
        _workload = AnalyzerWorkload.Create();
        _bannedApi = AnalyzerSets.BannedApi();
        _biometricConsent = AnalyzerSets.BiometricConsent();

        // Check once that every run does the work it claims: a clean compile, and one RS0030 per capture call.
        var errors = _workload.NewCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The generated workload does not compile: " + errors[0]);
        }

        var banned = _workload.Analyze(_bannedApi).Count(d => d.Id == "RS0030");
        if (banned != AnalyzerWorkload.ExpectedCaptureCalls)
        {
            throw new InvalidOperationException($"BannedApiAnalyzers reported {banned} RS0030, expected {AnalyzerWorkload.ExpectedCaptureCalls}.");
        }

        var ours = _workload.Analyze(_biometricConsent);
        Console.WriteLine(
            $"// Workload: {AnalyzerWorkload.ClassCount} classes, {AnalyzerWorkload.ExpectedCaptureCalls} capture calls; " +
            $"RS0030: {banned}; BiometricConsent analyzers: {_biometricConsent.Length} ({string.Join(", ", _biometricConsent.Select(a => a.GetType().Name))}), " +
            $"BIO1001: {ours.Count(d => d.Id == "BIO1001")}, other: {ours.Count(d => d.Id != "BIO1001")}");
    }

    [Benchmark(Baseline = true, Description = "No analyzer")]
    public int NoAnalyzer() => _workload.Analyze(ImmutableArray<DiagnosticAnalyzer>.Empty).Length;

    [Benchmark(Description = "BannedApiAnalyzers")]
    public int BannedApiAnalyzers() => _workload.Analyze(_bannedApi).Length;

    [Benchmark(Description = "BiometricConsent analyzers")]
    public int BiometricConsentAnalyzers() => _workload.Analyze(_biometricConsent).Length;
}
