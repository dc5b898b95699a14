using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using BiometricConsent.Analyzers.ApiList;
using BiometricConsent.Analyzers.SdkCatalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Symbols;

/// <summary>
/// Everything the analyzer knows about one compilation, resolved once at compilation start: the API list,
/// the built-in catalog, well-known task types, and a cache of each member's roles.
/// </summary>
internal sealed class ConsentSymbols
{
    /// <summary>The <c>.editorconfig</c> / global option that switches the built-in catalog off.</summary>
    internal const string BuiltInCatalogOption = "biometric_consent.builtin_catalog";

    private static readonly string[] MarkerAttributeNames =
    {
        AttributeNames.FaceCapture, AttributeNames.ConsentCheck, AttributeNames.RequiresConsent, AttributeNames.ConsentExempt,
    };

    private static readonly string[] RequiresConsentAttributeName = { AttributeNames.RequiresConsent };

    private readonly ConcurrentDictionary<ISymbol, MemberRoles> roles = new ConcurrentDictionary<ISymbol, MemberRoles>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, bool> catalogEnabledByTree = new ConcurrentDictionary<SyntaxTree, bool>();
    private readonly AnalyzerConfigOptionsProvider options;
    private readonly SdkCatalogSymbols catalog;
    private readonly INamedTypeSymbol? task;
    private readonly INamedTypeSymbol? taskOfT;
    private readonly INamedTypeSymbol? valueTask;
    private readonly INamedTypeSymbol? valueTaskOfT;
    private readonly Lazy<ImmutableDictionary<ISymbol, MemberRoles>> inheritedImplementationRoles;

    private ConsentSymbols(Compilation compilation, AnalyzerConfigOptionsProvider options, ApiListSet apiList, SdkCatalogSymbols catalog)
    {
        this.options = options;
        ApiList = apiList;
        this.catalog = catalog;
        task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        taskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        valueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        valueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");

        // Only interface members' roles are read while collecting, and those never consult this map: no re-entry.
        inheritedImplementationRoles = new Lazy<ImmutableDictionary<ISymbol, MemberRoles>>(
            () => InheritedImplementations.CollectRoles(compilation.Assembly, GetRoles));
    }

    /// <summary>The merged API list files.</summary>
    internal ApiListSet ApiList { get; }

    /// <summary>The entries of the built-in catalog that resolved (empty when the catalog is switched off).</summary>
    internal SdkCatalogSymbols Catalog => catalog;

    /// <summary>
    /// Whether a marker attribute type (<c>[FaceCapture]</c>, <c>[ConsentCheck]</c>, <c>[RequiresConsent]</c>,
    /// <c>[ConsentExempt]</c>) exists in the compilation or a reference, so members may carry roles from attributes.
    /// </summary>
    internal bool HasMarkers { get; private set; }

    /// <summary>
    /// Whether a <c>RequiresConsentAttribute</c> (in any namespace) exists in the compilation or a reference; without
    /// one no member can be <c>[RequiresConsent]</c>, so BIO1003 has nothing to compare.
    /// </summary>
    internal bool DeclaresRequiresConsent { get; private set; }

    /// <summary>
    /// Resolves what the analyzer needs, or returns <see langword="null"/> when the compilation cannot contain
    /// anything to report: no marker attribute type is declared in it or in a reference, no API list file is
    /// present, and no type of the built-in catalog (when enabled) is referenced.
    /// </summary>
    internal static ConsentSymbols? TryCreate(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var hasMarkers = DeclaresAnyOf(compilation, MarkerAttributeNames);
        var apiList = ApiListSet.Load(options.AdditionalFiles, compilation, cancellationToken);
        var catalogEnabled = !IsSwitchedOff(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var catalog = catalogEnabled ? SdkCatalogSymbols.Resolve(compilation) : SdkCatalogSymbols.Empty;
        if (!hasMarkers && !apiList.HasFiles && catalog.IsEmpty)
        {
            return null;
        }

        return new ConsentSymbols(compilation, options.AnalyzerConfigOptionsProvider, apiList, catalog)
        {
            HasMarkers = hasMarkers,
            DeclaresRequiresConsent = hasMarkers && DeclaresAnyOf(compilation, RequiresConsentAttributeName),
        };
    }

    /// <summary>The roles of a method, property or constructor, own and inherited.</summary>
    internal MemberRoles GetRoles(ISymbol symbol)
    {
        var normalized = Normalize(symbol);
        return normalized is IMethodSymbol or IPropertySymbol
            ? roles.GetOrAdd(normalized, ComputeRoles)
            : MemberRoles.None;
    }

    /// <summary>Whether the built-in catalog applies to code in <paramref name="tree"/> (<c>.editorconfig</c> may switch it off).</summary>
    internal bool IsCatalogEnabled(SyntaxTree tree)
        => catalogEnabledByTree.GetOrAdd(tree, t => !IsSwitchedOff(options.GetOptions(t)));

    /// <summary>How a check method reports its outcome, by its return type.</summary>
    internal CheckKind GetCheckKind(IMethodSymbol method)
    {
        var returnType = method.ReturnType;
        if (returnType.SpecialType == SpecialType.System_Boolean)
        {
            return CheckKind.Predicate;
        }

        if (returnType is INamedTypeSymbol named)
        {
            var definition = named.OriginalDefinition;
            if (IsGenericTask(definition))
            {
                return named.TypeArguments[0].SpecialType == SpecialType.System_Boolean ? CheckKind.AsyncPredicate : CheckKind.AsyncAssertion;
            }

            if (SymbolEqualityComparer.Default.Equals(definition, task) || SymbolEqualityComparer.Default.Equals(definition, valueTask))
            {
                return CheckKind.AsyncAssertion;
            }
        }

        return CheckKind.Assertion;
    }

    /// <summary>Whether <paramref name="type"/> is <c>Task</c>, <c>Task&lt;T&gt;</c>, <c>ValueTask</c> or <c>ValueTask&lt;T&gt;</c>.</summary>
    internal bool IsTask(ITypeSymbol? type)
    {
        var definition = type?.OriginalDefinition;
        return definition != null
            && (IsGenericTask(definition)
                || SymbolEqualityComparer.Default.Equals(definition, task)
                || SymbolEqualityComparer.Default.Equals(definition, valueTask));
    }

    /// <summary>
    /// Whether code in <paramref name="member"/> runs with consent assumed: the member is <c>[RequiresConsent]</c>
    /// (the callers check instead) or rests on a <c>[ConsentExempt]</c> of its own or of a containing type.
    /// Instance field and property initializers run inside every constructor that does not chain to
    /// <c>this(...)</c>, so they assume consent when all of those constructors do.
    /// </summary>
    internal static bool AssumesConsent(ISymbol member, CancellationToken cancellationToken)
    {
        if (IsExempt(member))
        {
            return true;
        }

        switch (member)
        {
            case IMethodSymbol method:
                return AttributeNames.Has(method, AttributeNames.RequiresConsent)
                    || (method.AssociatedSymbol is IPropertySymbol property && AttributeNames.Has(property, AttributeNames.RequiresConsent));
            case IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false }:
                return member.ContainingType is { } type && InitializingConstructorsAssumeConsent(type, cancellationToken);
            default:
                return false;
        }
    }

    /// <summary>Whether <paramref name="member"/>, its property, or a containing type carries <c>[ConsentExempt]</c>.</summary>
    internal static bool IsExempt(ISymbol member)
    {
        if (AttributeNames.Has(member, AttributeNames.ConsentExempt)
            || (member is IMethodSymbol { AssociatedSymbol: { } associated } && AttributeNames.Has(associated, AttributeNames.ConsentExempt)))
        {
            return true;
        }

        for (var type = member.ContainingType; type != null; type = type.ContainingType)
        {
            if (AttributeNames.Has(type, AttributeNames.ConsentExempt))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InitializingConstructorsAssumeConsent(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var any = false;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (ChainsToThis(constructor, cancellationToken))
            {
                continue;
            }

            if (!AttributeNames.Has(constructor, AttributeNames.RequiresConsent) && !AttributeNames.Has(constructor, AttributeNames.ConsentExempt))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool ChainsToThis(IMethodSymbol constructor, CancellationToken cancellationToken)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ConstructorDeclarationSyntax { Initializer: { } initializer }
                && initializer.IsKind(SyntaxKind.ThisConstructorInitializer))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The roles <paramref name="symbol"/>'s own attributes give it: <c>[FaceCapture]</c>, <c>[ConsentCheck]</c> (on a
    /// method or property), <c>[RequiresConsent]</c>, <c>[Conditional]</c> — not its type's, not inherited ones.
    /// </summary>
    internal static MemberRoles AttributeRoles(ISymbol symbol)
    {
        var roles = MemberRoles.None;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (AttributeNames.Is(attribute, AttributeNames.FaceCapture))
            {
                roles |= MemberRoles.Capture;
            }
            else if (AttributeNames.Is(attribute, AttributeNames.ConsentCheck) && symbol is IMethodSymbol or IPropertySymbol)
            {
                // On a property (a decision object's IsGranted), reading it is a predicate check (docs/analyzer.md).
                roles |= MemberRoles.Check;
            }
            else if (AttributeNames.Is(attribute, AttributeNames.RequiresConsent))
            {
                roles |= MemberRoles.RequiresConsent;
            }
            else if (attribute.AttributeClass is { Name: "ConditionalAttribute" } conditional
                && conditional.ContainingNamespace?.ToDisplayString() == "System.Diagnostics")
            {
                roles |= MemberRoles.Conditional;
            }
        }

        return roles;
    }

    private MemberRoles ComputeRoles(ISymbol symbol)
    {
        var roles = AttributeRoles(symbol);

        var type = symbol.ContainingType;
        if (type != null)
        {
            if (IsTypeWideMember(symbol))
            {
                if (AttributeNames.Has(type, AttributeNames.FaceCapture) || ApiList.CaptureTypes.Contains(type))
                {
                    roles |= MemberRoles.Capture;
                }

                if (catalog.CaptureTypes.Contains(type))
                {
                    roles |= MemberRoles.CatalogCapture;
                }

                if (catalog.CheckTypes.Contains(type) && symbol is IMethodSymbol)
                {
                    roles |= MemberRoles.Check;
                }
            }

            if (ApiList.CaptureMembers.Contains(symbol))
            {
                roles |= MemberRoles.Capture;
            }

            if (ApiList.CheckMembers.Contains(symbol) || catalog.CheckMembers.Contains(symbol))
            {
                roles |= MemberRoles.Check;
            }

            if (catalog.CaptureMembers.Contains(symbol))
            {
                roles |= MemberRoles.CatalogCapture;
            }
        }

        return roles | InheritedRoles(symbol);
    }

    private MemberRoles InheritedRoles(ISymbol symbol)
    {
        var roles = MemberRoles.None;
        switch (symbol)
        {
            case IMethodSymbol method:
                if (method.OverriddenMethod != null)
                {
                    roles |= GetRoles(method.OverriddenMethod);
                }

                foreach (var implemented in method.ExplicitInterfaceImplementations)
                {
                    roles |= GetRoles(implemented);
                }

                break;
            case IPropertySymbol property:
                if (property.OverriddenProperty != null)
                {
                    roles |= GetRoles(property.OverriddenProperty);
                }

                foreach (var implemented in property.ExplicitInterfaceImplementations)
                {
                    roles |= GetRoles(implemented);
                }

                break;
        }

        // Implicit interface implementations: a public instance member of a class or struct that some interface
        // member of the type maps to.
        var type = symbol.ContainingType;
        if (type != null && type.TypeKind != TypeKind.Interface && !symbol.IsStatic && symbol.DeclaredAccessibility == Accessibility.Public)
        {
            // ... or of a class of this compilation derived from it, which implements an interface with it.
            if (inheritedImplementationRoles.Value.TryGetValue(symbol, out var borrowed))
            {
                roles |= borrowed;
            }

            foreach (var @interface in type.AllInterfaces)
            {
                foreach (var interfaceMember in @interface.GetMembers(symbol.Name))
                {
                    if (interfaceMember.Kind == symbol.Kind
                        && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(interfaceMember)?.OriginalDefinition, symbol))
                    {
                        roles |= GetRoles(interfaceMember);
                    }
                }
            }
        }

        return roles & MemberRoles.Inheritable;
    }

    /// <summary>
    /// Whether a type-wide mark (<c>[FaceCapture]</c> on a type, <c>capture T:</c>, a catalog entry without a member
    /// name) covers <paramref name="member"/>: public methods and properties, not constructors, operators or
    /// accessors. Disposal and overrides of <see cref="object"/> members never capture a face, so they are left out.
    /// </summary>
    internal static bool IsTypeWideMember(ISymbol member)
    {
        if (member.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        switch (member)
        {
            case IPropertySymbol:
                return true;
            case IMethodSymbol method when method.MethodKind == MethodKind.Ordinary:
                if ((method.Name == "Dispose" || method.Name == "DisposeAsync") && method.Parameters.IsEmpty)
                {
                    return false;
                }

                var root = method;
                while (root.OverriddenMethod != null)
                {
                    root = root.OverriddenMethod;
                }

                return root.ContainingType?.SpecialType != SpecialType.System_Object;
            default:
                return false;
        }
    }

    private bool IsGenericTask(ITypeSymbol definition)
        => SymbolEqualityComparer.Default.Equals(definition, taskOfT) || SymbolEqualityComparer.Default.Equals(definition, valueTaskOfT);

    /// <summary>The symbol roles are kept for: an extension method as declared, a generic member as defined.</summary>
    internal static ISymbol Normalize(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { ReducedFrom: { } reducedFrom })
        {
            symbol = reducedFrom;
        }

        return symbol.OriginalDefinition;
    }

    private static bool IsSwitchedOff(AnalyzerConfigOptions options)
        => options.TryGetValue(BuiltInCatalogOption, out var value)
           && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the compilation or one of its references declares a type named one of <paramref name="names"/>.</summary>
    internal static bool DeclaresAnyOf(Compilation compilation, string[] names)
    {
        if (DeclaresAnyOf(compilation.Assembly, names))
        {
            return true;
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (DeclaresAnyOf(assembly, names))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="assembly"/> declares a marker attribute type or references an assembly that does.</summary>
    internal static bool MaySeeMarkers(IAssemblySymbol assembly)
    {
        if (DeclaresAnyOf(assembly, MarkerAttributeNames))
        {
            return true;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblySymbols)
            {
                if (DeclaresAnyOf(referenced, MarkerAttributeNames))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool DeclaresAnyOf(IAssemblySymbol assembly, string[] names)
    {
        var typeNames = assembly.TypeNames;
        foreach (var name in names)
        {
            if (typeNames.Contains(name))
            {
                return true;
            }
        }

        return false;
    }
}
