using System.Linq;
using System.Reflection;
using System.Threading;
using BiometricConsent.Analyzers.SdkCatalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

/// <summary>
/// <see cref="CascadeClassifierHeuristic"/> on invocations compiled against the real OpenCvSharp4 assembly
/// (and the Emgu CV stub). Each source has exactly one DetectMultiScale call.
/// </summary>
public sealed class CascadeClassifierHeuristicTests
{
    private const string Usings = "using System; using System.IO; using OpenCvSharp;\n";

    private static bool IsVisiblyNonFace(params string[] sources)
    {
        var compilation = SdkCatalogCompilation.Create(sources.Select(source => Usings + source), new[] { SdkCatalogCompilation.OpenCvSharp });
        Assert.Empty(SdkCatalogCompilation.Errors(compilation));
        var invocation = Assert.Single(SdkCatalogCompilation.Invocations(compilation, "DetectMultiScale"));
        return CascadeClassifierHeuristic.IsVisiblyNonFaceCascade(invocation, CancellationToken.None);
    }

    // ---- locals ----

    [Theory]
    [InlineData("haarcascade_russian_plate_number.xml")]
    [InlineData("haarcascade_fullbody.xml")]
    [InlineData("haarcascade_eye.xml")]
    [InlineData("data/haarcascade_licence_plate_rus_16stages.xml")]
    [InlineData(@"C:\\models\\faces\\haarcascade_russian_plate_number.xml")]
    public void Local_created_from_a_non_face_cascade_is_visibly_non_face(string file)
    {
        Assert.True(IsVisiblyNonFace($@"class C {{ Rect[] M(Mat m) {{ var c = new CascadeClassifier(""{file}""); return c.DetectMultiScale(m); }} }}"));
    }

    [Theory]
    [InlineData("haarcascade_frontalface_default.xml")]
    [InlineData("haarcascade_frontalface_alt2.xml")]
    [InlineData("haarcascade_profileface.xml")]
    [InlineData("lbpcascade_frontalface.xml")]
    [InlineData("lbpcascade_frontalface_improved.xml")]
    [InlineData("HAARCASCADE_FRONTALFACE_ALT.XML")]
    [InlineData("models/FaceDetector.xml")]
    [InlineData("")]
    [InlineData("cascades/")]
    public void Local_created_from_a_face_cascade_or_no_visible_name_is_reported(string file)
    {
        Assert.False(IsVisiblyNonFace($@"class C {{ Rect[] M(Mat m) {{ var c = new CascadeClassifier(""{file}""); return c.DetectMultiScale(m); }} }}"));
    }

    [Fact]
    public void Using_declaration_and_const_local_are_visible()
    {
        Assert.True(IsVisiblyNonFace(@"class C { Rect[] M(Mat m) { const string File = ""haarcascade_russian_plate_number.xml""; using var c = new CascadeClassifier(File); return c.DetectMultiScale(m); } }"));
    }

    [Fact]
    public void Const_field_path_is_visible()
    {
        Assert.True(IsVisiblyNonFace(@"class C { private const string Plate = ""haarcascade_russian_plate_number.xml""; Rect[] M(Mat m) { var c = new CascadeClassifier(Plate); return c.DetectMultiScale(m); } }"));
        Assert.False(IsVisiblyNonFace(@"class C { private const string Face = ""haarcascade_frontalface_default.xml""; Rect[] M(Mat m) { var c = new CascadeClassifier(Face); return c.DetectMultiScale(m); } }"));
    }

    [Theory]
    [InlineData(@"Path.Combine(AppContext.BaseDirectory, ""haarcascade_russian_plate_number.xml"")", true)]
    [InlineData(@"Path.Combine(AppContext.BaseDirectory, ""cascades"", ""models"", ""haarcascade_russian_plate_number.xml"")", true)]
    [InlineData(@"Path.Join(AppContext.BaseDirectory, ""haarcascade_fullbody.xml"")", true)]
    [InlineData(@"Path.Combine(AppContext.BaseDirectory, ""haarcascade_frontalface_default.xml"")", false)]
    [InlineData(@"Path.Combine(""haarcascade_russian_plate_number.xml"", AppContext.BaseDirectory)", false)]
    [InlineData(@"AppContext.BaseDirectory + ""/haarcascade_russian_plate_number.xml""", true)]
    [InlineData(@"AppContext.BaseDirectory + ""haarcascade_russian_plate_number.xml""", false)]
    [InlineData(@"$""{AppContext.BaseDirectory}/cascades/haarcascade_russian_plate_number.xml""", true)]
    [InlineData(@"$""{AppContext.BaseDirectory}/cascades/haarcascade_frontalface_alt.xml""", false)]
    [InlineData(@"$""haarcascade_{AppContext.BaseDirectory}""", false)]
    [InlineData(@"Environment.GetEnvironmentVariable(""CASCADE"")!", false)]
    public void Path_expressions_are_visible_only_when_their_file_name_is_constant(string path, bool expected)
    {
        Assert.Equal(expected, IsVisiblyNonFace($@"class C {{ Rect[] M(Mat m) {{ var c = new CascadeClassifier({path}); return c.DetectMultiScale(m); }} }}"));
    }

    [Fact]
    public void Parameterless_construction_then_Load_is_visible()
    {
        Assert.True(IsVisiblyNonFace(@"class C { Rect[] M(Mat m) { var c = new CascadeClassifier(); c.Load(""haarcascade_russian_plate_number.xml""); return c.DetectMultiScale(m); } }"));
        Assert.False(IsVisiblyNonFace(@"class C { Rect[] M(Mat m) { var c = new CascadeClassifier(); c.Load(""haarcascade_frontalface_default.xml""); return c.DetectMultiScale(m); } }"));
    }

    [Fact]
    public void Parameterless_construction_alone_shows_no_file()
    {
        Assert.False(IsVisiblyNonFace(@"class C { Rect[] M(Mat m) { var c = new CascadeClassifier(); return c.DetectMultiScale(m); } }"));
    }

    [Fact]
    public void Read_from_a_file_node_hides_the_file()
    {
        Assert.False(IsVisiblyNonFace(@"class C { Rect[] M(Mat m, FileNode n) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); c.Read(n); return c.DetectMultiScale(m); } }"));
    }

    [Fact]
    public void Several_loads_must_all_be_non_face()
    {
        Assert.True(IsVisiblyNonFace(@"class C { Rect[] M(Mat m, bool b) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); if (b) c = new CascadeClassifier(""haarcascade_fullbody.xml""); return c.DetectMultiScale(m); } }"));
        Assert.False(IsVisiblyNonFace(@"class C { Rect[] M(Mat m, bool b) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); if (b) c = new CascadeClassifier(""haarcascade_frontalface_default.xml""); return c.DetectMultiScale(m); } }"));
        Assert.False(IsVisiblyNonFace(@"class C { Rect[] M(Mat m) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); c.Load(""lbpcascade_frontalface.xml""); return c.DetectMultiScale(m); } }"));
        Assert.False(IsVisiblyNonFace(@"class C { Rect[] M(Mat m, string path) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); c.Load(path); return c.DetectMultiScale(m); } }"));
    }

    [Fact]
    public void Assignment_inside_a_lambda_of_the_same_member_counts()
    {
        Assert.False(IsVisiblyNonFace(@"class C { Rect[] M(Mat m) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); Action a = () => c = new CascadeClassifier(""haarcascade_frontalface_default.xml""); a(); return c.DetectMultiScale(m); } }"));
    }

    [Fact]
    public void Capture_inside_a_lambda_sees_the_enclosing_member()
    {
        Assert.True(IsVisiblyNonFace(@"class C { Func<Mat, Rect[]> M() { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); return m => c.DetectMultiScale(m); } }"));
    }

    [Fact]
    public void Conditional_access_receiver_is_followed()
    {
        Assert.True(IsVisiblyNonFace(@"class C { Rect[]? M(Mat m) { CascadeClassifier? c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); return c?.DetectMultiScale(m); } }"));
    }

    [Theory]
    [InlineData(@"class C { Rect[] M(Mat m, CascadeClassifier c) => c.DetectMultiScale(m); }")]
    [InlineData(@"class C { Rect[] M(Mat m, string file) { var c = new CascadeClassifier(file); return c.DetectMultiScale(m); } }")]
    [InlineData(@"class C { static CascadeClassifier Make() => new CascadeClassifier(""haarcascade_russian_plate_number.xml""); Rect[] M(Mat m) { var c = Make(); return c.DetectMultiScale(m); } }")]
    [InlineData(@"class C { Rect[] M(Mat m) => new CascadeClassifier(""haarcascade_russian_plate_number.xml"").DetectMultiScale(m); }")]
    [InlineData(@"class C { static void Make(out CascadeClassifier c) => c = new CascadeClassifier(""x.xml""); Rect[] M(Mat m) { Make(out var c); return c.DetectMultiScale(m); } }")]
    [InlineData(@"class C { static void Make(ref CascadeClassifier c) { } Rect[] M(Mat m) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); Make(ref c); return c.DetectMultiScale(m); } }")]
    [InlineData(@"class C { Rect[] M(Mat m, CascadeClassifier[] all) { foreach (var c in all) return c.DetectMultiScale(m); return new Rect[0]; } }")]
    [InlineData(@"class C { Rect[] M(Mat m, object o) => o is CascadeClassifier c ? c.DetectMultiScale(m) : new Rect[0]; }")]
    [InlineData(@"class C { Rect[] M(Mat m, CascadeClassifier other) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); (c, _) = (other, 1); return c.DetectMultiScale(m); } }")]
    [InlineData(@"class C { Rect[] M(Mat m) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); ref var alias = ref c; return c.DetectMultiScale(m); } }")]
    public void Classifiers_from_where_the_reader_cannot_see_are_reported(string source)
    {
        Assert.False(IsVisiblyNonFace(source));
    }

    // ---- fields and properties ----

    [Theory]
    [InlineData(@"private readonly CascadeClassifier _c = new CascadeClassifier(""haarcascade_russian_plate_number.xml"");")]
    [InlineData(@"private static readonly CascadeClassifier _c = new(""haarcascade_russian_plate_number.xml"");")]
    [InlineData(@"private readonly CascadeClassifier _c; public C() { _c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); }")]
    [InlineData(@"private readonly CascadeClassifier _c; public C() { this._c = new CascadeClassifier(Path.Combine(AppContext.BaseDirectory, ""haarcascade_russian_plate_number.xml"")); }")]
    [InlineData(@"private CascadeClassifier _c = new CascadeClassifier(); public C() { _c.Load(""haarcascade_russian_plate_number.xml""); }")]
    [InlineData(@"private readonly CascadeClassifier _c; public C() : this(1) { } private C(int i) { _c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); }")]
    public void Field_loaded_in_its_initializer_or_constructor_is_visible(string members)
    {
        Assert.True(IsVisiblyNonFace($@"class C {{ {members} Rect[] M(Mat m) => _c.DetectMultiScale(m); }}"));
    }

    [Theory]
    [InlineData(@"public CascadeClassifier P { get; } = new CascadeClassifier(""haarcascade_russian_plate_number.xml"");")]
    [InlineData(@"public CascadeClassifier P { get; } public C() { P = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); }")]
    [InlineData(@"public CascadeClassifier P { get; private set; } = new CascadeClassifier(""haarcascade_russian_plate_number.xml"");")]
    public void Auto_property_loaded_in_its_initializer_or_constructor_is_visible(string members)
    {
        Assert.True(IsVisiblyNonFace($@"class C {{ {members} Rect[] M(Mat m) => P.DetectMultiScale(m); }}"));
    }

    [Theory]
    [InlineData(@"private readonly CascadeClassifier _c = new CascadeClassifier(""haarcascade_frontalface_default.xml"");")]
    [InlineData(@"private readonly CascadeClassifier _c; public C(CascadeClassifier c) { _c = c; }")]
    [InlineData(@"private readonly CascadeClassifier _c; public C(string file) { _c = new CascadeClassifier(file); }")]
    [InlineData(@"private readonly CascadeClassifier _c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); public C(bool b) { if (b) _c = new CascadeClassifier(""haarcascade_frontalface_alt.xml""); }")]
    [InlineData(@"private CascadeClassifier _c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); public void Reset() { _c = new CascadeClassifier(""haarcascade_frontalface_default.xml""); }")]
    [InlineData(@"private CascadeClassifier _c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); public void Reload(string f) { _c.Load(f); }")]
    [InlineData(@"private CascadeClassifier _c = new CascadeClassifier(); ")]
    [InlineData(@"public CascadeClassifier _c = new CascadeClassifier(""haarcascade_russian_plate_number.xml"");")]
    [InlineData(@"protected CascadeClassifier _c = new CascadeClassifier(""haarcascade_russian_plate_number.xml"");")]
    public void Field_not_visibly_non_face_is_reported(string members)
    {
        Assert.False(IsVisiblyNonFace($@"class C {{ {members} Rect[] M(Mat m) => _c.DetectMultiScale(m); }}"));
    }

    [Theory]
    [InlineData(@"public CascadeClassifier P { get; set; } = new CascadeClassifier(""haarcascade_russian_plate_number.xml"");")]
    [InlineData(@"public CascadeClassifier P { get; init; } = new CascadeClassifier(""haarcascade_russian_plate_number.xml"");")]
    [InlineData(@"public virtual CascadeClassifier P { get; } = new CascadeClassifier(""haarcascade_russian_plate_number.xml"");")]
    [InlineData(@"public CascadeClassifier P => new CascadeClassifier(""haarcascade_russian_plate_number.xml"");")]
    [InlineData(@"public CascadeClassifier P { get; } = new CascadeClassifier(""lbpcascade_frontalface.xml"");")]
    public void Property_not_visibly_non_face_is_reported(string members)
    {
        Assert.False(IsVisiblyNonFace($@"class C {{ {members} Rect[] M(Mat m) => P.DetectMultiScale(m); }}"));
    }

    [Fact]
    public void Field_of_a_partial_type_declared_in_another_file_is_reported()
    {
        Assert.False(IsVisiblyNonFace(
            @"partial class C { private readonly CascadeClassifier _c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); }",
            @"partial class C { Rect[] M(Mat m) => _c.DetectMultiScale(m); }"));
    }

    [Fact]
    public void Assignment_in_a_nested_type_is_seen()
    {
        Assert.False(IsVisiblyNonFace(@"class C { private static CascadeClassifier _c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); Rect[] M(Mat m) => _c.DetectMultiScale(m); class N { void Swap() { _c = new CascadeClassifier(""haarcascade_frontalface_default.xml""); } } }"));
    }

    // ---- which calls are cascade detections ----

    [Fact]
    public void IsCascadeDetect_recognises_OpenCvSharp_Emgu_and_derived_classifiers_only()
    {
        var compilation = SdkCatalogCompilation.Create(
            new[]
            {
                SdkStubs.Source,
                @"namespace User { public class CascadeClassifier { public int DetectMultiScale(int x) => x; } }
                      public class MyCascade : OpenCvSharp.CascadeClassifier { }
                      public class MyEmguCascade : Emgu.CV.CascadeClassifier { public new System.Drawing.Rectangle[] DetectMultiScale(Emgu.CV.IInputArray image, double s = 1.1, int n = 3) => null!; }",
            },
            new[] { SdkCatalogCompilation.OpenCvSharp });
        Assert.Empty(SdkCatalogCompilation.Errors(compilation));

        IMethodSymbol Method(string type) => compilation.GetTypeByMetadataName(type)!.GetMembers("DetectMultiScale").OfType<IMethodSymbol>().First();

        Assert.True(CascadeClassifierHeuristic.IsCascadeDetect(Method("OpenCvSharp.CascadeClassifier")));
        Assert.True(CascadeClassifierHeuristic.IsCascadeDetect(Method("Emgu.CV.CascadeClassifier")));
        Assert.True(CascadeClassifierHeuristic.IsCascadeDetect(Method("MyEmguCascade")));
        Assert.False(CascadeClassifierHeuristic.IsCascadeDetect(Method("OpenCvSharp.HOGDescriptor")));
        Assert.False(CascadeClassifierHeuristic.IsCascadeDetect(Method("User.CascadeClassifier")));
        Assert.False(CascadeClassifierHeuristic.IsCascadeDetect(compilation.GetTypeByMetadataName("OpenCvSharp.CascadeClassifier")!.GetMembers("Load").OfType<IMethodSymbol>().Single()));
        Assert.False(CascadeClassifierHeuristic.IsCascadeDetect(null!));
    }

    [Fact]
    public void Derived_classifier_is_a_cascade_detect_whose_constructor_hides_the_file()
    {
        // MyCascade's constructor may load any cascade into the base class, so its creation is not visible evidence.
        var compilation = SdkCatalogCompilation.Create(Usings + @"class MyCascade : CascadeClassifier { public MyCascade() : base(""haarcascade_frontalface_default.xml"") { } } class C { Rect[] M(Mat m) { var c = new MyCascade(); return c.DetectMultiScale(m); } }", SdkCatalogCompilation.OpenCvSharp);
        Assert.Empty(SdkCatalogCompilation.Errors(compilation));
        var invocation = Assert.Single(SdkCatalogCompilation.Invocations(compilation, "DetectMultiScale"));

        Assert.True(CascadeClassifierHeuristic.IsCascadeDetect(invocation.TargetMethod));
        Assert.False(CascadeClassifierHeuristic.IsVisiblyNonFaceCascade(invocation, CancellationToken.None));
    }

    [Fact]
    public void HOGDescriptor_detection_is_not_a_cascade_call()
    {
        var compilation = SdkCatalogCompilation.Create(Usings + @"class C { Rect[] M(Mat m) { var h = new HOGDescriptor(); return h.DetectMultiScale(m); } }", SdkCatalogCompilation.OpenCvSharp);
        var invocation = Assert.Single(SdkCatalogCompilation.Invocations(compilation, "DetectMultiScale"));

        Assert.False(CascadeClassifierHeuristic.IsVisiblyNonFaceCascade(invocation, CancellationToken.None));
    }

    [Theory]
    [InlineData("haarcascade_russian_plate_number.xml", true)]
    [InlineData("haarcascade_frontalface_default.xml", false)]
    public void Emgu_CV_classifier_follows_the_same_rule(string file, bool expected)
    {
        var compilation = SdkCatalogCompilation.Create(
            new[] { SdkStubs.Source, $@"class C {{ object M(Emgu.CV.IInputArray m) {{ var c = new Emgu.CV.CascadeClassifier(""{file}""); return c.DetectMultiScale(m); }} }}" },
            new Assembly[0]);
        Assert.Empty(SdkCatalogCompilation.Errors(compilation));
        var invocation = Assert.Single(SdkCatalogCompilation.Invocations(compilation, "DetectMultiScale"));

        Assert.Equal(expected, CascadeClassifierHeuristic.IsVisiblyNonFaceCascade(invocation, CancellationToken.None));
    }

    // ---- robustness ----

    [Theory]
    [InlineData(@"class C { Rect[] M(Mat m) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""; return c.DetectMultiScale(m); } }")]
    [InlineData(@"class C { Rect[] M(Mat m) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); return c.DetectMultiScale(; } }")]
    [InlineData(@"class C { Rect[] M(Mat m) { return c.DetectMultiScale(m); } }")]
    [InlineData(@"class C { Rect[] M(Mat m) { var c = new CascadeClassifier(Unknown.Path); return c.DetectMultiScale(m); } }")]
    [InlineData(@"class C { Rect[] M(Mat m) { CascadeClassifier c; c.Load(); return c.DetectMultiScale(m); } }")]
    [InlineData(@"class C { CascadeClassifier _c = new CascadeClassifier(Path.Combine()); Rect[] M(Mat m) => _c.DetectMultiScale(m) }")]
    [InlineData(@"class C { CascadeClassifier P { get => ; } = new(""x""); Rect[] M(Mat m) => P.DetectMultiScale(m); }")]
    [InlineData(@"Rect[] r = new CascadeClassifier(""haarcascade_russian_plate_number.xml"").DetectMultiScale(")]
    [InlineData(@"var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); var r = c.DetectMultiScale(new Mat());")]
    public void Half_typed_code_never_throws(string source)
    {
        var compilation = SdkCatalogCompilation.Create(new[] { Usings + source }, new[] { SdkCatalogCompilation.OpenCvSharp })
            .WithOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.ConsoleApplication));
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (model.GetOperation(node) is IInvocationOperation invocation)
                {
                    CascadeClassifierHeuristic.IsCascadeDetect(invocation.TargetMethod);
                    CascadeClassifierHeuristic.IsVisiblyNonFaceCascade(invocation, CancellationToken.None);
                }
            }
        }

        Assert.False(CascadeClassifierHeuristic.IsVisiblyNonFaceCascade(null!, CancellationToken.None));
    }

    [Fact]
    public void Top_level_statements_are_one_member()
    {
        var compilation = SdkCatalogCompilation.Create(new[] { Usings + @"var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); var r = c.DetectMultiScale(new Mat());" }, new[] { SdkCatalogCompilation.OpenCvSharp })
            .WithOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.ConsoleApplication));
        Assert.Empty(SdkCatalogCompilation.Errors(compilation));
        var invocation = Assert.Single(SdkCatalogCompilation.Invocations(compilation, "DetectMultiScale"));

        Assert.True(CascadeClassifierHeuristic.IsVisiblyNonFaceCascade(invocation, CancellationToken.None));
    }

    [Fact]
    public void Cancellation_is_observed()
    {
        var compilation = SdkCatalogCompilation.Create(Usings + @"class C { Rect[] M(Mat m) { var c = new CascadeClassifier(""haarcascade_russian_plate_number.xml""); return c.DetectMultiScale(m); } }", SdkCatalogCompilation.OpenCvSharp);
        var invocation = Assert.Single(SdkCatalogCompilation.Invocations(compilation, "DetectMultiScale"));

        Assert.ThrowsAny<System.OperationCanceledException>(() => CascadeClassifierHeuristic.IsVisiblyNonFaceCascade(invocation, new CancellationToken(canceled: true)));
    }
}
