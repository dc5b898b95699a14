using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests;

/// <summary>BIO1001 in straight-line code: what counts as a capture, where it is reported, what guards it.</summary>
public class CaptureRecognitionTests
{
    [Fact]
    public Task Capture_method_without_check_is_reported()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera) => {|BIO1001:camera.Capture()|};
            }
            """);

    [Fact]
    public Task Message_names_the_api_and_the_enclosing_member_and_cites_pipl()
        => Verify.AnalyzerAsync(
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera) { {|#0:camera.Capture(90)|}; }
            }
            """,
            new DiagnosticResult(Descriptors.UnguardedCapture).WithLocation(0).WithArguments("Camera.Capture", "Kiosk.Scan")
                .WithMessage("'Camera.Capture' captures a face in 'Kiosk.Scan' without a consent check that succeeded on every path before it. PIPL Art. 29 requires separate consent for sensitive personal information such as face data."));

    [Fact]
    public Task Assertion_check_before_capture_guards_it()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera, Consent consent)
                {
                    consent.Require("p");
                    return camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Predicate_check_with_early_return_guards_it()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image? Scan(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return null;
                    return camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Check_after_the_capture_does_not_guard_it()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera, Consent consent)
                {
                    var image = {|BIO1001:camera.Capture()|};
                    consent.Require("p");
                    return image;
                }
            }
            """);

    [Fact]
    public Task Capture_property_and_conditional_access_are_reported_on_the_whole_expression()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                object? Scan(Camera? camera)
                {
                    var frame = {|BIO1001:camera?.Frame|};
                    return {|BIO1001:camera?.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Unmarked_members_of_a_capture_type_are_quiet()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                string Scan(Camera camera)
                {
                    camera.Focus();
                    return camera.Name;
                }
            }
            """);

    [Fact]
    public Task Type_level_mark_covers_public_methods_and_properties_but_not_constructors_or_disposal()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme.Privacy;

            [FaceCapture]
            public sealed class Scanner : IDisposable
            {
                public Scanner() { }
                public byte[] Scan() => new byte[0];
                public int Quality { get; set; }
                public void Dispose() { }
                public override string ToString() => "scanner";
                internal void Calibrate() { }
            }

            class Kiosk
            {
                void Run()
                {
                    using var scanner = new Scanner();
                    {|BIO1001:scanner.Scan()|};
                    {|BIO1001:scanner.Quality|} = 3;
                    scanner.Calibrate();
                    _ = scanner.ToString();
                }
            }
            """);

    [Fact]
    public Task Capture_constructor_is_reported()
        => Verify.AnalyzerAsync("""
            using Acme.Privacy;

            public sealed class Snapshot
            {
                [FaceCapture] public Snapshot(int camera) { }
                public Snapshot() { }
            }

            class Kiosk
            {
                void Run()
                {
                    var a = {|BIO1001:new Snapshot(1)|};
                    var b = new Snapshot();
                }
            }
            """);

    [Fact]
    public Task Marks_are_inherited_by_overrides_and_interface_implementations()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public interface IFaceSource { [FaceCapture] Image Grab(); Image Peek(); }
            public interface IFaceStream { [FaceCapture] Image Next(); }
            public abstract class FaceSourceBase { [FaceCapture] public abstract Image Read(); }

            public sealed class UsbCamera : FaceSourceBase, IFaceSource, IFaceStream
            {
                public Image Grab() => new Image();           // implicit implementation
                public Image Peek() => new Image();
                Image IFaceStream.Next() => new Image();       // explicit implementation
                public override Image Read() => new Image();  // override
            }

            class Kiosk
            {
                void Run(UsbCamera camera, IFaceSource source, IFaceStream stream, FaceSourceBase @base)
                {
                    {|BIO1001:camera.Grab()|};
                    {|BIO1001:source.Grab()|};
                    {|BIO1001:stream.Next()|};
                    {|BIO1001:camera.Read()|};
                    {|BIO1001:@base.Read()|};
                    camera.Peek();
                }
            }
            """);

    [Fact]
    public Task Check_marks_are_inherited_too()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public interface IConsentService { [ConsentCheck] bool Has(string person); }
            public sealed class ConsentService : IConsentService { public bool Has(string person) => true; }

            class Kiosk
            {
                Image? Run(Camera camera, ConsentService consent)
                {
                    if (!consent.Has("p")) return null;
                    return camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Call_to_a_RequiresConsent_member_is_a_capture_point_and_its_body_is_not_checked()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            class Enrollment
            {
                [RequiresConsent]
                public Image Enroll(Camera camera) => camera.Capture();

                [RequiresConsent]
                public Enrollment(Camera camera) { camera.Capture(); }

                public Enrollment() { }

                [RequiresConsent]
                public Image Current => new Camera().Capture();
            }

            class Kiosk
            {
                void Run(Camera camera, Consent consent)
                {
                    var enrollment = {|BIO1001:new Enrollment(camera)|};
                    {|BIO1001:enrollment.Enroll(camera)|};
                    _ = {|BIO1001:enrollment.Current|};
                    consent.Require("p");
                    enrollment.Enroll(camera);
                }
            }
            """);

    [Fact]
    public Task ConsentExempt_suppresses_inside_method_constructor_and_class()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            class Station
            {
                [ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "Ministry notice 12; signs at every gate")]
                void Patrol(Camera camera) => camera.Capture();

                [ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "Ministry notice 12")]
                Station(Camera camera) { camera.Capture(); }

                void Other(Camera camera) => {|BIO1001:camera.Capture()|};
            }

            [ConsentExempt(ExemptionBasis.NewsReporting, Justification = "Editorial use within reasonable scope")]
            class Newsroom
            {
                void Shoot(Camera camera) { camera.Capture(); System.Action a = () => camera.Capture(); }
                class Desk { void Shoot(Camera camera) => camera.Capture(); }
            }
            """);

    [Fact]
    public Task Real_runtime_library_attributes_are_recognised()
        => new Verify.Test("""
            using Acme;
            using BiometricConsent;
            class Kiosk
            {
                Image? Scan(Camera camera, Consent consent)
                {
                    var unguarded = {|BIO1001:camera.Capture()|};
                    if (!consent.IsGranted("p")) return null;
                    return camera.Capture();
                }

                [ConsentExempt(ExemptionBasis.PublicHealthEmergency, Justification = "Epidemic response order 3")]
                Image Exempt(Camera camera) => camera.Capture();

                [{|BIO1007:ConsentExempt(ExemptionBasis.PublicSecurity)|}]
                Image Unjustified(Camera camera) => camera.Capture();
            }
            """)
        {
            Prelude = Prelude.WithLibraryAttributes,
            References = { TestReferences.RuntimeLibrary },
        }.RunWithAsync();

    [Fact]
    public Task Attribute_with_another_name_or_generic_arity_is_not_recognised()
        => Verify.AnalyzerAsync("""
            using System;
            class FaceCaptureLikeAttribute : Attribute { }
            class FaceCaptureAttribute<T> : Attribute { }
            class Device
            {
                [FaceCaptureLike] public void A() { }
                [FaceCapture<int>] public void B() { }
            }
            class Kiosk { void Run(Device d) { d.A(); d.B(); } }
            """);

    [Fact]
    public Task Method_group_conversion_of_a_capture_api_is_a_capture_point()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                Func<Image> Later(Camera camera) => {|BIO1001:camera.Capture|};
                Func<Image>? Guarded(Camera camera, Consent consent) => consent.IsGranted("p") ? camera.Capture : null;
            }
            """);
}
