using System.Collections.Immutable;

namespace BiometricConsent.Analyzers.Catalog
{
    internal static partial class BuiltInCatalog
    {
        private static readonly ImmutableArray<CatalogEntry> Data = ImmutableArray.Create(
            new CatalogEntry("Baidu AI face", "Baidu.AI", "Baidu.Aip.Face.Face", "Detect"));
    }
}
