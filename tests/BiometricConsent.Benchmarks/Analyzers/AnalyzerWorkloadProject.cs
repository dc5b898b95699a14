using System;
using System.IO;
using System.Linq;
using System.Security;

namespace BiometricConsent.Benchmarks.Analyzers;

/// <summary>
/// Writes <see cref="AnalyzerWorkload"/> as a project on disk, with BannedApiAnalyzers and BiometricConsent as its
/// analyzers, so the in-process figures of <see cref="AnalyzerRatio"/> can be checked against a real build:
/// <c>dotnet build DIR --no-incremental -p:ReportAnalyzer=true -v:d</c> prints each analyzer's execution time (docs/benchmarks.md).
/// Run: <c>dotnet run -c Release --project tests/BiometricConsent.Benchmarks -- analyzer-workload DIR</c>.
/// </summary>
internal static class AnalyzerWorkloadProject
{
    internal const string Command = "analyzer-workload";

    internal static void Write(string[] args)
    {
        if (args.Length != 1)
        {
            throw new ArgumentException($"Usage: {Command} DIRECTORY (a new or empty folder outside this repository).", nameof(args));
        }

        var directory = Path.GetFullPath(args[0]);
        Directory.CreateDirectory(directory);
        var workload = AnalyzerWorkload.Create();
        foreach (var tree in workload.Trees)
        {
            var path = Path.Combine(directory, tree.FilePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, tree.GetText().ToString());
        }

        foreach (var file in workload.Options.AdditionalFiles)
        {
            File.WriteAllText(Path.Combine(directory, Path.GetFileName(file.Path)), file.GetText()!.ToString());
        }

        // Our analyzer as the package ships it: the assembly with NodaTime beside it (both in this benchmark's output).
        var ours = new[] { typeof(global::BiometricConsent.Analyzers.DiagnosticIds).Assembly.Location, typeof(NodaTime.Instant).Assembly.Location };
        var banned = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, AnalyzerSets.BannedApiFolder), "*.dll");
        var runtime = new[] { typeof(global::BiometricConsent.Consent.ConsentGate).Assembly.Location, typeof(NodaTime.Instant).Assembly.Location };
        string Items(string kind, string[] paths) => string.Join(Environment.NewLine, paths.Select(path => $"    <{kind} Include=\"{SecurityElement.Escape(path)}\" />"));

        // Empty Directory.Build.props/Directory.Packages.props stop MSBuild from importing an enclosing repository's.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Workload.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by `analyzer-workload` (tests/BiometricConsent.Benchmarks); -p:Set=banned|ours|both (default). -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <EnableNETAnalyzers>false</EnableNETAnalyzers>
                <Set Condition="'$(Set)' == ''">both</Set>
              </PropertyGroup>
              <ItemGroup Condition="'$(Set)' != 'ours'">
            {Items("Analyzer", banned)}
                <AdditionalFiles Include="BannedSymbols.txt" />
              </ItemGroup>
              <ItemGroup Condition="'$(Set)' != 'banned'">
            {Items("Analyzer", ours)}
                <AdditionalFiles Include="BiometricApis.txt" />
              </ItemGroup>
              <!-- -p:Runtime=true: compiled against the runtime library too, as a user of the package is (markers exist). -->
              <ItemGroup Condition="'$(Runtime)' == 'true'">
            {Items("Reference", runtime)}
              </ItemGroup>
            </Project>

            """);
        Console.WriteLine($"Wrote {workload.Trees.Length} source files and Workload.csproj to {directory}. Measure with:");
        Console.WriteLine($"  dotnet build {directory} --no-incremental -p:ReportAnalyzer=true -v:d | grep -E 'Total analyzer execution time|BannedApiAnalyzers, Version|BiometricConsent.Analyzers, Version'");
    }
}
