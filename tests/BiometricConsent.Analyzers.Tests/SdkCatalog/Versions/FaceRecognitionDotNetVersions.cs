namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// FaceRecognitionDotNet, read from <c>src/FaceRecognitionDotNet/FaceRecognition.cs</c> at every tag of
/// github.com/takuya-takeuchi/FaceRecognitionDotNet (1.2.3 to 1.3.0.7, 23 tags): the union of its public methods
/// (emotion from 1.3.0.6, head pose from 1.3.0.1, face cropping from 1.3.0.0).
/// </summary>
internal static class FaceRecognitionDotNetVersions
{
    internal static readonly SdkVersion V1 = new SdkVersion(
        "FaceRecognitionDotNet",
        "1.2.3-1.3.0.7",
        "every tag of src/FaceRecognitionDotNet/FaceRecognition.cs, 1.2.3 to 1.3.0.7",
        @"
using System.Collections.Generic;
using System.Linq;
using FaceRecognitionDotNet;
class Consumer
{
    void Run(byte[] pixels, System.Drawing.Bitmap bitmap)
    {
        using var fr = FaceRecognition.Create(""models"");
        using var fr2 = FaceRecognition.Create(new ModelParameter());
        using var image = FaceRecognition.LoadImageFile(""alice.jpg"");
        FaceRecognition.LoadImage(bitmap);
        FaceRecognition.LoadImage(pixels, 480, 640, 1920, Mode.Rgb);
        FaceRecognition.LoadImage(System.IntPtr.Zero, 480, 640, 1920, Mode.Rgb);
        var locations = /*capture*/fr.FaceLocations(image).ToArray();
        /*capture*/fr.BatchFaceLocations(new[] { image });
        var encodings = /*capture*/fr.FaceEncodings(image, locations).ToArray();
        var landmarks = /*capture*/fr.FaceLandmark(image, locations).First();
        /*capture*/FaceRecognition.CropFaces(image, locations);
        /*capture*/fr.PredictAge(image, locations[0]);
        /*capture*/fr.PredictGender(image, locations[0]);
        /*capture*/fr.PredictEmotion(image, locations[0]);
        /*capture*/fr.PredictProbabilityAge(image, locations[0]);
        /*capture*/fr.PredictProbabilityGender(image, locations[0]);
        /*capture*/fr.PredictProbabilityEmotion(image, locations[0]);
        /*capture*/fr.PredictHeadPose(landmarks);
        /*capture*/fr.EyeBlinkDetect(landmarks, out var left, out var right);
        FaceRecognition.CompareFace(encodings[0], encodings[1]);
        FaceRecognition.CompareFaces(encodings, encodings[1]);
        FaceRecognition.FaceDistance(encodings[0], encodings[1]);
        FaceRecognition.FaceDistances(encodings, encodings[1]);
        FaceRecognition.LoadFaceEncoding(new double[128]);
    }
}",
        // LoadImage(Bitmap) takes System.Drawing.Common's Bitmap, which the test's framework references do not have.
        ("System.Drawing.Common", "namespace System.Drawing { public class Bitmap { } }"),
        ("FaceRecognitionDotNet", @"
namespace FaceRecognitionDotNet
{
    using System;
    using System.Collections.Generic;
    public abstract class DisposableObject : IDisposable { public void Dispose() { } }
    public enum Mode { Rgb, Greyscale }
    public enum Model { Hog, Cnn, Custom }
    public enum PredictorModel { Large, Small, Custom }
    public enum Gender { Male, Female }
    public enum FacePart { Chin, LeftEye, RightEye }
    public sealed class ModelParameter { }
    public sealed class Image : DisposableObject { }
    public sealed class Location { }
    public sealed class FacePoint { }
    public sealed class HeadPose { }
    public sealed class FaceEncoding : DisposableObject { }
    public sealed class FaceRecognition : DisposableObject
    {
        public static FaceRecognition Create(string directory) => null!;
        public static FaceRecognition Create(ModelParameter parameter) => null!;
        public IEnumerable<Location[]> BatchFaceLocations(IEnumerable<Image> images, int numberOfTimesToUpsample = 1, int batchSize = 128) => null!;
        public static bool CompareFace(FaceEncoding knownFaceEncoding, FaceEncoding faceEncodingToCheck, double tolerance = 0.6d) => false;
        public static IEnumerable<bool> CompareFaces(IEnumerable<FaceEncoding> knownFaceEncodings, FaceEncoding faceEncodingToCheck, double tolerance = 0.6d) => null!;
        public static IEnumerable<Image> CropFaces(Image image, IEnumerable<Location> locations) => null!;
        public void EyeBlinkDetect(IDictionary<FacePart, IEnumerable<FacePoint>> landmark, out bool leftBlink, out bool rightBlink) { leftBlink = false; rightBlink = false; }
        public static double FaceDistance(FaceEncoding faceEncoding, FaceEncoding faceToCompare) => 0;
        public static IEnumerable<double> FaceDistances(IEnumerable<FaceEncoding> faceEncodings, FaceEncoding faceToCompare) => null!;
        public IEnumerable<FaceEncoding> FaceEncodings(Image image, IEnumerable<Location>? knownFaceLocation = null, int numJitters = 1, PredictorModel predictorModel = PredictorModel.Small, Model model = Model.Hog) => null!;
        public IEnumerable<IDictionary<FacePart, IEnumerable<FacePoint>>> FaceLandmark(Image faceImage, IEnumerable<Location>? faceLocations = null, PredictorModel predictorModel = PredictorModel.Large, Model model = Model.Hog) => null!;
        public IEnumerable<Location> FaceLocations(Image image, int numberOfTimesToUpsample = 1, Model model = Model.Hog) => null!;
        public static FaceEncoding LoadFaceEncoding(double[] encoding) => null!;
        public static Image LoadImage(System.Drawing.Bitmap bitmap) => null!;
        public static Image LoadImage(byte[] array, int row, int column, int stride, Mode mode) => null!;
        public static Image LoadImage(IntPtr array, int row, int column, int stride, Mode mode) => null!;
        public static Image LoadImageFile(string file, Mode mode = Mode.Rgb) => null!;
        public uint PredictAge(Image image, Location location) => 0;
        public string PredictEmotion(Image image, Location location) => """";
        public Gender PredictGender(Image image, Location location) => default;
        public IDictionary<uint, float> PredictProbabilityAge(Image image, Location location) => null!;
        public IDictionary<string, float> PredictProbabilityEmotion(Image image, Location location) => null!;
        public IDictionary<Gender, float> PredictProbabilityGender(Image image, Location location) => null!;
        public HeadPose PredictHeadPose(IDictionary<FacePart, IEnumerable<FacePoint>> landmark) => null!;
    }
}"));

    /// <summary>The one version line.</summary>
    internal static readonly SdkVersion[] All = { V1 };
}
