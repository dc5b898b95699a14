using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BiometricConsent.Analyzers.Activities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NodaTime;

namespace BiometricConsent.Benchmarks.Analyzers;

/// <summary>
/// What activity files add to a build (issue 14): a small compilation (the vendor SDK and 20 classes of the
/// workload of <see cref="AnalyzerBenchmarks"/>, so the difference is not lost in the noise of a 9-second
/// compile) analyzed by BiometricConsent's analyzer without and with the five activity files of docs/examples,
/// and the cold cost of reading and assessing those five files (a build without a compiler server, or a changed file).
/// Run: <c>dotnet run -c Release --project tests/BiometricConsent.Benchmarks -- --filter '*ActivityFileBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ActivityFileBenchmarks
{
    private AnalyzerWorkload workload = null!;
    private ImmutableArray<DiagnosticAnalyzer> biometricConsent;
    private AnalyzerOptions withActivities = null!;
    private string[] texts = null!;

    [GlobalSetup]
    public void Setup()
    {
        workload = AnalyzerWorkload.Create(classCount: 20);
        biometricConsent = AnalyzerSets.BiometricConsent();
        var examples = Path.Combine(RepositoryRoot(), "docs", "examples");
        texts = Directory.GetFiles(examples, "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var files = workload.Options.AdditionalFiles.AddRange(
            texts.Select((text, i) => (AdditionalText)new AnalyzerWorkload.InMemoryAdditionalText($"/repo/activities/a{i}.activity.json", text)));
        withActivities = new AnalyzerOptions(files);

        // Check once that the files are read and assessed: none is unreadable, and there are findings.
        var found = workload.Analyze(biometricConsent, withActivities);
        if (found.Any(d => d.Id == "BIO2003") || !found.Any(d => d.Id == "BIO2001"))
        {
            throw new InvalidOperationException("Expected BIO2001 findings and no BIO2003 from the example activity files.");
        }

        Console.WriteLine($"// {texts.Length} activity files: BIO2001 {found.Count(d => d.Id == "BIO2001")}, BIO2002 {found.Count(d => d.Id == "BIO2002")}");
    }

    [Benchmark(Baseline = true, Description = "Analyzer, no activity file")]
    public int WithoutActivityFiles() => workload.Analyze(biometricConsent).Length;

    [Benchmark(Description = "Analyzer, 5 activity files (cached, as in a compiler server or IDE)")]
    public int WithActivityFiles() => workload.Analyze(biometricConsent, withActivities).Length;

    [Benchmark(Description = "Read and assess 5 activity files, cold")]
    public int ReadAndAssessCold()
    {
        var findings = 0;
        foreach (var text in texts)
        {
            var content = ActivityContent.Read(text);
            var day = content.Activity!.Dates.End ?? new LocalDate(2026, 12, 1);
            findings += content.AssessAsOf(day).Result!.Findings.Count;
        }

        return findings;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BiometricConsent.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("BiometricConsent.sln not found above " + AppContext.BaseDirectory);
    }
}
