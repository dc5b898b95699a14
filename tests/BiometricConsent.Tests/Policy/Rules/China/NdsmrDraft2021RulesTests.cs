using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The 2021 draft of the NDSMR (<see cref="NdsmrDraft2021Rules"/>): never in force, but evaluated directly for what-if comparisons.</summary>
public class NdsmrDraft2021RulesTests
{
    [Fact]
    public void Art21_is_violated_when_consent_not_separate() =>
        Assert.Equal(Outcome.Violated, Office.Patch("{ 'consent': { 'separate': false } }").Evaluate("CN-NDSMR-D2021-21").Outcome);

    [Fact]
    public void Art21_is_satisfied_for_the_compliant_office() =>
        Assert.Equal(Outcome.Satisfied, Office.Evaluate("CN-NDSMR-D2021-21").Outcome);

    [Fact]
    public void Art25_is_violated_when_necessity_not_alternativeOffered_and_necessity_soleVerificationMethod() =>
        Assert.Equal(Outcome.Violated, Office.Patch("{ 'necessity': { 'alternativeOffered': false, 'soleVerificationMethod': true } }").Evaluate("CN-NDSMR-D2021-25").Outcome);

    [Fact]
    public void Art25_is_violated_when_impactAssessment_not_done_and_impactAssessment_completedOn_unknown() =>
        Assert.Equal(Outcome.Violated, Office.Patch("{ 'impactAssessment': { 'done': false, 'completedOn': null, 'covers': null, 'reportKeptThreeYears': null } }").Evaluate("CN-NDSMR-D2021-25").Outcome);

    [Fact]
    public void Art25_is_satisfied_for_the_compliant_office() =>
        Assert.Equal(Outcome.Satisfied, Office.Evaluate("CN-NDSMR-D2021-25").Outcome);

    [Fact]
    public void Art25_does_not_apply_when_function_Identification_and_purposes_CustomerAnalytics() =>
        Assert.Equal(Outcome.NotApplicable, Office.Patch("{ 'function': 'Identification', 'purposes': ['CustomerAnalytics'] }").Evaluate("CN-NDSMR-D2021-25").Outcome);

    [Fact]
    public void Art25_is_undetermined_when_necessity_soleVerificationMethod_unknown() =>
        Assert.Equal(Outcome.Undetermined, Office.Patch("{ 'necessity': { 'soleVerificationMethod': null } }").Evaluate("CN-NDSMR-D2021-25").Outcome);

    [Fact]
    public void Art21_is_undetermined_when_consent_separate_unknown() =>
        Assert.Equal(Outcome.Undetermined, Office.Patch("{ 'consent': { 'separate': null } }").Evaluate("CN-NDSMR-D2021-21").Outcome);

    [Fact]
    public void The_draft_never_binds()
    {
        // Facts that breach both draft articles, in every era.
        const string breaches = "{ 'consent': { 'separate': false }, 'necessity': { 'alternativeOffered': false, 'soleVerificationMethod': true }, 'impactAssessment': { 'done': false, 'completedOn': null, 'covers': null, 'reportKeptThreeYears': null }";
        foreach (var period in new[] { "'2021-01-01', 'end': '2021-12-31'", "'2024-01-01', 'end': '2024-12-31'", "'2026-01-05', 'end': '2026-12-31'" })
        {
            var result = Office.Patch(breaches + ", 'period': { 'start': " + period + " } }").Assess();
            foreach (var id in new[] { "CN-NDSMR-D2021-21", "CN-NDSMR-D2021-25" })
            {
                var f = result.Find(id)!;
                Assert.Equal(Outcome.NotInForce, f.Outcome);
                Assert.Contains("draft for comment and never binds", f.Reason);
                Assert.Null(f.Penalty);
            }
        }

        Assert.Equal(InstrumentStatus.Draft, NdsmrDraft2021Rules.Instrument.Status);
        Assert.Null(NdsmrDraft2021Rules.Instrument.EffectiveFrom);
        Assert.Equal(Verification.Recalled, NdsmrDraft2021Rules.Art21.Verification);
        Assert.Equal(Verification.VerifiedSecondary, NdsmrDraft2021Rules.Art25.Verification);
    }
}
