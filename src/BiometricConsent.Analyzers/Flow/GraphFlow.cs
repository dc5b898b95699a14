using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>
/// The forward must-analysis over one control-flow graph: a block's input is the meet of the states on all
/// incoming branches, iterated to a fixpoint (predecessors not yet visited count as "top", so loops start
/// optimistic and only lose facts). Exception handlers start from the state at the entry of their
/// <c>try</c>, with locals the <c>try</c> writes forgotten, because any point of the <c>try</c> may throw.
/// </summary>
internal sealed class GraphFlow
{
    // A safety net only: the lattice is finite and the transfer monotone, so the fixpoint comes far sooner.
    private const int MaxRoundsPerBlock = 64;

    private readonly ControlFlowGraph graph;
    private readonly FlowContext context;
    private readonly FlowState?[] input;
    private readonly FlowState?[] fallThroughOutput;
    private readonly FlowState?[] conditionalOutput;
    private readonly Dictionary<ControlFlowRegion, HashSet<ILocalSymbol>> writtenInRegion = new Dictionary<ControlFlowRegion, HashSet<ILocalSymbol>>();

    private GraphFlow(ControlFlowGraph graph, FlowContext context)
    {
        this.graph = graph;
        this.context = context;
        var count = graph.Blocks.Length;
        input = new FlowState?[count];
        fallThroughOutput = new FlowState?[count];
        conditionalOutput = new FlowState?[count];
    }

    /// <summary>Runs the analysis of <paramref name="graph"/> from <paramref name="entry"/> and records the final states.</summary>
    internal static void Run(ControlFlowGraph graph, FlowState entry, FlowContext context, FlowRecorder recorder)
    {
        var flow = new GraphFlow(graph, context);
        flow.Solve(entry);
        flow.Record(recorder);
    }

    private void Solve(FlowState entry)
    {
        var blocks = graph.Blocks;
        var changed = true;
        for (var round = 0; changed && round < MaxRoundsPerBlock * blocks.Length; round++)
        {
            changed = false;
            foreach (var block in blocks)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (!block.IsReachable)
                {
                    continue;
                }

                var input = block.Kind == BasicBlockKind.Entry ? entry : ComputeInput(block);
                if (input == null)
                {
                    continue;
                }

                var previous = this.input[block.Ordinal];
                if (previous != null && previous.SameAs(input))
                {
                    continue;
                }

                this.input[block.Ordinal] = input;
                Transfer(block, input, recorder: null);
                changed = true;
            }
        }
    }

    private void Record(FlowRecorder recorder)
    {
        foreach (var block in graph.Blocks)
        {
            if (block.IsReachable && this.input[block.Ordinal] is { } input)
            {
                Transfer(block, input, recorder);
            }
        }
    }

    private void Transfer(BasicBlock block, FlowState input, FlowRecorder? recorder)
    {
        var state = input;
        foreach (var operation in block.Operations)
        {
            state = FlowTransfer.Apply(operation, state, graph, context, recorder);
        }

        var branchValue = block.BranchValue;
        if (branchValue != null)
        {
            state = FlowTransfer.Apply(branchValue, state, graph, context, recorder);
        }

        if (block.ConditionKind == ControlFlowConditionKind.None || branchValue == null)
        {
            fallThroughOutput[block.Ordinal] = state;
            conditionalOutput[block.Ordinal] = state;
            return;
        }

        // A predicate outcome guards the branch taken on it; a check inside [Conditional] arguments does not.
        var fact = context.IsInConditionalArgument(branchValue.Syntax) ? ValueFact.None : ValueFactReader.Evaluate(branchValue, state, context);
        var whenTrue = fact.Has(ValueFact.WhenTrue) ? FlowState.Guarded : state;
        var whenFalse = fact.Has(ValueFact.WhenFalse) ? FlowState.Guarded : state;
        var conditionalIsTrue = block.ConditionKind == ControlFlowConditionKind.WhenTrue;
        conditionalOutput[block.Ordinal] = conditionalIsTrue ? whenTrue : whenFalse;
        fallThroughOutput[block.Ordinal] = conditionalIsTrue ? whenFalse : whenTrue;
    }

    private FlowState? ComputeInput(BasicBlock block)
    {
        FlowState? input = null;
        foreach (var branch in block.Predecessors)
        {
            var source = branch.Source.Ordinal;
            var output = branch.IsConditionalSuccessor ? conditionalOutput[source] : fallThroughOutput[source];
            if (output == null)
            {
                continue;
            }

            // A finally block that runs on the way may overwrite locals. Its end state is computed from the
            // entry of its try (the weakest of its entries), so if even that ends guarded, this path is guarded.
            foreach (var @finally in branch.FinallyRegions)
            {
                output = FinallyEndsGuarded(@finally) ? FlowState.Guarded : output.Without(WrittenIn(@finally));
            }

            input = input == null ? output : FlowState.Meet(input, output);
        }

        var handlerEntry = ExceptionalInput(block);
        if (handlerEntry != null)
        {
            input = input == null ? handlerEntry : FlowState.Meet(input, handlerEntry);
        }

        return input;
    }

    /// <summary>
    /// For the first block of a catch, filter or finally region: the state at the entry of the guarded
    /// <c>try</c> region without what the <c>try</c> writes. A check in the <c>try</c> may not have run (or may
    /// have thrown), so it does not guard code the handler reaches.
    /// </summary>
    private FlowState? ExceptionalInput(BasicBlock block)
    {
        FlowState? result = null;
        for (var region = block.EnclosingRegion; region != null && region.FirstBlockOrdinal == block.Ordinal; region = region.EnclosingRegion)
        {
            if (region.Kind is not (ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.FilterAndHandler or ControlFlowRegionKind.Finally))
            {
                continue;
            }

            var parent = region.EnclosingRegion;
            if (parent == null
                || parent.Kind is not (ControlFlowRegionKind.TryAndCatch or ControlFlowRegionKind.TryAndFinally)
                || parent.NestedRegions.IsEmpty
                || parent.NestedRegions[0] == region)
            {
                continue;
            }

            var @try = parent.NestedRegions[0];
            var tryEntry = input[@try.FirstBlockOrdinal];
            if (tryEntry == null)
            {
                continue;
            }

            var state = tryEntry.Without(WrittenIn(@try));
            result = result == null ? state : FlowState.Meet(result, state);
        }

        return result;
    }

    /// <summary>
    /// Whether every normal end of <paramref name="finally"/> is guarded (an assertion in the finally, say).
    /// An end not computed yet counts as guarded, like any unvisited predecessor: the fixpoint revisits it.
    /// </summary>
    private bool FinallyEndsGuarded(ControlFlowRegion @finally)
    {
        for (var ordinal = @finally.FirstBlockOrdinal; ordinal <= @finally.LastBlockOrdinal; ordinal++)
        {
            var block = graph.Blocks[ordinal];
            if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.StructuredExceptionHandling
                && InnermostHandler(block) == @finally
                && fallThroughOutput[ordinal] is { IsGuarded: false })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The innermost catch, filter or finally region around <paramref name="block"/>, skipping local scopes and try regions.</summary>
    private static ControlFlowRegion? InnermostHandler(BasicBlock block)
    {
        var region = block.EnclosingRegion;
        while (region != null
            && region.Kind is not (ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.FilterAndHandler or ControlFlowRegionKind.Finally))
        {
            region = region.EnclosingRegion;
        }

        return region;
    }

    private IEnumerable<FactKey> WrittenIn(ControlFlowRegion region)
    {
        if (!writtenInRegion.TryGetValue(region, out var written))
        {
            written = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            LocalWrites.CollectAll(graph, region.FirstBlockOrdinal, region.LastBlockOrdinal, written);
            writtenInRegion.Add(region, written);
        }

        foreach (var local in written)
        {
            yield return FactKey.For(local);
        }
    }
}
