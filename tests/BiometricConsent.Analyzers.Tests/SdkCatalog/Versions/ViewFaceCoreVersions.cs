namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// ViewFaceCore's public API per version, read from github.com/ViewFaceCore/ViewFaceCore (tags 0.3.4-0.3.7 and
/// 0.4.0-alpha3, commits 623e1ec = 0.3.8 on main and 7529498 = 0.4.0-alpha4 on dev, e92b9fe of July 2020).
/// Bodies are dummies; names, namespaces, parameter lists and the split into assemblies are the real ones.
/// </summary>
internal static class ViewFaceCoreVersions
{
    private const string Bitmap = "namespace System.Drawing { public class Bitmap { } }";

    // The facade of 0.3.4 and earlier; 0.3.5 moved the async methods to extensions.
    private const string FacadeModel = @"
namespace ViewFaceCore.Sharp.Model
{
    public struct FaceInfo { }
    public struct FaceMarkPoint { }
    public struct FaceTrackInfo { }
    public enum AntiSpoofingStatus { Error, Real, Spoof, Fuzzy, Detecting }
    public enum QualityType { Brightness, Clarity, Integrity, Pose, PoseEx, Resolution, ClarityEx, Structure }
    public class QualityResult { }
    public enum Gender { Male, Female, Unknown }
    public class EyeStateResult { }
}";

    // Every member of the facade (0.3.4 instance methods, 0.3.5 extensions: the same calls).
    private const string FacadeCalls = @"
        /*capture*/face.FaceDetector(bitmap);
        await /*capture*/face.FaceDetectorAsync(bitmap);
        /*capture*/face.FaceMark(bitmap, info);
        await /*capture*/face.FaceMarkAsync(bitmap, info);
        /*capture*/face.Extract(bitmap, points);
        await /*capture*/face.ExtractAsync(bitmap, points);
        face.IsSelf(face.Similarity(a, b));
        await face.SimilarityAsync(a, b);
        face.Compare(a, b);
        /*capture*/face.AntiSpoofing(bitmap, info, points);
        await /*capture*/face.AntiSpoofingAsync(bitmap, info, points);
        /*capture*/face.AntiSpoofingVideo(bitmap, info, points);
        await /*capture*/face.AntiSpoofingVideoAsync(bitmap, info, points, false);
        /*capture*/face.AntiSpoofingVideo(frames, 0, false);
        /*capture*/face.FaceTrack(bitmap);
        await /*capture*/face.FaceTrackAsync(bitmap);
        /*capture*/face.FaceQuality(bitmap, info, points, QualityType.Brightness);
        await /*capture*/face.FaceQualityAsync(bitmap, info, points, QualityType.Clarity);
        /*capture*/face.FaceAgePredictor(bitmap, points);
        await /*capture*/face.FaceAgePredictorAsync(bitmap, points);
        /*capture*/face.FaceGenderPredictor(bitmap, points);
        await /*capture*/face.FaceGenderPredictorAsync(bitmap, points);
        /*capture*/face.FaceEyeStateDetector(bitmap, points);
        await /*capture*/face.FaceEyeStateDetectorAsync(bitmap, points);";

    internal static readonly SdkVersion July2020 = new SdkVersion(
        "ViewFaceCore",
        "2020-07 sources",
        "commit e92b9fe (ViewFaceCore.Sharp.Extends, renamed to .Extensions on 2020-08-01)",
        @"
using System.Drawing;
using ViewFaceCore.Sharp;
using ViewFaceCore.Sharp.Extends;
using ViewFaceCore.Sharp.Model;
class Consumer
{
    void Run(ViewFace face, Bitmap bitmap, Bitmap[] frames, FaceInfo info, FaceMarkPoint[] points)
    {
        /*capture*/face.AntiSpoofingVideo(bitmap, info, points, false);
        /*capture*/face.AntiSpoofingVideo(frames, 0, false);
    }
}",
        ("ViewFaceCore", Bitmap + FacadeModel + @"
namespace ViewFaceCore.Sharp
{
    using System.Drawing;
    using ViewFaceCore.Sharp.Model;
    public class ViewFace
    {
        public AntiSpoofingStatus AntiSpoofingVideo(Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, bool global) => default;
    }
}
namespace ViewFaceCore.Sharp.Extends
{
    using System.Drawing;
    using ViewFaceCore.Sharp.Model;
    public static class ViewFaceExtend
    {
        public static AntiSpoofingStatus AntiSpoofingVideo(this ViewFace viewFace, Bitmap[] bitmaps, int faceIndex, bool global) => default;
    }
}"));

    internal static readonly SdkVersion V034 = new SdkVersion(
        "ViewFaceCore",
        "0.3.4",
        "tag 0.3.4 (9f403d7)",
        @"
using System.Drawing;
using System.Threading.Tasks;
using ViewFaceCore.Sharp;
using ViewFaceCore.Sharp.Extensions;
using ViewFaceCore.Sharp.Model;
class Consumer
{
    async Task Run(Bitmap bitmap, Bitmap[] frames, FaceInfo info, FaceMarkPoint[] points, float[] a, float[] b)
    {
        var face = new ViewFace(""./model/"");
        face.ModelPath = ""./model/"";
        face.ToString();
"
            + FacadeCalls + @"
    }
}",
        ("ViewFaceCore", Bitmap + FacadeModel + @"
namespace ViewFaceCore.Sharp
{
    using System.Drawing;
    using System.Threading.Tasks;
    using ViewFaceCore.Sharp.Model;
    public class ViewFace
    {
        public ViewFace() { }
        public ViewFace(string modelPath) { }
        public string ModelPath { get => """"; set { } }
        public override string ToString() => """";
        public FaceInfo[] FaceDetector(Bitmap bitmap) => null!;
        public Task<FaceInfo[]> FaceDetectorAsync(Bitmap bitmap) => null!;
        public FaceMarkPoint[] FaceMark(Bitmap bitmap, FaceInfo info) => null!;
        public Task<FaceMarkPoint[]> FaceMarkAsync(Bitmap bitmap, FaceInfo info) => null!;
        public float[] Extract(Bitmap bitmap, FaceMarkPoint[] points) => null!;
        public Task<float[]> ExtractAsync(Bitmap bitmap, FaceMarkPoint[] points) => null!;
        public float Similarity(float[] leftFeatures, float[] rightFeatures) => 0;
        public Task<float> SimilarityAsync(float[] leftFeatures, float[] rightFeatures) => null!;
        public bool IsSelf(float similarity) => false;
        public AntiSpoofingStatus AntiSpoofing(Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, bool global = false) => default;
        public Task<AntiSpoofingStatus> AntiSpoofingAsync(Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, bool global = false) => null!;
        public AntiSpoofingStatus AntiSpoofingVideo(Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, bool global = false) => default;
        public Task<AntiSpoofingStatus> AntiSpoofingVideoAsync(Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, bool global) => null!;
        public FaceTrackInfo[] FaceTrack(Bitmap bitmap) => null!;
        public Task<FaceTrackInfo[]> FaceTrackAsync(Bitmap bitmap) => null!;
        public QualityResult FaceQuality(Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, QualityType type) => null!;
        public Task<QualityResult> FaceQualityAsync(Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, QualityType type) => null!;
        public int FaceAgePredictor(Bitmap bitmap, FaceMarkPoint[] points) => 0;
        public Task<int> FaceAgePredictorAsync(Bitmap bitmap, FaceMarkPoint[] points) => null!;
        public Gender FaceGenderPredictor(Bitmap bitmap, FaceMarkPoint[] points) => default;
        public Task<Gender> FaceGenderPredictorAsync(Bitmap bitmap, FaceMarkPoint[] points) => null!;
        public EyeStateResult FaceEyeStateDetector(Bitmap bitmap, FaceMarkPoint[] points) => null!;
        public Task<EyeStateResult> FaceEyeStateDetectorAsync(Bitmap bitmap, FaceMarkPoint[] points) => null!;
    }
}
namespace ViewFaceCore.Sharp.Extensions
{
    using System.Drawing;
    using ViewFaceCore.Sharp.Model;
    public static class ViewFaceExtension
    {
        public static AntiSpoofingStatus AntiSpoofingVideo(this ViewFace viewFace, Bitmap[] bitmaps, int faceIndex, bool global) => default;
        public static float Compare(this ViewFace viewFace, float[] lhs, float[] rhs) => 0;
    }
}"));

    internal static readonly SdkVersion V035 = new SdkVersion(
        "ViewFaceCore",
        "0.3.5",
        "tag 0.3.5 (2d63a73)",
        @"
using System.Drawing;
using System.Threading.Tasks;
using ViewFaceCore.Extension;
using ViewFaceCore.Sharp;
using ViewFaceCore.Sharp.Extensions;
using ViewFaceCore.Sharp.Model;
class Consumer
{
    async Task Run(Bitmap bitmap, Bitmap[] frames, FaceInfo info, FaceMarkPoint[] points, float[] a, float[] b)
    {
        using var face = new ViewFace(""./models/"");
        bitmap.To24BGRByteArray(out _, out _, out _);
"
            + FacadeCalls + @"
    }
}",
        ("ViewFaceCore", Bitmap + FacadeModel + @"
namespace ViewFaceCore.Sharp
{
    using System;
    using System.Drawing;
    using System.Threading.Tasks;
    using ViewFaceCore.Sharp.Model;
    public sealed class ViewFace : IDisposable
    {
        public ViewFace() { }
        public ViewFace(string modelPath) { }
        public string ModelPath { get => """"; set { } }
        public FaceInfo[] FaceDetector(Bitmap bitmap) => null!;
        public FaceMarkPoint[] FaceMark(Bitmap bitmap, FaceInfo info) => null!;
        public float[] Extract(Bitmap bitmap, FaceMarkPoint[] points) => null!;
        public float Similarity(float[] leftFeatures, float[] rightFeatures) => 0;
        public bool IsSelf(float similarity) => false;
        public AntiSpoofingStatus AntiSpoofing(Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, bool global = false) => default;
        public AntiSpoofingStatus AntiSpoofingVideo(Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, bool global = false) => default;
        public FaceTrackInfo[] FaceTrack(Bitmap bitmap) => null!;
        public QualityResult FaceQuality(Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, QualityType type) => null!;
        public int FaceAgePredictor(Bitmap bitmap, FaceMarkPoint[] points) => 0;
        public Gender FaceGenderPredictor(Bitmap bitmap, FaceMarkPoint[] points) => default;
        public EyeStateResult FaceEyeStateDetector(Bitmap bitmap, FaceMarkPoint[] points) => null!;
        public void Dispose() { }
    }
    public static class ViewFaceAsyncExtensions
    {
        public static Task<FaceInfo[]> FaceDetectorAsync(this ViewFace face, Bitmap bitmap) => null!;
        public static Task<FaceMarkPoint[]> FaceMarkAsync(this ViewFace face, Bitmap bitmap, FaceInfo info) => null!;
        public static Task<float[]> ExtractAsync(this ViewFace face, Bitmap bitmap, FaceMarkPoint[] points) => null!;
        public static Task<float> SimilarityAsync(this ViewFace face, float[] leftFeatures, float[] rightFeatures) => null!;
        public static Task<AntiSpoofingStatus> AntiSpoofingAsync(this ViewFace face, Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, bool global = false) => null!;
        public static Task<AntiSpoofingStatus> AntiSpoofingVideoAsync(this ViewFace face, Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, bool global) => null!;
        public static Task<FaceTrackInfo[]> FaceTrackAsync(this ViewFace face, Bitmap bitmap) => null!;
        public static Task<QualityResult> FaceQualityAsync(this ViewFace face, Bitmap bitmap, FaceInfo info, FaceMarkPoint[] points, QualityType type) => null!;
        public static Task<int> FaceAgePredictorAsync(this ViewFace face, Bitmap bitmap, FaceMarkPoint[] points) => null!;
        public static Task<Gender> FaceGenderPredictorAsync(this ViewFace face, Bitmap bitmap, FaceMarkPoint[] points) => null!;
        public static Task<EyeStateResult> FaceEyeStateDetectorAsync(this ViewFace face, Bitmap bitmap, FaceMarkPoint[] points) => null!;
    }
}
namespace ViewFaceCore.Sharp.Extensions
{
    using System.Drawing;
    using ViewFaceCore.Sharp.Model;
    public static class ViewFaceExtension
    {
        public static AntiSpoofingStatus AntiSpoofingVideo(this ViewFace viewFace, Bitmap[] bitmaps, int faceIndex, bool global) => default;
        public static float Compare(this ViewFace viewFace, float[] lhs, float[] rhs) => 0;
    }
}
namespace ViewFaceCore.Extension
{
    using System.Drawing;
    public static class BitmapExtension
    {
        public static byte[] To24BGRByteArray(this Bitmap bitmap, out int width, out int height, out int channels) { width = height = channels = 0; return null!; }
    }
}"));

    // 0.3.6+: one class per model in ViewFaceCore.Core, FaceImage in ViewFaceCore.Model.
    private const string CoreModel = @"
namespace ViewFaceCore.Model
{
    public struct FaceImage : System.IDisposable { public FaceImage(int width, int height, int channels, byte[] buffer) { } public void Dispose() { } }
    public struct FaceInfo { }
    public struct FaceMarkPoint { }
    public struct FaceTrackInfo { }
    public class AntiSpoofingResult { }
    public class QualityResult { }
    public enum QualityType { Brightness, Clarity, Integrity, Pose, PoseEx, Resolution, ClarityEx, Structure }
    public enum Gender { Male, Female, Unknown }
    public class EyeStateResult { }
    public class PlotMaskResult { }
}
namespace ViewFaceCore.Configs
{
    public class FaceDetectConfig { }
    public class FaceTrackerConfig { public FaceTrackerConfig(int width, int height) { } }
}";

    private const string CoreClasses = @"
    using System;
    using ViewFaceCore.Configs;
    using ViewFaceCore.Model;
    public abstract class BaseViewFace { public string ModelPath => """"; }
    public sealed class FaceDetector : BaseViewFace, IDisposable { public FaceDetector(FaceDetectConfig config = null!) { } public FaceInfo[] Detect(FaceImage image) => null!; public void Dispose() { } }
    public sealed class FaceLandmarker : BaseViewFace, IDisposable { public FaceMarkPoint[] Mark(FaceImage image, FaceInfo info) => null!; public void Dispose() { } }
    public sealed class FaceRecognizer : BaseViewFace, IDisposable
    {
        public float[] Extract(FaceImage image, FaceMarkPoint[] points) => null!;
        public float Compare(float[] lfs, float[] rfs) => 0;
        public bool IsSelf(float similarity) => false;
        public bool IsSelf(float[] lfs, float[] rfs) => false;
        public void Dispose() { }
    }
    public sealed class FaceTracker : BaseViewFace, IDisposable { public FaceTracker(FaceTrackerConfig config) { } public FaceTrackInfo[] Track(FaceImage image) => null!; public void Reset() { } public void Dispose() { } }
    public sealed class FaceAntiSpoofing : BaseViewFace, IDisposable
    {
        public AntiSpoofingResult AntiSpoofing(FaceImage image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public AntiSpoofingResult AntiSpoofingVideo(FaceImage image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public void Dispose() { }
    }
    public sealed class FaceQuality : BaseViewFace, IDisposable { public QualityResult Detect(FaceImage image, FaceInfo info, FaceMarkPoint[] points, QualityType type) => null!; public void Dispose() { } }
    public sealed class MaskDetector : BaseViewFace, IDisposable { public PlotMaskResult PlotMask(FaceImage image, FaceInfo info) => null!; public void Dispose() { } }
    public sealed class AgePredictor : BaseViewFace, IDisposable { public int PredictAge(FaceImage image, FaceMarkPoint[] points) => 0; public void Dispose() { } }
    public sealed class GenderPredictor : BaseViewFace, IDisposable { public Gender PredictGender(FaceImage image, FaceMarkPoint[] points) => default; public void Dispose() { } }
    public sealed class EyeStateDetector : BaseViewFace, IDisposable { public EyeStateResult Detect(FaceImage image, FaceMarkPoint[] points) => null!; public void Dispose() { } }";

    // The shared project compiled into every ViewFaceCore.Extension.* package of 0.3.6-0.3.8; {0} is its namespace.
    private const string SharedExtensions = @"
namespace {0}
{{
    using System.Threading.Tasks;
    using ViewFaceCore.Core;
    using ViewFaceCore.Model;
    public static class ViewFaceCoreExtension
    {{
        public static FaceInfo[] Detect<T>(this FaceDetector viewFace, T image) where T : class => null!;
        public static FaceMarkPoint[] Mark<T>(this FaceLandmarker viewFace, T image, FaceInfo info) where T : class => null!;
        public static float[] Extract<T>(this FaceRecognizer viewFace, T image, FaceMarkPoint[] points) where T : class => null!;
        public static AntiSpoofingResult AntiSpoofing<T>(this FaceAntiSpoofing viewFace, T image, FaceInfo info, FaceMarkPoint[] points) where T : class => null!;
        public static AntiSpoofingResult AntiSpoofingVideo<T>(this FaceAntiSpoofing viewFace, T image, FaceInfo info, FaceMarkPoint[] points) where T : class => null!;
        public static QualityResult Detect<T>(this FaceQuality viewFace, T image, FaceInfo info, FaceMarkPoint[] points, QualityType type) where T : class => null!;
        public static int PredictAge<T>(this AgePredictor viewFace, T image, FaceMarkPoint[] points) where T : class => 0;
        public static Gender PredictGender<T>(this GenderPredictor viewFace, T image, FaceMarkPoint[] points) where T : class => default;
        public static EyeStateResult Detect<T>(this EyeStateDetector viewFace, T image, FaceMarkPoint[] points) where T : class => null!;
        public static FaceTrackInfo[] Track<T>(this FaceTracker viewFace, T image) where T : class => null!;
        public static PlotMaskResult PlotMask<T>(this MaskDetector maskDetector, T image, FaceInfo info) where T : class => null!;
    }}
    public static class ViewFaceAsyncExtensions
    {{
        public static Task<FaceInfo[]> DetectAsync<T>(this FaceDetector viewFace, T image) where T : class => null!;
        public static Task<FaceMarkPoint[]> MarkAsync<T>(this FaceLandmarker viewFace, T image, FaceInfo info) where T : class => null!;
        public static Task<float[]> ExtractAsync<T>(this FaceRecognizer viewFace, T image, FaceMarkPoint[] points) where T : class => null!;
        public static Task<AntiSpoofingResult> AntiSpoofingAsync<T>(this FaceAntiSpoofing viewFace, T image, FaceInfo info, FaceMarkPoint[] points) where T : class => null!;
        public static Task<AntiSpoofingResult> AntiSpoofingVideoAsync<T>(this FaceAntiSpoofing viewFace, T image, FaceInfo info, FaceMarkPoint[] points) where T : class => null!;
        public static Task<QualityResult> DetectAsync<T>(this FaceQuality viewFace, T image, FaceInfo info, FaceMarkPoint[] points, QualityType type) where T : class => null!;
        public static Task<int> PredictAgeAsync<T>(this AgePredictor viewFace, T image, FaceMarkPoint[] points) where T : class => null!;
        public static Task<Gender> PredictGenderAsync<T>(this GenderPredictor viewFace, T image, FaceMarkPoint[] points) where T : class => null!;
        public static Task<EyeStateResult> DetectAsync<T>(this EyeStateDetector viewFace, T image, FaceMarkPoint[] points) where T : class => null!;
        public static Task<FaceTrackInfo[]> TrackAsync<T>(this FaceTracker viewFace, T image) where T : class => null!;
        public static Task<PlotMaskResult> PlotMaskAsync<T>(this MaskDetector viewFace, T image, FaceInfo info) where T : class => null!;
    }}
    public static class ViewFaceSkiaSharpExtension
    {{
        public static FaceImage ToFaceImage(this SkiaSharp.SKBitmap image) => default;
        public static FaceImage ToFaceImage<T>(this T obj) where T : class => default;
    }}
}}";

    private const string SkiaSharp = "namespace SkiaSharp { public class SKBitmap { } }";

    // Calls every member of 0.3.6-0.3.8 on an SKBitmap; {0} is the extensions' namespace.
    private const string SharedConsumer = @"
using System.Threading.Tasks;
using SkiaSharp;
using ViewFaceCore.Configs;
using ViewFaceCore.Core;
using ViewFaceCore.Model;
using {0};
class Consumer
{{
    async Task Run(SKBitmap bitmap, FaceInfo info, FaceMarkPoint[] points, float[] a, float[] b)
    {{
        using var detector = new FaceDetector();
        using var marker = new FaceLandmarker();
        using var recognizer = new FaceRecognizer();
        using var tracker = new FaceTracker(new FaceTrackerConfig(640, 480));
        using var spoofing = new FaceAntiSpoofing();
        using var quality = new FaceQuality();
        using var mask = new MaskDetector();
        using var age = new AgePredictor();
        using var gender = new GenderPredictor();
        using var eyes = new EyeStateDetector();
        _ = detector.ModelPath;
        using var image = bitmap.ToFaceImage();
        bitmap.ToFaceImage<SKBitmap>().Dispose();
        /*capture*/detector.Detect(image);
        /*capture*/detector.Detect(bitmap);
        await /*capture*/detector.DetectAsync(bitmap);
        /*capture*/marker.Mark(image, info);
        /*capture*/marker.Mark(bitmap, info);
        await /*capture*/marker.MarkAsync(bitmap, info);
        /*capture*/recognizer.Extract(image, points);
        /*capture*/recognizer.Extract(bitmap, points);
        await /*capture*/recognizer.ExtractAsync(bitmap, points);
        recognizer.IsSelf(recognizer.Compare(a, b));
        recognizer.IsSelf(a, b);
        /*capture*/tracker.Track(image);
        /*capture*/tracker.Track(bitmap);
        await /*capture*/tracker.TrackAsync(bitmap);
        tracker.Reset();
        /*capture*/spoofing.AntiSpoofing(image, info, points);
        /*capture*/spoofing.AntiSpoofing(bitmap, info, points);
        await /*capture*/spoofing.AntiSpoofingAsync(bitmap, info, points);
        /*capture*/spoofing.AntiSpoofingVideo(image, info, points);
        /*capture*/spoofing.AntiSpoofingVideo(bitmap, info, points);
        await /*capture*/spoofing.AntiSpoofingVideoAsync(bitmap, info, points);
        /*capture*/quality.Detect(image, info, points, QualityType.Brightness);
        /*capture*/quality.Detect(bitmap, info, points, QualityType.Brightness);
        await /*capture*/quality.DetectAsync(bitmap, info, points, QualityType.Clarity);
        /*capture*/mask.PlotMask(image, info);
        /*capture*/mask.PlotMask(bitmap, info);
        await /*capture*/mask.PlotMaskAsync(bitmap, info);
        /*capture*/age.PredictAge(image, points);
        /*capture*/age.PredictAge(bitmap, points);
        await /*capture*/age.PredictAgeAsync(bitmap, points);
        /*capture*/gender.PredictGender(image, points);
        /*capture*/gender.PredictGender(bitmap, points);
        await /*capture*/gender.PredictGenderAsync(bitmap, points);
        /*capture*/eyes.Detect(image, points);
        /*capture*/eyes.Detect(bitmap, points);
        await /*capture*/eyes.DetectAsync(bitmap, points);
    }}
}}";

    internal static readonly SdkVersion V037 = new SdkVersion(
        "ViewFaceCore",
        "0.3.6-0.3.7",
        "tags 0.3.6 (b741e90) and 0.3.7 (59bdb9a); ViewFaceCore + ViewFaceCore.Extension.SkiaSharp",
        string.Format(System.Globalization.CultureInfo.InvariantCulture, SharedConsumer, "ViewFaceCore"),
        ("ViewFaceCore", CoreModel + "namespace ViewFaceCore.Core {" + CoreClasses + "}"),
        ("ViewFaceCore.Extension.SkiaSharp", SkiaSharp + string.Format(System.Globalization.CultureInfo.InvariantCulture, SharedExtensions, "ViewFaceCore")));

    // 0.3.8 moved the shared extensions to ViewFaceCore.Core, where the core package now has its own
    // ViewFaceAsyncExtensions on FaceImage: the same metadata name in two assemblies.
    private const string CoreAsyncExtensions038 = @"
    public static class ViewFaceAsyncExtensions
    {
        public static System.Threading.Tasks.Task<FaceInfo[]> DetectAsync(this FaceDetector viewFace, FaceImage image) => null!;
        public static System.Threading.Tasks.Task<FaceMarkPoint[]> MarkAsync(this FaceLandmarker viewFace, FaceImage image, FaceInfo info) => null!;
        public static System.Threading.Tasks.Task<float[]> ExtractAsync(this FaceRecognizer viewFace, FaceImage image, FaceMarkPoint[] points) => null!;
        public static System.Threading.Tasks.Task<AntiSpoofingResult> AntiSpoofingAsync(this FaceAntiSpoofing viewFace, FaceImage image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public static System.Threading.Tasks.Task<AntiSpoofingResult> AntiSpoofingVideoAsync(this FaceAntiSpoofing viewFace, FaceImage image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public static System.Threading.Tasks.Task<QualityResult> DetectAsync(this FaceQuality viewFace, FaceImage image, FaceInfo info, FaceMarkPoint[] points, QualityType type) => null!;
        public static System.Threading.Tasks.Task<int> PredictAgeAsync(this AgePredictor viewFace, FaceImage image, FaceMarkPoint[] points) => null!;
        public static System.Threading.Tasks.Task<Gender> PredictGenderAsync(this GenderPredictor viewFace, FaceImage image, FaceMarkPoint[] points) => null!;
        public static System.Threading.Tasks.Task<EyeStateResult> DetectAsync(this EyeStateDetector viewFace, FaceImage image, FaceMarkPoint[] points) => null!;
        public static System.Threading.Tasks.Task<FaceTrackInfo[]> TrackAsync(this FaceTracker viewFace, FaceImage image) => null!;
        public static System.Threading.Tasks.Task<PlotMaskResult> PlotMaskAsync(this MaskDetector viewFace, FaceImage image, FaceInfo info) => null!;
    }";

    internal static readonly SdkVersion V038 = new SdkVersion(
        "ViewFaceCore",
        "0.3.8",
        "commit 623e1ec (main, <Version>0.3.8); ViewFaceCore + ViewFaceCore.Extension.SkiaSharp",
        string.Format(System.Globalization.CultureInfo.InvariantCulture, SharedConsumer, "ViewFaceCore.Core")
            + @"
class FaceImageConsumer
{
    async System.Threading.Tasks.Task Run(ViewFaceCore.Core.FaceDetector detector, ViewFaceCore.Model.FaceImage image, ViewFaceCore.Model.FaceInfo info, ViewFaceCore.Model.FaceMarkPoint[] points,
        ViewFaceCore.Core.FaceLandmarker marker, ViewFaceCore.Core.FaceRecognizer recognizer, ViewFaceCore.Core.FaceTracker tracker, ViewFaceCore.Core.FaceAntiSpoofing spoofing,
        ViewFaceCore.Core.FaceQuality quality, ViewFaceCore.Core.MaskDetector mask, ViewFaceCore.Core.AgePredictor age, ViewFaceCore.Core.GenderPredictor gender, ViewFaceCore.Core.EyeStateDetector eyes)
    {
        await /*capture*/detector.DetectAsync(image);
        await /*capture*/marker.MarkAsync(image, info);
        await /*capture*/recognizer.ExtractAsync(image, points);
        await /*capture*/spoofing.AntiSpoofingAsync(image, info, points);
        await /*capture*/spoofing.AntiSpoofingVideoAsync(image, info, points);
        await /*capture*/quality.DetectAsync(image, info, points, ViewFaceCore.Model.QualityType.Pose);
        await /*capture*/age.PredictAgeAsync(image, points);
        await /*capture*/gender.PredictGenderAsync(image, points);
        await /*capture*/eyes.DetectAsync(image, points);
        await /*capture*/tracker.TrackAsync(image);
        await /*capture*/mask.PlotMaskAsync(image, info);
    }
}",
        ("ViewFaceCore", CoreModel + "namespace ViewFaceCore.Core {" + CoreClasses + CoreAsyncExtensions038 + "}"),
        ("ViewFaceCore.Extension.SkiaSharp", SkiaSharp + string.Format(System.Globalization.CultureInfo.InvariantCulture, SharedExtensions, "ViewFaceCore.Core")));

    // 0.4: FaceImage moved to ViewFaceCore.Models, the models were renamed (Predict, PredictVideo, MaskDetector.Detect,
    // ...WithCrop), and a source generator writes Extensions/AsyncExtensions for the image type into each image package.
    private const string Core04 = @"
namespace ViewFaceCore.Models
{
    public struct FaceImage : System.IDisposable { public FaceImage(int width, int height, int channels, byte[] buffer) { } public void Dispose() { } }
    public struct FaceInfo { }
    public struct FaceMarkPoint { }
    public struct FaceTrackInfo { }
    public sealed class AntiSpoofingResult { }
    public class QualityResult { }
    public enum QualityType { Brightness, Clarity, Integrity, Pose, PoseEx, Resolution, ClarityEx, Structure }
    public enum Gender { Male, Female, Unknown }
    public class EyeStateResult { }
    public class PlotMaskResult { }
}
namespace ViewFaceCore.Configs
{
    public abstract class BaseConfig { }
    public class FaceDetectConfig : BaseConfig { }
    public class FaceLandmarkConfig : BaseConfig { }
    public class FaceRecognizeConfig : BaseConfig { }
    public sealed class FaceTrackerConfig : BaseConfig { public FaceTrackerConfig(int width, int height) { } }
    public class FaceAntiSpoofingConfig : BaseConfig { }
    public class QualityConfig : BaseConfig { }
    public class MaskDetectConfig : BaseConfig { }
    public class AgePredictConfig : BaseConfig { }
    public class GenderPredictConfig : BaseConfig { }
    public class EyeStateDetectConfig : BaseConfig { }
}
namespace ViewFaceCore.Core
{
    using System;
    using System.Threading.Tasks;
    using ViewFaceCore.Configs;
    using ViewFaceCore.Models;
    public interface IViewFace : IDisposable { string ModelPath { get; } }
    public abstract class BaseViewFace<T> : IViewFace where T : BaseConfig
    {
        public BaseViewFace(T config) { Config = config; }
        public string ModelPath => """";
        public T Config { get; }
        public abstract void Dispose();
    }
    public abstract class Predictor<T> : BaseViewFace<T> where T : BaseConfig { public Predictor(T config) : base(config) { } }
    public sealed class FaceDetector : BaseViewFace<FaceDetectConfig>
    {
        public FaceDetector(FaceDetectConfig config = null!) : base(config) { }
        public FaceInfo[] Detect(FaceImage image) => null!;
        public override void Dispose() { }
    }
    public sealed class FaceLandmarker : BaseViewFace<FaceLandmarkConfig>
    {
        public FaceLandmarker(FaceLandmarkConfig config = null!) : base(config) { }
        public FaceMarkPoint[] Mark(FaceImage image, FaceInfo info) => null!;
        public override void Dispose() { }
    }
    public sealed class FaceRecognizer : BaseViewFace<FaceRecognizeConfig>
    {
        public FaceRecognizer(FaceRecognizeConfig config = null!) : base(config) { }
        public float[] Extract(FaceImage image, FaceMarkPoint[] points) => null!;
        public float Compare(float[] lfs, float[] rfs) => 0;
        public bool IsSelf(float similarity) => false;
        public bool IsSelf(float[] lfs, float[] rfs) => false;
        public override void Dispose() { }
    }
    public sealed class FaceTracker : BaseViewFace<FaceTrackerConfig>
    {
        public FaceTracker(FaceTrackerConfig config) : base(config) { }
        public FaceTrackInfo[] Track(FaceImage image) => null!;
        public void Reset() { }
        public override void Dispose() { }
    }
    public sealed class FaceAntiSpoofing : BaseViewFace<FaceAntiSpoofingConfig>
    {
        public FaceAntiSpoofing(FaceAntiSpoofingConfig config = null!) : base(config) { }
        public AntiSpoofingResult Predict(FaceImage image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public AntiSpoofingResult PredictVideo(FaceImage image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public override void Dispose() { }
    }
    public sealed class FaceQuality : BaseViewFace<QualityConfig>
    {
        public FaceQuality(QualityConfig config = null!) : base(config) { }
        public QualityResult Detect(FaceImage image, FaceInfo info, FaceMarkPoint[] points, QualityType type) => null!;
        public override void Dispose() { }
    }
    public sealed class MaskDetector : BaseViewFace<MaskDetectConfig>
    {
        public MaskDetector(MaskDetectConfig config = null!) : base(config) { }
        public PlotMaskResult Detect(FaceImage image, FaceInfo info) => null!;
        public override void Dispose() { }
    }
    public sealed class AgePredictor : Predictor<AgePredictConfig>
    {
        public AgePredictor(AgePredictConfig config = null!) : base(config) { }
        public int PredictAge(FaceImage image) => 0;
        public int PredictAgeWithCrop(FaceImage image, FaceMarkPoint[] points) => 0;
        public override void Dispose() { }
    }
    public sealed class GenderPredictor : Predictor<GenderPredictConfig>
    {
        public GenderPredictor(GenderPredictConfig config = null!) : base(config) { }
        public Gender PredictGender(FaceImage image) => default;
        public Gender PredictGenderWithCrop(FaceImage image, FaceMarkPoint[] points) => default;
        public override void Dispose() { }
    }
    public sealed class EyeStateDetector : Predictor<EyeStateDetectConfig>
    {
        public EyeStateDetector(EyeStateDetectConfig config = null!) : base(config) { }
        public EyeStateResult Detect(FaceImage image, FaceMarkPoint[] points) => null!;
        public override void Dispose() { }
    }
    public static class ViewFaceAsyncExtensions
    {
        public static Task<FaceInfo[]> DetectAsync(this FaceDetector viewFace, FaceImage image) => null!;
        public static Task<FaceMarkPoint[]> MarkAsync(this FaceLandmarker viewFace, FaceImage image, FaceInfo info) => null!;
        public static Task<float[]> ExtractAsync(this FaceRecognizer viewFace, FaceImage image, FaceMarkPoint[] points) => null!;
        public static Task<AntiSpoofingResult> PredictAsync(this FaceAntiSpoofing viewFace, FaceImage image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public static Task<AntiSpoofingResult> PredictVideoAsync(this FaceAntiSpoofing viewFace, FaceImage image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public static Task<QualityResult> DetectAsync(this FaceQuality viewFace, FaceImage image, FaceInfo info, FaceMarkPoint[] points, QualityType type) => null!;
        public static Task<int> PredictAgeWithCropAsync(this AgePredictor viewFace, FaceImage image, FaceMarkPoint[] points) => null!;
        public static Task<int> PredictAgeAsync(this AgePredictor viewFace, FaceImage image) => null!;
        public static Task<Gender> PredictGenderWithCropAsync(this GenderPredictor viewFace, FaceImage image, FaceMarkPoint[] points) => null!;
        public static Task<Gender> PredictGenderAsync(this GenderPredictor viewFace, FaceImage image) => null!;
        public static Task<EyeStateResult> DetectAsync(this EyeStateDetector viewFace, FaceImage image, FaceMarkPoint[] points) => null!;
        public static Task<FaceTrackInfo[]> TrackAsync(this FaceTracker viewFace, FaceImage image) => null!;
        public static Task<PlotMaskResult> DetectAsync(this MaskDetector viewFace, FaceImage image, FaceInfo info) => null!;
    }
}";

    // What ViewFaceCoreImplementationGenerator writes for [ViewFaceCoreImplementation(typeof({0}))]; {1} is the
    // package's own ToFaceImage class.
    private const string Generated04 = @"
namespace ViewFaceCore.Core
{{
    using System.Threading.Tasks;
    using ViewFaceCore.Models;
    public static class {1} {{ public static FaceImage ToFaceImage(this {0} image) => default; }}
    public static class Extensions
    {{
        public static FaceInfo[] Detect(this FaceDetector viewFace, {0} image) => null!;
        public static FaceMarkPoint[] Mark(this FaceLandmarker viewFace, {0} image, FaceInfo info) => null!;
        public static float[] Extract(this FaceRecognizer viewFace, {0} image, FaceMarkPoint[] points) => null!;
        public static AntiSpoofingResult Predict(this FaceAntiSpoofing viewFace, {0} image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public static AntiSpoofingResult PredictVideo(this FaceAntiSpoofing viewFace, {0} image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public static QualityResult Detect(this FaceQuality viewFace, {0} image, FaceInfo info, FaceMarkPoint[] points, QualityType type) => null!;
        public static int PredictAgeWithCrop(this AgePredictor viewFace, {0} image, FaceMarkPoint[] points) => 0;
        public static int PredictAge(this AgePredictor viewFace, {0} image) => 0;
        public static Gender PredictGenderWithCrop(this GenderPredictor viewFace, {0} image, FaceMarkPoint[] points) => default;
        public static Gender PredictGender(this GenderPredictor viewFace, {0} image) => default;
        public static EyeStateResult Detect(this EyeStateDetector viewFace, {0} image, FaceMarkPoint[] points) => null!;
        public static FaceTrackInfo[] Track(this FaceTracker viewFace, {0} image) => null!;
        public static PlotMaskResult Detect(this MaskDetector viewFace, {0} image, FaceInfo info) => null!;
    }}
    public static class AsyncExtensions
    {{
        public static Task<FaceInfo[]> DetectAsync(this FaceDetector viewFace, {0} image) => null!;
        public static Task<FaceMarkPoint[]> MarkAsync(this FaceLandmarker viewFace, {0} image, FaceInfo info) => null!;
        public static Task<float[]> ExtractAsync(this FaceRecognizer viewFace, {0} image, FaceMarkPoint[] points) => null!;
        public static Task<AntiSpoofingResult> PredictAsync(this FaceAntiSpoofing viewFace, {0} image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public static Task<AntiSpoofingResult> PredictVideoAsync(this FaceAntiSpoofing viewFace, {0} image, FaceInfo info, FaceMarkPoint[] points) => null!;
        public static Task<QualityResult> DetectAsync(this FaceQuality viewFace, {0} image, FaceInfo info, FaceMarkPoint[] points, QualityType type) => null!;
        public static Task<int> PredictAgeWithCropAsync(this AgePredictor viewFace, {0} image, FaceMarkPoint[] points) => null!;
        public static Task<int> PredictAgeAsync(this AgePredictor viewFace, {0} image) => null!;
        public static Task<Gender> PredictGenderWithCropAsync(this GenderPredictor viewFace, {0} image, FaceMarkPoint[] points) => null!;
        public static Task<Gender> PredictGenderAsync(this GenderPredictor viewFace, {0} image) => null!;
        public static Task<EyeStateResult> DetectAsync(this EyeStateDetector viewFace, {0} image, FaceMarkPoint[] points) => null!;
        public static Task<FaceTrackInfo[]> TrackAsync(this FaceTracker viewFace, {0} image) => null!;
        public static Task<PlotMaskResult> DetectAsync(this MaskDetector viewFace, {0} image, FaceInfo info) => null!;
    }}
}}";

    // Calls every 0.4 member on {0} (a FaceImage, an SKBitmap, an ImageSharp Image).
    private const string Calls04 = @"
        /*capture*/detector.Detect({0});
        await /*capture*/detector.DetectAsync({0});
        /*capture*/marker.Mark({0}, info);
        await /*capture*/marker.MarkAsync({0}, info);
        /*capture*/recognizer.Extract({0}, points);
        await /*capture*/recognizer.ExtractAsync({0}, points);
        /*capture*/tracker.Track({0});
        await /*capture*/tracker.TrackAsync({0});
        /*capture*/spoofing.Predict({0}, info, points);
        await /*capture*/spoofing.PredictAsync({0}, info, points);
        /*capture*/spoofing.PredictVideo({0}, info, points);
        await /*capture*/spoofing.PredictVideoAsync({0}, info, points);
        /*capture*/quality.Detect({0}, info, points, QualityType.Brightness);
        await /*capture*/quality.DetectAsync({0}, info, points, QualityType.Clarity);
        /*capture*/mask.Detect({0}, info);
        await /*capture*/mask.DetectAsync({0}, info);
        /*capture*/age.PredictAge({0});
        await /*capture*/age.PredictAgeAsync({0});
        /*capture*/age.PredictAgeWithCrop({0}, points);
        await /*capture*/age.PredictAgeWithCropAsync({0}, points);
        /*capture*/gender.PredictGender({0});
        await /*capture*/gender.PredictGenderAsync({0});
        /*capture*/gender.PredictGenderWithCrop({0}, points);
        await /*capture*/gender.PredictGenderWithCropAsync({0}, points);
        /*capture*/eyes.Detect({0}, points);
        await /*capture*/eyes.DetectAsync({0}, points);";

    internal static readonly SdkVersion V04 = new SdkVersion(
        "ViewFaceCore",
        "0.4",
        "tag 0.4.0-alpha3 (414b0ff) and commit 7529498 (dev, <Version>0.4.0-alpha4); ViewFaceCore + ViewFaceCore.Extension.SkiaSharp + ViewFaceCore.Extension.ImageSharp",
        @"
using System.Threading.Tasks;
using SkiaSharp;
using ViewFaceCore.Configs;
using ViewFaceCore.Core;
using ViewFaceCore.Models;
class Consumer
{
    async Task Run(FaceImage image, SKBitmap bitmap, SixLabors.ImageSharp.Image picture, FaceInfo info, FaceMarkPoint[] points, float[] a, float[] b)
    {
        using var detector = new FaceDetector();
        using var marker = new FaceLandmarker();
        using var recognizer = new FaceRecognizer();
        using var tracker = new FaceTracker(new FaceTrackerConfig(640, 480));
        using var spoofing = new FaceAntiSpoofing();
        using var quality = new FaceQuality();
        using var mask = new MaskDetector();
        using var age = new AgePredictor();
        using var gender = new GenderPredictor();
        using var eyes = new EyeStateDetector();
        _ = detector.ModelPath;
        _ = detector.Config;
        bitmap.ToFaceImage().Dispose();
        picture.ToFaceImage().Dispose();
        recognizer.IsSelf(recognizer.Compare(a, b));
        recognizer.IsSelf(a, b);
        tracker.Reset();"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Calls04, "image")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Calls04, "bitmap")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Calls04, "picture") + @"
    }
}",
        ("ViewFaceCore", Core04),
        ("ViewFaceCore.Extension.SkiaSharp", SkiaSharp + string.Format(System.Globalization.CultureInfo.InvariantCulture, Generated04, "SkiaSharp.SKBitmap", "ViewFaceSkiaSharpExtension")),
        ("ViewFaceCore.Extension.ImageSharp", "namespace SixLabors.ImageSharp { public abstract class Image { } }"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Generated04, "SixLabors.ImageSharp.Image", "ViewFaceImageSharpExtension")));

    /// <summary>Every version above.</summary>
    internal static readonly SdkVersion[] All = { July2020, V034, V035, V037, V038, V04 };
}
