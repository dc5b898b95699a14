using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Tests.Infrastructure;

/// <summary>Runs the analyzer directly (no test framework), collecting diagnostics and analyzer exceptions.</summary>
internal static class AnalyzerRunner
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(
        () => TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>The parse options of every tree the runner compiles.</summary>
    internal static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

    /// <summary>Parses <paramref name="source"/> as the runner does.</summary>
    internal static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    internal static Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)> RunAsync(
        IEnumerable<string> sources, IEnumerable<MetadataReference>? extraReferences = null)
        => RunAsync(sources.Select((s, i) => Parse(s, $"File{i}.cs")), extraReferences, ImmutableArray<AdditionalText>.Empty);

    /// <summary>Compiles <paramref name="trees"/> against .NET 8 and <paramref name="extraReferences"/>, as <see cref="RunAsync(IEnumerable{SyntaxTree}, IEnumerable{MetadataReference}?, ImmutableArray{AdditionalText}, OutputKind, bool)"/> does.</summary>
    internal static CSharpCompilation Compile(
        IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference>? extraReferences = null, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        => CSharpCompilation.Create(
            "Test",
            trees,
            References.Value.Concat(extraReferences ?? Array.Empty<MetadataReference>()),
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// Compiles <paramref name="trees"/> against .NET 8 and <paramref name="extraReferences"/> (with
    /// <paramref name="diagnosticOptions"/> as the project's severities), runs the analyzer with <paramref name="additionalFiles"/>
    /// and <paramref name="configOptions"/> (global options such as <c>build_property.*</c>), and returns its diagnostics (AD0001 included) and the exceptions it threw.
    /// </summary>
    internal static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)> RunAsync(
        IEnumerable<SyntaxTree> trees,
        IEnumerable<MetadataReference>? extraReferences,
        ImmutableArray<AdditionalText> additionalFiles,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
        bool concurrentAnalysis = false,
        AnalyzerConfigOptionsProvider? configOptions = null,
        IEnumerable<KeyValuePair<string, ReportDiagnostic>>? diagnosticOptions = null)
    {
        var compilation = Compile(trees, extraReferences, outputKind);
        if (diagnosticOptions != null)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(diagnosticOptions));
        }

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            configOptions == null ? new AnalyzerOptions(additionalFiles) : new AnalyzerOptions(additionalFiles, configOptions),
            onAnalyzerException: (e, _, _) => { lock (exceptions) { exceptions.Add(e); } },
            concurrentAnalysis: concurrentAnalysis,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new BiometricConsentAnalyzer()), options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (diagnostics, exceptions);
    }
}
