using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>
/// The flow analysis of a method body made of structured statements — blocks, expression statements, local
/// declarations, <c>if</c> (with <c>&amp;&amp;</c>, <c>||</c> and <c>!</c> in its condition), <c>while</c>,
/// <c>do</c>, <c>for</c>, <c>foreach</c>, <c>switch</c> (constant and pattern labels, <c>when</c>, <c>default</c>),
/// <c>break</c>, <c>continue</c>, <c>try</c>/<c>catch</c>/<c>finally</c>, <c>using</c>, <c>lock</c>, <c>return</c> and
/// <c>throw</c> — walked over the operation tree without building a control-flow
/// graph: time linear in the size of the method (loops are walked until their state is stable, a bounded number of
/// times). Roslyn's <c>ControlFlowGraph</c> builder costs time quadratic in the statements of one block
/// (docs/benchmarks.md, issue 10), which made large generated methods slow.
/// The walk computes exactly what <see cref="GraphFlow"/> computes on the graph of the same body (the tests run every
/// analyzer case both ways): operations are evaluated in the graph's order with the graph's states; a condition
/// branches as the graph lowers it; a loop's head is the meet of its entry and its back edges, iterated to a fixpoint;
/// a <c>catch</c> or <c>finally</c> starts from the state at the entry of its <c>try</c> without the locals the
/// <c>try</c> writes. Anything else — <c>&amp;&amp;</c>/<c>||</c> outside a condition, <c>?:</c>, <c>??</c>,
/// <c>?.</c>, switch expressions, a switch on a constant, initializers, interpolated-string handlers, constant
/// conditions, exception filters, <c>goto</c> (also <c>goto case</c>), <c>yield</c>, lambdas and
/// local functions — falls back to the graph.
/// </summary>
internal sealed class StructuredFlow
{
    // A loop's state only loses facts from round to round, so it settles within a few rounds; this is a safety net.
    private const int MaxLoopRounds = 32;

    private readonly FlowContext context;
    private readonly FlowRecorder recorder = new FlowRecorder();
    private readonly List<JumpTarget> targets = new List<JumpTarget>();
    private bool unsupported;

    // Statements a loop walks again count against this budget: nested loops could otherwise cost rounds to the power of
    // their depth. Past it the graph takes over.
    private long budget;

    // Only the final walk of a loop records capture points, as GraphFlow records only the fixpoint's states.
    private bool recording = true;

    private StructuredFlow(FlowContext context, long budget)
    {
        this.context = context;
        this.budget = budget;
    }

    /// <summary>
    /// Whether each capture point reached in <paramref name="root"/> is guarded, or <see langword="null"/> when the
    /// body is outside the subset (or nests deeper than the stack allows) and needs the control-flow graph.
    /// </summary>
    internal static IReadOnlyDictionary<SyntaxNode, bool>? TryAnalyze(IOperation root, FlowContext context)
    {
        if (root is not IMethodBodyOperation body
            || (body.BlockBody == null) == (body.ExpressionBody == null)
            || !IsInSubset(root, context, out var operations))
        {
            return null;
        }

        var flow = new StructuredFlow(context, (8 * (long)operations) + 4096);
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
    /// One linear pass: rejects expressions that evaluate conditionally (other than short-circuit operators the graph
    /// lowers into branches of a statement's condition) or create nested functions, and marks locals that get an alias
    /// as untracked, as <see cref="MemberFlow"/> does for the graph.
    /// </summary>
    private static bool IsInSubset(IOperation root, FlowContext context, out int operations)
    {
        operations = 0;
        var stack = new Stack<IOperation>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var operation = stack.Pop();
            operations++;
            context.CancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IAnonymousFunctionOperation or ILocalFunctionOperation
                    or IConditionalAccessOperation or ICoalesceOperation or ICoalesceAssignmentOperation
                    or ISwitchExpressionOperation or IObjectOrCollectionInitializerOperation or IWithOperation
                    or IDeconstructionAssignmentOperation or IInterpolatedStringHandlerCreationOperation
                    or IInvalidOperation:
                case IConditionalOperation { Type: not null }:
                case IThrowOperation when operation.Syntax.IsKind(SyntaxKind.ThrowExpression):
                case IVariableDeclaratorOperation { Symbol.RefKind: not RefKind.None }:
                case IVariableDeclarationOperation { Initializer: not null }:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } shortCircuit
                    when !IsInConditionOfStatement(shortCircuit):
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

    /// <summary>
    /// Whether <paramref name="operation"/> is the condition of an <c>if</c> or loop, or an operand of <c>!</c>,
    /// <c>&amp;&amp;</c> and <c>||</c> that make up one: there the graph branches on each operand in turn (see
    /// <see cref="Branch"/>) instead of computing a value.
    /// </summary>
    private static bool IsInConditionOfStatement(IOperation operation)
    {
        while (true)
        {
            if (!IsPlainBool(operation))
            {
                return false;
            }

            var parent = operation.Parent;
            switch (parent)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not when IsBranchOperator(not):
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } binary when IsBranchOperator(binary):
                    operation = parent;
                    continue;
                case IConditionalOperation { Type: null } conditional:
                    return conditional.Condition == operation;
                case IWhileLoopOperation loop:
                    return loop.Condition == operation;
                case IPatternCaseClauseOperation clause:
                    return clause.Guard == operation;
                case IForLoopOperation loop:
                    return loop.Condition == operation;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// A built-in <c>!</c>, <c>&amp;&amp;</c> or <c>||</c> on plain <c>bool</c>s: the operators the graph lowers into
    /// branches (a lifted or user-defined one is a call that computes a value).
    /// </summary>
    private static bool IsBranchOperator(IOperation operation)
        => operation switch
        {
            IUnaryOperation unary => unary.OperatorMethod == null && !unary.IsLifted && IsPlainBool(unary) && IsPlainBool(unary.Operand),
            IBinaryOperation binary => binary.OperatorMethod == null && !binary.IsLifted && IsPlainBool(binary)
                && IsPlainBool(binary.LeftOperand) && IsPlainBool(binary.RightOperand),
            _ => false,
        };

    private static bool IsPlainBool(IOperation operation) => operation.Type?.SpecialType == SpecialType.System_Boolean;

    /// <summary>The state after <paramref name="statement"/> runs in <paramref name="state"/>; <see langword="null"/> when it does not complete normally.</summary>
    private FlowState? Statement(IOperation statement, FlowState state)
    {
        // Deeply nested blocks: give up (the graph analysis takes over) rather than overflow the stack.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        context.CancellationToken.ThrowIfCancellationRequested();
        if (--budget < 0)
        {
            unsupported = true;
        }

        if (unsupported)
        {
            return state;
        }

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

            case IThrowOperation thrown:
                // A throw statement (throw expressions are left to the graph): nothing after it runs.
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
                return Declarations(group, state);

            case IUsingDeclarationOperation { IsAsynchronous: false } usingDeclaration:
                // The rest of the block is the using's try; its finally only disposes, which changes no state (see Using).
                return Declarations(usingDeclaration.DeclarationGroup, state);

            case IConditionalOperation { Condition.ConstantValue.HasValue: false } conditional:
            {
                var (whenTrue, whenFalse) = Branch(conditional.Condition, state);
                var thenEnd = whenTrue == null ? null : Statement(conditional.WhenTrue, whenTrue);
                var elseEnd = conditional.WhenFalse == null ? whenFalse : whenFalse == null ? null : Statement(conditional.WhenFalse, whenFalse);
                return MeetOrNull(thenEnd, elseEnd);
            }

            case IBranchOperation jump:
                return Jump(jump, state);

            case ILoopOperation loop:
                return Loop(loop, state);

            case ITryOperation @try:
                return Try(@try, state);

            case IUsingOperation { IsAsynchronous: false } @using:
                return Using(@using, state);

            case ISwitchOperation @switch:
                return Switch(@switch, state);

            case ILockOperation @lock:
                // The graph: the locked value, then the body as the try of a finally that only calls Monitor.Exit (if the
                // lock was taken); like a using's dispose, that finally writes no tracked local and changes no state.
                return Statement(@lock.Body, Apply(@lock.LockedValue, state));

            default:
                unsupported = true;
                return state;
        }
    }

    private FlowState Declarations(IVariableDeclarationGroupOperation group, FlowState state)
    {
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
    }

    /// <summary>
    /// The states on the true and false outcomes of <paramref name="condition"/> evaluated in <paramref name="state"/>
    /// (<see langword="null"/>: that outcome cannot happen), as the graph branches: <c>a &amp;&amp; b</c> evaluates
    /// <c>b</c> only on <c>a</c>'s true outcome, <c>a || b</c> only on its false one, <c>!a</c> swaps the outcomes, and
    /// any other condition is evaluated and its predicate outcome guards the branch taken on it (GraphFlow.Transfer).
    /// </summary>
    private (FlowState? WhenTrue, FlowState? WhenFalse) Branch(IOperation condition, FlowState state)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (condition.ConstantValue.HasValue)
        {
            // The graph drops the outcome a constant never takes, so code behind it is unreachable there.
            unsupported = true;
            return (state, state);
        }

        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not when IsBranchOperator(not):
            {
                var (whenTrue, whenFalse) = Branch(not.Operand, state);
                return (whenFalse, whenTrue);
            }

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when IsBranchOperator(both):
            {
                var (leftTrue, leftFalse) = Branch(both.LeftOperand, state);
                var (rightTrue, rightFalse) = leftTrue == null ? (null, null) : Branch(both.RightOperand, leftTrue);
                return (rightTrue, MeetOrNull(leftFalse, rightFalse));
            }

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when IsBranchOperator(either):
            {
                var (leftTrue, leftFalse) = Branch(either.LeftOperand, state);
                var (rightTrue, rightFalse) = leftFalse == null ? (null, null) : Branch(either.RightOperand, leftFalse);
                return (MeetOrNull(leftTrue, rightTrue), rightFalse);
            }

            default:
            {
                // A check inside [Conditional] arguments does not guard: it is compiled away in Release.
                var after = Apply(condition, state);
                var fact = context.IsInConditionalArgument(condition.Syntax) ? ValueFact.None : ValueFactReader.Evaluate(condition, after, context);
                return (fact.Has(ValueFact.WhenTrue) ? FlowState.Guarded : after, fact.Has(ValueFact.WhenFalse) ? FlowState.Guarded : after);
            }
        }
    }

    /// <summary><c>break</c> and <c>continue</c> carry their state to the loop they leave; <c>goto</c> falls back.</summary>
    private FlowState? Jump(IBranchOperation jump, FlowState state)
    {
        if (jump.BranchKind is not (BranchKind.Break or BranchKind.Continue) || !Deliver(jump.Target, state, targets.Count - 1))
        {
            unsupported = true;
        }

        return null;
    }

    /// <summary>
    /// Takes a jump to <paramref name="label"/> with <paramref name="state"/> outward from target
    /// <paramref name="from"/>: a loop it leaves or continues takes the state; a <c>finally</c> on the way holds it until
    /// the <c>finally</c> is walked (see <see cref="Try"/>).
    /// </summary>
    private bool Deliver(ILabelSymbol label, FlowState state, int from)
    {
        for (var i = from; i >= 0; i--)
        {
            var target = targets[i];
            if (target.IsFinally)
            {
                target.Pending.Add((label, state));
                return true;
            }

            if (SymbolEqualityComparer.Default.Equals(label, target.ExitLabel))
            {
                target.Exit = MeetOrNull(target.Exit, state);
                return true;
            }

            if (target.ContinueLabel != null && SymbolEqualityComparer.Default.Equals(label, target.ContinueLabel))
            {
                target.Continue = MeetOrNull(target.Continue, state);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A loop: its head is the meet of the state before it and the states at the ends of its body, iterated until stable
    /// (as the graph's fixpoint, which starts from the entry edge alone); then one last walk from the stable head records
    /// capture points. The state after the loop is the meet of the condition's false outcome and the <c>break</c>s.
    /// </summary>
    private FlowState? Loop(ILoopOperation loop, FlowState state)
    {
        FlowState entry;
        switch (loop)
        {
            case IWhileLoopOperation { ConditionIsUntil: false, Condition: not null, IgnoredCondition: null }:
                entry = state;
                break;
            case IForLoopOperation { ConditionLocals.IsEmpty: true } forLoop:
                entry = state;
                foreach (var before in forLoop.Before)
                {
                    entry = Statement(before, entry) ?? entry;
                }

                break;
            case IForEachLoopOperation { IsAsynchronous: false } forEach:
                entry = Apply(forEach.Collection, state);
                break;
            default:
                unsupported = true;
                return state;
        }

        var target = new JumpTarget(loop.ExitLabel, loop.ContinueLabel);
        targets.Add(target);
        var wasRecording = recording;
        recording = false;
        var head = entry;
        FlowState? exit = null;
        for (var round = 0; ; round++)
        {
            if (round == MaxLoopRounds || unsupported)
            {
                unsupported = true;
                break;
            }

            var (backEdge, conditionExit) = LoopRound(loop, head, target);
            exit = MeetOrNull(conditionExit, target.Exit);
            var next = backEdge == null ? entry : FlowState.Meet(entry, backEdge);
            if (next.SameAs(head))
            {
                break;
            }

            head = next;
        }

        recording = wasRecording;
        if (recording && !unsupported)
        {
            var (_, conditionExit) = LoopRound(loop, head, target);
            exit = MeetOrNull(conditionExit, target.Exit);
        }

        targets.RemoveAt(targets.Count - 1);
        return exit;
    }

    /// <summary>One walk of <paramref name="loop"/> from <paramref name="head"/>: the state on its back edge and on the condition's false outcome.</summary>
    private (FlowState? BackEdge, FlowState? ConditionExit) LoopRound(ILoopOperation loop, FlowState head, JumpTarget target)
    {
        target.Exit = null;
        target.Continue = null;
        switch (loop)
        {
            case IWhileLoopOperation { ConditionIsTop: true } whileLoop:
            {
                var (whenTrue, whenFalse) = Condition(whileLoop.Condition, head);
                var end = whenTrue == null ? null : Statement(whileLoop.Body, whenTrue);
                return (MeetOrNull(end, target.Continue), whenFalse);
            }

            case IWhileLoopOperation doLoop:
            {
                var end = MeetOrNull(Statement(doLoop.Body, head), target.Continue);
                return end == null ? (null, null) : Condition(doLoop.Condition, end);
            }

            case IForLoopOperation forLoop:
            {
                var (whenTrue, whenFalse) = Condition(forLoop.Condition, head);
                var end = whenTrue == null ? null : MeetOrNull(Statement(forLoop.Body, whenTrue), target.Continue);
                foreach (var step in forLoop.AtLoopBottom)
                {
                    end = end == null ? null : Statement(step, end);
                }

                return (end, whenFalse);
            }

            case IForEachLoopOperation forEach:
            {
                // The graph assigns Current to the iteration variables, a value that tells nothing about consent.
                var start = head;
                foreach (var local in forEach.Locals)
                {
                    start = start.Without(FactKey.For(local));
                }

                return (MeetOrNull(Statement(forEach.Body, start), target.Continue), head);
            }

            default:
                unsupported = true;
                return (null, null);
        }
    }

    /// <summary>A loop condition; none, or a constant <c>true</c>, never ends the loop.</summary>
    private (FlowState? WhenTrue, FlowState? WhenFalse) Condition(IOperation? condition, FlowState state)
        => condition == null || condition.ConstantValue is { HasValue: true, Value: true }
            ? (state, null)
            : Branch(condition, state);

    /// <summary>
    /// <c>try</c>/<c>catch</c>/<c>finally</c> as GraphFlow.ExceptionalInput and ComputeInput see it: a handler starts
    /// from the state at the entry of the <c>try</c> without the locals the <c>try</c> writes (a check in the
    /// <c>try</c> may not have run); a path through the <c>finally</c> is guarded if the <c>finally</c> ends guarded,
    /// and otherwise forgets the locals the <c>finally</c> writes.
    /// </summary>
    private FlowState? Try(ITryOperation @try, FlowState state)
    {
        if (@try.Body.Operations.IsEmpty || @try.ExitLabel != null || (@try.Catches.IsEmpty && @try.Finally == null))
        {
            // An empty try has no region in the graph, so its handlers are unreachable there.
            unsupported = true;
            return state;
        }

        // A break or continue out of a try with a finally runs the finally on the way: held until it is walked.
        var finallyTarget = @try.Finally == null ? null : new JumpTarget(null, null);
        if (finallyTarget != null)
        {
            targets.Add(finallyTarget);
        }

        var end = Statement(@try.Body, state);
        var handlerEntry = state.Without(Written(@try.Body));
        foreach (var @catch in @try.Catches)
        {
            if (@catch.Filter != null)
            {
                unsupported = true;
                return state;
            }

            var catchEntry = handlerEntry;
            foreach (var local in @catch.Locals)
            {
                // The graph assigns the caught exception to the local: a value that tells nothing about consent.
                catchEntry = catchEntry.Without(FactKey.For(local));
            }

            end = MeetOrNull(end, Statement(@catch.Handler, catchEntry));
        }

        if (@try.Finally == null || finallyTarget == null)
        {
            return end;
        }

        targets.RemoveAt(targets.Count - 1);
        var finallyEntry = state.Without(Written(@try.Body));
        foreach (var @catch in @try.Catches)
        {
            finallyEntry = finallyEntry.Without(Written(@catch));
        }

        var finallyEnd = Statement(@try.Finally, finallyEntry);
        if (finallyEnd == null)
        {
            // A finally that never completes: the graph's reachability after it is its own business.
            unsupported = true;
            return state;
        }

        // As GraphFlow.ComputeInput for a branch that leaves through the finally.
        var writtenInFinally = Written(@try.Finally).ToList();
        FlowState? ThroughFinally(FlowState? leaving)
            => leaving == null ? null : finallyEnd.IsGuarded ? FlowState.Guarded : leaving.Without(writtenInFinally);

        foreach (var (label, leaving) in finallyTarget.Pending)
        {
            if (!Deliver(label, ThroughFinally(leaving)!, targets.Count - 1))
            {
                unsupported = true;
            }
        }

        return ThroughFinally(end);
    }

    /// <summary>
    /// A <c>switch</c> statement as the graph lowers it: the value is evaluated once (captured); then each case label in
    /// order tests it (<c>value == constant</c>, or <c>value is pattern</c> and then the <c>when</c> clause as a
    /// condition), a match entering its section's body and a miss going on to the next label; <c>default</c> is tested
    /// last, with the state in which every label missed. Sections cannot fall through, so the state after the switch is
    /// the meet of the <c>break</c>s, the ends of sections, and the misses of a switch without <c>default</c>.
    /// <c>goto case</c> and <c>goto default</c> fall back to the graph (see <see cref="Jump"/>).
    /// </summary>
    private FlowState? Switch(ISwitchOperation @switch, FlowState state)
    {
        if (@switch.Value.ConstantValue.HasValue)
        {
            // The graph compares a constant with the case constants without pruning; not worth mirroring.
            unsupported = true;
            return state;
        }

        var afterValue = Apply(@switch.Value, state);

        // The graph captures the value: its fact, read at every label, is the one it had here (FlowTransfer, IFlowCaptureOperation).
        var valueFact = ValueFactReader.Evaluate(@switch.Value, afterValue, context);
        var valueType = @switch.Value.Type;
        var target = new JumpTarget(@switch.ExitLabel, null);
        targets.Add(target);
        var miss = afterValue;
        FlowState? exit = null;
        var hasDefault = false;
        var entries = new List<FlowState?>(@switch.Cases.Length);
        foreach (var section in @switch.Cases)
        {
            FlowState? bodyEntry = null;
            foreach (var clause in section.Clauses)
            {
                switch (clause)
                {
                    case IDefaultCaseClauseOperation:
                        // Entered after every other label missed (below); the test goes on to the next label.
                        hasDefault = true;
                        break;

                    case not null when miss == null:
                        // Every earlier label matched or left: the graph has no path to this test.
                        break;

                    case ISingleValueCaseClauseOperation single:
                    {
                        var after = Apply(single.Value, miss);
                        var fact = ClauseFact(single.Value, after, ValueFactReader.EvaluateCaseValue(valueFact, valueType, single.Value));
                        bodyEntry = MeetOrNull(bodyEntry, fact.Has(ValueFact.WhenTrue) ? FlowState.Guarded : after);
                        miss = fact.Has(ValueFact.WhenFalse) ? FlowState.Guarded : after;
                        break;
                    }

                    case IPatternCaseClauseOperation patternClause:
                    {
                        var after = Apply(patternClause.Pattern, miss);
                        var fact = ClauseFact(patternClause.Pattern, after, ValueFactReader.EvaluateCasePattern(patternClause.Pattern, valueFact, valueType, context));
                        var matched = fact.Has(ValueFact.WhenTrue) ? FlowState.Guarded : after;
                        miss = fact.Has(ValueFact.WhenFalse) ? FlowState.Guarded : after;
                        if (patternClause.Guard != null)
                        {
                            var (whenTrue, whenFalse) = Branch(patternClause.Guard, matched);
                            matched = whenTrue;
                            miss = MeetOrNull(miss, whenFalse);
                        }

                        bodyEntry = MeetOrNull(bodyEntry, matched);
                        break;
                    }

                    default:
                        unsupported = true;
                        targets.RemoveAt(targets.Count - 1);
                        return state;
                }
            }

            entries.Add(bodyEntry);
        }

        // Sections are walked once every label is tested: the default one is also entered when all of them missed.
        for (var i = 0; i < @switch.Cases.Length && !unsupported; i++)
        {
            var section = @switch.Cases[i];
            var entry = section.Clauses.Any(clause => clause is IDefaultCaseClauseOperation) ? MeetOrNull(entries[i], miss) : entries[i];
            var end = entry;
            foreach (var statement in section.Body)
            {
                if (end == null || unsupported)
                {
                    break;
                }

                end = Statement(statement, end);
            }

            exit = MeetOrNull(exit, end);
        }

        targets.RemoveAt(targets.Count - 1);
        return MeetOrNull(MeetOrNull(exit, target.Exit), hasDefault ? null : miss);
    }

    /// <summary>The fact of a case label's test, as GraphFlow.Transfer reads a branch value.</summary>
    private ValueFact ClauseFact(IOperation label, FlowState after, ValueFact fact)
        => context.IsInConditionalArgument(label.Syntax) ? ValueFact.None : after.IsGuarded ? ValueFact.All : fact;

    /// <summary>
    /// <c>using</c>: the resources, then the body as the <c>try</c> of a <c>finally</c> that disposes. The dispose call
    /// writes no local and checks nothing, so that <c>finally</c> ends guarded only when the <c>try</c> was entered
    /// guarded, and then every path out is guarded anyway: it changes no state.
    /// </summary>
    private FlowState? Using(IUsingOperation @using, FlowState state)
    {
        var afterResources = @using.Resources is IVariableDeclarationGroupOperation group
            ? Declarations(group, state)
            : Apply(@using.Resources, state);
        return Statement(@using.Body, afterResources);
    }

    /// <summary>The locals that the graph of <paramref name="operation"/> writes (LocalWrites.CollectAll over its blocks).</summary>
    private IEnumerable<FactKey> Written(IOperation operation)
    {
        var written = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        LocalWrites.CollectAll(operation, written);

        // What the graph lowers into assignments: initialized declarations, iteration variables, caught exceptions.
        var stack = new Stack<IOperation>();
        stack.Push(operation);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            switch (current)
            {
                case IVariableDeclaratorOperation { Initializer: not null } declarator:
                    written.Add(declarator.Symbol);
                    break;
                case IForEachLoopOperation forEach:
                    written.UnionWith(forEach.Locals);
                    break;
                case ICatchClauseOperation @catch:
                    written.UnionWith(@catch.Locals);
                    break;
            }

            foreach (var child in current.ChildOperations)
            {
                stack.Push(child);
            }
        }

        foreach (var local in written)
        {
            yield return FactKey.For(local);
        }
    }

    private static FlowState? MeetOrNull(FlowState? left, FlowState? right)
        => left == null ? right : right == null ? left : FlowState.Meet(left, right);

    private FlowState Apply(IOperation operation, FlowState state)
        => FlowTransfer.Apply(operation, state, graph: null, context, recording ? recorder : null);

    /// <summary>Where <c>break</c> and <c>continue</c> go: a loop, a <c>switch</c> (<c>break</c> only), or (no label) a <c>finally</c> they pass through.</summary>
    private sealed class JumpTarget
    {
        internal JumpTarget(ILabelSymbol? exitLabel, ILabelSymbol? continueLabel)
        {
            ExitLabel = exitLabel;
            ContinueLabel = continueLabel;
        }

        internal ILabelSymbol? ExitLabel { get; }

        internal ILabelSymbol? ContinueLabel { get; }

        internal bool IsFinally => ExitLabel == null;

        /// <summary>The meet of the states at the <c>break</c>s of the current round.</summary>
        internal FlowState? Exit { get; set; }

        /// <summary>The meet of the states at the <c>continue</c>s of the current round.</summary>
        internal FlowState? Continue { get; set; }

        /// <summary>For a <c>finally</c>: the jumps out of its <c>try</c>, to be taken on once it is walked.</summary>
        internal List<(ILabelSymbol Label, FlowState State)> Pending { get; } = new List<(ILabelSymbol Label, FlowState State)>();
    }
}
