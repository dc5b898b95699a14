namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// Windows.Media.FaceAnalysis and the camera's face-detection effect (Windows.Media.Core), read by reflection over
/// <c>lib/net*/Microsoft.Windows.SDK.NET.dll</c> of the NuGet package <c>Microsoft.Windows.SDK.NET.Ref</c> 10.0.17763.87,
/// 10.0.19041.87, 10.0.22621.87, 10.0.26100.87 and 10.0.28000.87 (the targeting pack of the <c>net*-windows10.0.x</c>
/// TFMs): the face types are the same in every one. The CsWinRT projection is generated from the same Windows metadata
/// that UWP and <c>Microsoft.Windows.SDK.Contracts</c> reference as WinMD, so the second version is that view: the same
/// types and members without CsWinRT's <c>As</c>/<c>FromAbi</c> helpers and equality members.
/// </summary>
internal static class WindowsFaceAnalysisVersions
{
    // The Windows types the face signatures use. IAsyncOperation is awaited through WindowsRuntimeSystemExtensions.
    private const string Support = @"
namespace Windows.Foundation
{
    public interface IAsyncOperation<TResult> { }
    public interface IAsyncAction { }
}
namespace Windows.Foundation.Collections
{
    public interface IPropertySet { }
}
namespace Windows.Graphics.Imaging
{
    public sealed class SoftwareBitmap { }
    public enum BitmapPixelFormat { Unknown = 0, Gray8 = 62, Nv12 = 103 }
    public struct BitmapBounds { public uint X; public uint Y; public uint Width; public uint Height; }
    public struct BitmapSize { public uint Width; public uint Height; }
}
namespace Windows.Media
{
    public sealed class VideoFrame { }
}
namespace System
{
    using System.Runtime.CompilerServices;
    using System.Threading.Tasks;
    // Inside namespace System, 'Windows' would bind to System.Windows.
    using global::Windows.Foundation;
    public static class WindowsRuntimeSystemExtensions
    {
        public static Task<TResult> AsTask<TResult>(this IAsyncOperation<TResult> source) => null!;
        public static TaskAwaiter<TResult> GetAwaiter<TResult>(this IAsyncOperation<TResult> source) => default;
    }
}";

    // FaceDetector and FaceTracker. CSWINRT marks where the CsWinRT projection adds its helpers.
    private const string FaceAnalysis = @"
namespace Windows.Media.FaceAnalysis
{
    using System.Collections.Generic;
    using Windows.Foundation;
    using Windows.Graphics.Imaging;
    public sealed class DetectedFace
    {
        public BitmapBounds FaceBox => default;
        CSWINRT_DetectedFace
    }
    public sealed class FaceDetector
    {
        public static IAsyncOperation<FaceDetector> CreateAsync() => null!;
        public IAsyncOperation<IList<DetectedFace>> DetectFacesAsync(SoftwareBitmap image) => null!;
        public IAsyncOperation<IList<DetectedFace>> DetectFacesAsync(SoftwareBitmap image, BitmapBounds searchArea) => null!;
        public static IReadOnlyList<BitmapPixelFormat> GetSupportedBitmapPixelFormats() => null!;
        public static bool IsBitmapPixelFormatSupported(BitmapPixelFormat bitmapPixelFormat) => false;
        public static bool IsSupported => false;
        public BitmapSize MinDetectableFaceSize { get => default; set { } }
        public BitmapSize MaxDetectableFaceSize { get => default; set { } }
        CSWINRT_FaceDetector
    }
    public sealed class FaceTracker
    {
        public static IAsyncOperation<FaceTracker> CreateAsync() => null!;
        public IAsyncOperation<IList<DetectedFace>> ProcessNextFrameAsync(Windows.Media.VideoFrame videoFrame) => null!;
        public static IReadOnlyList<BitmapPixelFormat> GetSupportedBitmapPixelFormats() => null!;
        public static bool IsBitmapPixelFormatSupported(BitmapPixelFormat bitmapPixelFormat) => false;
        public static bool IsSupported => false;
        public BitmapSize MinDetectableFaceSize { get => default; set { } }
        public BitmapSize MaxDetectableFaceSize { get => default; set { } }
        CSWINRT_FaceTracker
    }
}
namespace Windows.Media.Core
{
    using System;
    using System.Collections.Generic;
    using Windows.Foundation.Collections;
    public enum FaceDetectionMode { HighPerformance = 0, Balanced = 1, HighQuality = 2 }
    public sealed class FaceDetectionEffectDefinition
    {
        public string ActivatableClassId => """";
        public IPropertySet Properties => null!;
        public FaceDetectionMode DetectionMode { get => default; set { } }
        public bool SynchronousDetectionEnabled { get => false; set { } }
    }
    public sealed class FaceDetectionEffectFrame : IDisposable
    {
        public IReadOnlyList<Windows.Media.FaceAnalysis.DetectedFace> DetectedFaces => null!;
        public void Dispose() { }
    }
    public sealed class FaceDetectedEventArgs
    {
        public FaceDetectionEffectFrame ResultFrame => null!;
    }
    public delegate void FaceDetectedHandler(FaceDetectionEffect sender, FaceDetectedEventArgs args);
    public sealed class FaceDetectionEffect
    {
        public bool Enabled { get => false; set { } }
        public TimeSpan DesiredDetectionInterval { get => default; set { } }
        public event FaceDetectedHandler? FaceDetected;
        public void SetProperties(IPropertySet configuration) { }
        CSWINRT_FaceDetectionEffect
    }
}";

    // Calls the consumer makes on every version: the two captures and every other member of the face types.
    private const string Calls = @"
using System;
using System.Threading.Tasks;
using Windows.Foundation.Collections;
using Windows.Graphics.Imaging;
using Windows.Media;
using Windows.Media.Core;
using Windows.Media.FaceAnalysis;
class Consumer
{
    async Task Run(SoftwareBitmap bitmap, VideoFrame frame, FaceDetectionEffect effect, IPropertySet settings)
    {
        if (!FaceDetector.IsSupported || !FaceTracker.IsSupported)
        {
            return;
        }

        FaceDetector.GetSupportedBitmapPixelFormats();
        FaceDetector.IsBitmapPixelFormatSupported(BitmapPixelFormat.Gray8);
        FaceTracker.GetSupportedBitmapPixelFormats();
        FaceTracker.IsBitmapPixelFormatSupported(BitmapPixelFormat.Nv12);
        var detector = await FaceDetector.CreateAsync();
        detector.MinDetectableFaceSize = detector.MaxDetectableFaceSize;
        var faces = await /*capture*/detector.DetectFacesAsync(bitmap);
        await /*capture*/detector.DetectFacesAsync(bitmap, new BitmapBounds());
        var pending = /*capture*/detector.DetectFacesAsync(bitmap);
        await pending.AsTask();
        pending.GetAwaiter();
        var box = faces[0].FaceBox;
        var tracker = await FaceTracker.CreateAsync().AsTask();
        tracker.MinDetectableFaceSize = tracker.MaxDetectableFaceSize;
        var tracked = await /*capture*/tracker.ProcessNextFrameAsync(frame);

        // The camera's face-detection effect: set up by MediaCapture.AddVideoEffectAsync (a general call) and
        // started by a property; neither is a catalogued call (docs/sdk-catalog.md).
        var definition = new FaceDetectionEffectDefinition { DetectionMode = FaceDetectionMode.HighPerformance, SynchronousDetectionEnabled = false };
        effect.SetProperties(settings);
        effect.FaceDetected += (sender, args) => { var detected = args.ResultFrame.DetectedFaces; };
        effect.Enabled = true;
CSWINRT_CALLS    }
}";

    private const string CsWinRtHelpers = @"
        public static I As<I>() => default!;
        public static TYPE FromAbi(System.IntPtr thisPtr) => null!;
        public bool Equals(TYPE other) => false;
        public static bool operator ==(TYPE x, TYPE y) => false;
        public static bool operator !=(TYPE x, TYPE y) => true;
        public override bool Equals(object? obj) => false;
        public override int GetHashCode() => 0;";

    private const string CsWinRtCalls = @"
        // CsWinRT's projection helpers and equality members: not face processing.
        FaceDetector.As<object>();
        FaceDetector.FromAbi(IntPtr.Zero);
        FaceTracker.As<object>();
        FaceTracker.FromAbi(IntPtr.Zero);
        DetectedFace.As<object>();
        DetectedFace.FromAbi(IntPtr.Zero);
        FaceDetectionEffect.As<object>();
        FaceDetectionEffect.FromAbi(IntPtr.Zero);
        detector.Equals(detector);
        tracker.Equals(tracker);
        faces[0].Equals(faces[0]);
        effect.Equals(effect);
";

    internal static readonly SdkVersion CsWinRt = Build(
        "Microsoft.Windows.SDK.NET.Ref 10.0.17763-10.0.28000",
        "reflection over Microsoft.Windows.SDK.NET.dll of Microsoft.Windows.SDK.NET.Ref 10.0.17763.87, 10.0.19041.87, 10.0.22621.87, 10.0.26100.87, 10.0.28000.87",
        withCsWinRtHelpers: true);

    internal static readonly SdkVersion WinMd = Build(
        "UWP / Microsoft.Windows.SDK.Contracts (WinMD)",
        "the same Windows metadata as projected by CsWinRT, without its helpers",
        withCsWinRtHelpers: false);

    /// <summary>The CsWinRT projection and the WinMD view of the same API.</summary>
    internal static readonly SdkVersion[] All = { CsWinRt, WinMd };

    private static SdkVersion Build(string version, string checkedAgainst, bool withCsWinRtHelpers)
    {
        var faceAnalysis = FaceAnalysis;
        foreach (var type in new[] { "DetectedFace", "FaceDetector", "FaceTracker", "FaceDetectionEffect" })
        {
            faceAnalysis = faceAnalysis.Replace("CSWINRT_" + type, withCsWinRtHelpers ? CsWinRtHelpers.Replace("TYPE", type) : string.Empty);
        }

        return new SdkVersion(
            "Windows.Media.FaceAnalysis",
            version,
            checkedAgainst,
            Calls.Replace("CSWINRT_CALLS", withCsWinRtHelpers ? CsWinRtCalls : string.Empty),
            ("Microsoft.Windows.SDK.NET", Support + faceAnalysis));
    }
}
