using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.SdkCatalog;

/// <summary>The entries of the built-in catalog that resolve in one compilation.</summary>
internal sealed class SdkCatalogSymbols
{
    internal static readonly SdkCatalogSymbols Empty = new SdkCatalogSymbols(
        ImmutableHashSet<ISymbol>.Empty, ImmutableHashSet<ISymbol>.Empty, ImmutableHashSet<ISymbol>.Empty, ImmutableHashSet<ISymbol>.Empty);

    private SdkCatalogSymbols(
        ImmutableHashSet<ISymbol> captureMembers,
        ImmutableHashSet<ISymbol> captureTypes,
        ImmutableHashSet<ISymbol> checkMembers,
        ImmutableHashSet<ISymbol> checkTypes)
    {
        CaptureMembers = captureMembers;
        CaptureTypes = captureTypes;
        CheckMembers = checkMembers;
        CheckTypes = checkTypes;
    }

    /// <summary>Capture methods and properties named by an entry (all overloads).</summary>
    internal ImmutableHashSet<ISymbol> CaptureMembers { get; }

    /// <summary>Types whose public methods and properties all capture (entries without a member name).</summary>
    internal ImmutableHashSet<ISymbol> CaptureTypes { get; }

    /// <summary>Check methods named by an entry.</summary>
    internal ImmutableHashSet<ISymbol> CheckMembers { get; }

    /// <summary>Types whose public methods are all checks.</summary>
    internal ImmutableHashSet<ISymbol> CheckTypes { get; }

    /// <summary>Whether no entry resolved.</summary>
    internal bool IsEmpty => CaptureMembers.IsEmpty && CaptureTypes.IsEmpty && CheckMembers.IsEmpty && CheckTypes.IsEmpty;

    /// <summary>Resolves every catalog entry whose type the compilation references.</summary>
    internal static SdkCatalogSymbols Resolve(Compilation compilation)
    {
        var captureMembers = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        var captureTypes = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        var checkMembers = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        var checkTypes = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);

        // Entries come grouped by type, so one look-up serves every entry of a type. All copies of the type
        // count: ViewFaceCore compiles the same extension classes into each of its image-library packages
        // (and 0.3.8 also into the core package), where GetTypeByMetadataName would find an ambiguity and
        // return nothing.
        string? typeName = null;
        var types = ImmutableArray<INamedTypeSymbol>.Empty;
        foreach (var entry in BuiltInSdkCatalog.Entries)
        {
            if (!string.Equals(entry.TypeMetadataName, typeName, StringComparison.Ordinal))
            {
                typeName = entry.TypeMetadataName;
                types = compilation.GetTypesByMetadataName(typeName);
            }

            var isCheck = entry.Role == ApiRole.Check;
            foreach (var type in types)
            {
                if (entry.MemberName == null)
                {
                    (isCheck ? checkTypes : captureTypes).Add(type);
                    continue;
                }

                foreach (var member in type.GetMembers(entry.MemberName))
                {
                    if (member is IMethodSymbol || (member is IPropertySymbol && !isCheck))
                    {
                        (isCheck ? checkMembers : captureMembers).Add(member.OriginalDefinition);
                    }
                }
            }
        }

        return captureMembers.Count + captureTypes.Count + checkMembers.Count + checkTypes.Count == 0
            ? Empty
            : new SdkCatalogSymbols(captureMembers.ToImmutable(), captureTypes.ToImmutable(), checkMembers.ToImmutable(), checkTypes.ToImmutable());
    }
}
