namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// OpenCvSharp 3.x (NuGet <c>OpenCvSharp3-AnyCPU</c>, <c>OpenCvSharp3-WithoutDll</c>), read from the 3.x tags of
/// github.com/shimat/opencvsharp: <c>src/OpenCvSharp/modules/face/*.cs</c> (<c>Modules/face/**</c> from 3.2.0.20170913),
/// <c>Cv2/Cv2_face.cs</c> and <c>objdetect/CascadeClassifier.cs</c>. The namespaces and type names are those of 4.x
/// (<c>OpenCvSharp.CascadeClassifier</c>, <c>OpenCvSharp.Face.FaceRecognizer</c>, <c>OpenCvSharp.Face.Facemark</c>); what
/// changed is how recognisers are made (static <c>Create…FaceRecognizer</c> factories up to 3.2, <c>X.Create</c> from
/// 3.3) and how they are stored (<c>Save</c>/<c>Load</c> up to 3.2, <c>Write</c>/<c>Read</c> from 3.3). Tags 3.0.0.20140908,
/// 3.0.0.20150816 and 3.0.0.20150823 hold the 2.4 C-API sources (no face module, no <c>CascadeClassifier</c> class).
/// </summary>
internal static class OpenCvSharp3Versions
{
    // 3.x classifiers derive from DisposableCvObject; the members are those of 4.x without Read(FileNode).
    private static readonly string Cascade3 = @"
namespace OpenCvSharp
{
    public abstract class DisposableCvObject : DisposableObject { }
" + OpenCvSharpVersions.Cascade3x + @"
}";

    // FaceRecognizer up to 3.2: static factories, Save/Load. LABEL_INFO marks the members 3.2.0.20170126 added.
    private const string Recognizer30 = @"
    public class FaceRecognizer : Algorithm
    {
        public static FACTORY_TYPE CreateEigenFaceRecognizer(int numComponents = 0, double threshold = double.MaxValue) => null!;
        public static FACTORY_TYPE CreateFisherFaceRecognizer(int numComponents = 0, double threshold = double.MaxValue) => null!;
        public static LBPH_TYPE CreateLBPHFaceRecognizer(int radius = 1, int neighbors = 8, int gridX = 8, int gridY = 8, double threshold = double.MaxValue) => null!;
        public virtual void Train(IEnumerable<Mat> src, IEnumerable<int> labels) { }
        public void Update(IEnumerable<Mat> src, IEnumerable<int> labels) { }
        public virtual int Predict(InputArray src) => 0;
        public virtual void Predict(InputArray src, out int label, out double confidence) { label = 0; confidence = 0; }
        public virtual void Save(string fileName) { }
        public virtual void Load(string fileName) { }
        public virtual void Save(FileStorage fs) { }
        public virtual void Load(FileStorage fs) { }
        LABEL_INFO
    }";

    private const string LabelInfo = @"
        public void SetLabelInfo(int label, string strInfo) { }
        public string GetLabelInfo(int label) => """";
        public int[] GetLabelsByString(string str) => null!;
        public double GetThreshold() => 0;
        public void SetThreshold(double val) { }";

    // 3.2's subclasses: the getters and setters of 4.x, no factories of their own.
    private const string Subclasses32 = @"
    public class BasicFaceRecognizer : FaceRecognizer
    {" + OpenCvSharpVersions.BasicMembers + @"
    }
    public class LBPHFaceRecognizer : FaceRecognizer
    {" + OpenCvSharpVersions.LbphMembers + @"
    }";

    // The 3.2 factories outside FaceRecognizer: Cv2 (3.2.0.20170126) and CvFace (3.2.0.20170913 to 3.2.0.20171112).
    private const string FactoryMembers32 = @"
        public static BasicFaceRecognizer CreateEigenFaceRecognizer(int numComponents = 0, double threshold = double.MaxValue) => null!;
        public static BasicFaceRecognizer CreateFisherFaceRecognizer(int numComponents = 0, double threshold = double.MaxValue) => null!;
        public static LBPHFaceRecognizer CreateLBPHFaceRecognizer(int radius = 1, int neighbors = 8, int gridX = 8, int gridY = 8, double threshold = double.MaxValue) => null!;";

    private const string Factories32 = @"
namespace OpenCvSharp
{
    using OpenCvSharp.Face;
    public static partial class Cv2
    {" + FactoryMembers32 + @"
    }
}
namespace OpenCvSharp.Face
{
    public static class CvFace
    {" + FactoryMembers32 + @"
    }
}";

    private const string Head = OpenCvSharpVersions.ConsumerHead + OpenCvSharpVersions.CascadeCalls;

    // Calls on a recogniser made by the 3.0-3.2 factories.
    private const string Calls30 = @"
        using var recognizer = FaceRecognizer.CreateLBPHFaceRecognizer();
        FaceRecognizer.CreateEigenFaceRecognizer();
        FaceRecognizer.CreateFisherFaceRecognizer();
        /*capture*/recognizer.Train(images, labels);
        /*capture*/recognizer.Update(images, labels);
        /*capture*/recognizer.Predict(face);
        /*capture*/recognizer.Predict(face, out var label, out var confidence);
        recognizer.Save(""lbph.yml"");
        recognizer.Load(""lbph.yml"");
        recognizer.Save(new FileStorage());
        recognizer.Load(new FileStorage());
        Algorithm algorithm = recognizer;
        algorithm.Write(new FileStorage());
        algorithm.Read(new FileNode());";

    private const string LabelInfoCalls = @"
        recognizer.SetLabelInfo(1, ""alice"");
        recognizer.GetLabelInfo(1);
        recognizer.GetLabelsByString(""alice"");
        recognizer.GetThreshold();
        recognizer.SetThreshold(100);
        recognizer.GetGridX(); recognizer.SetGridX(8); recognizer.GetGridY(); recognizer.SetGridY(8); recognizer.GetRadius(); recognizer.SetRadius(1);
        recognizer.GetNeighbors(); recognizer.SetNeighbors(8); recognizer.GetHistograms(); recognizer.GetLabels();
        using var basic = FaceRecognizer.CreateFisherFaceRecognizer();
        basic.GetNumComponents(); basic.SetNumComponents(10); basic.GetThreshold(); basic.SetThreshold(1);
        basic.GetProjections(); basic.GetLabels(); basic.GetEigenValues(); basic.GetEigenVectors(); basic.GetMean();
        /*capture*/basic.Predict(face);
        ((FaceRecognizer)basic).GetThreshold();
        ((FaceRecognizer)basic).SetThreshold(1);";

    private const string Tail = @"
    }
}";

    internal static readonly SdkVersion V30 = new SdkVersion(
        "OpenCvSharp",
        "3.0-3.2 (before 3.2.0.20170126)",
        "tags 3.0.0.20150819, 3.0.0.20151019 to 3.2.0.20170110 (NuGet OpenCvSharp3-AnyCPU)",
        Head + Calls30 + Tail,
        ("OpenCvSharp", OpenCvSharpVersions.Core + Cascade3 + @"
namespace OpenCvSharp.Face
{
    using System.Collections.Generic;
" + Recognizer30.Replace("FACTORY_TYPE", "FaceRecognizer").Replace("LBPH_TYPE", "FaceRecognizer").Replace("LABEL_INFO", string.Empty) + @"
}"));

    internal static readonly SdkVersion V32 = new SdkVersion(
        "OpenCvSharp",
        "3.2 (3.2.0.20170126 to 3.2.0.20171112)",
        "tags 3.2.0.20170126 (factories also on Cv2), 3.2.0.20170913 and 3.2.0.20171112 (factories also on CvFace)",
        Head + Calls30 + LabelInfoCalls + @"
        CvFace.CreateEigenFaceRecognizer();
        CvFace.CreateFisherFaceRecognizer();
        CvFace.CreateLBPHFaceRecognizer();
        Cv2.CreateEigenFaceRecognizer();
        Cv2.CreateFisherFaceRecognizer();
        Cv2.CreateLBPHFaceRecognizer();" + Tail,
        ("OpenCvSharp", OpenCvSharpVersions.Core + Cascade3 + @"
namespace OpenCvSharp.Face
{
    using System.Collections.Generic;
" + Recognizer30.Replace("FACTORY_TYPE", "BasicFaceRecognizer").Replace("LBPH_TYPE", "LBPHFaceRecognizer").Replace("LABEL_INFO", LabelInfo) + Subclasses32 + @"
}" + Factories32));

    // From 3.3 the recognisers are those of 4.x (X.Create, Write/Read); Facemark arrives in 3.4.1.20180605 as in 4.0.
    private static string Stub33(bool facemark) => OpenCvSharpVersions.Core + Cascade3 + @"
namespace OpenCvSharp.Face
{
    using System;
    using System.Collections.Generic;
" + OpenCvSharpVersions.Recognizers.Replace("PREDICT_COLLECTOR", string.Empty) + (facemark ? OpenCvSharpVersions.Facemark40 + OpenCvSharpVersions.FacemarkSubclasses4 : string.Empty) + @"
}";

    internal static readonly SdkVersion V33 = new SdkVersion(
        "OpenCvSharp",
        "3.3-3.4 (before 3.4.1.20180605)",
        "tags 3.3.1.20171117 and 3.4.1.20180320",
        OpenCvSharpVersions.ConsumerHead + OpenCvSharpVersions.CommonCalls + Tail,
        ("OpenCvSharp", Stub33(facemark: false)));

    internal static readonly SdkVersion V34 = new SdkVersion(
        "OpenCvSharp",
        "3.4 (3.4.1.20180605 to 3.4.4.20181118)",
        "tags 3.4.1.20180605, 3.4.1.20181108 and 3.4.4.20181118 (Facemark, FacemarkAAM, FacemarkLBF)",
        OpenCvSharpVersions.ConsumerHead + OpenCvSharpVersions.CommonCalls + OpenCvSharpVersions.Facemark40Calls + Tail,
        ("OpenCvSharp", Stub33(facemark: true)));

    /// <summary>The 3.x lines.</summary>
    internal static readonly SdkVersion[] All = { V30, V32, V33, V34 };
}
