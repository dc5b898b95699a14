using System.Linq;
using System.Text.RegularExpressions;
using BiometricConsent.Analyzers.SdkCatalog;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

public sealed class BuiltInSdkCatalogInvariantTests
{
    [Fact]
    public void Catalog_is_not_empty_and_lists_captures_only()
    {
        Assert.NotEmpty(BuiltInSdkCatalog.Entries);

        // The SDKs expose no consent checks; a Check entry here would silently guard captures.
        Assert.All(BuiltInSdkCatalog.Entries, entry => Assert.Equal(ApiRole.Capture, entry.Role));
    }

    [Fact]
    public void No_entry_repeats_a_type_and_member()
    {
        var repeated = BuiltInSdkCatalog.Entries
            .GroupBy(entry => (entry.TypeMetadataName, entry.MemberName))
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key.TypeMetadataName}.{group.Key.MemberName}")
            .ToArray();

        Assert.Empty(repeated);
    }

    [Fact]
    public void Entries_of_one_type_are_contiguous()
    {
        // SdkCatalogSymbols.Resolve looks a type up once for the run of entries that name it; a second run of the
        // same type would cost a second look-up.
        var runs = BuiltInSdkCatalog.Entries
            .Select(entry => entry.TypeMetadataName)
            .Where((name, index) => index == 0 || BuiltInSdkCatalog.Entries[index - 1].TypeMetadataName != name)
            .GroupBy(name => name)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key);

        Assert.Empty(runs);
    }

    [Fact]
    public void Every_entry_names_its_sdk_and_a_well_formed_package_id()
    {
        // NuGet package IDs: letters, digits, '.', '_' and '-'.
        var packageId = new Regex(@"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$");
        Assert.All(BuiltInSdkCatalog.Entries, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Sdk), entry.TypeMetadataName);
            Assert.Matches(packageId, entry.PackageId);
        });
    }

    [Fact]
    public void Every_entry_names_a_namespace_qualified_type_and_an_identifier()
    {
        var typeName = new Regex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+(`\d+)?(\+[A-Za-z_][A-Za-z0-9_]*(`\d+)?)*$");
        var identifier = new Regex(@"^[A-Za-z_][A-Za-z0-9_]*$");
        Assert.All(BuiltInSdkCatalog.Entries, entry =>
        {
            Assert.Matches(typeName, entry.TypeMetadataName);
            if (entry.MemberName is not null)
            {
                Assert.Matches(identifier, entry.MemberName);
            }
        });
    }

    [Fact]
    public void Each_sdk_uses_one_name_per_package()
    {
        // A package spelled two ways would split an SDK in docs/sdk-catalog.md and in diagnostics.
        var packagesWithSeveralSdkNames = BuiltInSdkCatalog.Entries
            .GroupBy(entry => entry.PackageId)
            .Where(group => group.Select(entry => entry.Sdk).Distinct().Count() > 1)
            .Select(group => group.Key);

        Assert.Empty(packagesWithSeveralSdkNames);
    }

    [Fact]
    public void Creating_a_detector_is_never_a_capture()
    {
        // docs/sdk-catalog.md "Not captures": FaceDetectorYN.Create, Dlib.GetFrontalFaceDetector and their kind are not captures.
        // Some Emgu CV and OpenCvSharp methods are named Get... although they run a model on a face image (docs/sdk-catalog.md).
        var runsOnAnImage = new[]
        {
            "Emgu.CV.Face.FaceInvoke.GetFaces", "Emgu.CV.EigenObjectRecognizer.GetEigenDistances", "OpenCvSharp.Face.Facemark.GetFaces",
            "OpenCvSharp.Face.FacemarkTrain.GetFaces", "OpenCvSharp.Face.FacemarkKazemi.GetFaces", "OpenCvSharp.Cv2+Face.GetFacesHAAR",
        };
        var factories = BuiltInSdkCatalog.Entries.Where(entry => !runsOnAnImage.Contains($"{entry.TypeMetadataName}.{entry.MemberName}")).Where(entry =>
            entry.MemberName is null
            || entry.MemberName == "Create"
            || entry.MemberName == "CreateAsync"
            || entry.MemberName.StartsWith("Get", System.StringComparison.Ordinal)
            || entry.MemberName.StartsWith("Load", System.StringComparison.Ordinal));

        Assert.Empty(factories.Select(entry => $"{entry.TypeMetadataName}.{entry.MemberName}"));
    }

    [Fact]
    public void Every_sdk_the_contract_names_is_in_the_catalog()
    {
        var packages = BuiltInSdkCatalog.Entries.Select(entry => entry.PackageId).ToHashSet();
        Assert.Superset(
            new[]
            {
                "Baidu.AI", "OpenCvSharp4", "Emgu.CV", "AWSSDK.Rekognition", "Azure.AI.Vision.Face",
                "Microsoft.Azure.CognitiveServices.Vision.Face", "Microsoft.ProjectOxford.Face", "TencentCloudSDK.Iai",
                "FaceRecognitionDotNet", "ViewFaceCore", "DlibDotNet", "Microsoft.Windows.SDK.Contracts",
            }.ToHashSet(),
            packages);
    }
}
