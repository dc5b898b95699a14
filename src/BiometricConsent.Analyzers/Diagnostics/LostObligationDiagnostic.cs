using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Analyzers.Diagnostics;

/// <summary>
/// BIO1004: a <c>[RequiresConsent]</c> method, local function or lambda is called by something that cannot check
/// consent — the runtime (entry point), a web framework (controller action, minimal-API handler, SignalR hub
/// method, gRPC service method), an event's raiser, or code outside the compilation that was handed a delegate —
/// so the obligation it moved to its callers reaches no one. Registered only where a <c>RequiresConsentAttribute</c>
/// exists: without one nothing can be reported.
/// </summary>
internal static class LostObligationDiagnostic
{
    internal static void Register(CompilationStartAnalysisContext context, HandoverSymbols handover)
    {
        RegisterSymbolActions(context, handover);
        context.RegisterOperationAction(
            operationContext => AnalyzeDelegateCreation(operationContext.Operation, handover, operationContext.ReportDiagnostic),
            OperationKind.DelegateCreation);
    }

    /// <summary>
    /// The symbol part of <see cref="Register"/>: <c>[RequiresConsent]</c> methods the runtime or a framework calls. The
    /// pre-filtered path skips the methods that cannot carry the attribute (<see cref="CandidateSyntax.MayCarryMarker"/>).
    /// </summary>
    internal static void RegisterSymbolActions(CompilationStartAnalysisContext context, HandoverSymbols handover, CandidateSyntax? filter = null)
        => context.RegisterSymbolAction(
            symbolContext =>
            {
                // Both parts of a partial method come here with the same attributes: the defining part reports.
                var method = (IMethodSymbol)symbolContext.Symbol;
                if (method.PartialDefinitionPart == null
                    && (filter == null || filter.MayCarryMarker(method, symbolContext.CancellationToken))
                    && AttributeNames.Has(method, AttributeNames.RequiresConsent)
                    && handover.DeclaredCaller(method) is { } caller
                    && method.Locations.Length > 0)
                {
                    Report(symbolContext.ReportDiagnostic, method.Locations[0], method.ToDisplayString(DisplayFormats.Member), caller);
                }
            },
            SymbolKind.Method);

    /// <summary>Reports BIO1004 when <paramref name="operation"/> hands a <c>[RequiresConsent]</c> target as a delegate to code that cannot check consent.</summary>
    internal static void AnalyzeDelegateCreation(IOperation operation, HandoverSymbols handover, System.Action<Diagnostic> report)
    {
        if (operation is IDelegateCreationOperation creation
            && RequiresConsentTarget(creation) is { } target
            && handover.DelegateCaller(creation) is { } caller)
        {
            Report(report, target.Location, target.Name, caller);
        }
    }

    /// <summary>
    /// The <c>[RequiresConsent]</c> method, local function or lambda a delegate is created from, with where to
    /// report and how to name it; <see langword="null"/> for any other target.
    /// </summary>
    internal static (Location Location, string Name)? RequiresConsentTarget(IDelegateCreationOperation creation)
    {
        switch (creation.Target)
        {
            case IMethodReferenceOperation reference
                when AttributeNames.Has((reference.Method.ReducedFrom ?? reference.Method).OriginalDefinition, AttributeNames.RequiresConsent):
                return (reference.Syntax.GetLocation(), reference.Method.ToDisplayString(DisplayFormats.Member));
            case IAnonymousFunctionOperation lambda when AttributeNames.Has(lambda.Symbol, AttributeNames.RequiresConsent):
                return (LambdaHead(lambda.Syntax), "the [RequiresConsent] lambda");
            default:
                return null;
        }
    }

    /// <summary>A lambda is reported from its attributes to its arrow: its body may be long.</summary>
    private static Location LambdaHead(SyntaxNode syntax)
    {
        var arrow = syntax switch
        {
            LambdaExpressionSyntax lambda => lambda.ArrowToken,
            _ => default,
        };
        return arrow.RawKind == 0
            ? syntax.GetLocation()
            : Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(syntax.SpanStart, arrow.Span.End));
    }

    private static void Report(System.Action<Diagnostic> report, Location location, string name, string caller)
        => report(Diagnostic.Create(Descriptors.ObligationWithoutCaller, location, name, caller));
}
