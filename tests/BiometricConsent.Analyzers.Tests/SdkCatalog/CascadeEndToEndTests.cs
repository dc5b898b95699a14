using System.Threading.Tasks;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

/// <summary>
/// <c>CascadeClassifier.DetectMultiScale</c> through the whole analyzer (docs/sdk-catalog.md, "CascadeClassifier: the cascade file rule"): quiet when the
/// classifier was visibly loaded from a cascade without "face" in its name, in the same member, in the field's
/// initializer, or in a constructor assignment of the field; BIO1001 for a face cascade or a classifier from elsewhere.
/// </summary>
public sealed class CascadeEndToEndTests
{
    private const string Plate = "haarcascade_russian_plate_number.xml";
    private const string Face = "haarcascade_frontalface_default.xml";

    private static string SameMember(string file) => $$"""
        using OpenCvSharp;
        class Scanner
        {
            Rect[] Scan(Mat frame)
            {
                using var classifier = new CascadeClassifier("{{file}}");
                return classifier.DetectMultiScale(frame);
            }
        }
        """;

    private static string FieldInitializer(string file) => $$"""
        using OpenCvSharp;
        class Scanner
        {
            private readonly CascadeClassifier _classifier = new CascadeClassifier("{{file}}");
            Rect[] Scan(Mat frame) => _classifier.DetectMultiScale(frame);
        }
        """;

    private static string ConstructorAssignment(string file) => $$"""
        using OpenCvSharp;
        class Scanner
        {
            private readonly CascadeClassifier _classifier;
            Scanner(string root) { _classifier = new CascadeClassifier(System.IO.Path.Combine(root, "{{file}}")); }
            Rect[] Scan(Mat frame) => _classifier.DetectMultiScale(frame);
        }
        """;

    private static string LoadedLater(string file) => $$"""
        using OpenCvSharp;
        class Scanner
        {
            Rect[] Scan(Mat frame)
            {
                var classifier = new CascadeClassifier();
                classifier.Load("{{file}}");
                return classifier.DetectMultiScale(frame);
            }
        }
        """;

    [Theory]
    [InlineData(nameof(SameMember))]
    [InlineData(nameof(FieldInitializer))]
    [InlineData(nameof(ConstructorAssignment))]
    [InlineData(nameof(LoadedLater))]
    public Task A_visibly_non_face_cascade_is_quiet(string shape)
        => SdkCatalogAnalyzerTest.VerifyAsync(Source(shape, Plate));

    [Theory]
    [InlineData(nameof(SameMember))]
    [InlineData(nameof(FieldInitializer))]
    [InlineData(nameof(ConstructorAssignment))]
    [InlineData(nameof(LoadedLater))]
    public Task A_face_cascade_is_reported(string shape)
    {
        var source = Source(shape, Face);
        var call = shape is nameof(FieldInitializer) or nameof(ConstructorAssignment) ? "_classifier.DetectMultiScale(" : "classifier.DetectMultiScale(";
        return SdkCatalogAnalyzerTest.VerifyAsync(source, SdkCatalogAnalyzerTest.Expected(source, call));
    }

    [Fact]
    public Task A_classifier_from_elsewhere_or_from_a_computed_path_is_reported()
    {
        const string source = """
            using OpenCvSharp;
            class Scanner
            {
                private readonly CascadeClassifier _fromConfig;
                private readonly CascadeClassifier _plate = new CascadeClassifier("haarcascade_russian_plate_number.xml");
                public CascadeClassifier Exposed = new CascadeClassifier("haarcascade_russian_plate_number.xml");
                Scanner(string path) { _fromConfig = new CascadeClassifier(path); }

                Rect[] Given(Mat frame, CascadeClassifier given) => given.DetectMultiScale(frame);
                Rect[] Config(Mat frame) => _fromConfig.DetectMultiScale(frame);
                Rect[] Public(Mat frame) => Exposed.DetectMultiScale(frame);
                Rect[] Plate(Mat frame) => _plate.DetectMultiScale(frame);
            }
            """;
        return SdkCatalogAnalyzerTest.VerifyAsync(
            source,
            SdkCatalogAnalyzerTest.Expected(source, "given.DetectMultiScale("),
            SdkCatalogAnalyzerTest.Expected(source, "_fromConfig.DetectMultiScale("),
            SdkCatalogAnalyzerTest.Expected(source, "Exposed.DetectMultiScale("));
    }

    [Fact]
    public Task A_face_cascade_that_replaces_a_plate_cascade_is_reported()
    {
        const string source = """
            using OpenCvSharp;
            class Scanner
            {
                private CascadeClassifier _classifier = new CascadeClassifier("haarcascade_russian_plate_number.xml");
                void Switch() { _classifier = new CascadeClassifier("haarcascade_frontalface_alt.xml"); }
                Rect[] Scan(Mat frame) => _classifier.DetectMultiScale(frame);
            }
            """;
        return SdkCatalogAnalyzerTest.VerifyAsync(source, SdkCatalogAnalyzerTest.Expected(source, "_classifier.DetectMultiScale("));
    }

    [Fact]
    public Task Emgu_cv_cascades_follow_the_same_rule()
    {
        const string source = """
            using Emgu.CV;
            class Scanner
            {
                private readonly CascadeClassifier _plates = new CascadeClassifier("haarcascade_russian_plate_number.xml");
                private readonly CascadeClassifier _faces = new CascadeClassifier("haarcascade_frontalface_default.xml");
                object Plates(IInputArray image) => _plates.DetectMultiScale(image);
                object Faces(IInputArray image) => _faces.DetectMultiScale(image);
            }
            """;
        return SdkCatalogAnalyzerTest.VerifyAsync(new[] { source, SdkStubs.Source }, SdkCatalogAnalyzerTest.Expected(source, "_faces.DetectMultiScale("));
    }

    private static string Source(string shape, string file) => shape switch
    {
        nameof(SameMember) => SameMember(file),
        nameof(FieldInitializer) => FieldInitializer(file),
        nameof(ConstructorAssignment) => ConstructorAssignment(file),
        _ => LoadedLater(file),
    };
}
