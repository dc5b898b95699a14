using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>
/// What the final pass over a member's graphs observed: whether each capture point was guarded, and the state
/// at each lambda creation and local-function use. A point reached more than once keeps what held every time.
/// </summary>
internal sealed class FlowRecorder
{
    private readonly Dictionary<SyntaxNode, bool> capturePoints = new Dictionary<SyntaxNode, bool>();
    private readonly Dictionary<IFlowAnonymousFunctionOperation, FlowState> lambdas = new Dictionary<IFlowAnonymousFunctionOperation, FlowState>();
    private readonly Dictionary<IMethodSymbol, FlowState> localFunctionUses = new Dictionary<IMethodSymbol, FlowState>(SymbolEqualityComparer.Default);

    /// <summary>Capture points reached, by syntax, and whether every visit was guarded.</summary>
    internal IReadOnlyDictionary<SyntaxNode, bool> CapturePoints => capturePoints;

    /// <summary>Lambdas and anonymous methods created, with the meet of the states at their creations.</summary>
    internal IReadOnlyDictionary<IFlowAnonymousFunctionOperation, FlowState> Lambdas => lambdas;

    /// <summary>Local functions called or converted to a delegate, with the meet of the states at those uses.</summary>
    internal IReadOnlyDictionary<IMethodSymbol, FlowState> LocalFunctionUses => localFunctionUses;

    internal void CapturePoint(SyntaxNode syntax, bool guarded)
        => capturePoints[syntax] = guarded && (!capturePoints.TryGetValue(syntax, out var previous) || previous);

    internal void LambdaCreated(IFlowAnonymousFunctionOperation lambda, FlowState state)
        => lambdas[lambda] = lambdas.TryGetValue(lambda, out var previous) ? FlowState.Meet(previous, state) : state;

    internal void LocalFunctionUsed(IMethodSymbol localFunction, FlowState state)
    {
        var key = localFunction.OriginalDefinition;
        localFunctionUses[key] = localFunctionUses.TryGetValue(key, out var previous) ? FlowState.Meet(previous, state) : state;
    }
}
