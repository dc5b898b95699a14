using System.Collections.Generic;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Flow
{
    /// <summary>
    /// The flow analysis of one operation block with its lambdas and local functions (analyzer-contract §4).
    /// A lambda starts guarded when every creation of it is guarded (or it checks first, which its own graph shows).
    /// A local function starts guarded when it is used at least once and every call (or conversion to a delegate)
    /// in the containing member is guarded; that depends on the other functions, so it is solved by iteration
    /// from the optimistic assumption, which only ever weakens.
    /// </summary>
    internal static class MemberFlow
    {
        /// <summary>Whether each capture point reached in <paramref name="root"/> or a function nested in it is guarded.</summary>
        internal static IReadOnlyDictionary<SyntaxNode, bool> Analyze(ControlFlowGraph root, FlowContext context)
        {
            var nested = new List<NestedFunction>();
            Discover(root, nested, context);

            var localFunctionEntry = new Dictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
            foreach (var function in nested)
            {
                if (function.Lambda == null)
                {
                    localFunctionEntry[function.Symbol] = true;
                }
            }

            for (var iteration = 0; ; iteration++)
            {
                var recorder = new FlowRecorder();
                GraphFlow.Run(root, FlowState.Unguarded, context, recorder);

                // Discovery order puts every function after the graph that creates it, so creation states are final.
                foreach (var function in nested)
                {
                    bool entryGuarded;
                    if (function.Lambda != null)
                    {
                        if (!recorder.Lambdas.TryGetValue(function.Lambda, out var creation))
                        {
                            continue; // never created on a reachable path
                        }

                        entryGuarded = creation.Guarded;
                    }
                    else
                    {
                        entryGuarded = localFunctionEntry[function.Symbol];
                    }

                    entryGuarded |= AssumesConsentInside(function.Symbol);
                    GraphFlow.Run(function.Graph, entryGuarded ? FlowState.Guarded : FlowState.Unguarded, context, recorder);
                }

                var changed = false;
                foreach (var function in nested)
                {
                    if (function.Lambda == null)
                    {
                        var guarded = recorder.LocalFunctionUses.TryGetValue(function.Symbol.OriginalDefinition, out var allUsesGuarded) && allUsesGuarded;
                        if (guarded != localFunctionEntry[function.Symbol])
                        {
                            localFunctionEntry[function.Symbol] = guarded;
                            changed = true;
                        }
                    }
                }

                if (!changed || iteration > nested.Count)
                {
                    return recorder.CapturePoints;
                }
            }
        }

        /// <summary>A lambda or local function marked <c>[RequiresConsent]</c> or <c>[ConsentExempt]</c> assumes consent inside.</summary>
        private static bool AssumesConsentInside(IMethodSymbol function)
            => AttributeNames.Has(function, AttributeNames.RequiresConsent) || AttributeNames.Has(function, AttributeNames.ConsentExempt);

        /// <summary>
        /// Lists the lambdas and local functions nested in <paramref name="graph"/>, parents first, and marks as
        /// untracked the locals they write in an enclosing function and the locals that get an alias.
        /// </summary>
        private static void Discover(ControlFlowGraph graph, List<NestedFunction> nested, FlowContext context)
        {
            var stack = new Stack<IOperation>();
            foreach (var block in graph.Blocks)
            {
                foreach (var operation in block.Operations)
                {
                    stack.Push(operation);
                }

                if (block.BranchValue != null)
                {
                    stack.Push(block.BranchValue);
                }
            }

            var lambdas = new List<IFlowAnonymousFunctionOperation>();
            while (stack.Count > 0)
            {
                var operation = stack.Pop();
                LocalWrites.CollectAliased(operation, context.UntrackedLocals);
                if (operation is IFlowAnonymousFunctionOperation lambda)
                {
                    lambdas.Add(lambda);
                    continue;
                }

                foreach (var child in operation.ChildOperations)
                {
                    stack.Push(child);
                }
            }

            foreach (var lambda in lambdas)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var lambdaGraph = graph.GetAnonymousFunctionControlFlowGraph(lambda, context.CancellationToken);
                AddNested(new NestedFunction(lambda.Symbol, lambdaGraph, lambda), nested, context);
            }

            foreach (var localFunction in graph.LocalFunctions)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var localGraph = graph.GetLocalFunctionControlFlowGraph(localFunction, context.CancellationToken);
                AddNested(new NestedFunction(localFunction, localGraph, null), nested, context);
            }
        }

        private static void AddNested(NestedFunction function, List<NestedFunction> nested, FlowContext context)
        {
            nested.Add(function);
            var written = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            foreach (var block in function.Graph.Blocks)
            {
                foreach (var operation in block.Operations)
                {
                    LocalWrites.CollectAll(operation, written);
                }

                if (block.BranchValue != null)
                {
                    LocalWrites.CollectAll(block.BranchValue, written);
                }
            }

            foreach (var local in written)
            {
                if (!SymbolEqualityComparer.Default.Equals(local.ContainingSymbol, function.Symbol))
                {
                    context.UntrackedLocals.Add(local);
                }
            }

            Discover(function.Graph, nested, context);
        }

        private sealed class NestedFunction
        {
            internal NestedFunction(IMethodSymbol symbol, ControlFlowGraph graph, IFlowAnonymousFunctionOperation? lambda)
            {
                Symbol = symbol;
                Graph = graph;
                Lambda = lambda;
            }

            internal IMethodSymbol Symbol { get; }

            internal ControlFlowGraph Graph { get; }

            /// <summary>The creation of the lambda in its parent graph; <see langword="null"/> for a local function.</summary>
            internal IFlowAnonymousFunctionOperation? Lambda { get; }
        }
    }
}
