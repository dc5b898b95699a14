using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Diagnostics;

/// <summary>
/// BIO1003: a method or property overrides or implements (implicitly or explicitly) a member and the two
/// disagree about <c>[RequiresConsent]</c>, in either direction: calls through one of the two types would
/// escape the obligation. Reported on the overriding or implementing member, once per member it overrides or implements.
/// </summary>
internal static class RequiresConsentMismatchDiagnostic
{
    /// <summary>
    /// Registers the rule; with the pre-filter's <paramref name="filter"/>, a member that can carry no mark of its own
    /// (<see cref="CandidateSyntax.MayCarryMarker"/>) and shares no name with a member that has a role
    /// (<see cref="CandidateSyntax.MayShareNameWithRoledMember"/>) is skipped: neither it nor what it overrides or
    /// implements can be <c>[RequiresConsent]</c>, so they cannot disagree.
    /// </summary>
    internal static void Register(CompilationStartAnalysisContext context, CandidateSyntax? filter = null)
    {
        context.RegisterSymbolAction(
            symbolContext =>
            {
                if (filter == null
                    || filter.MayCarryMarker(symbolContext.Symbol, symbolContext.CancellationToken)
                    || filter.MayShareNameWithRoledMember(symbolContext.Symbol))
                {
                    Analyze(symbolContext);
                }
            },
            SymbolKind.Method,
            SymbolKind.Property);
        context.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
    }

    /// <summary>
    /// A type that implements an interface with a member inherited from its base class: the base member cannot be
    /// marked for an interface it does not know, so the mismatch is reported on the type, at the interface in its base list.
    /// </summary>
    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        foreach (var (interfaceMember, implementation) in InheritedImplementations.Of(type))
        {
            // A base class that already implements the interface is where the pairing (and its report) comes from.
            if (type.BaseType?.AllInterfaces.Contains(interfaceMember.ContainingType, SymbolEqualityComparer.Default) == true)
            {
                continue;
            }

            var marked = AttributeNames.Has(implementation, AttributeNames.RequiresConsent);
            if (AttributeNames.Has(interfaceMember, AttributeNames.RequiresConsent) != marked)
            {
                Report(context, InterfaceLocation(type, interfaceMember.ContainingType, context.CancellationToken), implementation, marked, interfaceMember, "implements");
            }
        }
    }

    /// <summary>Where <paramref name="type"/> names <paramref name="interface"/> in a base list, or else its name.</summary>
    private static Location? InterfaceLocation(INamedTypeSymbol type, INamedTypeSymbol @interface, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is BaseTypeDeclarationSyntax { BaseList: { } baseList })
            {
                foreach (var baseType in baseList.Types)
                {
                    var name = baseType.Type switch
                    {
                        QualifiedNameSyntax qualified => qualified.Right,
                        AliasQualifiedNameSyntax aliased => aliased.Name,
                        SimpleNameSyntax simple => simple,
                        _ => null,
                    };
                    if (name?.Identifier.ValueText == @interface.Name)
                    {
                        return baseType.GetLocation();
                    }
                }
            }
        }

        return type.Locations.IsEmpty ? null : type.Locations[0];
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var member = context.Symbol;
        if (member is IMethodSymbol { MethodKind: not (MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation) } || member.IsImplicitlyDeclared)
        {
            return;
        }

        var marked = AttributeNames.Has(member, AttributeNames.RequiresConsent);
        switch (member)
        {
            case IMethodSymbol { OverriddenMethod: { } overridden }:
                Compare(context, member, marked, overridden, "overrides");
                break;
            case IPropertySymbol { OverriddenProperty: { } overridden }:
                Compare(context, member, marked, overridden, "overrides");
                break;
        }

        var explicitImplementations = InheritedImplementations.ExplicitOf(member);
        foreach (var implemented in explicitImplementations)
        {
            Compare(context, member, marked, implemented, "implements");
        }

        var type = member.ContainingType;
        if (!explicitImplementations.IsEmpty || type == null || type.TypeKind == TypeKind.Interface || member.IsStatic)
        {
            return;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var interfaceMember in @interface.GetMembers(member.Name))
            {
                if (interfaceMember.Kind == member.Kind
                    && !interfaceMember.IsStatic
                    && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(interfaceMember), member))
                {
                    Compare(context, member, marked, interfaceMember, "implements");
                }
            }
        }
    }

    private static void Compare(SymbolAnalysisContext context, ISymbol member, bool marked, ISymbol baseMember, string relation)
    {
        if (AttributeNames.Has(baseMember, AttributeNames.RequiresConsent) != marked)
        {
            Report(context, member.Locations.IsEmpty ? null : member.Locations[0], member, marked, baseMember, relation);
        }
    }

    private static void Report(SymbolAnalysisContext context, Location? location, ISymbol member, bool marked, ISymbol baseMember, string relation)
    {
        if (location == null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.RequiresConsentMismatch,
            location,
            member.ToDisplayString(DisplayFormats.Member),
            marked ? "is marked" : "is not marked",
            relation,
            baseMember.ToDisplayString(DisplayFormats.Member),
            marked ? "is not" : "is"));
    }
}
