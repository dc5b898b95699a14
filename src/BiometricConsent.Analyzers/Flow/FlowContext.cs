using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>What the flow analysis of one member needs besides its control-flow graphs.</summary>
internal sealed class FlowContext
{
    private readonly ImmutableArray<TextSpan> conditionalArgumentSpans;

    internal FlowContext(
        ConsentSymbols symbols,
        IReadOnlyDictionary<SyntaxNode, CapturePoint> capturePoints,
        ImmutableArray<TextSpan> conditionalArgumentSpans,
        CancellationToken cancellationToken)
    {
        Symbols = symbols;
        CapturePoints = capturePoints;
        this.conditionalArgumentSpans = conditionalArgumentSpans;
        CancellationToken = cancellationToken;
    }

    internal ConsentSymbols Symbols { get; }

    /// <summary>The capture points of the member, by the syntax of their operation.</summary>
    internal IReadOnlyDictionary<SyntaxNode, CapturePoint> CapturePoints { get; }

    /// <summary>Locals that a lambda or local function writes: their value at a later point is not known.</summary>
    internal HashSet<ILocalSymbol> UntrackedLocals { get; } = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

    internal CancellationToken CancellationToken { get; }

    /// <summary>
    /// Whether <paramref name="syntax"/> lies in an argument of a <c>[Conditional]</c> method such as
    /// <c>Debug.Assert</c>: compiled away in Release builds, so a check there guards nothing.
    /// </summary>
    internal bool IsInConditionalArgument(SyntaxNode syntax)
    {
        foreach (var span in conditionalArgumentSpans)
        {
            if (span.Contains(syntax.Span))
            {
                return true;
            }
        }

        return false;
    }
}
