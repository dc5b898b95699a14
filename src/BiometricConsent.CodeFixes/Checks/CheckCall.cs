using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.CodeFixes.Checks;

/// <summary>A call of a consent check with its receiver and arguments filled in.</summary>
internal sealed class CheckCall
{
    internal CheckCall(IMethodSymbol method, CheckKind kind, ISymbol? receiver, ISymbol?[] arguments, InvocationExpressionSyntax invocation)
    {
        Method = method;
        Kind = kind;
        Receiver = receiver;
        Arguments = arguments;
        Invocation = invocation;
    }

    internal IMethodSymbol Method { get; }

    internal CheckKind Kind { get; }

    /// <summary>The variable the check is called on; <see langword="null"/> for a static check or one on <c>this</c>.</summary>
    internal ISymbol? Receiver { get; }

    /// <summary>The variable passed for each parameter; <see langword="null"/> for a left-out optional one.</summary>
    internal ISymbol?[] Arguments { get; }

    internal InvocationExpressionSyntax Invocation { get; }

    /// <summary>
    /// Calls that count as one way to check: the same receiver (a variable, <c>this</c>, or the type of a static
    /// check). One consent service is one way, whatever checks it offers.
    /// </summary>
    internal string WayKey => Receiver != null
        ? Receiver.Kind + ":" + Receiver.Name
        : (Method.IsStatic ? "type:" + Method.ContainingType.ToDisplayString() : "this");

    /// <summary>The method name without an <c>Async</c> suffix: a check and its async twin share it.</summary>
    internal string CheckName => Method.Name.EndsWith("Async", System.StringComparison.Ordinal) && Method.Name.Length > 5
        ? Method.Name.Substring(0, Method.Name.Length - 5)
        : Method.Name;

    /// <summary>Whether the check's outcome must be awaited.</summary>
    internal bool IsAsync => Kind is CheckKind.AsyncPredicate or CheckKind.AsyncAssertion;
}
