using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Benchmarks.Policy;

/// <summary>
/// Assessments per second for one activity (the XPeng example, parsed once) against the built-in Chinese rules.
/// Target: at least 100,000 assessments per second on one core, i.e. at most 10,000 ns per operation.
/// <c>dotnet run -c Release --project tests/BiometricConsent.Benchmarks -- --filter '*AssessmentBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private readonly Assessor assessor = new();
    private Activity xpeng = null!;
    private Activity xpengInTianjin = null!;

    [GlobalSetup]
    public void Setup()
    {
        var json = File.ReadAllText(ExamplePath("xpeng-shanghai-2021.json"));
        xpeng = ActivityJson.Parse(json);

        // The same facts in Tianjin: national rules plus Tianjin's, i.e. every Chinese rule in the catalog.
        xpengInTianjin = ActivityJson.Parse(json.Replace("\"CN-SH\"", "\"CN-TJ\""));

        // Warm the per-jurisdiction rule lists so the benchmark measures assessing, not the first lookup.
        assessor.Assess(xpeng);
        assessor.Assess(xpengInTianjin);
    }

    /// <summary>XPeng as it is: CN-SH, so the national rules.</summary>
    [Benchmark(Baseline = true)]
    public Assessment AssessXPeng() => assessor.Assess(xpeng);

    /// <summary>XPeng moved to CN-TJ: every Chinese rule (national and Tianjin).</summary>
    [Benchmark]
    public Assessment AssessXPengInTianjin() => assessor.Assess(xpengInTianjin);

    /// <summary>Assessing and writing the assessment JSON, as <c>biometric-consent assess --format json</c> does per file.</summary>
    [Benchmark]
    public string AssessXPengAndWriteJson() => AssessmentJsonWriter.ToJson(assessor.Assess(xpeng));

    private static string ExamplePath(string name)
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "BiometricConsent.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("Repository root (BiometricConsent.sln) not found above " + AppContext.BaseDirectory)
            : Path.Combine(dir.FullName, "docs", "examples", name);
    }
}
