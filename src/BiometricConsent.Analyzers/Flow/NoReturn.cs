using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>
/// Calls the control-flow graph does not know end the path: <c>[DoesNotReturn]</c> methods (throw helpers,
/// <c>Environment.FailFast</c>) and <c>[DoesNotReturnIf(b)]</c> arguments (guard helpers). Users write
/// <c>if (!check()) ThrowHelper.NoConsent();</c> as the early exit it is. Recognised by name in
/// <c>System.Diagnostics.CodeAnalysis</c>, so polyfilled copies count too.
/// </summary>
internal static class NoReturn
{
    private const string Namespace = "System.Diagnostics.CodeAnalysis";

    /// <summary>Whether <paramref name="method"/> never returns normally.</summary>
    internal static bool NeverReturns(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (IsAttribute(attribute, "DoesNotReturnAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="invocation"/> returning normally means the <c>bool</c> it was passed has the value
    /// its fact guards: <c>Guard.IsTrue([DoesNotReturnIf(false)] bool)</c> over a check.
    /// </summary>
    internal static bool ReturnProvesConsent(IInvocationOperation invocation, FlowState state, FlowContext context)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { Type.SpecialType: SpecialType.System_Boolean } parameter)
            {
                continue;
            }

            foreach (var attribute in parameter.GetAttributes())
            {
                if (IsAttribute(attribute, "DoesNotReturnIfAttribute")
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is bool stopsOn)
                {
                    // Returning means the argument was not 'stopsOn': the opposite outcome must guard.
                    var fact = ValueFactReader.Evaluate(argument.Value, state, context);
                    if (fact.Has(stopsOn ? ValueFact.WhenFalse : ValueFact.WhenTrue))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsAttribute(AttributeData attribute, string name)
        => attribute.AttributeClass is { } type
           && type.Name == name
           && type.ContainingNamespace?.ToDisplayString() == Namespace;
}
