using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using BiometricConsent.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using static BiometricConsent.Analyzers.Tests.ActivityTies.ActivityFiles;

namespace BiometricConsent.Analyzers.Tests.ActivityTies;

/// <summary>BIO2004 takes BIO1001's place at a site, so BIO1001's code fixes apply to it.</summary>
public sealed class CaptureContradictsActivityCodeFixTests
{
    private const string Path = "/0/check-in.activity.json";

    [Fact]
    public Task Check_consent_first_fixes_BIO2004_and_the_description_is_kept()
    {
        var test = new CodeFixVerify<CheckConsentFirstCodeFixProvider>.Test(
            """
            using Acme;
            using Acme.Privacy;
            [BiometricActivity("member-check-in")]
            class Desk
            {
                void CheckIn(Camera camera, Consent consent, string person)
                {
                    {|#0:camera.Capture()|};
                }
            }
            """,
            """
            using Acme;
            using Acme.Privacy;
            [BiometricActivity("member-check-in")]
            class Desk
            {
                void CheckIn(Camera camera, Consent consent, string person)
                {
                    if (!consent.IsGranted(person)) return;
                    camera.Capture();
                }
            }
            """,
            Prelude.WithLocalAttributes + "\n" + Attribute);
        test.TestState.AdditionalFiles.Add((Path, CheckIn));
        test.FixedState.AdditionalFiles.Add((Path, CheckIn));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", WithoutAssessment));
        test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", WithoutAssessment));
        test.Expected.Add(new DiagnosticResult(Descriptors.CaptureContradictsActivity).WithLocation(0).WithLocation(Path, 6, 16)
            .WithArguments("Camera.Capture", "Desk.CheckIn", "without a consent check that succeeded on every path before it", "member-check-in", "check-in.activity.json, line 6"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Add_RequiresConsent_is_not_offered_in_an_exempt_member_where_it_would_change_nothing()
    {
        const string Source = """
            using Acme;
            using Acme.Privacy;
            [BiometricActivity("member-check-in")]
            class Station
            {
                [ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "Municipal order 12")]
                void Patrol(Camera camera) => {|#0:camera.Capture()|};
            }
            """;
        var test = new CodeFixVerify<AddRequiresConsentCodeFixProvider>.Test(Source, Source, Prelude.WithLocalAttributes + "\n" + Attribute);
        test.TestState.AdditionalFiles.Add((Path, CheckIn));
        test.FixedState.AdditionalFiles.Add((Path, CheckIn));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", WithoutAssessment));
        test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", WithoutAssessment));
        var expected = new DiagnosticResult(Descriptors.CaptureContradictsActivity).WithLocation(0).WithLocation(Path, 6, 16)
            .WithArguments("Camera.Capture", "Station.Patrol", "under [ConsentExempt] without checking consent", "member-check-in", "check-in.activity.json, line 6");
        test.Expected.Add(expected);
        test.FixedState.ExpectedDiagnostics.Add(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
