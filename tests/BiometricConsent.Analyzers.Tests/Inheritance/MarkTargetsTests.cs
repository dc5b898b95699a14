using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Inheritance;

/// <summary>
/// Where the marks may stand (docs/analyzer.md): type-level <c>[FaceCapture]</c> and its limits, and
/// <c>[RequiresConsent]</c> on each kind of member.
/// </summary>
public sealed class MarkTargetsTests
{
    [Fact]
    public Task Type_level_mark_covers_public_methods_and_properties_only()
        => Verify.AnalyzerAsync("""
            using Acme.Privacy;

            [FaceCapture]
            public class Scanner
            {
                public Scanner() { }
                public static Scanner Open() => new Scanner();
                public byte[] Scan() => new byte[0];
                public byte[] Last { get; } = new byte[0];
                internal void Calibrate() { }
                protected void Warm() { }
                private void Cool() { }
                public event System.EventHandler? Scanned;

                public void Run()
                {
                    Calibrate();
                    Warm();
                    Cool();
                    Scanned?.Invoke(this, System.EventArgs.Empty);
                }
            }

            public sealed class Derived : Scanner { public void Extra() { } }

            class Kiosk
            {
                void Run(Derived derived)
                {
                    var scanner = new Scanner();
                    {|BIO1001:Scanner.Open()|};
                    {|BIO1001:scanner.Scan()|};
                    _ = {|BIO1001:scanner.Last|};
                    {|BIO1001:derived.Scan()|};
                    derived.Extra();
                }
            }
            """);

    [Fact]
    public Task Type_level_mark_on_a_struct_and_on_an_interface()
        => Verify.AnalyzerAsync("""
            using Acme.Privacy;

            [FaceCapture] public struct Probe { public int Read() => 1; }
            [FaceCapture] public interface IProbe { int Read(); int Level { get; } }
            public sealed class Sensor : IProbe { public int Read() => 1; public int Level => 2; public int Other() => 3; }

            class Kiosk
            {
                void Run(Probe probe, IProbe iprobe, Sensor sensor)
                {
                    var created = new Probe();
                    {|BIO1001:probe.Read()|};
                    {|BIO1001:iprobe.Read()|};
                    _ = {|BIO1001:iprobe.Level|};
                    {|BIO1001:sensor.Read()|};
                    sensor.Other();
                }
            }
            """);

    [Fact]
    public Task RequiresConsent_on_a_local_function_moves_the_check_to_its_calls()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            class Kiosk
            {
                Image? Run(Camera camera, Consent consent)
                {
                    var early = {|BIO1001:Scan()|};
                    if (!consent.IsGranted("p")) return null;
                    return Scan();

                    [RequiresConsent]
                    Image Scan() => camera.Capture();
                }
            }
            """);

    [Fact]
    public Task RequiresConsent_on_a_lambda_leaves_its_body_unreported()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            using Acme.Privacy;

            class Kiosk
            {
                Func<Image> Marked(Camera camera) => [RequiresConsent] () => camera.Capture();
                Func<Image> Unmarked(Camera camera) => () => {|BIO1001:camera.Capture()|};
            }
            """);

    [Fact]
    public Task RequiresConsent_on_a_property_getter_constructor_and_method_makes_each_use_a_capture_point()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public sealed class Enrolment
            {
                [RequiresConsent] public Enrolment(Camera camera) => Photo = camera.Capture();
                public Enrolment() => Photo = new Image();
                public Image Photo { get; }
                [RequiresConsent] public Image Fresh => new Camera().Capture();
                [RequiresConsent] public static Image Now(Camera camera) => camera.Capture();
                public Image Plain => Photo;
            }

            class Kiosk
            {
                void Run(Camera camera, Consent consent)
                {
                    var a = {|BIO1001:new Enrolment(camera)|};
                    _ = {|BIO1001:a.Fresh|};
                    {|BIO1001:Enrolment.Now(camera)|};
                    _ = new Enrolment().Plain;
                    consent.Require("p");
                    _ = new Enrolment(camera).Fresh;
                    Enrolment.Now(camera);
                }
            }
            """);
}
