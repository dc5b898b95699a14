using System.Collections.Immutable;
using BiometricConsent.Analyzers.Activities;
using BiometricConsent.Analyzers.ActivityTies;
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
    private readonly bool graphFreeFlow;
    private readonly bool syntaxPrefilter;
    private readonly ActivityFileLoader activityLoader;

    /// <summary>Creates the analyzer as the compiler loads it.</summary>
    public BiometricConsentAnalyzer()
        : this(graphFreeFlow: true)
    {
    }

    /// <summary>
    /// Creates the analyzer; with <paramref name="graphFreeFlow"/> off every member goes through the control-flow graph,
    /// so tests can check that the graph-free walk (<c>Flow/StructuredFlow.cs</c>) reports exactly what the graph does;
    /// with <paramref name="syntaxPrefilter"/> off the operation-based rules run as plain operation actions over every
    /// member, so tests can check that the pre-filter (<see cref="PrefilteredOperations"/>) loses nothing.
    /// </summary>
    /// <param name="graphFreeFlow">Whether simply structured members are analyzed without a control-flow graph.</param>
    /// <param name="syntaxPrefilter">Whether only the members that name a member with a role are bound and analysed.</param>
    /// <param name="activityLoader">Reads activity files; tests pass one with a fixed clock (the build date).</param>
    internal BiometricConsentAnalyzer(bool graphFreeFlow, bool syntaxPrefilter = true, ActivityFileLoader? activityLoader = null)
    {
        this.graphFreeFlow = graphFreeFlow;
        this.syntaxPrefilter = syntaxPrefilter;
        this.activityLoader = activityLoader ?? ActivityFileLoader.Default;
    }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnguardedCapture,
        Descriptors.DiscardedConsentCheck,
        Descriptors.RequiresConsentMismatch,
        Descriptors.ObligationWithoutCaller,
        Descriptors.ExemptionWithoutJustification,
        Descriptors.InvalidApiListEntry,
        Descriptors.CaptureSite,
        Descriptors.ActivityViolation,
        Descriptors.ActivityUndetermined,
        Descriptors.UnreadableActivityFile,
        Descriptors.CaptureContradictsActivity,
        Descriptors.UnknownActivity,
        Descriptors.UntiedActivity,
        Descriptors.IneffectiveAcceptance);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Activity files are assessed whether or not the project has capture code (docs/analyzer.md).
            ActivityFileDiagnostic.Register(start, activityLoader);

            // Ties of code to activity files (BIO2004-BIO2006) need the attribute or an activity file, not a capture mark.
            var links = ActivityLinks.TryCreate(start.Compilation, start.Options, activityLoader, start.CancellationToken);
            if (links != null)
            {
                ActivityTieDiagnostic.Register(start, links);
            }

            // Nothing can be reported without a marker attribute, an API list or an SDK catalog type: register nothing.
            var symbols = ConsentSymbols.TryCreate(start.Compilation, start.Options, start.CancellationToken);
            if (symbols == null)
            {
                return;
            }

            // BIO1003 looks up interface implementations of every type, BIO1004 binds the entry point and looks at
            // every delegate: skip both where no member can be [RequiresConsent].
            var handover = symbols.DeclaresRequiresConsent ? new HandoverSymbols(start.Compilation, start.CancellationToken) : null;
            // The capture-site inventory (BIO1900) is asked for once per compilation; without it BIO1001 runs as ever.
            var inventory = CaptureSiteInventory.TryCreate(start.Options, symbols, links);
            // Binding only the code that names a member with a role is what keeps the analyzer cheap on a large code
            // base; where names cannot decide (a using alias of a marker attribute) every member is analysed.
            var filter = syntaxPrefilter ? CandidateSyntax.TryCreate(start.Compilation, symbols, start.CancellationToken) : null;
            if (filter != null)
            {
                PrefilteredOperations.Register(start, filter, symbols, handover, inventory, links, graphFreeFlow);
                if (handover != null)
                {
                    RequiresConsentMismatchDiagnostic.Register(start, filter);
                    LostObligationDiagnostic.RegisterSymbolActions(start, handover, filter);
                }

                // Without a marker type no [ConsentExempt] exists: a symbol action per member would find nothing.
                if (symbols.HasMarkers)
                {
                    ExemptionJustificationDiagnostic.RegisterSymbolActions(start, filter);
                }
            }
            else
            {
                UnguardedCaptureDiagnostic.Register(start, symbols, handover, inventory, links, graphFreeFlow);
                DiscardedCheckDiagnostic.Register(start, symbols);
                if (handover != null)
                {
                    RequiresConsentMismatchDiagnostic.Register(start);
                    LostObligationDiagnostic.Register(start, handover);
                }

                ExemptionJustificationDiagnostic.Register(start);
            }

            ApiListDiagnostic.Register(start, symbols);
        });
    }
}
