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
/// members and types, and — where marker attributes exist — every member of the compilation, and of each reference
/// that can see a marker type, whose <see cref="ConsentSymbols.GetRoles"/> is not empty. Roles pass only to overrides
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
    private readonly bool hasMarkers;
    private bool constructors;
    private bool indexers;
    private bool queries;
    private bool collectionAdds;
    private bool interpolationHandlers;
    private bool delegateInvocations;

    private CandidateSyntax(bool hasMarkers) => this.hasMarkers = hasMarkers;

    /// <summary>
    /// The filter of a compilation, or <see langword="null"/> when names cannot decide: a using alias names a marker
    /// attribute, so a mark may appear in a tree under a name the text check does not know.
    /// </summary>
    internal static CandidateSyntax? TryCreate(Compilation compilation, ConsentSymbols symbols, CancellationToken cancellationToken)
    {
        if (symbols.HasMarkers && AliasesAMarker(compilation, cancellationToken))
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
            filter.AddRoledMembers(compilation.Assembly.GlobalNamespace, symbols, cancellationToken);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (ConsentSymbols.MaySeeMarkers(assembly))
                {
                    filter.AddRoledMembers(assembly.GlobalNamespace, symbols, cancellationToken);
                }
            }
        }

        return filter;
    }

    /// <summary>Whether all code of <paramref name="tree"/> is analysed: its text mentions a marker attribute.</summary>
    internal bool IsWholeTree(SyntaxTree tree, CancellationToken cancellationToken)
        => hasMarkers && markedTrees.GetOrAdd(tree, t => MentionsMarker(t.GetText(cancellationToken).ToString()));

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

    private static bool MentionsMarker(string text)
    {
        foreach (var marker in MarkerTexts)
        {
            if (text.IndexOf(marker, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some <c>using X = …;</c> of the compilation names a marker attribute (then <c>[X]</c> hides it).</summary>
    private static bool AliasesAMarker(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit
                && (AliasesAMarker(unit.Usings) || AliasesAMarker(unit.Members)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AliasesAMarker(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns && (AliasesAMarker(ns.Usings) || AliasesAMarker(ns.Members)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AliasesAMarker(SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias != null && MentionsMarker(directive.ToString()))
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

    private void AddRoledMembers(INamespaceOrTypeSymbol container, ConsentSymbols symbols, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (container is INamespaceSymbol ns)
        {
            foreach (var member in ns.GetMembers())
            {
                AddRoledMembers(member, symbols, cancellationToken);
            }

            return;
        }

        var type = (INamedTypeSymbol)container;
        AddRoledMembersOf(type, symbols);
        foreach (var nested in type.GetTypeMembers())
        {
            AddRoledMembers(nested, symbols, cancellationToken);
        }
    }

    private void AddRoledMembersOf(INamedTypeSymbol type, ConsentSymbols symbols)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol or IPropertySymbol
                && (symbols.GetRoles(member) & (MemberRoles.Capture | MemberRoles.CatalogCapture | MemberRoles.Check | MemberRoles.RequiresConsent)) != 0)
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
