namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// One published version of a face SDK, as stub declarations that mirror its public API (same namespaces, type and
/// member names, parameter lists), and a consumer that calls every public member of its catalogued types. Each
/// call the catalog must report is preceded by <see cref="Marker"/>; every other call must stay quiet.
/// </summary>
internal sealed class SdkVersion
{
    /// <summary>Written right before a call expression that BIO1001 must report.</summary>
    internal const string Marker = "/*capture*/";

    internal SdkVersion(string sdk, string version, string checkedAgainst, string consumer, params (string Assembly, string Source)[] stubs)
    {
        Sdk = sdk;
        Version = version;
        CheckedAgainst = checkedAgainst;
        Consumer = consumer;
        Stubs = stubs;
    }

    /// <summary>The SDK's name as the catalog spells it (<c>SdkCatalogEntry.Sdk</c>).</summary>
    internal string Sdk { get; }

    /// <summary>The package version(s) the stub stands for.</summary>
    internal string Version { get; }

    /// <summary>Where the signatures were read: a git tag or commit, or a package version.</summary>
    internal string CheckedAgainst { get; }

    /// <summary>
    /// The SDK's public API as declarations, one entry per assembly of the package family (each compiled on its
    /// own, referencing the ones before it), so the analyzer sees metadata symbols as it does with the real packages.
    /// </summary>
    internal (string Assembly, string Source)[] Stubs { get; }

    /// <summary>Code that calls the SDK, captures marked with <see cref="Marker"/>.</summary>
    internal string Consumer { get; }

    /// <summary>The key the theories use: SDK and version.</summary>
    internal string Key => Sdk + " " + Version;
}
