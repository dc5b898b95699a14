using System.Collections.Immutable;
namespace BiometricConsent.Analyzers.SdkCatalog;

/// <summary>The built-in catalog of face SDK entry points (docs/sdk-catalog.md).</summary>
internal static partial class BuiltInSdkCatalog
{
    /// <summary>Every entry of the catalog.</summary>
    internal static ImmutableArray<SdkCatalogEntry> Entries => Data;
}
