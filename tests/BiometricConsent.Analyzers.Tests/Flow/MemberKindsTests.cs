using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// Guards in every kind of member (docs/analyzer.md): checks are per member, so each accessor, constructor and
/// initializer starts unguarded; <c>[RequiresConsent]</c> and <c>[ConsentExempt]</c> assume consent inside.
/// </summary>
public class MemberKindsTests
{
    [Fact]
    public Task Property_getter_and_setter_are_members_of_their_own()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                readonly Camera _camera = new Camera();
                readonly Consent _consent = new Consent();

                Image? Guarded => _consent.IsGranted("p") ? _camera.Capture() : null;

                Image Unguarded => {|BIO1001:_camera.Capture()|};

                Image? Accessors
                {
                    get
                    {
                        if (!_consent.IsGranted("p")) return null;
                        return _camera.Capture();
                    }

                    set => {|BIO1001:_camera.Capture()|};
                }

                Image this[int quality] => {|BIO1001:_camera.Capture(quality)|};
            }
            """);

    [Fact]
    public Task Constructors_are_checked_and_a_check_in_the_constructor_guards_its_body()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Enrollment
            {
                readonly Image _image;

                Enrollment(Camera camera, Consent consent)
                {
                    consent.Require("p");
                    _image = camera.Capture();
                }

                Enrollment(Camera camera)
                {
                    _image = {|BIO1001:camera.Capture()|};
                }

                static Enrollment()
                {
                    {|BIO1001:new Camera().Capture()|};
                }
            }
            """);

    [Fact]
    public Task Constructor_initializer_argument_is_not_guarded_by_the_body()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Base { protected Base(Image image) { } }
            class Enrollment : Base
            {
                Enrollment(Camera camera, Consent consent) : base({|BIO1001:camera.Capture()|})
                {
                    consent.Require("p");
                }
            }
            """);

    [Fact]
    public Task Field_and_property_initializers_have_nothing_that_guards_them_but_their_own_expression()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                static readonly Camera Camera = new Camera();
                static readonly Consent Consent = new Consent();

                readonly Image _field = {|BIO1001:Camera.Capture()|};
                Image Property { get; } = {|BIO1001:Camera.Capture(1)|};
                readonly Image? _guarded = Consent.IsGranted("p") ? Camera.Capture(2) : null;
                Image? GuardedProperty { get; } = Consent.IsGranted("p") ? Camera.Capture(3) : null;

                Kiosk()
                {
                    Consent.Require("p");
                }
            }
            """);

    [Fact]
    public Task Event_accessors_operators_and_finalizers_are_checked()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                static readonly Camera Camera = new Camera();

                event EventHandler Seen
                {
                    add { {|BIO1001:Camera.Capture()|}; }
                    remove { }
                }

                public static implicit operator Image(Kiosk kiosk) => {|BIO1001:Camera.Capture()|};

                ~Kiosk()
                {
                    {|BIO1001:Camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Check_in_a_caller_does_not_guard_a_plain_helper()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    consent.Require("p");
                    Helper(camera);
                }

                Image Helper(Camera camera) => {|BIO1001:camera.Capture()|};
            }
            """);

    [Fact]
    public Task RequiresConsent_helper_is_quiet_inside_and_checked_at_each_call()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    {|BIO1001:Helper(camera)|};
                    if (!consent.IsGranted("p")) return;
                    Helper(camera);
                    _ = Current;
                }

                [RequiresConsent]
                Image Helper(Camera camera)
                {
                    if (camera.Name.Length > 0) camera.Capture(1);
                    return camera.Capture();
                }

                [RequiresConsent]
                Image Current => new Camera().Capture();

                void Unguarded() => _ = {|BIO1001:Current|};
            }
            """);

    [Fact]
    public Task ConsentExempt_member_is_quiet_but_a_neighbour_is_not()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;
            class Station
            {
                [ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "Public-place capture with signs, per the notice")]
                void Patrol(Camera camera)
                {
                    camera.Capture();
                    System.Action later = () => camera.Capture(1);
                    Local();
                    void Local() => camera.Capture(2);
                }

                void Elsewhere(Camera camera) => {|BIO1001:camera.Capture()|};
            }
            """);

    [Fact]
    public Task Conditional_access_capture_is_guarded_like_any_other_call()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image? Scan(Camera? camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return {|BIO1001:camera?.Capture()|};
                    return camera?.Capture(1);
                }

                object? Frame(Camera? camera, Consent? consent)
                    => consent?.IsGranted("p") == true ? camera?.Frame : null;
            }
            """);

    [Fact]
    public Task Check_through_conditional_access_as_a_statement_does_not_guard()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent? consent)
                {
                    consent?.Require("p");
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Local_function_in_a_property_getter_and_lambda_in_a_field_initializer()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                static readonly Camera Camera = new Camera();
                static readonly Consent Consent = new Consent();

                readonly Func<Image?> _guarded = () => Consent.IsGranted("p") ? Camera.Capture() : null;
                readonly Func<Image> _unguarded = () => {|BIO1001:Camera.Capture()|};

                Image? Value
                {
                    get
                    {
                        return Consent.IsGranted("p") ? Grab() : null;
                        Image Grab() => Camera.Capture();
                    }
                }
            }
            """);

    [Fact]
    public Task Primary_constructor_parameters_in_initializers_and_base_arguments_are_checked()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Base { protected Base(Image? image) { } }
            class Kiosk(Camera camera, Consent consent) : Base({|BIO1001:camera.Capture()|})
            {
                readonly Image _image = {|BIO1001:camera.Capture(1)|};
                readonly Image? _guarded = consent.IsGranted("p") ? camera.Capture(2) : null;
            }
            """);

    [Fact]
    public Task Collection_and_object_initializers_and_interpolations_are_reached()
        => Verify.AnalyzerAsync("""
            using System.Collections.Generic;
            using Acme;
            class Kiosk
            {
                List<Image> Scan(Camera camera, Consent consent)
                {
                    var early = new List<Image> { {|BIO1001:camera.Capture()|} };
                    consent.Require("p");
                    _ = $"{camera.Capture(1)}";
                    return new List<Image> { camera.Capture(2) };
                }
            }
            """);

    [Fact]
    public Task Nameof_a_capture_api_is_not_a_call()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                string Name(Camera camera) => nameof(camera.Capture) + nameof(Camera.Frame);
            }
            """);

    [Fact]
    public Task Lambda_converted_to_an_expression_tree_is_checked_like_a_lambda()
        => Verify.AnalyzerAsync("""
            using System;
            using System.Linq.Expressions;
            using Acme;
            class Kiosk
            {
                Expression<Func<Camera, Image>> Unguarded() => c => {|BIO1001:c.Capture()|};

                Expression<Func<Camera, Image>>? Guarded(Consent consent)
                {
                    if (!consent.IsGranted("p")) return null;
                    return c => c.Capture();
                }
            }
            """);

    [Fact]
    public Task Instance_initializers_assume_consent_when_every_initializing_constructor_does()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            class Enrollment
            {
                readonly Image _image = new Camera().Capture();

                [RequiresConsent]
                public Enrollment() { }

                // Chains to this(): the initializers run in the constructor it calls, and that call is a capture point.
                public Enrollment(int quality) {|BIO1001:: this()|} { }
            }

            class Mixed
            {
                readonly Image _image = {|BIO1001:new Camera().Capture()|};

                [RequiresConsent]
                public Mixed() { }

                public Mixed(int quality) { }
            }
            """);
}
