using System.Collections.Immutable;

namespace BiometricConsent.Analyzers.Catalog
{
    internal static partial class BuiltInCatalog
    {
        internal static ImmutableArray<CatalogEntry> Entries => Data;
    }
}
