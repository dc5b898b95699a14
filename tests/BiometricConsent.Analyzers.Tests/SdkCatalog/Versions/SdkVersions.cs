using System.Linq;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>Every stubbed SDK version, by <see cref="SdkVersion.Key"/>.</summary>
internal static class SdkVersions
{
    internal static readonly SdkVersion[] All = ViewFaceCoreVersions.All
        .Concat(EmguCvVersions.All)
        .Concat(TencentIaiVersions.All)
        .Concat(OpenCvSharpVersions.All)
        .Concat(OpenCvSharp3Versions.All)
        .Concat(AwsRekognitionVersions.All)
        .Concat(AzureVisionFaceVersions.All)
        .Concat(AzureFaceLegacyVersions.All)
        .Concat(ProjectOxfordVersions.All)
        .Concat(FaceRecognitionDotNetVersions.All)
        .Concat(DlibDotNetVersions.All)
        .Concat(WindowsFaceAnalysisVersions.All)
        .ToArray();

    internal static SdkVersion Get(string key) => All.Single(version => version.Key == key);
}
