using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>
/// The flow analysis of a method body made only of blocks, expression statements, local declarations, <c>if</c>,
/// <c>return</c> and <c>throw</c>, walked once over the operation tree without building a control-flow graph:
/// time linear in the size of the method. Roslyn's <c>ControlFlowGraph</c> builder costs time quadratic in the
/// statements of one block (docs/benchmarks.md, issue 10), which made large generated methods slow. The subset is
/// chosen so that every operation is evaluated in the order, and with the states, that <see cref="GraphFlow"/> sees
/// in the graph: anything that evaluates conditionally inside an expression (<c>&amp;&amp;</c>, <c>?:</c>,
/// <c>??</c>, <c>?.</c>, switch expressions, initializers, interpolated-string handlers), loops, jumps,
/// <c>try</c>, <c>using</c>, <c>lock</c>, lambdas, local functions and constant conditions fall back to the graph.
/// </summary>
internal sealed class StructuredFlow
{
    private readonly FlowContext context;
    private readonly FlowRecorder recorder = new FlowRecorder();
    private bool unsupported;

    private StructuredFlow(FlowContext context)
    {
        this.context = context;
    }

    /// <summary>
    /// Whether each capture point reached in <paramref name="root"/> is guarded, or <see langword="null"/> when the
    /// body is outside the subset (or nests deeper than the stack allows) and needs the control-flow graph.
    /// </summary>
    internal static IReadOnlyDictionary<SyntaxNode, bool>? TryAnalyze(IOperation root, FlowContext context)
    {
        if (root is not IMethodBodyOperation body
            || (body.BlockBody == null) == (body.ExpressionBody == null)
            || !IsInSubset(root, context))
        {
            return null;
        }

        var flow = new StructuredFlow(context);
        try
        {
            flow.Statement(body.BlockBody ?? body.ExpressionBody!, FlowState.Unguarded);
        }
        catch (InsufficientExecutionStackException)
        {
            return null;
        }

        return flow.unsupported ? null : flow.recorder.CapturePoints;
    }

    /// <summary>
    /// One linear pass: rejects expressions that evaluate conditionally or create nested functions, and marks locals
    /// that get an alias as untracked, as <see cref="MemberFlow"/> does for the graph.
    /// </summary>
    private static bool IsInSubset(IOperation root, FlowContext context)
    {
        var stack = new Stack<IOperation>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var operation = stack.Pop();
            context.CancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IAnonymousFunctionOperation or ILocalFunctionOperation
                    or IConditionalAccessOperation or ICoalesceOperation or ICoalesceAssignmentOperation
                    or ISwitchExpressionOperation or IObjectOrCollectionInitializerOperation or IWithOperation
                    or IDeconstructionAssignmentOperation or IInterpolatedStringHandlerCreationOperation
                    or IInvalidOperation:
                case IConditionalOperation { Type: not null }:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr }:
                case IThrowOperation { Parent: not (IExpressionStatementOperation or IReturnOperation) }:
                case IVariableDeclaratorOperation { Symbol.RefKind: not RefKind.None }:
                case IVariableDeclarationOperation { Initializer: not null }:
                    return false;
            }

            LocalWrites.CollectAliased(operation, context.UntrackedLocals);
            foreach (var child in operation.ChildOperations)
            {
                stack.Push(child);
            }
        }

        return true;
    }

    /// <summary>The state after <paramref name="statement"/> runs in <paramref name="state"/>; <see langword="null"/> when it does not complete normally.</summary>
    private FlowState? Statement(IOperation statement, FlowState state)
    {
        // Deeply nested blocks: give up (the graph analysis takes over) rather than overflow the stack.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        context.CancellationToken.ThrowIfCancellationRequested();
        switch (statement)
        {
            case IBlockOperation block:
            {
                var current = state;
                foreach (var inner in block.Operations)
                {
                    if (current == null || unsupported)
                    {
                        // Unreachable code: the graph has no path to it, so nothing in it is recorded.
                        break;
                    }

                    current = Statement(inner, current);
                }

                return current;
            }

            case IEmptyOperation:
                return state;

            case IExpressionStatementOperation { Operation: IThrowOperation thrown }:
                Apply(thrown, state);
                return null;

            case IExpressionStatementOperation expression:
                return Apply(expression.Operation, state);

            case IReturnOperation { Kind: OperationKind.Return } returned:
                if (returned.ReturnedValue != null)
                {
                    Apply(returned.ReturnedValue, state);
                }

                return null;

            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        if (declarator.Initializer is { Value: { } value })
                        {
                            // As the graph's assignment of the initial value: see FlowTransfer's simple assignment.
                            state = Apply(value, state);
                            var key = FactKey.For(declarator.Symbol);
                            state = context.UntrackedLocals.Contains(declarator.Symbol)
                                ? state.Without(key)
                                : state.With(key, ValueFactReader.Evaluate(value, state, context));
                        }
                    }
                }

                return state;

            case IConditionalOperation { Condition.ConstantValue.HasValue: false } conditional:
            {
                // As GraphFlow.Transfer for a conditional branch: the predicate outcome guards the branch taken on it.
                var condition = conditional.Condition;
                var afterCondition = Apply(condition, state);
                var fact = context.IsInConditionalArgument(condition.Syntax) ? ValueFact.None : ValueFactReader.Evaluate(condition, afterCondition, context);
                var whenTrue = fact.Has(ValueFact.WhenTrue) ? FlowState.Guarded : afterCondition;
                var whenFalse = fact.Has(ValueFact.WhenFalse) ? FlowState.Guarded : afterCondition;
                var thenEnd = Statement(conditional.WhenTrue, whenTrue);
                var elseEnd = conditional.WhenFalse == null ? whenFalse : Statement(conditional.WhenFalse, whenFalse);
                return thenEnd == null ? elseEnd : elseEnd == null ? thenEnd : FlowState.Meet(thenEnd, elseEnd);
            }

            default:
                unsupported = true;
                return state;
        }
    }

    private FlowState Apply(IOperation operation, FlowState state)
        => FlowTransfer.Apply(operation, state, graph: null, context, recorder);
}
