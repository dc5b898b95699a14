using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

/// <summary>
/// The built-in catalog through the whole analyzer: BIO1001 on catalogued SDK calls, silence on the rest.
/// </summary>
public sealed class BuiltInSdkCatalogEndToEndTests
{
    [Fact]
    public async Task Baidu_Detect_is_reported_and_GroupAdd_is_not()
    {
        const string source = @"
class Scanner
{
    void Scan(string image)
    {
        var client = new Baidu.Aip.Face.Face(""key"", ""secret"");
        client.Detect(image, ""BASE64"", null);
        client.GroupAdd(""group"", null);
        client.FaceDelete(""user"", ""group"", ""token"", null);
    }
}";
        await SdkCatalogAnalyzerTest.VerifyAsync(source, SdkCatalogAnalyzerTest.Expected(source, "client.Detect("));
    }

    [Fact]
    public async Task Baidu_Detect_on_a_new_client_is_reported()
    {
        const string source = @"
class Scanner
{
    object Scan(string k, string s, string image) => new Baidu.Aip.Face.Face(k, s).Detect(image, ""BASE64"", null);
}";
        await SdkCatalogAnalyzerTest.VerifyAsync(source, SdkCatalogAnalyzerTest.Expected(source, "new Baidu.Aip.Face.Face(k, s).Detect("));
    }

    [Fact]
    public async Task Running_a_YuNet_detector_is_reported_and_creating_it_is_not()
    {
        const string source = @"
using OpenCvSharp;
class Scanner
{
    int Scan(Mat frame, Mat faces)
    {
        var detector = FaceDetectorYN.Create(""yunet.onnx"", """", new Size(320, 320));
        return detector.Detect(frame, faces);
    }
}";
        await SdkCatalogAnalyzerTest.VerifyAsync(source, SdkCatalogAnalyzerTest.Expected(source, "detector.Detect("));
    }

    [Fact]
    public async Task Face_cascade_is_reported_and_visibly_non_face_cascade_is_not()
    {
        const string source = @"
using OpenCvSharp;
class Scanner
{
    private readonly CascadeClassifier _plates = new CascadeClassifier(""haarcascade_russian_plate_number.xml"");

    Rect[] Plates(Mat frame) => _plates.DetectMultiScale(frame);

    Rect[] Faces(Mat frame)
    {
        using var faces = new CascadeClassifier(""haarcascade_frontalface_default.xml"");
        return faces.DetectMultiScale(frame);
    }

    Rect[] Unknown(Mat frame, CascadeClassifier classifier) => classifier.DetectMultiScale(frame);
}";
        await SdkCatalogAnalyzerTest.VerifyAsync(source, SdkCatalogAnalyzerTest.Expected(source, "faces.DetectMultiScale("), SdkCatalogAnalyzerTest.Expected(source, "classifier.DetectMultiScale("));
    }

    [Fact]
    public async Task Contrib_recogniser_Predict_is_reported_and_its_factory_is_not()
    {
        const string source = @"
using OpenCvSharp;
using OpenCvSharp.Face;
class Recogniser
{
    int Who(Mat face)
    {
        using var model = LBPHFaceRecognizer.Create();
        model.Read(""model.yml"");
        return model.Predict(face);
    }
}";
        await SdkCatalogAnalyzerTest.VerifyAsync(source, SdkCatalogAnalyzerTest.Expected(source, "model.Predict("));
    }

    [Fact]
    public async Task Several_stubbed_sdks_in_one_compilation_are_recognised_by_type_and_member_name()
    {
        const string source = @"
using System;
using System.Threading.Tasks;
class Scanner
{
    async Task Scan(Amazon.Rekognition.IAmazonRekognition rekognition, Windows.Media.FaceAnalysis.FaceDetector detector, Windows.Graphics.Imaging.SoftwareBitmap bitmap)
    {
        await rekognition.DetectFacesAsync(new Amazon.Rekognition.Model.DetectFacesRequest());
        await rekognition.DeleteFacesAsync(new Amazon.Rekognition.Model.DeleteFacesRequest());
        await Windows.Media.FaceAnalysis.FaceDetector.CreateAsync();
        await detector.DetectFacesAsync(bitmap);
        DlibDotNet.Dlib.GetFrontalFaceDetector();
        FaceRecognitionDotNet.FaceRecognition.FaceDistance(null!, null!);
    }
}";
        await SdkCatalogAnalyzerTest.VerifyAsync(
            source,
            new[] { AwsRekognitionVersions.V4, WindowsFaceAnalysisVersions.CsWinRt, DlibDotNetVersions.V19, FaceRecognitionDotNetVersions.V1 },
            SdkCatalogAnalyzerTest.Expected(source, "rekognition.DetectFacesAsync("),
            SdkCatalogAnalyzerTest.Expected(source, "detector.DetectFacesAsync("));
    }

    [Fact]
    public async Task Legacy_Azure_PersonDirectory_enrolment_is_reported_and_person_creation_is_not()
    {
        const string source = @"
using System.IO;
using System.Threading.Tasks;
using Microsoft.Azure.CognitiveServices.Vision.Face;
class Enrolment
{
    async Task Enrol(IFaceClient client, Stream photo)
    {
        await client.PersonDirectory.CreatePersonAsync(photo);
        await client.PersonDirectory.AddPersonFaceFromStreamAsync(photo);
        await client.PersonDirectory.AddPersonFaceFromUrlAsync(photo);
        await client.PersonDirectory.DeletePersonFaceAsync(photo);
    }
}";
        await SdkCatalogAnalyzerTest.VerifyAsync(
            source,
            new[] { AzureFaceLegacyVersions.V27 },
            SdkCatalogAnalyzerTest.Expected(source, "client.PersonDirectory.AddPersonFaceFromStreamAsync("),
            SdkCatalogAnalyzerTest.Expected(source, "client.PersonDirectory.AddPersonFaceFromUrlAsync("));
    }

    [Fact]
    public async Task The_editorconfig_switch_turns_the_catalog_off()
    {
        const string source = @"
class Scanner
{
    void Scan(string image) => new Baidu.Aip.Face.Face(""key"", ""secret"").Detect(image, ""BASE64"", null);
}";
        var test = new SdkCatalogAnalyzerTest();
        test.TestState.Sources.Add(source);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\nbiometric_consent.builtin_catalog = false\n"));
        await test.RunAsync();
    }
}
