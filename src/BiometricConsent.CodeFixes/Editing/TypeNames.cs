using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>Type names written namespace-qualified, for the clean-up to import and shorten.</summary>
internal static class TypeNames
{
    private static readonly SymbolDisplayFormat QualifiedFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted);

    /// <summary>
    /// <paramref name="type"/> as <c>Namespace.Type</c>, annotated so that <see cref="DocumentCleanup"/> adds
    /// <c>using Namespace;</c> and shortens the name. The import adder only acts on namespace-qualified names,
    /// not on <c>global::</c> ones.
    /// </summary>
    internal static TypeSyntax Qualified(ITypeSymbol type) => Qualified(type.ToDisplayString(QualifiedFormat));

    /// <summary>An attribute's name as written in an attribute list, without the <c>Attribute</c> suffix.</summary>
    internal static NameSyntax AttributeName(INamedTypeSymbol attribute)
    {
        var name = attribute.ToDisplayString(QualifiedFormat);
        if (name.EndsWith("Attribute", System.StringComparison.Ordinal) && attribute.Name.Length > "Attribute".Length)
        {
            name = name.Substring(0, name.Length - "Attribute".Length);
        }

        return SyntaxFactory.ParseName(name).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }

    /// <summary>A namespace-qualified name given as text, annotated like <see cref="Qualified(ITypeSymbol)"/>.</summary>
    internal static TypeSyntax Qualified(string name)
        => SyntaxFactory.ParseTypeName(name).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
}
