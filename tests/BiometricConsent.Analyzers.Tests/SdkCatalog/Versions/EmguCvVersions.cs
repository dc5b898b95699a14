namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// Emgu CV's face API per major version, read from github.com/emgucv/emgucv (tags 2.4.2, 3.0.0, 3.4.3, 4.0.1,
/// 4.5.5, 4.13.0 and master b06f1dcbe). Only the face-related types; bodies are dummies.
/// </summary>
internal static class EmguCvVersions
{
    internal static readonly SdkVersion V2 = new SdkVersion(
        "Emgu CV",
        "2.x",
        "tag 2.4.2",
        @"
using Emgu.CV;
using Emgu.CV.Structure;
class Consumer
{
    void Run(Image<Gray, byte> face, Image<Gray, byte>[] faces, int[] labels, string[] names, MCvTermCriteria criteria)
    {
        using var lbph = new LBPHFaceRecognizer(1, 8, 8, 8, 100);
        /*capture*/lbph.Train(faces, labels);
        /*capture*/lbph.Predict(face);
        lbph.Save(""model.yml"");
        lbph.Load(""model.yml"");
        new EigenFaceRecognizer(80, double.PositiveInfinity).Load(""eigen.yml"");
        new FisherFaceRecognizer(0, 3500).Load(""fisher.yml"");
        var eigen = new EigenObjectRecognizer(faces, names, 5000, ref criteria);
        /*capture*/eigen.Recognize(face);
        /*capture*/eigen.GetEigenDistances(face);
        /*capture*/EigenObjectRecognizer.CalcEigenObjects(faces, ref criteria, out var eigenImages, out var average);
        var weights = /*capture*/EigenObjectRecognizer.EigenDecomposite(face, eigenImages, average);
        eigen.EigenProjection(weights);
        using var cascade = new CascadeClassifier(""haarcascade_frontalface_default.xml"");
        /*capture*/cascade.DetectMultiScale(face, 1.1, 3, default, default);
    }
}",
        ("Emgu.CV", @"
namespace Emgu.CV.Structure
{
    public struct Gray { }
    public struct MCvTermCriteria { }
}
namespace Emgu.CV
{
    using System;
    using System.Drawing;
    using Emgu.CV.Structure;
    public interface IImage { }
    public class Image<TColor, TDepth> : IImage where TColor : struct { }
    public abstract class UnmanagedObject : IDisposable { public void Dispose() { } }
    public class CascadeClassifier : UnmanagedObject
    {
        public CascadeClassifier(String fileName) { }
        public Rectangle[] DetectMultiScale(Image<Gray, Byte> image, double scaleFactor, int minNeighbors, Size minSize, Size maxSize) => null!;
    }
    public abstract class FaceRecognizer : UnmanagedObject
    {
        public struct PredictionResult { public int Label; public double Distance; }
        public void Train(IImage[] images, int[] labels) { }
        public PredictionResult Predict(IImage image) => default;
        public void Save(String fileName) { }
        public void Load(String fileName) { }
    }
    public class EigenFaceRecognizer : FaceRecognizer { public EigenFaceRecognizer(int numComponents, double threshold) { } }
    public class FisherFaceRecognizer : FaceRecognizer { public FisherFaceRecognizer(int numComponents, double threshold) { } }
    public class LBPHFaceRecognizer : FaceRecognizer { public LBPHFaceRecognizer(int radius, int neighbors, int gridX, int gridY, double threshold) { } }
    public class EigenObjectRecognizer
    {
        public class RecognitionResult { }
        public EigenObjectRecognizer(Image<Gray, Byte>[] images, String[] labels, double eigenDistanceThreshold, ref MCvTermCriteria termCrit) { }
        public static void CalcEigenObjects(Image<Gray, Byte>[] trainingImages, ref MCvTermCriteria termCrit, out Image<Gray, Single>[] eigenImages, out Image<Gray, Single> avg) { eigenImages = null!; avg = null!; }
        public static float[] EigenDecomposite(Image<Gray, Byte> src, Image<Gray, Single>[] eigenImages, Image<Gray, Single> avg) => null!;
        public Image<Gray, Byte> EigenProjection(float[] eigenValue) => null!;
        public float[] GetEigenDistances(Image<Gray, Byte> image) => null!;
        public RecognitionResult Recognize(Image<Gray, Byte> image) => null!;
    }
}"));

    // Emgu.CV 3.x-4.x core types the face module's signatures use.
    private const string Core = @"
namespace Emgu.CV
{
    using System;
    public interface IInputArray { }
    public interface IOutputArray { }
    public interface IInputOutputArray : IInputArray, IOutputArray { }
    public interface IInputArrayOfArrays : IInputArray { }
    public interface IAlgorithm { }
    public class Mat : IInputOutputArray, IInputArrayOfArrays { }
    public class FileNode { }
    public abstract class UnmanagedObject : IDisposable { public void Dispose() { } }
    public abstract class SharedPtrObject : UnmanagedObject { }
    public class CascadeClassifier : UnmanagedObject
    {
        public CascadeClassifier() { }
        public CascadeClassifier(String fileName) { }
        public bool Read(FileNode node) => false;
        public System.Drawing.Rectangle[] DetectMultiScale(IInputArray image, double scaleFactor = 1.1, int minNeighbors = 3, System.Drawing.Size minSize = default, System.Drawing.Size maxSize = default) => null!;
    }
}";

    // The facemark API (3.4+), unchanged through 4.x.
    private const string Facemarks = @"
    public interface IFacemark : IAlgorithm { }
    public class FacemarkLBFParams : UnmanagedObject { }
    public class FacemarkLBF : UnmanagedObject, IFacemark { public FacemarkLBF(FacemarkLBFParams parameters) { } }
    public class FacemarkAAMParams : UnmanagedObject { }
    public class FacemarkAAM : UnmanagedObject, IFacemark { public FacemarkAAM(FacemarkAAMParams parameters) { } }
    public static partial class FaceInvoke
    {
        public delegate bool FaceDetectNative(IntPtr input, IntPtr output);
        public static bool SetFaceDetector(this IFacemark facemark, FaceDetectNative faceDetect) => false;
        public static void LoadModel(this IFacemark facemark, String model) { }
        public static bool GetFaces(this IFacemark facemark, IInputArray image, IOutputArray faces) => false;
        public static bool Fit(this IFacemark facemark, IInputArray image, IInputArray faces, IInputOutputArray landmarks) => false;
        public static void DrawFacemarks(IInputOutputArray image, IInputArray points, Emgu.CV.Structure.MCvScalar color) { }
        public static bool AddTraningSample(this IFacemark facemark, IInputArray image, IInputArray landmarks) => false;
        public static void Training(this IFacemark facemark) { }
    }";

    // 3.4: recognisers, facemarks and BIF in Emgu.CV.Face (Emgu.CV.Contrib).
    private const string Face3 = @"
namespace Emgu.CV.Face
{
    using System;
    using Emgu.CV;
    public abstract class FaceRecognizer : UnmanagedObject
    {
        public struct PredictionResult { public int Label; public double Distance; }
        public void Train(IInputArray images, IInputArray labels) { }
        public void Train<TColor, TDepth>(Image<TColor, TDepth>[] images, int[] labels) where TColor : struct { }
        public PredictionResult Predict(IInputArray image) => default;
        public void Write(String fileName) { }
        public void Read(String fileName) { }
    }
    public class EigenFaceRecognizer : FaceRecognizer { public EigenFaceRecognizer(int numComponents = 0, double threshold = double.MaxValue) { } }
    public class FisherFaceRecognizer : FaceRecognizer { public FisherFaceRecognizer(int numComponents = 0, double threshold = double.MaxValue) { } }
    public class LBPHFaceRecognizer : FaceRecognizer
    {
        public LBPHFaceRecognizer(int radius = 1, int neighbors = 8, int gridX = 8, int gridY = 8, double threshold = Double.MaxValue) { }
        public void Update(IInputArray images, IInputArray labels) { }
        public void Update<TColor, TDepth>(Image<TColor, TDepth>[] images, int[] labels) where TColor : struct { }
    }
    public class BIF : UnmanagedObject { public BIF(int numBands, int numRotations) { } public void Compute(IInputArray image, IOutputArray features) { } }
" + Facemarks + @"
}
namespace Emgu.CV.Structure { public struct MCvScalar { } }
namespace Emgu.CV { public class Image<TColor, TDepth> : IInputArray where TColor : struct { } }";

    // The facemark and recogniser calls every 3.x/4.x version shares.
    private const string FaceCalls = @"
        using var lbph = new LBPHFaceRecognizer();
        /*capture*/lbph.Train(images, labels);
        /*capture*/lbph.Update(images, labels);
        /*capture*/lbph.Predict(face);
        lbph.Write(""lbph.yml"");
        lbph.Read(""lbph.yml"");
        using var facemark = new FacemarkLBF(new FacemarkLBFParams());
        using var aam = new FacemarkAAM(new FacemarkAAMParams());
        facemark.LoadModel(""lbfmodel.yaml"");
        facemark.SetFaceDetector((input, output) => false);
        /*capture*/facemark.GetFaces(face, faces);
        /*capture*/facemark.Fit(face, faces, landmarks);
        /*capture*/aam.AddTraningSample(face, landmarks);
        aam.Training();
        FaceInvoke.DrawFacemarks(landmarks, faces, default);
        using var bif = new BIF(8, 12);
        /*capture*/bif.Compute(face, faces);
        using var cascade = new CascadeClassifier(""haarcascade_frontalface_alt2.xml"");
        cascade.Read(new FileNode());
        /*capture*/cascade.DetectMultiScale(face);";

    internal static readonly SdkVersion V3 = new SdkVersion(
        "Emgu CV",
        "3.x",
        "tags 3.0.0 and 3.4.3 (Facemark from 3.4, BIF from 3.2)",
        @"
using Emgu.CV;
using Emgu.CV.Face;
class Consumer
{
    void Run(Mat face, Mat images, Mat labels, Mat faces, Mat landmarks, Image<Emgu.CV.Structure.MCvScalar, byte>[] pictures, int[] ids)
    {
        new EigenFaceRecognizer(80).Read(""eigen.yml"");
        new FisherFaceRecognizer().Read(""fisher.yml"");"
            + FaceCalls + @"
        /*capture*/lbph.Train(pictures, ids);
        /*capture*/lbph.Update(pictures, ids);
    }
}",
        ("Emgu.CV", Core + Face3));

    // 4.x: recognisers on SharedPtrObject with BasicFaceRecognizer, Mat[] overloads, label info, MACE; YuNet and
    // SFace in Emgu.CV; ready-made pipelines in Emgu.CV.Models (4.5+, FaceRecognizerSFModel on master only).
    private const string Face4 = @"
namespace Emgu.CV.Face
{
    using System;
    using Emgu.CV;
    public abstract class FaceRecognizer : SharedPtrObject
    {
        public struct PredictionResult { public int Label; public double Distance; }
        public void Train(IInputArrayOfArrays images, IInputArray labels) { }
        public void Train(Mat[] images, int[] labels) { }
        public PredictionResult Predict(IInputArray image) => default;
        public void Write(String fileName) { }
        public void Read(String fileName) { }
        public void SetLabelInfo(int label, String strInfo) { }
        public String GetLabelInfo(int label) => """";
    }
    public abstract class BasicFaceRecognizer : FaceRecognizer { }
    public class EigenFaceRecognizer : BasicFaceRecognizer { public EigenFaceRecognizer(int numComponents = 0, double threshold = double.MaxValue) { } }
    public class FisherFaceRecognizer : BasicFaceRecognizer { public FisherFaceRecognizer(int numComponents = 0, double threshold = double.MaxValue) { } }
    public class LBPHFaceRecognizer : FaceRecognizer
    {
        public LBPHFaceRecognizer(int radius = 1, int neighbors = 8, int gridX = 8, int gridY = 8, double threshold = Double.MaxValue) { }
        public void Update(IInputArray images, IInputArray labels) { }
        public void Update(Mat[] images, int[] labels) { }
    }
    public class BIF : SharedPtrObject { public BIF(int numBands, int numRotations) { } public void Compute(IInputArray image, IOutputArray features) { } }
    public class MACE : SharedPtrObject, IAlgorithm
    {
        public MACE(int imgSize) { }
        public MACE(String fileName, String objName = """") { }
        public void Salt(String passphrase) { }
        public void Train(IInputArrayOfArrays images) { }
        public bool Same(IInputArray query) => false;
    }
" + Facemarks + @"
}
namespace Emgu.CV.Structure { public struct MCvScalar { } }
namespace Emgu.CV.Dnn { public enum Backend { Default } public enum Target { Cpu } }
namespace Emgu.CV
{
    using System;
    public class FaceDetectorYN : SharedPtrObject
    {
        public FaceDetectorYN(String model, String config, System.Drawing.Size inputSize, float scoreThreshold = 0.9f, float nmsThreshold = 0.3f, int topK = 5000, Emgu.CV.Dnn.Backend backendId = default, Emgu.CV.Dnn.Target targetId = default) { }
        public int Detect(IInputArray image, IOutputArray faces) => 0;
    }
    public class FaceRecognizerSF : SharedPtrObject
    {
        public enum DisType { Cosine, NormL2 }
        public FaceRecognizerSF(String model, String config, Emgu.CV.Dnn.Backend backendId, Emgu.CV.Dnn.Target targetId) { }
        public void AlignCrop(IInputArray srcImg, IInputArray faceBox, IOutputArray alignedImg) { }
        public void Feature(IInputArray alignedImg, IOutputArray faceFeature) { }
        public double Match(IInputArray faceFeature1, IInputArray faceFeature2, DisType disType = DisType.Cosine) => 0;
    }
}";

    private const string Models = @"
namespace Emgu.CV.Models
{
    using System.Collections.Generic;
    using System.Drawing;
    using System.Threading.Tasks;
    using Emgu.CV;
    public class DetectedObject { }
    public abstract class DisposableObject : System.IDisposable { public void Dispose() { } }
    public class FaceDetector : DisposableObject
    {
        public Task Init(object? onDownloadProgressChanged = null) => null!;
        public void Detect(IInputArray image, List<DetectedObject> fullFaceRegions, List<DetectedObject> partialFaceRegions, float confidenceThreshold = 0.5f, float nmsThreshold = 0.0f) { }
    }
    public class FacemarkDetector : DisposableObject
    {
        public Task Init(object? onDownloadProgressChanged = null) => null!;
        public PointF[][] Detect(IInputArray image, Rectangle[] fullFaceRegions) => null!;
    }
    public class FaceDetectorYNModel : DisposableObject
    {
        public struct FaceDetectorYNResult { public RectangleF Region; }
        public Task Init(object? onDownloadProgressChanged = null, object? initOptions = null) => null!;
        public void Detect(IInputArray image, Mat detectionResult) { }
        public FaceDetectorYNResult[] Detect(IInputArray image) => null!;
        public static FaceDetectorYNResult[] ConvertMatToFaceDetectorYNResult(Mat rawResult) => null!;
        public string ProcessAndRender(IInputArray imageIn, IInputOutputArray imageOut) => """";
        public void Clear() { }
    }
    public class FaceAndLandmarkDetector : DisposableObject
    {
        public Task Init(object? onDownloadProgressChanged = null, object? initOptions = null) => null!;
        public string ProcessAndRender(IInputArray imageIn, IInputOutputArray imageOut) => """";
        public void Clear() { }
    }
    public class CascadeFaceAndEyeDetector : DisposableObject
    {
        public Task Init(object? onDownloadProgressChanged = null, object? initOptions = null) => null!;
        public void Detect(IInputArray image, List<Rectangle> faces, List<Rectangle> eyes) { }
        public string ProcessAndRender(IInputArray imageIn, IInputOutputArray imageOut) => """";
        public void Clear() { }
    }
    public class FaceRecognizerSFModel : DisposableObject
    {
        public Task Init(object? onDownloadProgressChanged = null, object? initOptions = null) => null!;
        public void Feature(IInputArray image, IInputArray faceDetectionRow, IOutputArray faceFeature) { }
        public double Match(IInputArray image1, IInputArray faceDetectionRow1, IInputArray image2, IInputArray faceDetectionRow2) => 0;
        public double MatchFeatures(IInputArray faceFeature1, IInputArray faceFeature2, FaceRecognizerSF.DisType disType = FaceRecognizerSF.DisType.Cosine) => 0;
    }
}";

    internal static readonly SdkVersion V4 = new SdkVersion(
        "Emgu CV",
        "4.x",
        "tags 4.0.1, 4.5.5 and 4.13.0, master b06f1dcbe (FaceRecognizerSFModel); Emgu.CV + Emgu.CV.Models",
        @"
using System.Collections.Generic;
using System.Drawing;
using System.Threading.Tasks;
using Emgu.CV;
using Emgu.CV.Face;
using Emgu.CV.Models;
class Consumer
{
    async Task Run(Mat face, Mat images, Mat labels, Mat faces, Mat landmarks, Mat[] pictures, int[] ids, Mat output)
    {
        new EigenFaceRecognizer(80).Read(""eigen.yml"");
        new FisherFaceRecognizer().Read(""fisher.yml"");"
            + FaceCalls + @"
        /*capture*/lbph.Train(pictures, ids);
        /*capture*/lbph.Update(pictures, ids);
        lbph.SetLabelInfo(1, ""alice"");
        lbph.GetLabelInfo(1);
        using var mace = new MACE(64);
        mace.Salt(""secret"");
        /*capture*/mace.Train(images);
        /*capture*/mace.Same(face);
        new MACE(""mace.xml"").Salt(""secret"");
        using var yunet = new FaceDetectorYN(""yunet.onnx"", """", new Size(320, 320));
        /*capture*/yunet.Detect(face, faces);
        using var sface = new FaceRecognizerSF(""sface.onnx"", """", default, default);
        /*capture*/sface.AlignCrop(face, faces, output);
        /*capture*/sface.Feature(output, landmarks);
        sface.Match(landmarks, labels);
        using var detector = new Emgu.CV.Models.FaceDetector();
        await detector.Init();
        /*capture*/detector.Detect(face, new List<DetectedObject>(), new List<DetectedObject>());
        using var marks = new FacemarkDetector();
        await marks.Init();
        /*capture*/marks.Detect(face, new Rectangle[0]);
        using var yunetModel = new FaceDetectorYNModel();
        await yunetModel.Init();
        /*capture*/yunetModel.Detect(face, output);
        /*capture*/yunetModel.Detect(face);
        /*capture*/yunetModel.ProcessAndRender(face, output);
        FaceDetectorYNModel.ConvertMatToFaceDetectorYNResult(output);
        yunetModel.Clear();
        using var pipeline = new FaceAndLandmarkDetector();
        await pipeline.Init();
        /*capture*/pipeline.ProcessAndRender(face, output);
        pipeline.Clear();
        using var cascades = new CascadeFaceAndEyeDetector();
        await cascades.Init();
        /*capture*/cascades.Detect(face, new List<Rectangle>(), new List<Rectangle>());
        /*capture*/cascades.ProcessAndRender(face, output);
        cascades.Clear();
        using var sfaceModel = new FaceRecognizerSFModel();
        await sfaceModel.Init();
        /*capture*/sfaceModel.Feature(face, faces, output);
        /*capture*/sfaceModel.Match(face, faces, images, labels);
        sfaceModel.MatchFeatures(landmarks, output);
    }
}",
        ("Emgu.CV", Core + Face4),
        ("Emgu.CV.Models", Models));

    /// <summary>Every version above.</summary>
    internal static readonly SdkVersion[] All = { V2, V3, V4 };
}
