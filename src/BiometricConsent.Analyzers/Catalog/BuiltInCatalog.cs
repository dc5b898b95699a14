using System.Collections.Immutable;
namespace BiometricConsent.Analyzers.Catalog
{
    /// <summary>The built-in catalog of face SDK entry points (docs/catalog.md).</summary>
    internal static partial class BuiltInCatalog
    {
        /// <summary>Every entry of the catalog.</summary>
        internal static ImmutableArray<CatalogEntry> Entries => Data;
    }
}
