using System.Collections.Generic;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>
/// The flow analysis of one operation block with its lambdas and local functions (docs/analyzer.md).
/// A lambda starts from the meet of the states at its creations (guarded if every creation is; it may also
/// check first, which its own graph shows). A local function starts from the meet of the states at its calls
/// and conversions to a delegate in the containing member (unguarded if there are none); that depends on the
/// other functions, so it is solved by iteration from the optimistic assumption, which only ever weakens.
/// Besides the guard, a nested function inherits what is known about locals of the enclosing functions that
/// are assigned once and never aliased: whenever it runs, they still hold the value that fact describes.
/// </summary>
internal static class MemberFlow
{
    /// <summary>Whether each capture point reached in <paramref name="root"/> or a function nested in it is guarded.</summary>
    internal static IReadOnlyDictionary<SyntaxNode, bool> Analyze(ControlFlowGraph root, FlowContext context)
    {
        var nested = new List<NestedFunction>();
        Discover(root, nested, context);
        if (nested.Count == 0)
        {
            var only = new FlowRecorder();
            GraphFlow.Run(root, FlowState.Unguarded, context, only);
            return only.CapturePoints;
        }

        var stableLocals = StableLocals(root, nested, context);
        var localFunctionEntry = new Dictionary<IMethodSymbol, FlowState>(SymbolEqualityComparer.Default);
        foreach (var function in nested)
        {
            if (function.Lambda == null)
            {
                localFunctionEntry[function.Symbol] = FlowState.Guarded;
            }
        }

        // Each round weakens at least one entry; the bound is a safety net after which all entries go pessimistic.
        var maxIterations = (4 * nested.Count) + 8;
        for (var iteration = 0; ; iteration++)
        {
            var recorder = new FlowRecorder();
            GraphFlow.Run(root, FlowState.Unguarded, context, recorder);

            // Discovery order puts every function after the graph that creates it, so creation states are final.
            foreach (var function in nested)
            {
                FlowState entry;
                if (function.Lambda != null)
                {
                    if (!recorder.Lambdas.TryGetValue(function.Lambda, out var creation))
                    {
                        continue; // never created on a reachable path
                    }

                    entry = creation;
                }
                else
                {
                    entry = localFunctionEntry[function.Symbol];
                }

                entry = AssumesConsentInside(function.Symbol) ? FlowState.Guarded : entry.Restrict(stableLocals);
                GraphFlow.Run(function.Graph, entry, context, recorder);
            }

            var changed = false;
            var giveUp = iteration >= maxIterations;
            foreach (var function in nested)
            {
                if (function.Lambda == null)
                {
                    var uses = !giveUp && recorder.LocalFunctionUses.TryGetValue(function.Symbol.OriginalDefinition, out var used)
                        ? used.Restrict(stableLocals)
                        : FlowState.Unguarded;
                    if (!uses.SameAs(localFunctionEntry[function.Symbol]))
                    {
                        localFunctionEntry[function.Symbol] = uses;
                        changed = true;
                    }
                }
            }

            if (!changed || iteration > maxIterations)
            {
                return recorder.CapturePoints;
            }
        }
    }

    /// <summary>
    /// Locals written at exactly one place in the member and its nested functions, and never aliased or written by
    /// a nested function: a nested function can only read them once assigned (definite assignment), and then
    /// they hold a value from that one write, which satisfies the fact known there whenever it runs.
    /// </summary>
    private static HashSet<ILocalSymbol> StableLocals(ControlFlowGraph root, List<NestedFunction> nested, FlowContext context)
    {
        var writes = new List<ILocalSymbol>();
        LocalWrites.CollectAll(root, 0, root.Blocks.Length - 1, writes);
        foreach (var function in nested)
        {
            LocalWrites.CollectAll(function.Graph, 0, function.Graph.Blocks.Length - 1, writes);
        }

        var seen = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var stable = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var local in writes)
        {
            if (!seen.Add(local))
            {
                stable.Remove(local);
            }
            else if (!context.UntrackedLocals.Contains(local))
            {
                stable.Add(local);
            }
        }

        return stable;
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
        LocalWrites.CollectAll(function.Graph, 0, function.Graph.Blocks.Length - 1, written);

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
