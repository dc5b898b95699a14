using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>
/// Reads what a <c>bool</c> or task value tells about consent (docs/analyzer.md): a predicate check, <c>!</c>,
/// <c>== true/false</c>, <c>!=</c>, <c>is true/false</c>, <c>is not</c>, <c>&amp;</c>, <c>|</c>, <c>await</c> (also
/// through <c>ConfigureAwait</c>), <c>.Result</c>, <c>GetAwaiter().GetResult()</c>, and locals or captured values
/// that hold such a value. The graph lowers <c>&amp;&amp;</c>, <c>||</c> and <c>?:</c> into branches.
/// </summary>
internal static class ValueFactReader
{
    // Deeper nesting of negations and comparisons than this is not worth following (and bounds recursion).
    private const int MaxDepth = 32;

    /// <summary>The fact of the value of <paramref name="operation"/>, evaluated in <paramref name="state"/>.</summary>
    internal static ValueFact Evaluate(IOperation operation, FlowState state, FlowContext context)
        => state.IsGuarded ? ValueFact.All : Evaluate(operation, state, context, 0);

    private static ValueFact Evaluate(IOperation? operation, FlowState state, FlowContext context, int depth)
    {
        if (operation == null || depth > MaxDepth)
        {
            return ValueFact.None;
        }

        depth++;
        switch (operation)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: bool constant } }:
                // A constant is never the other value, so the implication about that value holds vacuously.
                return constant ? ValueFact.WhenFalse : ValueFact.WhenTrue;
            case IDefaultValueOperation or ILiteralOperation or IConversionOperation when IsNullBool(operation):
                // A null bool? is neither true nor false, so both implications hold vacuously: 'check?.M() == true'.
                return ValueFact.WhenTrue | ValueFact.WhenFalse;
            case ILocalReferenceOperation local:
                return state.Get(FactKey.For(local.Local));
            case IFlowCaptureReferenceOperation capture:
                return state.Get(FactKey.For(capture.Id));
            case IInvocationOperation invocation:
                return EvaluateInvocation(invocation, state, context, depth);
            case IAwaitOperation awaited:
                return Evaluate(awaited.Operation, state, context, depth).Awaited();
            case IPropertyReferenceOperation property when IsCheckProperty(property.Property, context):
                // A decision object's [ConsentCheck] bool member: reading true means the check succeeded.
                return context.IsInConditionalArgument(property.Syntax) ? ValueFact.None : ValueFact.WhenTrue;
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } nullable } when IsNullable(nullable.Type):
                // Nullable<bool>.Value throws on null, so it has the fact of the bool? itself.
                return Evaluate(nullable, state, context, depth) & (ValueFact.WhenTrue | ValueFact.WhenFalse);
            case IPropertyReferenceOperation { Property.Name: "Result", Instance: { } instance } when context.Symbols.IsTask(instance.Type):
                return Evaluate(instance, state, context, depth).Awaited();
            case IConversionOperation { OperatorMethod: null } conversion:
                return Evaluate(conversion.Operand, state, context, depth);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, OperatorMethod: null } not:
                return Evaluate(not.Operand, state, context, depth).Negate();
            case IBinaryOperation binary:
                return EvaluateBinary(binary, state, context, depth);
            case IIsPatternOperation isPattern:
                return EvaluatePattern(isPattern.Pattern, Evaluate(isPattern.Value, state, context, depth), IsNullable(isPattern.Value.Type), context, depth);
            case ISimpleAssignmentOperation assignment:
                return Evaluate(assignment.Value, state, context, depth);
            default:
                return ValueFact.None;
        }
    }

    private static ValueFact EvaluateInvocation(IInvocationOperation invocation, FlowState state, FlowContext context, int depth)
    {
        var method = invocation.TargetMethod;
        if ((context.Symbols.GetRoles(method) & MemberRoles.Check) != 0 && !context.IsInConditionalArgument(invocation.Syntax))
        {
            return context.Symbols.GetCheckKind(method) switch
            {
                CheckKind.Predicate => ValueFact.WhenTrue,
                CheckKind.AsyncPredicate => ValueFact.YieldsPredicate,
                CheckKind.AsyncAssertion => ValueFact.CompletionGuards,
                _ => ValueFact.None,
            };
        }

        // 'check?.M() ?? false' reads the bool? through GetValueOrDefault: true still means true, false may mean null.
        if (method.Name == "GetValueOrDefault" && method.Parameters.IsEmpty && invocation.Instance is { } nullable && IsNullable(nullable.Type))
        {
            return Evaluate(nullable, state, context, depth) & ValueFact.WhenTrue;
        }

        if (invocation.Instance is { } instance && context.Symbols.IsTask(instance.Type) || IsAwaiter(invocation.Instance))
        {
            switch (method.Name)
            {
                // The task, its configured form and its awaiter all stand for the same pending outcome.
                case "ConfigureAwait":
                case "GetAwaiter":
                case "AsTask":
                    return Evaluate(invocation.Instance, state, context, depth) & (ValueFact.CompletionGuards | ValueFact.YieldsPredicate);
                case "GetResult":
                    return Evaluate(invocation.Instance, state, context, depth).Awaited();
            }
        }

        return ValueFact.None;
    }

    private static bool IsAwaiter(IOperation? instance)
        => instance is IInvocationOperation { TargetMethod.Name: "GetAwaiter" or "ConfigureAwait" };

    private static ValueFact EvaluateBinary(IBinaryOperation binary, FlowState state, FlowContext context, int depth)
    {
        if (binary.OperatorMethod != null)
        {
            return ValueFact.None;
        }

        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.Equals:
            case BinaryOperatorKind.NotEquals:
            {
                IOperation other;
                bool constant;
                if (TryGetBoolConstant(binary.RightOperand, out var right))
                {
                    other = binary.LeftOperand;
                    constant = right;
                }
                else if (TryGetBoolConstant(binary.LeftOperand, out var left))
                {
                    other = binary.RightOperand;
                    constant = left;
                }
                else
                {
                    return ValueFact.None;
                }

                return Compare(Evaluate(other, state, context, depth), constant, binary.OperatorKind == BinaryOperatorKind.Equals, binary.IsLifted || IsNullable(other.Type));
            }

            case BinaryOperatorKind.And:
            case BinaryOperatorKind.ConditionalAnd:
            {
                var left = Evaluate(binary.LeftOperand, state, context, depth);
                var right = Evaluate(binary.RightOperand, state, context, depth);
                return ((left | right) & ValueFact.WhenTrue) | (left & right & ValueFact.WhenFalse);
            }

            case BinaryOperatorKind.Or:
            case BinaryOperatorKind.ConditionalOr:
            {
                var left = Evaluate(binary.LeftOperand, state, context, depth);
                var right = Evaluate(binary.RightOperand, state, context, depth);
                return (left & right & ValueFact.WhenTrue) | ((left | right) & ValueFact.WhenFalse);
            }

            default:
                return ValueFact.None;
        }
    }

    /// <summary>
    /// The fact of the test "the value is a constant" in a <c>switch</c> section's label: <c>case true:</c> on a value
    /// with fact <paramref name="value"/> of type <paramref name="valueType"/>, as the graph lowers it (<c>value == constant</c>).
    /// </summary>
    internal static ValueFact EvaluateCaseValue(ValueFact value, ITypeSymbol? valueType, IOperation caseValue)
        => TryGetBoolConstant(caseValue, out var constant)
            ? Compare(value, constant, equals: true, IsNullable(valueType) || IsNullable(caseValue.Type))
            : ValueFact.None;

    /// <summary>The fact of a <c>switch</c> section's pattern label matched against a value with fact <paramref name="value"/> (as <c>value is pattern</c>).</summary>
    internal static ValueFact EvaluateCasePattern(IPatternOperation pattern, ValueFact value, ITypeSymbol? valueType, FlowContext context)
        => EvaluatePattern(pattern, value, IsNullable(valueType), context, 1);

    /// <summary>The fact of <c>value == constant</c> (or <c>!=</c>) for a <c>bool</c> value with fact <paramref name="fact"/>.</summary>
    private static ValueFact Compare(ValueFact fact, bool constant, bool equals, bool nullable)
    {
        var result = constant ? fact : fact.Negate();
        if (!equals)
        {
            result = result.Negate();
        }

        result &= ValueFact.WhenTrue | ValueFact.WhenFalse;
        if (nullable)
        {
            // bool? == constant: only the outcome "equal" pins the value; "not equal" may mean null.
            result &= equals ? ValueFact.WhenTrue : ValueFact.WhenFalse;
        }

        return result;
    }

    private static ValueFact EvaluatePattern(IPatternOperation pattern, ValueFact value, bool nullable, FlowContext context, int depth)
    {
        if (depth > MaxDepth)
        {
            return ValueFact.None;
        }

        switch (pattern)
        {
            case IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool constant } }:
            {
                var result = (constant ? value : value.Negate()) & (ValueFact.WhenTrue | ValueFact.WhenFalse);

                // 'x is true' on a bool?: failing the pattern may mean null, which pins nothing.
                return nullable ? result & ValueFact.WhenTrue : result;
            }

            case INegatedPatternOperation negated:
                return EvaluatePattern(negated.Pattern, value, nullable, context, depth + 1).Negate();
            case IRecursivePatternOperation recursive:
                return EvaluateRecursivePattern(recursive, context, depth + 1);
            default:
                return ValueFact.None;
        }
    }

    /// <summary>
    /// A property pattern over a decision object: <c>decision is { IsGranted: true }</c>. A match means every
    /// subpattern matched, so it has the true-outcome fact of any of them. A failed match pins one subpattern only when
    /// there is nothing else that could fail: one subpattern on a value that is not null and of the pattern's type.
    /// </summary>
    private static ValueFact EvaluateRecursivePattern(IRecursivePatternOperation recursive, FlowContext context, int depth)
    {
        var whenTrue = ValueFact.None;
        var only = ValueFact.None;
        foreach (var subpattern in recursive.PropertySubpatterns)
        {
            var member = subpattern.Member is IPropertyReferenceOperation { Property: { } property } reference
                && IsCheckProperty(property, context)
                && !context.IsInConditionalArgument(reference.Syntax)
                ? ValueFact.WhenTrue
                : ValueFact.None;
            var fact = EvaluatePattern(subpattern.Pattern, member, nullable: false, context, depth);
            whenTrue |= fact & ValueFact.WhenTrue;
            only = fact;
        }

        var cannotFailOtherwise = recursive.PropertySubpatterns.Length == 1
            && recursive.DeconstructionSubpatterns.IsEmpty
            && recursive.InputType is { IsValueType: true } input
            && !IsNullable(input)
            && SymbolEqualityComparer.Default.Equals(input, recursive.MatchedType);
        return whenTrue | (cannotFailOtherwise ? only & ValueFact.WhenFalse : ValueFact.None);
    }

    /// <summary>A <c>bool</c> property marked as a consent check: the granted flag of a decision object.</summary>
    private static bool IsCheckProperty(IPropertySymbol property, FlowContext context)
        => property.Type.SpecialType == SpecialType.System_Boolean
           && (context.Symbols.GetRoles(property) & MemberRoles.Check) != 0;

    /// <summary>A <c>true</c> or <c>false</c> constant, also when converted to <c>bool?</c> (which has no constant value).</summary>
    private static bool TryGetBoolConstant(IOperation operation, out bool constant)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion && !operation.ConstantValue.HasValue)
        {
            operation = conversion.Operand;
        }

        var found = operation.ConstantValue is { HasValue: true, Value: bool };
        constant = found && (bool)operation.ConstantValue.Value!;
        return found;
    }

    private static bool IsNullBool(IOperation operation)
        => IsNullable(operation.Type)
            && (operation is IDefaultValueOperation || operation.ConstantValue is { HasValue: true, Value: null });

    private static bool IsNullable(ITypeSymbol? type)
        => type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
}
