using System.Collections.Generic;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>
/// The transfer function: how one operation of a basic block, evaluated in order (children first), changes
/// the flow state; in the final pass it also records the state at capture points, lambda creations and
/// local-function uses.
/// </summary>
internal static class FlowTransfer
{
    /// <summary>The state after <paramref name="root"/> runs in <paramref name="state"/>.</summary>
    internal static FlowState Apply(IOperation root, FlowState state, ControlFlowGraph? graph, FlowContext context, FlowRecorder? recorder)
    {
        // Post-order walk with an explicit stack: generated code can nest expressions deeper than the call stack allows.
        var stack = new Stack<(IOperation Operation, bool ChildrenDone)>();
        var children = new List<IOperation>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (operation, childrenDone) = stack.Pop();
            // nameof never evaluates its argument (the graph has the constant only; the operation tree has both).
            if (!childrenDone && operation is not (IFlowAnonymousFunctionOperation or INameOfOperation))
            {
                stack.Push((operation, true));
                children.Clear();
                foreach (var child in operation.ChildOperations)
                {
                    children.Add(child);
                }

                for (var i = children.Count - 1; i >= 0; i--)
                {
                    stack.Push((children[i], false));
                }

                continue;
            }

            state = ApplyOne(operation, state, graph, context, recorder);
        }

        return state;
    }

    private static FlowState ApplyOne(IOperation operation, FlowState state, ControlFlowGraph? graph, FlowContext context, FlowRecorder? recorder)
    {
        switch (operation)
        {
            case IFlowAnonymousFunctionOperation lambda:
                recorder?.LambdaCreated(lambda, state);
                return state;

            case IInvocationOperation invocation:
            {
                var method = invocation.TargetMethod;
                if (method.MethodKind == MethodKind.LocalFunction)
                {
                    recorder?.LocalFunctionUsed(method, state);
                }

                RecordCapturePoint(invocation, state, context, recorder);
                if (state.IsGuarded)
                {
                    return state;
                }

                var roles = context.Symbols.GetRoles(method);
                if ((roles & MemberRoles.Check) != 0)
                {
                    // An assertion that returns has succeeded, unless the call is compiled away in Release:
                    // a [Conditional] assertion itself, or one inside the arguments of a [Conditional] call.
                    return context.Symbols.GetCheckKind(method) == CheckKind.Assertion
                        && (roles & MemberRoles.Conditional) == 0
                        && !context.IsInConditionalArgument(invocation.Syntax)
                        ? FlowState.Guarded
                        : state;
                }

                // Nothing after a call that never returns runs, so every fact holds there (vacuously).
                // A [Conditional] one (Debug.Fail, Debug.Assert) may be compiled away: it proves nothing.
                if ((roles & MemberRoles.Conditional) == 0
                    && (NoReturn.NeverReturns(method) || NoReturn.ReturnProvesConsent(invocation, state, context)))
                {
                    return FlowState.Guarded;
                }

                // Blocking on an async assertion: task.Wait(), task.GetAwaiter().GetResult().
                if ((method.Name == "Wait" && invocation.Instance is { } task && ValueFactReader.Evaluate(task, state, context).Has(ValueFact.CompletionGuards))
                    || (method.Name == "GetResult" && ValueFactReader.Evaluate(invocation, state, context) == ValueFact.All))
                {
                    return FlowState.Guarded;
                }

                return state;
            }

            case IAwaitOperation awaited:
                return !state.IsGuarded && ValueFactReader.Evaluate(awaited.Operation, state, context).Has(ValueFact.CompletionGuards)
                    ? FlowState.Guarded
                    : state;

            case IPropertyReferenceOperation property:
                RecordCapturePoint(property, state, context, recorder);
                return !state.IsGuarded
                       && property.Property.Name == "Result"
                       && property.Instance is { } instance
                       && context.Symbols.IsTask(instance.Type)
                       && ValueFactReader.Evaluate(instance, state, context).Has(ValueFact.CompletionGuards)
                    ? FlowState.Guarded
                    : state;

            case IObjectCreationOperation creation:
                RecordCapturePoint(creation, state, context, recorder);
                return state;

            case IMethodReferenceOperation reference:
                if (reference.Method.MethodKind == MethodKind.LocalFunction)
                {
                    recorder?.LocalFunctionUsed(reference.Method, state);
                }

                RecordCapturePoint(reference, state, context, recorder);
                return state;

            case IFlowCaptureOperation capture:
                return state.With(FactKey.For(capture.Id), ValueFactReader.Evaluate(capture.Value, state, context));

            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                return context.UntrackedLocals.Contains(local.Local)
                    ? state.Without(FactKey.For(local.Local))
                    : state.With(FactKey.For(local.Local), ValueFactReader.Evaluate(assignment.Value, state, context));

            default:
                // Any other write to a local (compound assignment, ++, ref/out argument, deconstruction,
                // pattern designation) leaves its value unknown.
                if (state.IsGuarded
                    || operation is not (IAssignmentOperation or IDeconstructionAssignmentOperation or IIncrementOrDecrementOperation or IArgumentOperation or IPatternOperation))
                {
                    return state;
                }

                var written = new List<ILocalSymbol>(0);
                LocalWrites.Collect(operation, written);
                foreach (var local in written)
                {
                    state = state.Without(FactKey.For(local));
                }

                return state;
        }
    }

    private static void RecordCapturePoint(IOperation operation, FlowState state, FlowContext context, FlowRecorder? recorder)
    {
        if (recorder != null
            && context.CapturePoints.TryGetValue(operation.Syntax, out var point)
            && point.Operation.Kind == operation.Kind)
        {
            recorder.CapturePoint(operation.Syntax, state.IsGuarded);
        }
    }
}
