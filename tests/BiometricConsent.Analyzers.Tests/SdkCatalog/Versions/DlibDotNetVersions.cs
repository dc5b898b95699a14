namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// DlibDotNet's face-related types, read from <c>src/DlibDotNet/ImageProcessing/FrontalFaceDetector.cs</c>,
/// <c>ShapePredictor.cs</c> and <c>Dnn/LossMetric.cs</c> at every tag of github.com/takuya-takeuchi/DlibDotNet
/// (19.15.0.20180825-pre to 19.21.0.20220724, 33 tags; the method names did not change), and
/// <c>Dlib.GetFrontalFaceDetector</c>. The rest of the static <c>Dlib</c> class is general image processing.
/// </summary>
internal static class DlibDotNetVersions
{
    internal static readonly SdkVersion V19 = new SdkVersion(
        "DlibDotNet",
        "19.15-19.21",
        "every tag, 19.15.0.20180825-pre to 19.21.0.20220724",
        @"
using System.Collections.Generic;
using DlibDotNet;
using DlibDotNet.Dnn;
class Consumer
{
    void Run(Array2D<RgbPixel> image, Matrix<RgbPixel> matrix, Matrix<RgbPixel>[] faces, uint[] labels, DnnTrainer<LossMetric> trainer)
    {
        using var detector = Dlib.GetFrontalFaceDetector();
        var rects = /*capture*/detector.Operator(image);
        /*capture*/detector.Operator(matrix);
        /*capture*/detector.Operator(matrix, out var detections);
        using var predictor = ShapePredictor.Deserialize(""shape_predictor_68_face_landmarks.dat"");
        ShapePredictor.Deserialize(new byte[0]);
        ShapePredictor.Deserialize(new ProxyDeserialize());
        /*capture*/predictor.Detect(image, rects[0]);
        /*capture*/predictor.Detect(matrix, rects[0]);
        /*capture*/predictor.Detect(image, new MModRect());
        /*capture*/predictor.Detect(matrix, new MModRect());
        ShapePredictor.Serialize(predictor, ""copy.dat"");
        using var net = LossMetric.Deserialize(""dlib_face_recognition_resnet_model_v1.dat"");
        LossMetric.Deserialize(new byte[0]);
        /*capture*/net.Operator(matrix);
        /*capture*/net.Operator(faces);
        /*capture*/LossMetric.Train(trainer, faces, labels);
        /*capture*/LossMetric.TrainOneStep(trainer, faces, labels);
        /*capture*/LossMetric.TestOneStep(trainer, faces, labels);
        LossMetric.Serialize(net, ""copy.dat"");
        net.Clean();
        net.GetLossDetails().GetDistanceThreshold();
        net.GetSubnet().GetLayerDetails().SetNumFilters(32);
        net.TryGetInputLayer(new object());
        Net baseNet = net;
        baseNet.Clean();
        baseNet.TryGetInputLayer(new object());
        new LossMetric().ToString();
    }
}",
        ("DlibDotNet", @"
namespace DlibDotNet
{
    using System;
    using System.Collections.Generic;
    public abstract class DlibObject : IDisposable { public void Dispose() { } }
    public struct RgbPixel { }
    public struct Rectangle { }
    public struct MModRect { }
    public struct RectDetection { }
    public class ProxyDeserialize { }
    public class ProxySerialize { }
    public abstract class Array2DBase : DlibObject { }
    public class Array2D<T> : Array2DBase { }
    public abstract class MatrixBase : DlibObject { }
    public class Matrix<T> : MatrixBase { }
    public sealed class FullObjectDetection : DlibObject { }
    public sealed class FrontalFaceDetector : DlibObject
    {
        public Rectangle[] Operator(Array2DBase image, double threshold = 0d) => null!;
        public Rectangle[] Operator(MatrixBase image, double threshold = 0d) => null!;
        public void Operator(MatrixBase image, out IEnumerable<RectDetection> detections, double threshold = 0d) { detections = null!; }
    }
    public sealed class ShapePredictor : DlibObject
    {
        public ShapePredictor() { }
        public uint Features => 0;
        public uint Parts => 0;
        public static ShapePredictor Deserialize(string path) => null!;
        public static ShapePredictor Deserialize(byte[] item) => null!;
        public static ShapePredictor Deserialize(ProxyDeserialize deserialize) => null!;
        public FullObjectDetection Detect(Array2DBase image, Rectangle rect) => null!;
        public FullObjectDetection Detect(Array2DBase image, MModRect rect) => null!;
        public FullObjectDetection Detect(MatrixBase image, Rectangle rect) => null!;
        public FullObjectDetection Detect(MatrixBase image, MModRect rect) => null!;
        public static void Serialize(ShapePredictor predictor, string path) { }
    }
    public static partial class Dlib
    {
        public static FrontalFaceDetector GetFrontalFaceDetector() => null!;
    }
}
namespace DlibDotNet.Dnn
{
    using System.Collections.Generic;
    public sealed class DnnTrainer<T> : DlibObject { }
    public sealed class OutputLabels<T> : DlibObject { }
    public abstract class Net : DlibObject
    {
        public abstract void Clean();
        public abstract bool TryGetInputLayer<T>(T layer);
    }
    public sealed class LossMetric : Net
    {
        public LossMetric(int networkType = 0) { }
        public override void Clean() { }
        public static LossMetric Deserialize(string path, int networkType = 0) => null!;
        public static LossMetric Deserialize(byte[] content, int networkType = 0) => null!;
        public LossDetails GetLossDetails() => null!;
        public Subnet GetSubnet() => null!;
        public OutputLabels<Matrix<float>> Operator<T>(Matrix<T> image, ulong batchSize = 128) => null!;
        public OutputLabels<Matrix<float>> Operator<T>(IEnumerable<Matrix<T>> images, ulong batchSize = 128) => null!;
        public static void Serialize(LossMetric net, string path) { }
        public static void TestOneStep<T>(DnnTrainer<LossMetric> trainer, IEnumerable<Matrix<T>> data, IEnumerable<uint> label) { }
        public static void Train<T>(DnnTrainer<LossMetric> trainer, IEnumerable<Matrix<T>> data, IEnumerable<uint> label) { }
        public static void TrainOneStep<T>(DnnTrainer<LossMetric> trainer, IEnumerable<Matrix<T>> data, IEnumerable<uint> label) { }
        public override bool TryGetInputLayer<T>(T layer) => false;
        public override string ToString() => """";
        public sealed class Subnet : DlibObject { public LayerDetails GetLayerDetails() => null!; }
        public sealed class LayerDetails : DlibObject { public void SetNumFilters(int num) { } }
        public sealed class LossDetails : DlibObject { public float GetDistanceThreshold() => 0; }
    }
}"));

    /// <summary>The one version line.</summary>
    internal static readonly SdkVersion[] All = { V19 };
}
