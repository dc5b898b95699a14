using System.Collections.Concurrent;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.ActivityTies;

/// <summary>
/// Finds the activity a piece of code is tied to: the innermost <c>[BiometricActivity]</c> of the member, its
/// property (for an accessor), its containing types from the inside out, and the assembly (docs/analyzer.md,
/// "Capture sites tied to activities"). Lambdas and local functions are analysed as part of their containing member,
/// so they share its tie. The answers for types and the assembly are cached: every member of a type asks the same.
/// </summary>
internal sealed class ActivityTieResolver
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, ActivityTie?> typeTies =
        new ConcurrentDictionary<INamedTypeSymbol, ActivityTie?>(SymbolEqualityComparer.Default);

    private readonly ActivityTie? assemblyTie;

    internal ActivityTieResolver(Compilation compilation)
    {
        assemblyTie = TieOf(compilation.Assembly);
    }

    /// <summary>The tie that applies to code in <paramref name="member"/>, or <see langword="null"/> when none does.</summary>
    internal ActivityTie? Resolve(ISymbol member)
    {
        var own = TieOf(member);
        if (own == null && member is IMethodSymbol { AssociatedSymbol: { } associated })
        {
            own = TieOf(associated);
        }

        if (own != null)
        {
            return own;
        }

        return member.ContainingType is { } type ? ResolveType(type) : assemblyTie;
    }

    /// <summary>The ID an <c>[BiometricActivity]</c> application names, or <see langword="null"/> when it names none (no or a non-string argument).</summary>
    internal static string? IdOf(AttributeData attribute)
        => attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string id ? id : null;

    private static ActivityTie? TieOf(ISymbol symbol)
    {
        var attribute = AttributeNames.Find(symbol, AttributeNames.BiometricActivity);
        return attribute != null && IdOf(attribute) is { } id ? new ActivityTie(id, attribute) : null;
    }

    private ActivityTie? ResolveType(INamedTypeSymbol type)
        => typeTies.GetOrAdd(type, t => TieOf(t) ?? (t.ContainingType is { } outer ? ResolveType(outer) : assemblyTie));
}
