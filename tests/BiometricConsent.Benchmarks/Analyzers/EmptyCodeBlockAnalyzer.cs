using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// A benchmark-only probe, never loaded by a compiler: the rules for shipped analyzers (netstandard2.0 target,
// extended analyzer rules, release tracking) do not apply to it.
#pragma warning disable RS1041, RS1036, RS2008

namespace BiometricConsent.Benchmarks.Analyzers;

/// <summary>
/// An analyzer that registers one code-block action doing nothing: the cost of the analyzer driver itself for any
/// analyzer that looks at declarations (code blocks, symbols, semantic models or operations) — the floor under which no
/// such analyzer's total can fall in <see cref="AnalyzerRatio"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyCodeBlockAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor(
        "EMPTY01", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCodeBlockAction(_ => { });
    }
}
