using System;
using System.Collections.Generic;
using System.Linq;
using BiometricConsent.Analyzers.SdkCatalog;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

/// <summary>
/// The catalog against the two face SDKs this repository can restore (OpenCvSharp4 4.13.0.20260627 and
/// Baidu.AI 4.15.10): every entry names real members, and every public member of the face types is either a
/// catalogued capture or one of the documented non-captures (so a package update that adds a method fails
/// here until someone decides about it in docs/sdk-catalog.md).
/// </summary>
public sealed class RealSdkCatalogTests
{
    private static readonly Lazy<Compilation> Sdks = new Lazy<Compilation>(() =>
        SdkCatalogCompilation.Create(string.Empty, SdkCatalogCompilation.Baidu.Append(SdkCatalogCompilation.OpenCvSharp).ToArray()));

    /// <summary>
    /// OpenCvSharp4 entries for members that 4.13.0.20260627 no longer has: Facemark's face detection and training
    /// sample members, public up to 4.1.1.20191110 (Versions/OpenCvSharpVersions checks them).
    /// </summary>
    private static readonly string[] RemovedMembers = { "OpenCvSharp.Face.Facemark.GetFaces", "OpenCvSharp.Face.Facemark.AddTrainingSample" };

    /// <summary>Baidu.Aip.Face.Face members that manage, list or delete stored face data (docs/sdk-catalog.md).</summary>
    private static readonly string[] BaiduNonCaptureNames =
    {
        "GroupAdd", "GroupDelete", "GroupGetlist", "GroupGetusers",
        "UserGet", "UserCopy", "UserDelete",
        "FaceDelete", "FaceGetlist",
        "VideoSessioncode",
    };

    public static TheoryData<string> BaiduNonCaptures()
    {
        var data = new TheoryData<string>();
        foreach (var name in BaiduNonCaptureNames)
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>OpenCvSharp members of the face types that create, configure, load or save, but do not run, a model.</summary>
    private static readonly (string Type, string Member)[] OpenCvSharpNonCaptureMembers =
    {
        ("OpenCvSharp.FaceDetectorYN", "Create"),
        ("OpenCvSharp.Face.LBPHFaceRecognizer", "Create"),
        ("OpenCvSharp.Face.EigenFaceRecognizer", "Create"),
        ("OpenCvSharp.Face.FisherFaceRecognizer", "Create"),
        ("OpenCvSharp.Face.FacemarkLBF", "Create"),
        ("OpenCvSharp.Face.FacemarkAAM", "Create"),
        ("OpenCvSharp.Face.Facemark", "LoadModel"),
        ("OpenCvSharp.Face.FaceRecognizer", "Read"),
        ("OpenCvSharp.Face.FaceRecognizer", "Write"),
        ("OpenCvSharp.Face.FaceRecognizer", "SetLabelInfo"),
        ("OpenCvSharp.Face.FaceRecognizer", "GetLabelInfo"),
        ("OpenCvSharp.Face.FaceRecognizer", "GetLabelsByString"),
        ("OpenCvSharp.CascadeClassifier", "Load"),
        ("OpenCvSharp.CascadeClassifier", "Read"),
        ("OpenCvSharp.CascadeClassifier", "Empty"),
        ("OpenCvSharp.CascadeClassifier", "IsOldFormatCascade"),
    };

    public static TheoryData<string, string> OpenCvSharpNonCaptures() => TheoryRows.Of(OpenCvSharpNonCaptureMembers);

    private static readonly string[] OpenCvSharpFaceTypes =
    {
        "OpenCvSharp.CascadeClassifier", "OpenCvSharp.FaceDetectorYN",
        "OpenCvSharp.Face.FaceRecognizer", "OpenCvSharp.Face.BasicFaceRecognizer", "OpenCvSharp.Face.LBPHFaceRecognizer",
        "OpenCvSharp.Face.EigenFaceRecognizer", "OpenCvSharp.Face.FisherFaceRecognizer",
        "OpenCvSharp.Face.Facemark", "OpenCvSharp.Face.FacemarkLBF", "OpenCvSharp.Face.FacemarkAAM",
    };

    public static TheoryData<string, string?> RealSdkEntries()
    {
        var data = new TheoryData<string, string?>();
        foreach (var entry in BuiltInSdkCatalog.Entries.Where(e => e.PackageId is "Baidu.AI" or "OpenCvSharp4"))
        {
            data.Add(entry.TypeMetadataName, entry.MemberName);
        }

        return data;
    }

    [Fact]
    public void The_real_assemblies_compile()
    {
        Assert.Empty(SdkCatalogCompilation.Errors(Sdks.Value));
        Assert.NotNull(Sdks.Value.GetTypeByMetadataName("Baidu.Aip.Face.Face"));
        Assert.NotNull(Sdks.Value.GetTypeByMetadataName("OpenCvSharp.CascadeClassifier"));
    }

    [Theory]
    [MemberData(nameof(RealSdkEntries))]
    public void Entry_resolves_to_a_public_member_of_the_real_assembly(string typeMetadataName, string? memberName)
    {
        var entry = BuiltInSdkCatalog.Entries.Single(e => e.TypeMetadataName == typeMetadataName && e.MemberName == memberName);
        var symbols = SdkCatalogCompilation.Resolve(Sdks.Value, entry);

        if (RemovedMembers.Contains(typeMetadataName + "." + memberName))
        {
            // If a release brings the member back, this fails: take it out of RemovedMembers.
            Assert.Empty(symbols);
        }
        else
        {
            Assert.NotEmpty(symbols);
        }
    }

    [Theory]
    [MemberData(nameof(BaiduNonCaptures))]
    public void Baidu_data_management_method_exists_and_is_not_a_capture(string memberName)
    {
        SdkCatalogCompilation.AssertExistsAndIsNotCovered(Sdks.Value, "Baidu.Aip.Face.Face", memberName);
    }

    [Theory]
    [MemberData(nameof(OpenCvSharpNonCaptures))]
    public void OpenCvSharp_factory_or_configuration_method_exists_and_is_not_a_capture(string typeMetadataName, string memberName)
    {
        SdkCatalogCompilation.AssertExistsAndIsNotCovered(Sdks.Value, typeMetadataName, memberName);
    }

    [Fact]
    public void Every_public_method_of_the_Baidu_face_client_is_decided()
    {
        var nonCaptures = BaiduNonCaptureNames.ToHashSet();
        var undecided = SdkCatalogCompilation.PublicMembers(Sdks.Value, "Baidu.Aip.Face.Face")
            .Where(member => !SdkCatalogCompilation.IsCovered(member) && !nonCaptures.Contains(member.Name))
            .Select(member => member.ToDisplayString());

        Assert.Empty(undecided);
    }

    [Fact]
    public void Every_public_method_of_the_OpenCvSharp_face_types_is_decided()
    {
        var nonCaptures = OpenCvSharpNonCaptureMembers.ToHashSet();
        var undecided = new List<string>();
        foreach (var typeName in OpenCvSharpFaceTypes)
        {
            foreach (var member in SdkCatalogCompilation.PublicMembers(Sdks.Value, typeName))
            {
                // Get*/Set* are the algorithms' parameter accessors (thresholds, grid sizes, learned matrices).
                var isAccessor = member.Name.StartsWith("Get", StringComparison.Ordinal) || member.Name.StartsWith("Set", StringComparison.Ordinal);
                if (!SdkCatalogCompilation.IsCovered(member) && !isAccessor && !nonCaptures.Contains((typeName, member.Name)))
                {
                    undecided.Add(member.ToDisplayString());
                }
            }
        }

        Assert.Empty(undecided);
    }

    [Theory]
    [InlineData("OpenCvSharp.CascadeClassifier", "DetectMultiScale", 2)]
    [InlineData("OpenCvSharp.FaceDetectorYN", "Detect", 1)]
    [InlineData("OpenCvSharp.Face.FaceRecognizer", "Predict", 2)]
    [InlineData("Baidu.Aip.Face.Face", "Faceverify", 1)]
    public void A_member_name_covers_every_overload(string typeMetadataName, string memberName, int overloads)
    {
        var entry = BuiltInSdkCatalog.Entries.Single(e => e.TypeMetadataName == typeMetadataName && e.MemberName == memberName);

        Assert.Equal(overloads, SdkCatalogCompilation.Resolve(Sdks.Value, entry).Length);
    }

    [Fact]
    public void HOGDescriptor_DetectMultiScale_finds_pedestrians_and_is_not_covered()
    {
        var hog = Sdks.Value.GetTypeByMetadataName("OpenCvSharp.HOGDescriptor")!.GetMembers("DetectMultiScale");

        Assert.NotEmpty(hog);
        Assert.All(hog, member => Assert.False(SdkCatalogCompilation.IsCovered(member)));
    }
}
