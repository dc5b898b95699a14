using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.CodeFixes.Checks;

/// <summary>
/// Fills a check's parameters from variables in scope. A parameter takes the variable of the same name (ignoring
/// case and a leading <c>_</c> or <c>m_</c>) whose type fits; failing that, the only variable of a fitting type
/// that no other parameter took. Each variable is used once. An optional parameter nothing fits is left out; a
/// required one makes the check unusable, since a guessed argument would check consent for the wrong thing.
/// </summary>
internal static class ArgumentFiller
{
    /// <summary>The variable for each parameter (<see langword="null"/> for a left-out optional one), or <see langword="null"/>.</summary>
    internal static ISymbol?[]? Fill(ImmutableArray<IParameterSymbol> parameters, IReadOnlyList<ISymbol> variables, ISymbol? receiver, Compilation compilation)
    {
        var chosen = new ISymbol?[parameters.Length];
        var used = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (receiver != null)
        {
            used.Add(receiver);
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].RefKind is RefKind.Ref or RefKind.Out)
            {
                return null;
            }

            chosen[i] = Single(variables, v => !used.Contains(v) && SameName(v.Name, parameters[i].Name) && Fits(v, parameters[i], compilation));
            if (chosen[i] != null)
            {
                used.Add(chosen[i]!);
            }
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if (chosen[i] != null)
            {
                continue;
            }

            chosen[i] = Single(variables, v => !used.Contains(v) && Fits(v, parameters[i], compilation));
            if (chosen[i] != null)
            {
                used.Add(chosen[i]!);
            }
            else if (!parameters[i].IsOptional && !parameters[i].IsParams)
            {
                return null;
            }
        }

        return chosen;
    }

    private static ISymbol? Single(IReadOnlyList<ISymbol> variables, Func<ISymbol, bool> predicate)
    {
        ISymbol? found = null;
        foreach (var variable in variables)
        {
            if (predicate(variable))
            {
                if (found != null)
                {
                    return null;
                }

                found = variable;
            }
        }

        return found;
    }

    private static bool Fits(ISymbol variable, IParameterSymbol parameter, Compilation compilation)
    {
        var type = ScopeVariables.TypeOf(variable);
        if (type == null || type.TypeKind == TypeKind.Error)
        {
            return false;
        }

        // A maybe-null reference would bring a nullable warning into code that had none.
        if (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated
            && parameter.Type.NullableAnnotation == NullableAnnotation.NotAnnotated)
        {
            return false;
        }

        var conversion = compilation.ClassifyCommonConversion(type, parameter.Type);
        return conversion.Exists && conversion.IsImplicit && !conversion.IsUserDefined;
    }

    private static bool SameName(string variable, string parameter)
        => string.Equals(Normalize(variable), Normalize(parameter), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string name)
    {
        if (name.StartsWith("m_", StringComparison.Ordinal))
        {
            name = name.Substring(2);
        }

        return name.TrimStart('_');
    }
}
