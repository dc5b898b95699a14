using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// Finds the <c>RequiresConsentAttribute</c> a fix may apply: the one the file already sees by its simple name (no
/// new <c>using</c>, and no ambiguity where a project has both the runtime library and its own copy); else the
/// runtime library's (<c>BiometricConsent.RequiresConsentAttribute</c>); else a copy the project declares in a
/// namespace of its own (docs/analyzer.md, "Configuration"). The fix writes its namespace-qualified name, which the
/// clean-up turns into a <c>using</c> of that namespace where needed; with no such type the fix is not offered,
/// since the attribute would not compile.
/// </summary>
internal static class ConsentAttributeType
{
    internal const string RuntimeLibraryName = "BiometricConsent.RequiresConsentAttribute";

    internal static INamedTypeSymbol? Find(SemanticModel model, int position)
    {
        var compilation = model.Compilation;
        var inScope = model.LookupNamespacesAndTypes(position, name: "RequiresConsentAttribute").OfType<INamedTypeSymbol>().Where(t => t.Arity == 0).ToList();
        if (inScope.Count == 1)
        {
            return inScope[0];
        }

        var library = compilation.GetTypeByMetadataName(RuntimeLibraryName);
        if (library != null && compilation.IsSymbolAccessibleWithin(library, compilation.Assembly))
        {
            return library;
        }

        return compilation.GetSymbolsWithName("RequiresConsentAttribute", SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(t => t.Arity == 0 && compilation.IsSymbolAccessibleWithin(t, compilation.Assembly))
            .OrderBy(t => t.ToDisplayString(), StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Whether the attribute's <c>[AttributeUsage]</c> allows it on <paramref name="target"/>.</summary>
    internal static bool AllowsOn(INamedTypeSymbol attribute, AttributeTargets target)
    {
        for (var type = attribute; type != null; type = type.BaseType)
        {
            foreach (var usage in type.GetAttributes())
            {
                if (usage.AttributeClass?.ToDisplayString() == "System.AttributeUsageAttribute"
                    && usage.ConstructorArguments.Length == 1
                    && usage.ConstructorArguments[0].Value is int validOn)
                {
                    return ((AttributeTargets)validOn & target) != 0;
                }
            }
        }

        return true;
    }
}
