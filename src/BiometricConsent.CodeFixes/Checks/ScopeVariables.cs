using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.CodeFixes.Checks;

/// <summary>
/// The variables a guard at a position may read: locals declared before it, parameters, and fields and readable
/// properties of the containing types, minus what a <c>static</c> member, lambda or local function cannot see.
/// </summary>
internal static class ScopeVariables
{
    internal static List<ISymbol> Collect(SemanticModel model, int position, IMethodSymbol function)
    {
        // Locals and parameters of the enclosing functions, up to the first static one, which sees none of its parents'.
        var reachable = new List<ISymbol>();
        ISymbol? current = function;
        while (current is IMethodSymbol method)
        {
            reachable.Add(method);
            if (method.IsStatic || method.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction))
            {
                break;
            }

            current = method.ContainingSymbol;
        }

        var instanceAllowed = InstanceAllowed(function);

        var ownProperty = (OutermostMember(function) as IMethodSymbol)?.AssociatedSymbol;
        var variables = new List<ISymbol>();
        foreach (var symbol in model.LookupSymbols(position))
        {
            var usable = symbol switch
            {
                ILocalSymbol local => IsReachable(local.ContainingSymbol, reachable) && IsDeclaredBefore(local, position),
                IParameterSymbol parameter => parameter.RefKind != RefKind.Out && IsReachable(parameter.ContainingSymbol, reachable),
                IFieldSymbol field => !field.IsImplicitlyDeclared && (field.IsStatic || instanceAllowed),
                IPropertySymbol property => !property.IsIndexer && property.GetMethod != null
                    && (property.IsStatic || instanceAllowed)
                    && !SymbolEqualityComparer.Default.Equals(property, ownProperty)
                    && model.IsAccessible(position, property.GetMethod),
                _ => false,
            };
            if (usable)
            {
                variables.Add(symbol);
            }
        }

        return variables;
    }

    /// <summary>Whether instance members may be used: no enclosing function up to the member is <c>static</c>.</summary>
    internal static bool InstanceAllowed(IMethodSymbol function)
    {
        ISymbol? current = function;
        while (current is IMethodSymbol method)
        {
            if (method.IsStatic)
            {
                return false;
            }

            if (method.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction))
            {
                return true;
            }

            current = method.ContainingSymbol;
        }

        return true;
    }

    /// <summary>The type of a variable from <see cref="Collect"/>.</summary>
    internal static ITypeSymbol? TypeOf(ISymbol variable) => variable switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static ISymbol OutermostMember(IMethodSymbol function)
    {
        ISymbol current = function;
        while (current is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } && current.ContainingSymbol != null)
        {
            current = current.ContainingSymbol;
        }

        return current;
    }

    private static bool IsReachable(ISymbol owner, List<ISymbol> reachable)
    {
        foreach (var function in reachable)
        {
            if (SymbolEqualityComparer.Default.Equals(owner, function))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeclaredBefore(ILocalSymbol local, int position)
    {
        foreach (var location in local.Locations)
        {
            if (location.IsInSource && location.SourceSpan.End <= position)
            {
                return true;
            }
        }

        return false;
    }
}
