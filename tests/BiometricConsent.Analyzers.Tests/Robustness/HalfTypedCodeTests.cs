using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using BiometricConsent.Analyzers.Tests.SdkCatalog;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.Tests.Robustness;

/// <summary>
/// The analyzer runs on every keystroke in the IDE, so it sees half-typed code far more often than code that
/// compiles. These tests cut realistic files at every N characters, and delete or insert characters at random,
/// and assert that the analyzer never throws (no AD0001, no exception reported to the host).
/// </summary>
public sealed class HalfTypedCodeTests
{
    /// <summary>Seeded, so a failure reproduces.</summary>
    private const int Seed = 20261202;

    private static readonly char[] Junk = { '{', '}', '(', ')', ';', '"', '\'', '[', ']', '<', '>', '.', '?', '!', '=', '@', '$', '#', '\n' };

    public static TheoryData<string, int> PrefixCuts => new TheoryData<string, int>
    {
        // Steps chosen to keep the whole class near 20-30 seconds on an idle machine (each run compiles and analyzes
        // afresh). One-off runs at steps 1-3 with 400-500 random edits per file (over 12,000 variants) found no exception either.
        { nameof(RealisticSources.Controller), 29 },
        { nameof(RealisticSources.ModernSyntax), 29 },
        { nameof(RealisticSources.MarkedAndListed), 29 },
        { nameof(RealisticSources.ApiList), 13 },
        { nameof(RealisticSources.Catalog), 23 },
        { nameof(RealisticSources.Handover), 31 },
        { nameof(Prelude), 53 },
    };

    public static TheoryData<string> Scenarios => new TheoryData<string>(
        nameof(RealisticSources.Controller), nameof(RealisticSources.ModernSyntax), nameof(RealisticSources.MarkedAndListed), nameof(RealisticSources.ApiList), nameof(RealisticSources.Catalog), nameof(RealisticSources.Handover));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Complete_files_compile_and_are_analyzed(string name)
    {
        var scenario = Scenario.Named(name);
        var (diagnostics, exceptions) = await scenario.RunAsync(scenario.Text);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        // The inputs must be meaningful: something to report, so the analyzer did not return at compilation start.
        Assert.Contains(diagnostics, d => d.Id.StartsWith("BIO", StringComparison.Ordinal));
        var errors = scenario.Compile(scenario.Text).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Concurrent_analysis_reports_what_sequential_analysis_reports(string name)
    {
        // The analyzer enables concurrent execution; its caches and collectors must not depend on the order of callbacks.
        var scenario = Scenario.Named(name);
        var sequential = Describe((await scenario.RunAsync(scenario.Text)).Diagnostics);
        for (var i = 0; i < 8; i++)
        {
            var (diagnostics, exceptions) = await scenario.RunAsync(scenario.Text, concurrent: true);

            Assert.Empty(exceptions);
            Assert.Equal(sequential, Describe(diagnostics));
        }

        static string[] Describe(ImmutableArray<Diagnostic> diagnostics)
            => diagnostics.Select(d => d.ToString()).OrderBy(text => text, StringComparer.Ordinal).ToArray();
    }

    [Theory]
    [MemberData(nameof(PrefixCuts))]
    public async Task Every_prefix_is_analyzed_without_exception(string name, int step)
    {
        var scenario = Scenario.Named(name);
        var variants = new List<string>();
        for (var length = 0; length < scenario.Text.Length; length += step)
        {
            variants.Add(scenario.Text.Substring(0, length));
        }

        await AssertNoCrashAsync(scenario, variants);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Random_deletions_and_insertions_are_analyzed_without_exception(string name)
    {
        var scenario = Scenario.Named(name);
        var random = new Random(Seed);
        var variants = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var text = scenario.Text;
            var start = random.Next(text.Length);
            var edited = i % 3 == 2
                ? text.Insert(start, Junk[random.Next(Junk.Length)].ToString())
                : text.Remove(start, Math.Min(1 + random.Next(40), text.Length - start));
            variants.Add(edited);
        }

        await AssertNoCrashAsync(scenario, variants);
    }

    private static async Task AssertNoCrashAsync(Scenario scenario, IEnumerable<string> variants)
    {
        var failures = new List<string>();
        foreach (var variant in variants)
        {
            var (diagnostics, exceptions) = await scenario.RunAsync(variant);
            var crashes = exceptions.Select(e => e.ToString()).Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString())).ToList();
            if (crashes.Count > 0)
            {
                var tail = variant.Length > 120 ? variant.Substring(variant.Length - 120) : variant;
                failures.Add($"length {variant.Length}, ending «{tail}»:\n{crashes[0]}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} variants crashed the analyzer; the first:\n{failures.FirstOrDefault()}");
    }

    /// <summary>One file to mangle, with the complete files, references and additional files it is compiled with.</summary>
    private sealed class Scenario
    {
        private readonly Func<string, IEnumerable<SyntaxTree>> trees;
        private readonly Func<string, ImmutableArray<AdditionalText>> additionalFiles;
        private readonly ImmutableArray<MetadataReference> references;
        private readonly OutputKind outputKind;

        private Scenario(
            string text,
            Func<string, IEnumerable<SyntaxTree>> trees,
            Func<string, ImmutableArray<AdditionalText>>? additionalFiles = null,
            ImmutableArray<MetadataReference> references = default,
            bool executable = false)
        {
            outputKind = executable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
            Text = text;
            this.trees = trees;
            this.additionalFiles = additionalFiles ?? (_ => ImmutableArray<AdditionalText>.Empty);
            this.references = references.IsDefault ? ImmutableArray<MetadataReference>.Empty : references;
        }

        internal string Text { get; }

        internal static Scenario Named(string name)
        {
            var prelude = AnalyzerRunner.Parse(Prelude.WithLocalAttributes, "Prelude.cs");
            var controller = AnalyzerRunner.Parse(RealisticSources.Controller, "Controller.cs");
            var marked = AnalyzerRunner.Parse(RealisticSources.MarkedAndListed, "Marked.cs");
            var stubs = AnalyzerRunner.Parse(Handover.FrameworkStubs.Source, "FrameworkStubs.cs");
            return name switch
            {
                nameof(RealisticSources.Controller) => new Scenario(RealisticSources.Controller, text => new[] { prelude, Tree(text) }),
                nameof(RealisticSources.ModernSyntax) => new Scenario(
                    RealisticSources.ModernSyntax, text => new[] { prelude, Tree(text) }, executable: true),
                nameof(Prelude) => new Scenario(Prelude.WithLocalAttributes, text => new[] { controller, Tree(text) }),
                nameof(RealisticSources.MarkedAndListed) => new Scenario(
                    RealisticSources.MarkedAndListed, text => new[] { Tree(text) }, _ => ApiListFile(RealisticSources.ApiList)),
                nameof(RealisticSources.ApiList) => new Scenario(RealisticSources.ApiList, _ => new[] { marked }, ApiListFile),
                nameof(RealisticSources.Catalog) => new Scenario(
                    RealisticSources.Catalog,
                    text => new[] { Tree(text) },
                    references: SdkCatalogCompilation.Baidu.Append(SdkCatalogCompilation.OpenCvSharp)
                        .Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location))
                        .ToImmutableArray()),
                nameof(RealisticSources.Handover) => new Scenario(
                    RealisticSources.Handover, text => new[] { prelude, stubs, Tree(text) }, executable: true),
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
            };
        }

        internal Compilation Compile(string text) => AnalyzerRunner.Compile(trees(text), references, outputKind);

        internal Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)> RunAsync(string text, bool concurrent = false)
            => AnalyzerRunner.RunAsync(trees(text), references, additionalFiles(text), outputKind, concurrent);

        private static SyntaxTree Tree(string text) => AnalyzerRunner.Parse(text, "Edited.cs");

        private static ImmutableArray<AdditionalText> ApiListFile(string text)
            => ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/project/BiometricApis.txt", text));
    }
}
