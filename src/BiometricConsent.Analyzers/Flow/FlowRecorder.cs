using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BiometricConsent.Analyzers.Flow
{
    /// <summary>
    /// What the final pass over a member's graphs observed: whether each capture point, lambda creation and
    /// local-function call was guarded. A point reached more than once is guarded only if it always was.
    /// </summary>
    internal sealed class FlowRecorder
    {
        private readonly Dictionary<SyntaxNode, bool> _capturePoints = new Dictionary<SyntaxNode, bool>();
        private readonly Dictionary<IFlowAnonymousFunctionOperation, (ControlFlowGraph Graph, bool Guarded)> _lambdas =
            new Dictionary<IFlowAnonymousFunctionOperation, (ControlFlowGraph, bool)>();
        private readonly Dictionary<IMethodSymbol, bool> _localFunctionUses = new Dictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

        /// <summary>Capture points reached, by syntax, and whether every visit was guarded.</summary>
        internal IReadOnlyDictionary<SyntaxNode, bool> CapturePoints => _capturePoints;

        /// <summary>Lambdas and anonymous methods created, with their graph's parent, and whether every creation was guarded.</summary>
        internal IReadOnlyDictionary<IFlowAnonymousFunctionOperation, (ControlFlowGraph Graph, bool Guarded)> Lambdas => _lambdas;

        /// <summary>Local functions called or converted to a delegate, and whether every such use was guarded.</summary>
        internal IReadOnlyDictionary<IMethodSymbol, bool> LocalFunctionUses => _localFunctionUses;

        internal void CapturePoint(SyntaxNode syntax, bool guarded)
            => _capturePoints[syntax] = guarded && (!_capturePoints.TryGetValue(syntax, out var previous) || previous);

        internal void LambdaCreated(ControlFlowGraph graph, IFlowAnonymousFunctionOperation lambda, bool guarded)
            => _lambdas[lambda] = (graph, guarded && (!_lambdas.TryGetValue(lambda, out var previous) || previous.Guarded));

        internal void LocalFunctionUsed(IMethodSymbol localFunction, bool guarded)
        {
            var key = localFunction.OriginalDefinition;
            _localFunctionUses[key] = guarded && (!_localFunctionUses.TryGetValue(key, out var previous) || previous);
        }
    }
}
