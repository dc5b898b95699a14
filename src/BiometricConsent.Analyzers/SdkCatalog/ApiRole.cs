namespace BiometricConsent.Analyzers.SdkCatalog;

/// <summary>What an API does for the analyzer.</summary>
internal enum ApiRole
{
    /// <summary>Calling it captures, detects, extracts or matches a face.</summary>
    Capture,

    /// <summary>A consent check (predicate or assertion, by return type).</summary>
    Check,
}
