namespace BiometricConsent.Analyzers.SdkCatalog;


/// <summary>
/// One entry of the built-in catalog of face SDKs: a type, and either one member name (every overload)
/// or, when <see cref="MemberName"/> is <see langword="null"/>, every public method and property of the type.
/// </summary>
internal sealed class SdkCatalogEntry
{
    internal SdkCatalogEntry(string sdk, string packageId, string typeMetadataName, string? memberName, ApiRole role = ApiRole.Capture)
    {
        Sdk = sdk;
        PackageId = packageId;
        TypeMetadataName = typeMetadataName;
        MemberName = memberName;
        Role = role;
    }

    /// <summary>Human name of the SDK, e.g. "Baidu AI face".</summary>
    internal string Sdk { get; }

    /// <summary>The NuGet package that ships the type.</summary>
    internal string PackageId { get; }

    /// <summary>Metadata name of the containing type, as <c>Compilation.GetTypeByMetadataName</c> takes it.</summary>
    internal string TypeMetadataName { get; }

    /// <summary>Member name (all overloads), or <see langword="null"/> for every public method and property of the type.</summary>
    internal string? MemberName { get; }

    /// <summary>Whether the member captures or checks.</summary>
    internal ApiRole Role { get; }
}
