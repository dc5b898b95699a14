using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BiometricConsent.Analyzers.Symbols;
using BiometricConsent.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.CodeFixes.Checks;

/// <summary>
/// Finds the consent checks a guard at a position could call: <c>[ConsentCheck]</c> (or listed) methods on a
/// variable in scope, on <c>this</c>, or static ones declared in the project, in the containing types or in
/// <c>BiometricApis.txt</c>; usable when every required parameter can be filled and, for an async check, the
/// function is <c>async</c> (blocking on a task with <c>.GetAwaiter().GetResult()</c> can deadlock).
/// </summary>
internal sealed class CheckFinder
{
    private readonly SemanticModel model;
    private readonly int position;
    private readonly IMethodSymbol function;
    private readonly ConsentSymbols symbols;
    private readonly CancellationToken cancellationToken;

    internal CheckFinder(SemanticModel model, int position, IMethodSymbol function, ConsentSymbols symbols, CancellationToken cancellationToken)
    {
        this.model = model;
        this.position = position;
        this.function = function;
        this.symbols = symbols;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Every usable call: on variables in scope, on <c>this</c> or static in the containing types; only when there is
    /// none of those (usable or not), static checks declared elsewhere in the project or listed in <c>BiometricApis.txt</c>.
    /// </summary>
    internal List<CheckCall> FindAll()
    {
        var variables = ScopeVariables.Collect(model, position, function);
        var calls = new List<CheckCall>();
        var anyInScope = false;
        var seenUnqualified = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var variable in variables)
        {
            var type = ScopeVariables.TypeOf(variable);
            if (type == null)
            {
                continue;
            }

            // Calling through a maybe-null receiver would need ?. and another guard shape: such a variable blocks the
            // fallback to static checks elsewhere (it is the obvious way) but is not offered.
            var maybeNull = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
            foreach (var method in InstanceChecks(type))
            {
                anyInScope = true;
                if (!maybeNull)
                {
                    TryAdd(calls, method, variable, variables);
                }
            }
        }

        var instanceAllowed = ScopeVariables.InstanceAllowed(function);
        foreach (var symbol in model.LookupSymbols(position))
        {
            if (symbol is IMethodSymbol method && IsCheck(method) && (method.IsStatic || instanceAllowed) && seenUnqualified.Add(method.OriginalDefinition))
            {
                anyInScope = true;
                TryAdd(calls, method, receiver: null, variables);
            }
        }

        // A static check declared elsewhere is the fallback: with a consent service at hand, a helper in some other
        // class of the project should not make the choice ambiguous.
        if (!anyInScope)
        {
            foreach (var method in StaticChecksElsewhere())
            {
                if (seenUnqualified.Add(method.OriginalDefinition))
                {
                    TryAdd(calls, method, receiver: null, variables);
                }
            }
        }

        return calls;
    }

    /// <summary>
    /// The call to insert when exactly one way to check is usable (see <see cref="CheckCall.WayKey"/>). Within it a
    /// predicate is preferred to an assertion (an early exit reads better than an exception), the async variant
    /// in an async function; when two differently named checks tie, the choice is the developer's: none.
    /// </summary>
    internal CheckCall? FindSingle()
    {
        var calls = FindAll();
        if (calls.Count == 0 || calls.Select(c => c.WayKey).Distinct().Count() != 1)
        {
            return null;
        }

        var bestRank = calls.Min(Rank);
        var best = calls.Where(c => Rank(c) == bestRank).ToList();
        return best.Select(c => c.CheckName).Distinct().Count() == 1 ? best[0] : null;
    }

    private int Rank(CheckCall call)
    {
        var predicate = call.Kind is CheckKind.Predicate or CheckKind.AsyncPredicate;
        var preferredTiming = call.IsAsync == function.IsAsync;
        return (predicate ? 0 : 2) + (preferredTiming ? 0 : 1);
    }

    private void TryAdd(List<CheckCall> calls, IMethodSymbol method, ISymbol? receiver, List<ISymbol> variables)
    {
        var kind = symbols.GetCheckKind(method);
        if ((kind is CheckKind.AsyncPredicate or CheckKind.AsyncAssertion) && !function.IsAsync)
        {
            return;
        }

        var arguments = ArgumentFiller.Fill(method.Parameters, variables, receiver, model.Compilation);
        if (arguments == null)
        {
            return;
        }

        var invocation = BuildInvocation(method, receiver, arguments);
        if (BindsAsIntended(invocation, method, receiver, arguments))
        {
            calls.Add(new CheckCall(method, kind, receiver, arguments, invocation));
        }
    }

    private InvocationExpressionSyntax BuildInvocation(IMethodSymbol method, ISymbol? receiver, ISymbol?[] arguments)
    {
        ExpressionSyntax target = receiver != null
            ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Name(receiver.Name), Name(method.Name))
            : method.IsStatic
                ? SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    TypeNames.Qualified(method.ContainingType),
                    Name(method.Name))
                : Name(method.Name);

        var list = new List<ArgumentSyntax>();
        var named = false;
        for (var i = 0; i < arguments.Length; i++)
        {
            var variable = arguments[i];
            if (variable == null)
            {
                named = true; // later arguments must name their parameter once one is left out
                continue;
            }

            var argument = SyntaxFactory.Argument(Name(variable.Name));
            list.Add(named
                ? argument.WithNameColon(SyntaxFactory.NameColon(Name(method.Parameters[i].Name)).WithTrailingTrivia(SyntaxFactory.Space))
                : argument);
        }

        var separators = Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), System.Math.Max(0, list.Count - 1));
        return SyntaxFactory.InvocationExpression(target, SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(list, separators)));
    }

    /// <summary>Binds the call where it will go, so that shadowing or an unseen overload cannot make it mean something else.</summary>
    private bool BindsAsIntended(InvocationExpressionSyntax invocation, IMethodSymbol method, ISymbol? receiver, ISymbol?[] arguments)
    {
        var statement = SyntaxFactory.ExpressionStatement(invocation);
        if (!model.TryGetSpeculativeSemanticModel(position, statement, out var speculative))
        {
            return false;
        }

        var bound = (InvocationExpressionSyntax)statement.Expression;
        if (!SymbolEqualityComparer.Default.Equals(speculative.GetSymbolInfo(bound, cancellationToken).Symbol?.OriginalDefinition, method.OriginalDefinition))
        {
            return false;
        }

        if (receiver != null
            && !SymbolEqualityComparer.Default.Equals(speculative.GetSymbolInfo(((MemberAccessExpressionSyntax)bound.Expression).Expression, cancellationToken).Symbol, receiver))
        {
            return false;
        }

        var index = 0;
        foreach (var variable in arguments)
        {
            if (variable == null)
            {
                continue;
            }

            var argument = bound.ArgumentList.Arguments[index++].Expression;
            if (!SymbolEqualityComparer.Default.Equals(speculative.GetSymbolInfo(argument, cancellationToken).Symbol, variable))
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<IMethodSymbol> InstanceChecks(ITypeSymbol type)
    {
        var overridden = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var types = new List<ITypeSymbol>();
        for (var t = type; t != null; t = t.BaseType)
        {
            types.Add(t);
        }

        if (type.TypeKind is TypeKind.Interface or TypeKind.TypeParameter)
        {
            types.AddRange(type.AllInterfaces);
        }

        foreach (var t in types)
        {
            foreach (var member in t.GetMembers())
            {
                if (member is IMethodSymbol { IsStatic: false } method && IsCheck(method) && !overridden.Contains(method))
                {
                    if (method.OverriddenMethod != null)
                    {
                        overridden.Add(method.OverriddenMethod);
                    }

                    yield return method;
                }
            }
        }
    }

    private IEnumerable<IMethodSymbol> StaticChecksElsewhere()
    {
        foreach (var listed in symbols.ApiList.CheckMembers)
        {
            if (listed is IMethodSymbol { IsStatic: true } method && IsCheck(method))
            {
                yield return method;
            }
        }

        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(model.Compilation.Assembly.GlobalNamespace);
        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var container = stack.Pop();
            foreach (var member in container.GetMembers())
            {
                switch (member)
                {
                    case INamespaceOrTypeSymbol nested:
                        stack.Push(nested);
                        break;
                    case IMethodSymbol { IsStatic: true } method when IsCheck(method):
                        yield return method;
                        break;
                }
            }
        }
    }

    private bool IsCheck(IMethodSymbol method)
        => method.MethodKind == MethodKind.Ordinary
           && !method.IsGenericMethod
           && (symbols.GetRoles(method) & MemberRoles.Check) != 0
           && model.IsAccessible(position, method);

    private static IdentifierNameSyntax Name(string name)
        => SyntaxFactory.IdentifierName(SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            ? SyntaxFactory.VerbatimIdentifier(SyntaxTriviaList.Empty, "@" + name, name, SyntaxTriviaList.Empty)
            : SyntaxFactory.Identifier(name));
}
