using System;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Diagnostics;

/// <summary>
/// BIO1007: <c>[ConsentExempt]</c> whose <c>Justification</c> is missing, <see langword="null"/>, empty or white
/// space. Reported on the attribute. Types, methods and constructors come from symbol actions; local functions
/// and lambdas, which have no symbol action, from their operations.
/// </summary>
internal static class ExemptionJustificationDiagnostic
{
    internal static void Register(CompilationStartAnalysisContext context)
    {
        RegisterSymbolActions(context);
        context.RegisterOperationAction(
            operationContext => AnalyzeFunction(operationContext.Operation, operationContext.ReportDiagnostic, operationContext.CancellationToken),
            OperationKind.LocalFunction,
            OperationKind.AnonymousFunction);
    }

    /// <summary>
    /// The types, methods and properties; the pre-filtered path reaches local functions and lambdas itself, and skips
    /// the symbols that cannot carry the attribute (<see cref="CandidateSyntax.MayCarryMarker"/>).
    /// </summary>
    internal static void RegisterSymbolActions(CompilationStartAnalysisContext context, CandidateSyntax? filter = null)
        => context.RegisterSymbolAction(
            symbolContext =>
            {
                if (filter == null || filter.MayCarryMarker(symbolContext.Symbol, symbolContext.CancellationToken))
                {
                    Analyze(symbolContext.Symbol, symbolContext.ReportDiagnostic, symbolContext.CancellationToken);
                }
            },
            SymbolKind.NamedType,
            SymbolKind.Method,
            SymbolKind.Property);

    /// <summary>Checks the <c>[ConsentExempt]</c> of a local function or lambda operation; other operations are ignored.</summary>
    internal static void AnalyzeFunction(IOperation operation, Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        var function = operation switch
        {
            ILocalFunctionOperation localFunction => localFunction.Symbol,
            IAnonymousFunctionOperation lambda => lambda.Symbol,
            _ => null,
        };
        if (function != null)
        {
            Analyze(function, report, cancellationToken);
        }
    }

    private static void Analyze(ISymbol symbol, Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        // Both parts of a partial method come to the symbol action, and each lists the attributes of both parts: the
        // defining part alone reports them, once.
        if (symbol is IMethodSymbol { PartialDefinitionPart: not null })
        {
            return;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (!AttributeNames.Is(attribute, AttributeNames.ConsentExempt) || HasJustification(attribute))
            {
                continue;
            }

            var location = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation()
                ?? (symbol.Locations.IsEmpty ? Location.None : symbol.Locations[0]);
            var name = symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction }
                ? "lambda in " + symbol.ContainingSymbol.ToDisplayString(DisplayFormats.Member)
                : symbol.ToDisplayString(DisplayFormats.Member);
            report(Diagnostic.Create(Descriptors.ExemptionWithoutJustification, location, name));
        }
    }

    /// <summary>Whether the attribute carries a non-blank justification (<see cref="JustificationOf"/>).</summary>
    private static bool HasJustification(AttributeData attribute) => !string.IsNullOrWhiteSpace(JustificationOf(attribute));

    /// <summary>
    /// The attribute's justification, as the named argument <c>Justification</c> or, for a project's own copy of
    /// the attribute, a constructor parameter named <c>justification</c>; <see langword="null"/> when it has none.
    /// </summary>
    internal static string? JustificationOf(AttributeData attribute)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == AttributeNames.Justification)
            {
                return TextOf(named.Value);
            }
        }

        var constructor = attribute.AttributeConstructor;
        if (constructor != null)
        {
            for (var i = 0; i < constructor.Parameters.Length && i < attribute.ConstructorArguments.Length; i++)
            {
                if (string.Equals(constructor.Parameters[i].Name, AttributeNames.Justification, StringComparison.OrdinalIgnoreCase))
                {
                    return TextOf(attribute.ConstructorArguments[i]);
                }
            }
        }

        return null;
    }

    private static string? TextOf(TypedConstant value)
        => value.Kind == TypedConstantKind.Primitive ? value.Value as string : null;
}
