using System;
using System.Linq;
using BiometricConsent.Analyzers.SdkCatalog;
using BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

/// <summary>The catalog against <see cref="SdkStubs"/>, for the SDKs the local NuGet copy does not serve.</summary>
public sealed class StubbedSdkCatalogTests
{
    private static readonly Lazy<Compilation> Stubs = new Lazy<Compilation>(() => SdkCatalogCompilation.Create(SdkStubs.Source));

    public static TheoryData<string, string?> StubbedEntries()
    {
        var data = new TheoryData<string, string?>();
        // Baidu and OpenCvSharp are checked against the real assemblies (RealSdkCatalogTests), the SDKs with
        // stubs per version by SdkVersionTests.
        var versioned = SdkVersions.All.Select(version => version.Sdk).ToHashSet();
        foreach (var entry in BuiltInSdkCatalog.Entries.Where(e => e.PackageId != "Baidu.AI" && !versioned.Contains(e.Sdk)))
        {
            data.Add(entry.TypeMetadataName, entry.MemberName);
        }

        return data;
    }

    /// <summary>Members of the stubbed SDKs that are deliberately not captures (docs/sdk-catalog.md says why).</summary>
    private static readonly (string Type, string Member)[] NonCaptureMembers =
    {
        // creating or loading a detector or model
        ("DlibDotNet.Dlib", "GetFrontalFaceDetector"),
        ("DlibDotNet.ShapePredictor", "Deserialize"),
        ("DlibDotNet.Dnn.LossMetric", "Deserialize"),
        ("Windows.Media.FaceAnalysis.FaceDetector", "CreateAsync"),
        ("Windows.Media.FaceAnalysis.FaceDetector", "IsSupported"),
        ("Windows.Media.FaceAnalysis.FaceTracker", "CreateAsync"),
        ("FaceRecognitionDotNet.FaceRecognition", "Create"),
        ("FaceRecognitionDotNet.FaceRecognition", "LoadImageFile"),
        // local arithmetic on two templates the application already holds
        ("FaceRecognitionDotNet.FaceRecognition", "CompareFaces"),
        ("FaceRecognitionDotNet.FaceRecognition", "CompareFace"),
        ("FaceRecognitionDotNet.FaceRecognition", "FaceDistance"),
        // managing, listing, training on or deleting stored face data; reading back results
        ("Amazon.Rekognition.IAmazonRekognition", "DeleteFacesAsync"),
        ("Amazon.Rekognition.AmazonRekognitionClient", "ListFacesAsync"),
        ("Amazon.Rekognition.AmazonRekognitionClient", "CreateCollectionAsync"),
        ("Amazon.Rekognition.AmazonRekognitionClient", "AssociateFacesAsync"),
        ("Amazon.Rekognition.AmazonRekognitionClient", "GetFaceDetectionAsync"),
        ("Amazon.Rekognition.AmazonRekognitionClient", "GetFaceLivenessSessionResultsAsync"),
        ("Azure.AI.Vision.Face.LargePersonGroupClient", "Create"),
        ("Azure.AI.Vision.Face.LargePersonGroupClient", "Delete"),
        ("Azure.AI.Vision.Face.LargePersonGroupClient", "Train"),
        ("Azure.AI.Vision.Face.LargePersonGroupClient", "DeleteFace"),
        ("Azure.AI.Vision.Face.LargeFaceListClient", "DeleteFace"),
        ("Azure.AI.Vision.Face.FaceSessionClient", "GetLivenessSessionResult"),
        ("Azure.AI.Vision.Face.FaceSessionClient", "DeleteLivenessSession"),
        ("Microsoft.Azure.CognitiveServices.Vision.Face.PersonGroupPersonExtensions", "CreateAsync"),
        ("Microsoft.Azure.CognitiveServices.Vision.Face.PersonGroupPersonExtensions", "DeleteFaceAsync"),
        ("Microsoft.Azure.CognitiveServices.Vision.Face.IPersonGroupPerson", "DeleteFaceWithHttpMessagesAsync"),
        ("Microsoft.Azure.CognitiveServices.Vision.Face.FaceListOperationsExtensions", "DeleteAsync"),
        ("Microsoft.Azure.CognitiveServices.Vision.Face.PersonGroupOperationsExtensions", "TrainAsync"),
        ("Microsoft.Azure.CognitiveServices.Vision.Face.IPersonDirectory", "CreatePersonWithHttpMessagesAsync"),
        ("Microsoft.Azure.CognitiveServices.Vision.Face.IPersonDirectory", "DeletePersonFaceWithHttpMessagesAsync"),
        ("Microsoft.Azure.CognitiveServices.Vision.Face.PersonDirectoryExtensions", "GetPersonsAsync"),
        ("Microsoft.Azure.CognitiveServices.Vision.Face.PersonDirectoryExtensions", "CreatePersonAsync"),
        ("Microsoft.Azure.CognitiveServices.Vision.Face.PersonDirectoryExtensions", "DeletePersonFaceAsync"),
        ("Microsoft.Azure.CognitiveServices.Vision.Face.PersonDirectoryExtensions", "CreateDynamicPersonGroupAsync"),
        ("Microsoft.ProjectOxford.Face.FaceServiceClient", "CreatePersonGroupAsync"),
        ("Microsoft.ProjectOxford.Face.FaceServiceClient", "DeletePersonFaceAsync"),
        ("Microsoft.ProjectOxford.Face.IFaceServiceClient", "TrainPersonGroupAsync"),
    };

    public static TheoryData<string, string> NonCaptures() => TheoryRows.Of(NonCaptureMembers);

    [Fact]
    public void The_stubs_compile()
    {
        Assert.Empty(SdkCatalogCompilation.Errors(Stubs.Value));
    }

    [Theory]
    [MemberData(nameof(StubbedEntries))]
    public void Entry_resolves_to_a_public_member_of_the_stubbed_sdk(string typeMetadataName, string? memberName)
    {
        var entry = BuiltInSdkCatalog.Entries.Single(e => e.TypeMetadataName == typeMetadataName && e.MemberName == memberName);

        Assert.NotEmpty(SdkCatalogCompilation.Resolve(Stubs.Value, entry));
    }

    [Theory]
    [MemberData(nameof(NonCaptures))]
    public void Non_capture_member_exists_in_the_stubs_and_is_not_covered(string typeMetadataName, string memberName)
    {
        SdkCatalogCompilation.AssertExistsAndIsNotCovered(Stubs.Value, typeMetadataName, memberName);
    }

    [Fact]
    public void Every_public_member_of_a_stubbed_catalog_type_is_decided()
    {
        // The stubs mirror the SDKs' member lists; a stub member that is neither catalogued nor listed as a
        // non-capture means a decision is missing on one side.
        var nonCaptures = NonCaptureMembers.ToHashSet();
        var catalogTypes = BuiltInSdkCatalog.Entries.Select(entry => entry.TypeMetadataName).ToHashSet();
        var undecided = Stubs.Value.GetSymbolsWithName(_ => true, SymbolFilter.Member)
            .Where(SdkCatalogCompilation.IsPublicMethodOrProperty)
            .Where(member => catalogTypes.Contains(SdkCatalogCompilation.MetadataName(member.ContainingType)))
            .Where(member => !SdkCatalogCompilation.IsCovered(member)
                && !nonCaptures.Contains((SdkCatalogCompilation.MetadataName(member.ContainingType), member.Name))
                && !IsSameDecisionAsListed(member, nonCaptures))
            .Select(member => member.ToDisplayString())
            .ToArray();

        Assert.Empty(undecided);
    }

    // Rekognition and Project Oxford list their non-captures once, on either the client or the interface,
    // and once for either the task or the Sync form; the other form shares the decision.
    private static bool IsSameDecisionAsListed(ISymbol member, System.Collections.Generic.HashSet<(string Type, string Member)> nonCaptures)
    {
        var typeName = SdkCatalogCompilation.MetadataName(member.ContainingType);
        var twins = new[]
        {
            typeName.Replace("AmazonRekognitionClient", "IAmazonRekognition", StringComparison.Ordinal),
            typeName.Replace("IAmazonRekognition", "AmazonRekognitionClient", StringComparison.Ordinal),
            typeName.Replace("IFaceServiceClient", "FaceServiceClient", StringComparison.Ordinal),
            typeName.Replace(".FaceServiceClient", ".IFaceServiceClient", StringComparison.Ordinal),
        };
        var names = new[]
        {
            member.Name,
            member.Name.EndsWith("Sync", StringComparison.Ordinal) ? member.Name.Substring(0, member.Name.Length - 4) : member.Name + "Sync",
        };
        return twins.Any(type => names.Any(name => nonCaptures.Contains((type, name))));
    }
}
