using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.Analyzers.Symbols;

/// <summary>
/// The syntax-level pre-filter (docs/analyzer.md#performance-design): which syntax nodes may be an operation whose
/// target has a role, decided from names alone, so that only code holding such a node is bound and turned into
/// operations. Built once per compilation from every member that has a role: the API list's and the catalog's
/// members and types, and — where marker attributes exist — the members of each reference that can see a marker type,
/// and of the compilation's types declared in a tree that mentions a marker, whose <see cref="ConsentSymbols.GetRoles"/>
/// is not empty. Each tree's text is scanned once (<see cref="TreeTextScan"/>) before any of its nodes is visited. Roles pass only to overrides
/// and interface implementations, which keep the name, so a call to a member with a role always names one of them —
/// except where the call has no name of its own (constructors, indexers, collection initializers, queries,
/// interpolated-string handlers, delegate invocations); those syntax kinds are candidates whenever such a member
/// has a role. Local functions and lambdas have no symbol to collect up front: a tree whose text mentions a marker
/// attribute is analysed whole.
/// </summary>
internal sealed class CandidateSyntax
{
    private static readonly string[] MarkerTexts = { "FaceCapture", "ConsentCheck", "RequiresConsent", "ConsentExempt" };

    // The methods a query expression calls without naming them (C# specification, "Query expression translation").
    private static readonly HashSet<string> QueryMethodNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Select", "SelectMany", "Where", "Join", "GroupJoin", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "GroupBy", "Cast",
    };

    private readonly HashSet<string> names = new HashSet<string>(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SyntaxTree, bool> markedTrees = new ConcurrentDictionary<SyntaxTree, bool>();
    private readonly ConcurrentDictionary<SyntaxTree, bool> namingTrees = new ConcurrentDictionary<SyntaxTree, bool>();
    private readonly bool hasMarkers;
    private bool constructors;
    private bool indexers;
    private bool queries;
    private bool collectionAdds;
    private bool interpolationHandlers;
    private bool delegateInvocations;
    private TreeTextScan? textScan;

    private CandidateSyntax(bool hasMarkers) => this.hasMarkers = hasMarkers;

    /// <summary>
    /// The filter of a compilation, or <see langword="null"/> when names cannot decide: a using alias names a marker
    /// attribute, so a mark may appear in a tree under a name the text check does not know.
    /// </summary>
    internal static CandidateSyntax? TryCreate(Compilation compilation, ConsentSymbols symbols, CancellationToken cancellationToken)
    {
        if (symbols.HasMarkers && AliasesAnyOf(compilation, MarkerTexts, cancellationToken))
        {
            return null;
        }

        var filter = new CandidateSyntax(symbols.HasMarkers);
        filter.AddMembers(symbols.ApiList.CaptureMembers);
        filter.AddMembers(symbols.ApiList.CheckMembers);
        filter.AddMembers(symbols.Catalog.CaptureMembers);
        filter.AddMembers(symbols.Catalog.CheckMembers);
        filter.AddTypeWide(symbols.ApiList.CaptureTypes, symbols);
        filter.AddTypeWide(symbols.Catalog.CaptureTypes, symbols);
        filter.AddTypeWide(symbols.Catalog.CheckTypes, symbols);
        if (symbols.HasMarkers)
        {
            filter.AddRoledSourceMembers(compilation.Assembly.GlobalNamespace, symbols, cancellationToken);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (ConsentSymbols.MaySeeMarkers(assembly))
                {
                    filter.AddMarkedMembers(assembly.GlobalNamespace, symbols, cancellationToken);
                }
            }
        }

        filter.textScan = new TreeTextScan(filter.names);
        return filter;
    }

    /// <summary>Whether all code of <paramref name="tree"/> is analysed: its text mentions a marker attribute.</summary>
    internal bool IsWholeTree(SyntaxTree tree, CancellationToken cancellationToken)
        => hasMarkers && markedTrees.GetOrAdd(tree, t => TreeTextScan.ContainsAny(t.GetText(cancellationToken), MarkerTexts));

    /// <summary>
    /// Whether <paramref name="symbol"/> may carry a marker attribute of its own: its type (or, for a type, the type
    /// itself) is declared in a tree that mentions one. Every part of a partial member is declared inside a part of its
    /// type, so the type's trees cover them all.
    /// </summary>
    internal bool MayCarryMarker(ISymbol symbol, CancellationToken cancellationToken)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type == null)
        {
            return true;
        }

        foreach (var location in type.Locations)
        {
            if (location.SourceTree is { } tree && IsWholeTree(tree, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="member"/> has the name of a member with a role, or (an explicit implementation) implements
    /// one that has: only then can a member it overrides or implements have a role, since overriding and implicit
    /// implementation keep the name.
    /// </summary>
    internal bool MayShareNameWithRoledMember(ISymbol member)
    {
        if (member is IPropertySymbol { IsIndexer: true } ? indexers : names.Contains(member.Name))
        {
            return true;
        }

        foreach (var implemented in InheritedImplementations.ExplicitOf(member))
        {
            if (MayShareNameWithRoledMember(implemented))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether some node of <paramref name="tree"/> may be a candidate (<see cref="IsCandidate"/>) or the tree is
    /// analysed whole. <see langword="false"/> only when no identifier of the text is a candidate name and no syntax
    /// kind without a name can be one; the text is scanned once per tree, so the code blocks of a tree without a
    /// candidate cost one lookup each.
    /// </summary>
    internal bool MayHoldCandidate(SyntaxTree tree, CancellationToken cancellationToken)
        => constructors || indexers || queries || collectionAdds || interpolationHandlers || delegateInvocations
           || IsWholeTree(tree, cancellationToken)
           || namingTrees.GetOrAdd(tree, t => textScan!.MayName(t.GetText(cancellationToken)));

    /// <summary>Whether <paramref name="node"/> may be (part of) an operation whose target has a role.</summary>
    internal bool IsCandidate(SyntaxNode node)
    {
        switch (node)
        {
            case SimpleNameSyntax name:
                return names.Contains(name.Identifier.ValueText);
            case BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax:
                return constructors;
            case ConstructorDeclarationSyntax constructor:
                // Without an initializer a constructor calls its base's parameterless one implicitly.
                return constructors && constructor.Initializer == null;
            case ElementAccessExpressionSyntax or ElementBindingExpressionSyntax:
                return indexers;
            case QueryExpressionSyntax:
                return queries;
            case InitializerExpressionSyntax initializer:
                return collectionAdds && initializer.IsKind(SyntaxKind.CollectionInitializerExpression);
            case CollectionExpressionSyntax:
                return collectionAdds || constructors;
            case InterpolatedStringExpressionSyntax:
                return interpolationHandlers || constructors;
            case InvocationExpressionSyntax:
                return delegateInvocations;
            default:
                return false;
        }
    }

    private static bool Mentions(string text, string[] names)
    {
        foreach (var name in names)
        {
            if (text.IndexOf(name, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether some <c>using X = …;</c> of the compilation mentions one of <paramref name="names"/> (then an attribute
    /// written <c>[X]</c> is one of them under another name).
    /// </summary>
    internal static bool AliasesAnyOf(Compilation compilation, string[] names, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit
                && (Aliases(unit.Usings, names) || Aliases(unit.Members, names)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Aliases(SyntaxList<MemberDeclarationSyntax> members, string[] names)
    {
        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns && (Aliases(ns.Usings, names) || Aliases(ns.Members, names)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Aliases(SyntaxList<UsingDirectiveSyntax> usings, string[] names)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias != null && Mentions(directive.ToString(), names))
            {
                return true;
            }
        }

        return false;
    }

    private void AddMembers(IEnumerable<ISymbol> members)
    {
        foreach (var member in members)
        {
            Add(member);
        }
    }

    private void AddTypeWide(IEnumerable<ISymbol> types, ConsentSymbols symbols)
    {
        foreach (var type in types)
        {
            if (type is INamedTypeSymbol named)
            {
                AddRoledMembersOf(named, symbols);
            }
        }
    }

    /// <summary>
    /// The members of the compilation's own types that have a role. A member's own marker attribute, and a type-wide
    /// one, stand in the text of a tree that declares its type, so only types declared in a tree that mentions a marker
    /// are looked at (a type declared in several trees, if one of them does); every other member can only have a role
    /// from the API list or the catalog (added from those) or inherit one, under the name of the member it inherits
    /// from, which is added where that member is. Looking at every member instead would read the attributes of the
    /// whole compilation at compilation start.
    /// </summary>
    private void AddRoledSourceMembers(INamespaceOrTypeSymbol container, ConsentSymbols symbols, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (container is INamespaceSymbol ns)
        {
            foreach (var member in ns.GetMembers())
            {
                AddRoledSourceMembers(member, symbols, cancellationToken);
            }

            return;
        }

        var type = (INamedTypeSymbol)container;
        if (MayCarryMarker(type, cancellationToken))
        {
            AddRoledMembersOf(type, symbols);
        }

        foreach (var nested in type.GetTypeMembers())
        {
            AddRoledSourceMembers(nested, symbols, cancellationToken);
        }
    }

    /// <summary>
    /// The members of a referenced assembly that carry a role from a marker attribute: their own, or their type's
    /// type-wide <c>[FaceCapture]</c>. Roles from the API list and the catalog are added from those; an inherited role
    /// keeps the name of the member it comes from, which is added where that member is declared — except a public method
    /// or property that implements an interface member under another name (Visual Basic's <c>Implements</c>), whose
    /// roles are computed in full. Reading attributes only is what keeps a large referenced library (the runtime library
    /// itself) cheap at compilation start.
    /// </summary>
    private void AddMarkedMembers(INamespaceOrTypeSymbol container, ConsentSymbols symbols, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var typeWide = container is INamedTypeSymbol type && AttributeNames.Has(type, AttributeNames.FaceCapture);
        foreach (var member in container.GetMembers())
        {
            switch (member)
            {
                case INamespaceOrTypeSymbol nested:
                    AddMarkedMembers(nested, symbols, cancellationToken);
                    break;
                case IMethodSymbol or IPropertySymbol:
                    if (HasNamedRole(ConsentSymbols.AttributeRoles(member))
                        || (typeWide && ConsentSymbols.IsTypeWideMember(member))
                        || (ImplementsUnderAnotherName(member) && HasNamedRole(symbols.GetRoles(member))))
                    {
                        Add(member);
                    }

                    break;
            }
        }
    }

    private static bool ImplementsUnderAnotherName(ISymbol member)
    {
        if (member.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        foreach (var implemented in InheritedImplementations.ExplicitOf(member))
        {
            if (implemented.Name != member.Name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNamedRole(MemberRoles roles)
        => (roles & (MemberRoles.Capture | MemberRoles.CatalogCapture | MemberRoles.Check | MemberRoles.RequiresConsent)) != 0;

    private void AddRoledMembersOf(INamedTypeSymbol type, ConsentSymbols symbols)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol or IPropertySymbol && HasNamedRole(symbols.GetRoles(member)))
            {
                Add(member);
            }
        }
    }

    private void Add(ISymbol member)
    {
        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.Constructor }:
                constructors = true;
                return;
            case IMethodSymbol { AssociatedSymbol: { } associated }:
                Add(associated);
                return;
            case IPropertySymbol { IsIndexer: true }:
                indexers = true;
                return;
            case IMethodSymbol { MethodKind: MethodKind.DelegateInvoke }:
                delegateInvocations = true;
                break;
        }

        var name = member.Name;
        names.Add(name);
        queries |= QueryMethodNames.Contains(name);
        collectionAdds |= name == "Add";
        interpolationHandlers |= name is "AppendLiteral" or "AppendFormatted";
        delegateInvocations |= name == "Invoke";
    }
}
