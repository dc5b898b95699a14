using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Documentation;

/// <summary>The "fires" and "does not fire" examples of docs/rules, compiled and analyzed, so the pages stay true.</summary>
public sealed class DocumentedExamplesTests
{
    [Fact]
    public Task Bio1001_examples()
        => Verify.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Threading.Tasks;
            using Acme;
            using Acme.Privacy;

            class Fires
            {
                Image Scan(Camera camera, Consent consent)
                {
                    var image = {|BIO1001:camera.Capture()|};
                    consent.Require("p");
                    return image;
                }

                Image? Maybe(Camera camera, Consent consent, bool fast)
                {
                    if (fast && !consent.IsGranted("p")) return null;
                    return {|BIO1001:camera.Capture()|};
                }

                Image Ignored(Camera camera, Consent consent)
                {
                    {|BIO1002:consent.IsGranted("p")|};
                    return {|BIO1001:camera.Capture()|};
                }

                Image Debugged(Camera camera, Consent consent)
                {
                    Debug.Assert(consent.IsGranted("p"));
                    return {|BIO1001:camera.Capture()|};
                }

                Image Swallowed(Camera camera, Consent consent)
                {
                    try { consent.Require("p"); } catch (InvalidOperationException) { }
                    return {|BIO1001:camera.Capture()|};
                }
            }

            class Quiet
            {
                async Task<Image?> CheckInAsync(Camera camera, Consent consent, string member)
                {
                    if (!await consent.IsGrantedAsync(member)) return null;
                    return await camera.CaptureAsync();
                }

                IEnumerable<Image> Burst(Camera camera, Consent consent, IEnumerable<string> members)
                {
                    foreach (var member in members)
                    {
                        if (!consent.IsGranted(member)) continue;
                        yield return camera.Capture();
                    }
                }

                Image? Flag(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    return granted ? camera.Capture() : null;
                }

                Image CheckIn(Camera camera, Consent consent, string member)
                {
                    consent.Require(member);
                    return camera.Capture();
                }

                [RequiresConsent]
                private Image Enrol(Camera camera) => camera.Capture();

                [ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "Municipal order 12; signs at every entrance")]
                private Image Patrol(Camera camera) => camera.Capture();
            }
            """);

    [Fact]
    public Task Bio1002_examples()
        => Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Acme;

            class Examples
            {
                async Task Fires(Consent consent, Consent? maybeConsent)
                {
                    {|BIO1002:consent.IsGranted("p")|};
                    await {|BIO1002:consent.IsGrantedAsync("p")|};
                    await {|BIO1002:consent.IsGrantedAsync("p")|}.ConfigureAwait(false);
                    _ = {|BIO1002:consent.IsGranted("p")|};
                    maybeConsent?{|BIO1002:.IsGranted("p")|};
                }

                async Task<Image?> Quiet(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return null;
                    var granted = await consent.IsGrantedAsync("p");
                    consent.Require("p");
                    await consent.RequireAsync("p");
                    return granted && consent.IsGranted("p") ? camera.Capture() : null;
                }
            }
            """);

    [Fact]
    public Task Bio1003_examples()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public interface IEnrolment { [RequiresConsent] Image Enrol(Camera camera); }

            public abstract class Enrolment
            {
                [RequiresConsent] public abstract Image Enrol(Camera camera);
                public abstract Image Preview(Camera camera);
            }

            public sealed class Fires : Enrolment
            {
                public override Image {|BIO1003:Enrol|}(Camera camera) => {|BIO1001:camera.Capture()|};
                [RequiresConsent] public override Image {|BIO1003:Preview|}(Camera camera) => camera.Capture();
            }

            public class CameraBase { public Image Enrol(Camera camera) => {|BIO1001:camera.Capture()|}; }
            public sealed class UsbCamera : CameraBase, {|BIO1003:IEnrolment|} { }

            public sealed class Quiet : Enrolment
            {
                [RequiresConsent] public override Image Enrol(Camera camera) => camera.Capture();
                public override Image Preview(Camera camera) => new Image();
            }

            public sealed class Explicit : IEnrolment
            {
                [RequiresConsent] Image IEnrolment.Enrol(Camera camera) => camera.Capture();
            }

            public sealed class Adopted : CameraBase, IEnrolment
            {
                [RequiresConsent] public new Image Enrol(Camera camera) => base.Enrol(camera);
            }
            """);

    [Fact]
    public Task Bio1007_examples()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            [{|BIO1007:ConsentExempt(ExemptionBasis.NewsReporting)|}]
            class Newsroom { }

            class Station
            {
                [{|BIO1007:ConsentExempt(ExemptionBasis.PublicHealthEmergency, Justification = "")|}]
                void Screen(Camera camera) => camera.Capture();

                [{|BIO1007:ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "   ")|}]
                Station(Camera camera) { camera.Capture(); }

                [ConsentExempt(ExemptionBasis.PublicHealthEmergency, Justification = "Epidemic response order 3 of the district health commission")]
                void Checked(Camera camera) => camera.Capture();
            }
            """);
}
