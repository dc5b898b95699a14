using System.Collections.Immutable;
using BiometricConsent.Analyzers.Diagnostics;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers;

/// <summary>
/// The consent-before-capture analyzer (docs/analyzer.md, docs/sdk-catalog.md, docs/rules/). One analyzer for all
/// rules, so the per-compilation symbols, API list and SDK catalog are resolved once; each diagnostic lives in
/// <c>Diagnostics/</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BiometricConsentAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnguardedCapture,
        Descriptors.DiscardedConsentCheck,
        Descriptors.RequiresConsentMismatch,
        Descriptors.ExemptionWithoutJustification,
        Descriptors.InvalidApiListEntry);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Nothing can be reported without a marker attribute, an API list or an SDK catalog type: register nothing.
            var symbols = ConsentSymbols.TryCreate(start.Compilation, start.Options, start.CancellationToken);
            if (symbols == null)
            {
                return;
            }

            UnguardedCaptureDiagnostic.Register(start, symbols);
            DiscardedCheckDiagnostic.Register(start, symbols);
            if (symbols.DeclaresRequiresConsent)
            {
                // BIO1003 looks up interface implementations of every type; skip it where it cannot fire.
                RequiresConsentMismatchDiagnostic.Register(start);
            }

            ExemptionJustificationDiagnostic.Register(start);
            ApiListDiagnostic.Register(start, symbols);
        });
    }
}
