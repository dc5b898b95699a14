using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.Symbols;

/// <summary>
/// Interface members that a type implements with a member it inherits from a base class:
/// <c>class Derived : Base, IFaceSource { }</c> where <c>Base.Grab</c> (which knows nothing of
/// <c>IFaceSource</c>) becomes the implementation of <c>IFaceSource.Grab</c>. The member itself cannot tell
/// (it is declared where the interface is unknown), so these pairs are found from the implementing types.
/// </summary>
internal static class InheritedImplementations
{
    /// <summary>The interface members <paramref name="member"/> (a method or property) explicitly implements.</summary>
    internal static ImmutableArray<ISymbol> ExplicitOf(ISymbol member) => member switch
    {
        IMethodSymbol method => method.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
        IPropertySymbol property => property.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
        _ => ImmutableArray<ISymbol>.Empty,
    };

    /// <summary>
    /// The (interface member, implementation) pairs of <paramref name="type"/> whose implementation is declared in
    /// a base class that does not itself implement that interface; <paramref name="interfaceMemberFilter"/>, when
    /// given, skips interface members before their implementation is looked up.
    /// </summary>
    internal static IEnumerable<(ISymbol InterfaceMember, ISymbol Implementation)> Of(INamedTypeSymbol type, Func<ISymbol, bool>? interfaceMemberFilter = null)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.BaseType == null)
        {
            yield break;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var interfaceMember in @interface.GetMembers())
            {
                if (interfaceMember.IsStatic
                    || interfaceMember is not (IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol)
                    || (interfaceMemberFilter != null && !interfaceMemberFilter(interfaceMember)))
                {
                    continue;
                }

                var implementation = type.FindImplementationForInterfaceMember(interfaceMember);
                var declaringType = implementation?.ContainingType;
                if (implementation == null
                    || declaringType == null
                    || declaringType.TypeKind == TypeKind.Interface
                    || SymbolEqualityComparer.Default.Equals(declaringType.OriginalDefinition, type.OriginalDefinition)
                    || declaringType.AllInterfaces.Contains(@interface, SymbolEqualityComparer.Default))
                {
                    continue;
                }

                yield return (interfaceMember, implementation);
            }
        }
    }

    /// <summary>
    /// For every type declared in <paramref name="assembly"/>: the roles each inherited implementation takes from the
    /// interface member it implements, by <paramref name="interfaceRoles"/>. Keys are original definitions.
    /// </summary>
    internal static ImmutableDictionary<ISymbol, MemberRoles> CollectRoles(IAssemblySymbol assembly, Func<ISymbol, MemberRoles> interfaceRoles)
    {
        var result = ImmutableDictionary.CreateBuilder<ISymbol, MemberRoles>(SymbolEqualityComparer.Default);
        var namespaces = new Stack<INamespaceOrTypeSymbol>();
        namespaces.Push(assembly.GlobalNamespace);
        while (namespaces.Count > 0)
        {
            var container = namespaces.Pop();
            foreach (var member in container.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested)
                {
                    namespaces.Push(nested);
                }

                if (member is not INamedTypeSymbol type)
                {
                    continue;
                }

                foreach (var (interfaceMember, implementation) in Of(type, member => (interfaceRoles(member) & MemberRoles.Inheritable) != 0))
                {
                    var roles = interfaceRoles(interfaceMember) & MemberRoles.Inheritable;
                    var key = implementation.OriginalDefinition;
                    result[key] = result.TryGetValue(key, out var earlier) ? earlier | roles : roles;
                }
            }
        }

        return result.ToImmutable();
    }
}
