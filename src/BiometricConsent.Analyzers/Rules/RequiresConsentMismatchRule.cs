using System.Collections.Immutable;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Rules
{
    /// <summary>
    /// BIO1003: a method or property overrides or implements (implicitly or explicitly) a member and the two
    /// disagree about <c>[RequiresConsent]</c>, in either direction: calls through one of the two types would
    /// escape the obligation. Reported on the overriding or implementing member, once per member it overrides or implements.
    /// </summary>
    internal static class RequiresConsentMismatchRule
    {
        internal static void Register(CompilationStartAnalysisContext context)
        {
            context.RegisterSymbolAction(Analyze, SymbolKind.Method, SymbolKind.Property);
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

            var explicitImplementations = member switch
            {
                IMethodSymbol method => method.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
                IPropertySymbol property => property.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
                _ => ImmutableArray<ISymbol>.Empty,
            };
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
            if (AttributeNames.Has(baseMember, AttributeNames.RequiresConsent) == marked || member.Locations.IsEmpty)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.RequiresConsentMismatch,
                member.Locations[0],
                member.ToDisplayString(DisplayFormats.Member),
                marked ? "is marked" : "is not marked",
                relation,
                baseMember.ToDisplayString(DisplayFormats.Member),
                marked ? "is not" : "is"));
        }
    }
}
