using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static BiometricConsent.Analyzers.Tests.ActivityTies.ActivityFiles;

namespace BiometricConsent.Analyzers.Tests.ActivityTies;

/// <summary>
/// BIO2004: a capture site in code tied to an activity whose file declares consent as its basis, without a consent
/// check on every path. It takes BIO1001's place at the site; elsewhere BIO1001 is untouched.
/// </summary>
public sealed class CaptureContradictsActivityTests
{
    private const string Unguarded = "without a consent check that succeeded on every path before it";

    [Fact]
    public Task Unguarded_capture_in_a_member_tied_to_a_consent_based_activity_is_BIO2004_not_BIO1001()
        => Test(
            """
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                [BiometricActivity("member-check-in")]
                Image Scan(Camera camera, Consent consent, bool fast)
                {
                    if (fast || consent.IsGranted("p")) return {|#0:camera.Capture()|};
                    return new Image();
                }
            }
            """,
            ("/0/check-in.activity.json", CheckIn)).RunWithAsync(
            new DiagnosticResult(Descriptors.CaptureContradictsActivity)
                .WithLocation(0)
                .WithLocation("/0/check-in.activity.json", 6, 16)
                .WithArguments("Camera.Capture", "Kiosk.Scan", Unguarded, "member-check-in", "check-in.activity.json, line 6"));

    [Fact]
    public Task Guarded_capture_in_tied_code_is_quiet()
        => Test(
            """
            using Acme;
            using Acme.Privacy;
            [BiometricActivity("member-check-in")]
            class Kiosk
            {
                Image? Scan(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return null;
                    return camera.Capture();
                }
            }
            """,
            ("/0/check-in.activity.json", CheckIn)).RunWithAsync();

    [Fact]
    public Task Activity_that_does_not_rest_on_consent_leaves_BIO1001_alone()
        => Test(
            """
            using Acme;
            using Acme.Privacy;
            [BiometricActivity("door-analytics")]
            class Door
            {
                Image Count(Camera camera) => {|BIO1001:camera.Capture()|};
            }
            """,
            ("/0/door.activity.json", Door)).RunWithAsync();

    [Fact]
    public Task Untied_code_keeps_BIO1001_even_when_a_consent_based_activity_exists()
        => Test(
            """
            using Acme;
            using Acme.Privacy;
            class Door
            {
                Image Count(Camera camera) => {|BIO1001:camera.Capture()|};
            }

            [BiometricActivity("member-check-in")]
            class Desk { }
            """,
            ("/0/check-in.activity.json", CheckIn)).RunWithAsync();

    [Fact]
    public Task Innermost_tie_wins_member_over_type_and_nested_type_over_containing_type()
        => Test(
            """
            using Acme;
            using Acme.Privacy;
            [BiometricActivity("member-check-in")]
            class Store
            {
                [BiometricActivity("door-analytics")]
                Image Count(Camera camera) => {|#2:camera.Capture()|};

                Image Desk(Camera camera) => {|#0:camera.Capture()|};

                [BiometricActivity("door-analytics")]
                class Entrance
                {
                    Image Count(Camera camera) => {|#3:camera.Capture()|};

                    [BiometricActivity("member-check-in")]
                    Image Greet(Camera camera) => {|#1:camera.Capture()|};
                }
            }
            """,
            ("/0/check-in.activity.json", CheckIn),
            ("/0/door.activity.json", Door)).RunWithAsync(
            new DiagnosticResult(Descriptors.UnguardedCapture).WithLocation(2).WithArguments("Camera.Capture", "Store.Count"),
            Bio2004(0, "Store.Desk"),
            new DiagnosticResult(Descriptors.UnguardedCapture).WithLocation(3).WithArguments("Camera.Capture", "Entrance.Count"),
            Bio2004(1, "Entrance.Greet"));

    [Fact]
    public Task Assembly_tie_covers_code_without_a_tie_of_its_own_including_lambdas_and_accessors()
        => Test(
            """
            using System;
            using Acme;
            using Acme.Privacy;
            [assembly: BiometricActivity("member-check-in")]
            class Kiosk
            {
                Func<Image> Later(Camera camera) => () => {|#0:camera.Capture()|};

                Image Current => {|#1:new Camera().Capture()|};
            }
            """,
            ("/0/check-in.activity.json", CheckIn)).RunWithAsync(
            Bio2004(0, "Kiosk.Later"),
            Bio2004(1, "Kiosk.Current.get"));

    [Fact]
    public Task Exempt_member_tied_to_a_consent_based_activity_is_BIO2004_because_the_code_relies_on_no_consent()
        => Test(
            """
            using Acme;
            using Acme.Privacy;
            class Station
            {
                [BiometricActivity("member-check-in")]
                [ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "Municipal order 12")]
                Image Patrol(Camera camera) => {|#0:camera.Capture()|};

                [ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "Municipal order 12")]
                Image Watch(Camera camera) => camera.Capture();
            }
            """,
            ("/0/check-in.activity.json", CheckIn)).RunWithAsync(
            new DiagnosticResult(Descriptors.CaptureContradictsActivity)
                .WithLocation(0)
                .WithLocation("/0/check-in.activity.json", 6, 16)
                .WithArguments("Camera.Capture", "Station.Patrol", "under [ConsentExempt] without checking consent", "member-check-in", "check-in.activity.json, line 6"));

    [Fact]
    public Task RequiresConsent_member_moves_the_check_to_its_callers_who_are_held_to_their_own_tie()
        => Test(
            """
            using Acme;
            using Acme.Privacy;
            [BiometricActivity("member-check-in")]
            class Kiosk
            {
                [RequiresConsent]
                Image Scan(Camera camera) => camera.Capture();

                Image Run(Camera camera) => {|#0:Scan(camera)|};
            }
            """,
            ("/0/check-in.activity.json", CheckIn)).RunWithAsync(
            new DiagnosticResult(Descriptors.CaptureContradictsActivity)
                .WithLocation(0)
                .WithLocation("/0/check-in.activity.json", 6, 16)
                .WithArguments("Kiosk.Scan", "Kiosk.Run", Unguarded, "member-check-in", "check-in.activity.json, line 6"));

    [Fact]
    public Task Consent_obtained_on_another_legal_basis_is_no_promise_of_a_consent_check()
        => Test(
            """
            using Acme;
            using Acme.Privacy;
            [BiometricActivity("kiosk")]
            class Kiosk
            {
                Image Scan(Camera camera) => {|BIO1001:camera.Capture()|};
            }
            """,
            ("/0/kiosk.activity.json", """
                {
                  "id": "kiosk",
                  "jurisdiction": "CN",
                  "period": { "start": "2026-01-01" },
                  "legalBasis": "Contract",
                  "consent": { "obtained": true }
                }
                """)).RunWithAsync();

    private static DiagnosticResult Bio2004(int location, string member)
        => new DiagnosticResult(Descriptors.CaptureContradictsActivity)
            .WithLocation(location)
            .WithLocation("/0/check-in.activity.json", 6, 16)
            .WithArguments("Camera.Capture", member, Unguarded, "member-check-in", "check-in.activity.json, line 6");
}
