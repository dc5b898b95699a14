using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.Symbols;

/// <summary>
/// The marker attributes, recognised by class name in any namespace (docs/analyzer.md, "Configuration"), so that a
/// project may declare internal copies instead of referencing the runtime library.
/// </summary>
internal static class AttributeNames
{
    internal const string FaceCapture = "FaceCaptureAttribute";
    internal const string ConsentCheck = "ConsentCheckAttribute";
    internal const string RequiresConsent = "RequiresConsentAttribute";
    internal const string ConsentExempt = "ConsentExemptAttribute";
    internal const string BiometricActivity = "BiometricActivityAttribute";

    /// <summary>The named argument (or constructor parameter) that carries an exemption's justification.</summary>
    internal const string Justification = "Justification";

    /// <summary>Whether <paramref name="attribute"/> is an application of the attribute class named <paramref name="name"/>.</summary>
    internal static bool Is(AttributeData attribute, string name)
        => attribute.AttributeClass is { } type
           && type.TypeKind != TypeKind.Error
           && type.Arity == 0
           && type.Name == name;

    /// <summary>Whether <paramref name="symbol"/> itself carries the attribute named <paramref name="name"/> (not inherited).</summary>
    internal static bool Has(ISymbol symbol, string name) => Find(symbol, name) != null;

    /// <summary>The first application of the attribute named <paramref name="name"/> on <paramref name="symbol"/>, if any.</summary>
    internal static AttributeData? Find(ISymbol symbol, string name)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (Is(attribute, name))
            {
                return attribute;
            }
        }

        return null;
    }
}
