using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests.Inheritance;

/// <summary>BIO1003: an override or implementation and its base member must agree about <c>[RequiresConsent]</c>.</summary>
public sealed class RequiresConsentMismatchTests
{
    [Fact]
    public Task Override_without_the_mark_and_the_reverse_are_reported()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public abstract class Enrolment
            {
                [RequiresConsent] public abstract Image Enrol(Camera camera);
                public abstract Image Preview(Camera camera);
                [RequiresConsent] public virtual Image Both(Camera camera) => camera.Capture();
                public virtual void Neither() { }
                [RequiresConsent] public virtual Image Current => new Image();
            }

            public sealed class Kiosk : Enrolment
            {
                public override Image {|BIO1003:Enrol|}(Camera camera) => new Image();
                [RequiresConsent] public override Image {|BIO1003:Preview|}(Camera camera) => camera.Capture();
                [RequiresConsent] public override Image Both(Camera camera) => camera.Capture();
                public override void Neither() { }
                public override Image {|BIO1003:Current|} => new Image();
            }
            """);

    [Fact]
    public Task Implicit_and_explicit_implementations_are_compared_with_the_interface_member()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public interface IEnrolment
            {
                [RequiresConsent] Image Enrol();
                Image Preview();
                [RequiresConsent] Image Both();
                [RequiresConsent] Image Current { get; }
            }

            public interface IEnrolment2<T> { [RequiresConsent] T Enrol(); }

            public sealed class Implicit : IEnrolment
            {
                public Image {|BIO1003:Enrol|}() => new Image();
                [RequiresConsent] public Image {|BIO1003:Preview|}() => new Image();
                [RequiresConsent] public Image Both() => new Image();
                [RequiresConsent] public Image Current => new Image();
            }

            public sealed class Explicit : IEnrolment, IEnrolment2<Image>
            {
                Image IEnrolment.{|BIO1003:Enrol|}() => new Image();
                [RequiresConsent] Image IEnrolment.{|BIO1003:Preview|}() => new Image();
                [RequiresConsent] Image IEnrolment.Both() => new Image();
                Image IEnrolment.{|BIO1003:Current|} => new Image();
                Image IEnrolment2<Image>.{|BIO1003:Enrol|}() => new Image();
            }
            """);

    [Fact]
    public Task A_member_inherited_from_a_base_class_that_implements_an_interface_is_reported_at_the_interface()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            namespace Acme { public interface IPhotoAlias : global::IPhoto { } }

            public interface IEnrolment { [RequiresConsent] Image Enrol(); Image Preview(); }
            public interface IMarkedPreview { [RequiresConsent] Image Preview(); }

            public class Plain { public Image Enrol() => new Image(); public Image Preview() => new Image(); }
            public class Marked { [RequiresConsent] public Image Enrol() => new Image(); [RequiresConsent] public Image Preview() => new Image(); }

            public sealed class Missing : Plain, {|BIO1003:IEnrolment|} { }
            public sealed class Reverse : Marked, {|BIO1003:IEnrolment|} { }
            public sealed class Agrees : Marked, IMarkedPreview { }
            public sealed class OwnMember : Plain, IEnrolment { [RequiresConsent] public new Image Enrol() => new Image(); }

            public interface IPhoto { [RequiresConsent] Image Photo { get; } }
            public class PhotoBase { public Image Photo => new Image(); }
            public class MarkedPhotoBase { [RequiresConsent] public Image Photo => new Image(); }
            public sealed class PhotoMissing : PhotoBase, {|BIO1003:IPhoto|} { }
            public sealed class PhotoAgrees : MarkedPhotoBase, Acme.IPhotoAlias { }
            """);

    /// <summary>
    /// The mismatch is reported once, where the interface is adopted: classes derived from that class inherit the
    /// pairing but add nothing they could fix, so they are quiet.
    /// </summary>
    [Fact]
    public Task Classes_derived_from_the_adopting_class_are_not_reported_again()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public interface IEnrolment { [RequiresConsent] Image Enrol(); }
            public class Plain { public Image Enrol() => new Image(); }
            public class Adopting : Plain, {|BIO1003:IEnrolment|} { }
            public class Derived : Adopting { }
            public sealed class Restating : Derived, IEnrolment { }
            """);

    [Fact]
    public Task The_message_names_both_members_and_which_one_is_marked()
        => Verify.AnalyzerAsync(
            """
            using Acme;
            using Acme.Privacy;

            public interface IEnrolment { [RequiresConsent] Image Enrol(); }
            public class Plain { public Image Enrol() => new Image(); }
            public sealed class Kiosk : IEnrolment { public Image {|#0:Enrol|}() => new Image(); }
            public sealed class Derived : Plain, {|#1:IEnrolment|} { }
            """,
            new DiagnosticResult(Descriptors.RequiresConsentMismatch).WithLocation(0)
                .WithMessage("'Kiosk.Enrol' is not marked [RequiresConsent] but implements 'IEnrolment.Enrol', which is; mark both or neither so that callers through either type are checked"),
            new DiagnosticResult(Descriptors.RequiresConsentMismatch).WithLocation(1)
                .WithMessage("'Plain.Enrol' is not marked [RequiresConsent] but implements 'IEnrolment.Enrol', which is; mark both or neither so that callers through either type are checked"));

    [Fact]
    public Task Unmarked_hierarchies_are_quiet()
        => Verify.AnalyzerAsync("""
            using System;
            public interface IThing { void Do(); int Size { get; } }
            public abstract class ThingBase : IThing { public abstract void Do(); public virtual int Size => 1; }
            public sealed class Thing : ThingBase, IDisposable { public override void Do() { } public override int Size => 2; public void Dispose() { } }
            public class Plain { public void Do() { } public int Size => 3; }
            public sealed class Adopted : Plain, IThing { }
            """);
}
