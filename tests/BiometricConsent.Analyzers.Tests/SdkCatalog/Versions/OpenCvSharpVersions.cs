namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// OpenCvSharp's face API per version, read from github.com/shimat/opencvsharp: tags 4.0.0.20181130 to
/// 4.1.1.20191110 (Facemark still had the training and face-detection members), 4.2.0.20191223 to 4.13.0.20260627
/// and 5.0.0.20260703 (the package 4.13.0.20261107 has the same face members), and 5.0.0.20260718 to 5.0.0.20260806
/// plus main 58f69364 (the face module completed: BIF, MACE, Kazemi, FacemarkTrain, Cv2.Face, FaceRecognizerSF).
/// Only the face-related types; the consumer does not reference the real OpenCvSharp4 assembly.
/// </summary>
internal static class OpenCvSharpVersions
{
    // Core types the face signatures use. Algorithm's Read/Write are overridden by the recognisers.
    internal const string Core = @"
namespace OpenCvSharp
{
    using System;
    public class InputArray { public static implicit operator InputArray(Mat m) => new InputArray(); }
    public class OutputArray { public static implicit operator OutputArray(Mat m) => new OutputArray(); }
    public class InputOutputArray { public static implicit operator InputOutputArray(Mat m) => new InputOutputArray(); }
    public class Mat : IDisposable { public void Dispose() { } }
    public struct Rect { }
    public struct Size { public Size(int width, int height) { } }
    public struct Point2f { }
    public struct Scalar { }
    public class FileNode { }
    public class FileStorage { }
    public abstract class DisposableObject : IDisposable { public void Dispose() { } }
    public abstract class Algorithm : DisposableObject
    {
        public virtual void Write(FileStorage fs) { }
        public virtual void Read(FileNode fn) { }
    }
}";

    /// <summary>BasicFaceRecognizer's getters and setters (3.2 to 5.0).</summary>
    internal const string BasicMembers = @"
        public virtual int GetNumComponents() => 0;
        public virtual void SetNumComponents(int val) { }
        public new virtual double GetThreshold() => 0;
        public new virtual void SetThreshold(double val) { }
        public virtual Mat[] GetProjections() => null!;
        public virtual Mat GetLabels() => null!;
        public virtual Mat GetEigenValues() => null!;
        public virtual Mat GetEigenVectors() => null!;
        public virtual Mat GetMean() => null!;";

    /// <summary>LBPHFaceRecognizer's getters and setters (3.2 to 5.0).</summary>
    internal const string LbphMembers = @"
        public virtual int GetGridX() => 0;
        public virtual void SetGridX(int val) { }
        public virtual int GetGridY() => 0;
        public virtual void SetGridY(int val) { }
        public virtual int GetRadius() => 0;
        public virtual void SetRadius(int val) { }
        public virtual int GetNeighbors() => 0;
        public virtual void SetNeighbors(int val) { }
        public new virtual double GetThreshold() => 0;
        public new virtual void SetThreshold(double val) { }
        public virtual Mat[] GetHistograms() => null!;
        public virtual Mat GetLabels() => null!;";

    // FaceRecognizer and its subclasses: the same members from 4.0 to 5.0 (5.0 adds a PredictCollector overload).
    internal const string Recognizers = @"
    public abstract class FaceRecognizer : Algorithm
    {
        public virtual void Train(IEnumerable<Mat> src, IEnumerable<int> labels) { }
        public void Update(IEnumerable<Mat> src, IEnumerable<int> labels) { }
        public virtual int Predict(InputArray src) => 0;
        public virtual void Predict(InputArray src, out int label, out double confidence) { label = 0; confidence = 0; }
        public virtual void Write(string fileName) { }
        public virtual void Read(string fileName) { }
        public override void Write(FileStorage fs) { }
        public override void Read(FileNode fn) { }
        public void SetLabelInfo(int label, string strInfo) { }
        public string GetLabelInfo(int label) => """";
        public int[] GetLabelsByString(string str) => null!;
        public double GetThreshold() => 0;
        public void SetThreshold(double val) { }
        PREDICT_COLLECTOR
    }
    public abstract class BasicFaceRecognizer : FaceRecognizer
    {" + BasicMembers + @"
    }
    public class EigenFaceRecognizer : BasicFaceRecognizer { public static EigenFaceRecognizer Create(int numComponents = 0, double threshold = double.MaxValue) => null!; }
    public class FisherFaceRecognizer : BasicFaceRecognizer { public static FisherFaceRecognizer Create(int numComponents = 0, double threshold = double.MaxValue) => null!; }
    public class LBPHFaceRecognizer : FaceRecognizer
    {
        public static LBPHFaceRecognizer Create(int radius = 1, int neighbors = 8, int gridX = 8, int gridY = 8, double threshold = double.MaxValue) => null!;" + LbphMembers + @"
    }";

    internal const string Cascade = @"
    public class CascadeClassifier : DisposableObject
    {
        public CascadeClassifier() { }
        public CascadeClassifier(string fileName) { }
        public virtual bool Empty() => false;
        public bool Load(string fileName) => false;
        READ
        public virtual Rect[] DetectMultiScale(Mat image, double scaleFactor = 1.1, int minNeighbors = 3, int flags = 0, Size? minSize = null, Size? maxSize = null) => null!;
        public virtual Rect[] DetectMultiScale(Mat image, out int[] rejectLevels, out double[] levelWeights, double scaleFactor = 1.1, int minNeighbors = 3, int flags = 0, Size? minSize = null, Size? maxSize = null, bool outputRejectLevels = false) { rejectLevels = null!; levelWeights = null!; return null!; }
        public bool IsOldFormatCascade() => false;
        public virtual Size GetOriginalWindowSize() => default;
        public int GetFeatureType() => 0;
    }";

    /// <summary>The classifier as 3.x declares it: derived from DisposableCvObject, no Read(FileNode).</summary>
    internal static string Cascade3x => Cascade.Replace(": DisposableObject", ": DisposableCvObject").Replace("READ", string.Empty);

    // FacemarkAAM and FacemarkLBF in 4.x: a factory and a parameter class each.
    internal const string FacemarkSubclasses4 = @"
    public sealed class FacemarkAAM : Facemark
    {
        public static FacemarkAAM Create(Params? parameters = null) => null!;
        public sealed class Params : DisposableObject { public void Read(FileNode fn) { } public void Write(FileStorage fs) { } }
    }
    public sealed class FacemarkLBF : Facemark
    {
        public static FacemarkLBF Create(Params? parameters = null) => null!;
        public sealed class Params : DisposableObject { public void Read(FileNode fn) { } public void Write(FileStorage fs) { } }
    }";

    // Calls every version makes on the recognisers and the cascade classifier.
    internal const string CommonCalls = @"
        using var lbph = LBPHFaceRecognizer.Create();
        /*capture*/lbph.Train(images, labels);
        /*capture*/lbph.Update(images, labels);
        /*capture*/lbph.Predict(face);
        /*capture*/lbph.Predict(face, out var label, out var confidence);
        lbph.Write(""lbph.yml"");
        lbph.Read(""lbph.yml"");
        lbph.Write(new FileStorage());
        lbph.Read(new FileNode());
        Algorithm algorithm = lbph;
        algorithm.Write(new FileStorage());
        algorithm.Read(new FileNode());
        lbph.SetLabelInfo(1, ""alice"");
        lbph.GetLabelInfo(1);
        lbph.GetLabelsByString(""alice"");
        FaceRecognizer recognizer = lbph;
        recognizer.GetThreshold();
        recognizer.SetThreshold(100);
        lbph.GetThreshold();
        lbph.SetThreshold(100);
        lbph.GetGridX(); lbph.SetGridX(8); lbph.GetGridY(); lbph.SetGridY(8); lbph.GetRadius(); lbph.SetRadius(1);
        lbph.GetNeighbors(); lbph.SetNeighbors(8); lbph.GetHistograms(); lbph.GetLabels();
        using var eigen = EigenFaceRecognizer.Create();
        using var fisher = FisherFaceRecognizer.Create();
        BasicFaceRecognizer basic = fisher;
        basic.GetNumComponents(); basic.SetNumComponents(10); basic.GetThreshold(); basic.SetThreshold(1);
        basic.GetProjections(); basic.GetLabels(); basic.GetEigenValues(); basic.GetEigenVectors(); basic.GetMean();
        /*capture*/eigen.Predict(face);" + CascadeCalls;

    // Every member of the cascade classifier, on a face cascade (reported) and a plate cascade (not).
    internal const string CascadeCalls = @"
        using var cascade = new CascadeClassifier(""haarcascade_frontalface_default.xml"");
        cascade.Empty();
        cascade.Load(""haarcascade_frontalface_alt.xml"");
        /*capture*/cascade.DetectMultiScale(mat);
        /*capture*/cascade.DetectMultiScale(mat, out var rejectLevels, out var levelWeights);
        cascade.IsOldFormatCascade();
        cascade.GetOriginalWindowSize();
        cascade.GetFeatureType();
        using var plates = new CascadeClassifier(""haarcascade_russian_plate_number.xml"");
        plates.DetectMultiScale(mat);";

    internal const string ConsumerHead = @"
using System.Collections.Generic;
using OpenCvSharp;
using OpenCvSharp.Face;
class Consumer
{
    void Run(Mat mat, Mat face, Mat faces, Mat[] images, int[] labels, Mat landmarks)
    {";

    // Facemark up to 4.1.1.20191110 (and in 3.4.1.20180605 to 3.4.4.20181118): it trained and ran its face detector itself.
    internal const string Facemark40 = @"
    public abstract class Facemark : Algorithm
    {
        public override void Read(FileNode fn) { }
        public override void Write(FileStorage fs) { }
        public virtual bool AddTrainingSample(InputArray image, InputArray landmarks) => false;
        public virtual void Training(IntPtr parameters = default) { }
        public virtual void LoadModel(string model) { }
        public virtual bool Fit(InputArray image, InputArray faces, InputOutputArray landmarks) => false;
        public virtual bool SetFaceDetector(IntPtr detector, IntPtr userData) => false;
        public virtual bool GetFaces(InputArray image, OutputArray faces) => false;
        public virtual bool GetFaces(InputArray image, out Rect[] faces) { faces = null!; return false; }
        public virtual bool GetData(IntPtr items) => false;
    }";

    // Every member of Facemark40 and its subclasses.
    internal const string Facemark40Calls = @"
        using var lbf = FacemarkLBF.Create();
        lbf.LoadModel(""lbfmodel.yaml"");
        lbf.Write(new FileStorage());
        lbf.Read(new FileNode());
        /*capture*/lbf.Fit(face, faces, landmarks);
        lbf.SetFaceDetector(System.IntPtr.Zero, System.IntPtr.Zero);
        /*capture*/lbf.GetFaces(face, faces);
        /*capture*/lbf.GetFaces(face, out Rect[] found);
        using var aam = FacemarkAAM.Create(new FacemarkAAM.Params());
        /*capture*/aam.AddTrainingSample(face, landmarks);
        aam.Training();
        aam.GetData(System.IntPtr.Zero);
        new FacemarkLBF.Params().Write(new FileStorage());
        new FacemarkAAM.Params().Read(new FileNode());";

    internal static readonly SdkVersion V40 = new SdkVersion(
        "OpenCvSharp",
        "4.0-4.1",
        "tags 4.0.0.20181130, 4.1.1.20191110 (Facemark's training and detection members were removed in 4.1.1.20191217)",
        ConsumerHead + CommonCalls + Facemark40Calls + @"
    }
}",
        ("OpenCvSharp", Core + @"
namespace OpenCvSharp
{" + Cascade.Replace("READ", string.Empty) + @"
}
namespace OpenCvSharp.Face
{
    using System;
    using System.Collections.Generic;
" + Recognizers.Replace("PREDICT_COLLECTOR", string.Empty) + Facemark40 + FacemarkSubclasses4 + @"
}"));

    private const string Facemark413 = @"
    public abstract class Facemark : Algorithm
    {
        public virtual void LoadModel(string model) { }
        public virtual bool Fit(InputArray image, InputArray faces, out Point2f[][] landmarks) { landmarks = null!; return false; }
    }";

    private const string YuNet = @"
namespace OpenCvSharp.Dnn { public enum Backend { DEFAULT } public enum Target { CPU } }
namespace OpenCvSharp
{
    using OpenCvSharp.Dnn;
    public class FaceDetectorYN : Algorithm
    {
        public static FaceDetectorYN Create(string model, string config, Size inputSize, float scoreThreshold = 0.9f, float nmsThreshold = 0.3f, int topK = 5000, Backend backendId = Backend.DEFAULT, Target targetId = Target.CPU) => null!;
        SETTERS
        public int Detect(Mat image, Mat faces) => 0;
    }
}";

    internal static readonly SdkVersion V413 = new SdkVersion(
        "OpenCvSharp",
        "4.2-4.13",
        "tags 4.2.0.20191223 to 4.13.0.20260627 and 5.0.0.20260703 (FaceDetectorYN from 4.13.0.20260228); package 4.13.0.20261107",
        ConsumerHead + CommonCalls + @"
        cascade.Read(new FileNode());
        using var lbf = FacemarkLBF.Create();
        lbf.LoadModel(""lbfmodel.yaml"");
        /*capture*/lbf.Fit(face, faces, out var points);
        new FacemarkLBF.Params().Write(new FileStorage());
        new FacemarkAAM.Params().Read(new FileNode());
        using var aam = FacemarkAAM.Create();
        /*capture*/aam.Fit(face, faces, out points);
        using var yunet = FaceDetectorYN.Create(""yunet.onnx"", """", new Size(320, 320));
        /*capture*/yunet.Detect(mat, landmarks);
    }
}",
        ("OpenCvSharp", Core + @"
namespace OpenCvSharp
{" + Cascade.Replace("READ", "public virtual bool Read(FileNode fn) => false;") + @"
}
namespace OpenCvSharp.Face
{
    using System;
    using System.Collections.Generic;
" + Recognizers.Replace("PREDICT_COLLECTOR", string.Empty) + Facemark413 + @"
" + FacemarkSubclasses4 + @"
}" + YuNet.Replace("SETTERS", string.Empty)));

    internal static readonly SdkVersion V50 = new SdkVersion(
        "OpenCvSharp",
        "5.0",
        "tags 5.0.0.20260712 (FaceRecognizerSF), 5.0.0.20260718 to 5.0.0.20260806 and main 58f69364 (FaceDetectorYN setters); NuGet OpenCvSharp5",
        ConsumerHead + CommonCalls + @"
        cascade.Read(new FileNode());
        using var collector = StandardCollector.Create();
        /*capture*/lbph.Predict(face, collector);
        collector.Init(10);
        collector.Collect(1, 0.5);
        collector.GetResults();
        collector.GetResultsMap();
        using var lbf = FacemarkLBF.Create();
        lbf.LoadModel(""lbfmodel.yaml"");
        lbf.Write(new FileStorage());
        lbf.Read(new FileNode());
        lbf.SetFaceDetector(image => new Rect[0]);
        /*capture*/lbf.GetFaces(face, out Rect[] found);
        /*capture*/lbf.Fit(face, faces, out var points);
        /*capture*/lbf.AddTrainingSample(face, landmarks);
        lbf.Training();
        new FacemarkLBF.Params().Write(new FileStorage());
        new FacemarkAAM.Params().Read(new FileNode());
        using var aam = FacemarkAAM.Create();
        aam.Write(new FileStorage());
        aam.Read(new FileNode());
        /*capture*/aam.FitConfig(face, faces, new[] { new FacemarkAAM.Config() }, out points);
        aam.GetData(out var s0);
        using var kazemi = Cv2.Face.CreateFacemarkKazemi();
        using var kazemi2 = FacemarkKazemi.Create(new FacemarkKazemi.Params());
        kazemi.Write(new FileStorage());
        kazemi.Read(new FileNode());
        kazemi.SetFaceDetector(image => new Rect[0]);
        /*capture*/kazemi.Training(images, points, ""config.xml"", new Size(460, 460));
        /*capture*/kazemi.GetFaces(face, out found);
        /*capture*/kazemi.Fit(face, faces, out points);
        /*capture*/Cv2.Face.GetFacesHAAR(face, faces, ""haarcascade_frontalface_alt2.xml"");
        Cv2.Face.LoadDatasetList(""images.txt"", ""annotations.txt"", out var imageFiles, out var annotations);
        Cv2.Face.LoadTrainingData(""train.txt"", out imageFiles, out points);
        Cv2.Face.LoadTrainingData(""images.txt"", ""truth.txt"", out imageFiles, out points);
        Cv2.Face.LoadTrainingData(annotations, out points, out imageFiles);
        Cv2.Face.LoadFacePoints(""points.pts"", out var facePoints);
        Cv2.Face.DrawFacemarks(mat, landmarks);
        using var bif = BIF.Create();
        /*capture*/bif.Compute(face, faces);
        using var mace = MACE.Create();
        using var loaded = MACE.Load(""mace.xml"");
        mace.Salt(""passphrase"");
        /*capture*/mace.Train(images);
        /*capture*/mace.Same(face);
        using var yunet = FaceDetectorYN.Create(""yunet.onnx"", """", new Size(320, 320));
        yunet.SetInputSize(new Size(640, 480)); yunet.SetInputSize(640, 480); yunet.GetInputSize();
        yunet.SetScoreThreshold(0.9f); yunet.GetScoreThreshold(); yunet.SetNMSThreshold(0.3f); yunet.GetNMSThreshold();
        yunet.SetTopK(10); yunet.GetTopK();
        /*capture*/yunet.Detect(mat, landmarks);
        using var sface = FaceRecognizerSF.Create(""sface.onnx"", """");
        using var sface2 = FaceRecognizerSF.Create(""onnx"", new byte[0], new byte[0]);
        /*capture*/sface.AlignCrop(face, faces, landmarks);
        /*capture*/sface.Feature(face, faces);
        sface.Match(face, face);
    }
}",
        ("OpenCvSharp", Core + @"
namespace OpenCvSharp
{" + Cascade.Replace("READ", "public virtual bool Read(FileNode fn) => false;") + @"
    public static partial class Cv2
    {
        public static partial class Face
        {
            public static OpenCvSharp.Face.FacemarkKazemi CreateFacemarkKazemi() => null!;
            public static bool GetFacesHAAR(InputArray image, OutputArray faces, string faceCascadeName) => false;
            public static bool LoadDatasetList(string imageList, string annotationList, out string[] images, out string[] annotations) { images = null!; annotations = null!; return false; }
            public static bool LoadTrainingData(string filename, out string[] images, out Point2f[][] facePoints, char delimiter = ' ', float offset = 0) { images = null!; facePoints = null!; return false; }
            public static bool LoadTrainingData(string imageList, string groundTruth, out string[] images, out Point2f[][] facePoints, float offset = 0) { images = null!; facePoints = null!; return false; }
            public static bool LoadTrainingData(System.Collections.Generic.IEnumerable<string> filenames, out Point2f[][] landmarks, out string[] images) { images = null!; landmarks = null!; return false; }
            public static bool LoadFacePoints(string filename, out Point2f[] points, float offset = 0) { points = null!; return false; }
            public static void DrawFacemarks(InputOutputArray image, InputArray points, Scalar? color = null) { }
        }
    }
    public enum FaceRecognizerSFDisType { Cosine, NormL2 }
    public class FaceRecognizerSF : Algorithm
    {
        public static FaceRecognizerSF Create(string model, string config, OpenCvSharp.Dnn.Backend backendId = default, OpenCvSharp.Dnn.Target targetId = default) => null!;
        public static FaceRecognizerSF Create(string framework, byte[] bufferModel, byte[] bufferConfig, OpenCvSharp.Dnn.Backend backendId = default, OpenCvSharp.Dnn.Target targetId = default) => null!;
        public void AlignCrop(InputArray srcImg, InputArray faceBox, OutputArray alignedImg) { }
        public void Feature(InputArray alignedImg, OutputArray faceFeature) { }
        public double Match(InputArray faceFeature1, InputArray faceFeature2, FaceRecognizerSFDisType disType = FaceRecognizerSFDisType.Cosine) => 0;
    }
}
namespace OpenCvSharp.Face
{
    using System;
    using System.Collections.Generic;
    public abstract class PredictCollector : DisposableObject
    {
        public void Init(int size) { }
        public bool Collect(int label, double distance) => false;
    }
    // A readonly record struct in the sources; its generated members are not face processing.
    public readonly struct PredictResult { public int Label { get; } public double Distance { get; } }
    public sealed class StandardCollector : PredictCollector
    {
        public static StandardCollector Create(double threshold = double.MaxValue) => null!;
        public PredictResult[] GetResults(bool sorted = false) => null!;
        public IReadOnlyDictionary<int, double> GetResultsMap() => null!;
    }
" + Recognizers.Replace("PREDICT_COLLECTOR", "public virtual void Predict(InputArray src, PredictCollector collector) { }") + Facemark413 + @"
    public delegate Rect[] FacemarkFaceDetector(Mat image);
    public abstract class FacemarkTrain : Facemark
    {
        public bool AddTrainingSample(InputArray image, InputArray landmarks) => false;
        public void Training() { }
        public bool GetFaces(InputArray image, out Rect[] faces) { faces = null!; return false; }
        public void SetFaceDetector(FacemarkFaceDetector detector) { }
    }
    public sealed class FacemarkAAM : FacemarkTrain
    {
        public static FacemarkAAM Create(Params? parameters = null) => null!;
        public override void Write(FileStorage fs) { }
        public override void Read(FileNode fn) { }
        public readonly struct Config { public Config(Mat? rotation, Point2f translation, float scale, int modelScaleIndex) { } }
        public bool FitConfig(InputArray image, InputArray roi, IEnumerable<Config> runtimeParameters, out Point2f[][] landmarks) { landmarks = null!; return false; }
        public bool GetData(out Point2f[] s0) { s0 = null!; return false; }
        public sealed class Params { public void Read(FileNode fn) { } public void Write(FileStorage fs) { } }
    }
    public sealed class FacemarkLBF : FacemarkTrain
    {
        public static FacemarkLBF Create(Params? parameters = null) => null!;
        public override void Write(FileStorage fs) { }
        public override void Read(FileNode fn) { }
        public sealed class Params { public void Read(FileNode fn) { } public void Write(FileStorage fs) { } }
    }
    public sealed class FacemarkKazemi : Facemark
    {
        public static FacemarkKazemi Create(Params? parameters = null) => null!;
        public bool Training(IEnumerable<Mat> images, Point2f[][] landmarks, string configFile, Size scale, string modelFilename = ""face_landmarks.dat"") => false;
        public bool GetFaces(InputArray image, out Rect[] faces) { faces = null!; return false; }
        public void SetFaceDetector(FacemarkFaceDetector detector) { }
        public override void Write(FileStorage fs) { }
        public override void Read(FileNode fn) { }
        public sealed class Params { }
    }
    public sealed class BIF : Algorithm
    {
        public static BIF Create(int numBands = 8, int numRotations = 12) => null!;
        public int NumBands => 0;
        public int NumRotations => 0;
        public void Compute(InputArray image, OutputArray features) { }
    }
    public sealed class MACE : Algorithm
    {
        public static MACE Create(int imageSize = 64) => null!;
        public static MACE Load(string filename, string objName = """") => null!;
        public void Salt(string passphrase) { }
        public void Train(IEnumerable<Mat> images) { }
        public bool Same(InputArray query) => false;
    }
}" + YuNet.Replace("SETTERS", @"public void SetInputSize(Size inputSize) { }
        public void SetInputSize(int width, int height) => SetInputSize(new Size(width, height));
        public Size GetInputSize() => default;
        public void SetScoreThreshold(float scoreThreshold) { }
        public float GetScoreThreshold() => 0;
        public void SetNMSThreshold(float nmsThreshold) { }
        public float GetNMSThreshold() => 0;
        public void SetTopK(int topK) { }
        public int GetTopK() => 0;")));

    /// <summary>Every version above.</summary>
    internal static readonly SdkVersion[] All = { V40, V413, V50 };
}
