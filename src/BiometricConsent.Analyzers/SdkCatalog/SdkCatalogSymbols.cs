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
        foreach (var entry in BuiltInSdkCatalog.Entries)
        {
            var type = compilation.GetTypeByMetadataName(entry.TypeMetadataName);
            if (type == null)
            {
                continue;
            }

            var isCheck = entry.Role == ApiRole.Check;
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

        return captureMembers.Count + captureTypes.Count + checkMembers.Count + checkTypes.Count == 0
            ? Empty
            : new SdkCatalogSymbols(captureMembers.ToImmutable(), captureTypes.ToImmutable(), checkMembers.ToImmutable(), checkTypes.ToImmutable());
    }
}
