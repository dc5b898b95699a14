using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.EuropeanUnion;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Rules.EuropeanUnion.EuActivities;

namespace BiometricConsent.Tests.Policy.Rules.EuropeanUnion;

/// <summary>The GDPR, Arts. 9, 13 and 35 (<see cref="GdprRules"/>), against a Berlin office door, the face-search example and variations.</summary>
public class GdprRulesTests
{
    private const string NoConsent = "{ 'legalBasis': null, 'consent': { 'obtained': false, 'separate': null, 'written': null, 'electronicSignature': null, 'explicit': null } }";

    [Fact]
    public void Art9_1_is_satisfied_with_explicit_consent() =>
        BerlinOffice.Expect("EU-GDPR-9.1", Outcome.Satisfied, reason: "explicit consent");

    [Fact]
    public void Art9_1_is_violated_when_no_condition_applies()
    {
        var f = BerlinOffice.With("gdpr.article9Condition", "None").Expect("EU-GDPR-9.1", Outcome.Violated, reason: "no condition of Art. 9(2) applies");
        Assert.Contains("EUR 20,000,000", f.Penalty);
        Assert.Contains("4 %", f.Penalty);
        Assert.Contains("$.gdpr.article9Condition", f.DecidingFacts);
    }

    [Fact]
    public void Art9_1_is_violated_when_explicit_consent_is_relied_on_but_the_consent_is_not_explicit() =>
        BerlinOffice.With("consent.explicit", false).Expect("EU-GDPR-9.1", Outcome.Violated, reason: "the consent was not explicit");

    [Fact]
    public void Art9_1_is_violated_when_explicit_consent_is_relied_on_without_consent() =>
        BerlinOffice.Patch(NoConsent).Expect("EU-GDPR-9.1", Outcome.Violated, reason: "no consent was obtained");

    [Fact]
    public void Art9_1_is_undetermined_when_the_condition_is_unknown() =>
        BerlinOffice.With("gdpr.article9Condition", null).Expect("EU-GDPR-9.1", Outcome.Undetermined, missing: "$.gdpr.article9Condition");

    [Fact]
    public void Art9_1_is_undetermined_when_explicit_consent_is_relied_on_and_its_form_unknown() =>
        BerlinOffice.With("consent.explicit", null).Expect("EU-GDPR-9.1", Outcome.Undetermined, missing: "$.consent.explicit");

    [Fact]
    public void Art9_1_is_undetermined_when_the_function_is_unknown() =>
        BerlinOffice.With("function", null).Expect("EU-GDPR-9.1", Outcome.Undetermined, missing: "$.function");

    [Theory]
    [InlineData("Detection")]
    [InlineData("EmotionRecognition")]
    public void Art9_1_does_not_apply_to_functions_that_identify_no_one(string function) =>
        BerlinOffice.With("function", function).With("gdpr.article9Condition", "None").Expect("EU-GDPR-9.1", Outcome.NotApplicable, reason: "No special category");

    [Fact]
    public void Art9_1_is_violated_by_categorisation_inferring_race_without_a_condition() =>
        BerlinOffice.With("function", "BiometricCategorisation").With("aiSystem.infersSensitiveTraits", true).With("gdpr.article9Condition", "None")
            .Expect("EU-GDPR-9.1", Outcome.Violated);

    [Fact]
    public void Art9_1_does_not_apply_to_categorisation_by_age_only() =>
        BerlinOffice.With("function", "BiometricCategorisation").With("aiSystem.infersSensitiveTraits", false).With("gdpr.article9Condition", "None")
            .Expect("EU-GDPR-9.1", Outcome.NotApplicable);

    [Fact]
    public void Art9_1_is_undetermined_for_categorisation_when_the_traits_are_unknown() =>
        BerlinOffice.With("function", "BiometricCategorisation").With("aiSystem.infersSensitiveTraits", null)
            .Expect("EU-GDPR-9.1", Outcome.Undetermined, missing: "$.aiSystem.infersSensitiveTraits");

    [Fact]
    public void Art9_1_is_violated_for_scraped_images_said_to_be_manifestly_made_public() =>
        FaceSearch.Expect("EU-GDPR-9.1", Outcome.Violated, reason: "Clearview AI, 2024-05-16");

    [Fact]
    public void Art9_1_is_satisfied_for_data_manifestly_made_public_and_not_scraped() =>
        FaceSearch.With("scraping.untargetedFromInternetOrCctv", false).Expect("EU-GDPR-9.1", Outcome.Satisfied, reason: "manifestly made public");

    [Fact]
    public void Art9_1_is_undetermined_for_data_manifestly_made_public_when_scraping_is_unknown() =>
        FaceSearch.With("scraping", null).Expect("EU-GDPR-9.1", Outcome.Undetermined, missing: "$.scraping.untargetedFromInternetOrCctv");

    [Fact]
    public void Art9_1_is_satisfied_on_a_condition_resting_on_member_state_law() =>
        BerlinOffice.Patch(NoConsent).With("gdpr.article9Condition", "EmploymentAndSocialSecurityLaw")
            .Expect("EU-GDPR-9.1", Outcome.Satisfied, reason: "EmploymentAndSocialSecurityLaw");

    [Fact]
    public void Art9_1_is_not_in_force_before_2018_05_25()
    {
        var none = BerlinOffice.With("gdpr.article9Condition", "None");
        var before = none.With("period.start", "2018-01-01").With("period.end", "2018-05-24").With("impactAssessment.completedOn", "2017-12-01").Finding("EU-GDPR-9.1");
        Assert.Equal(Outcome.NotInForce, before.Outcome);
        Assert.Contains("in force from 2018-05-25", before.Reason);

        // 2018-05-24T22:00:00Z is 2018-05-25 in Berlin (CEST, UTC+2).
        none.With("period.start", "2018-01-01").With("period.end", "2018-05-24T22:00:00Z").With("impactAssessment.completedOn", "2017-12-01")
            .Expect("EU-GDPR-9.1", Outcome.Violated, reason: "Considered only for the part of the period in force from 2018-05-25");
    }

    [Fact]
    public void Art35_3_does_not_apply_when_not_on_a_large_scale() =>
        BerlinOffice.Expect("EU-GDPR-35.3", Outcome.NotApplicable, reason: "Neither of Art. 35(3)(b)-(c)");

    [Fact]
    public void Art35_3_is_violated_for_large_scale_identification_without_an_assessment()
    {
        var f = FaceSearch.Expect("EU-GDPR-35.3", Outcome.Violated, reason: "no data protection impact assessment");
        Assert.Contains("Art. 83(4)", f.Penalty);
        Assert.Contains("EUR 10,000,000", f.Penalty);
    }

    [Fact]
    public void Art35_3_is_violated_when_the_assessment_follows_the_start() =>
        BerlinOffice.With("gdpr.largeScale", true).With("impactAssessment.completedOn", "2026-02-01")
            .Expect("EU-GDPR-35.3", Outcome.Violated, reason: "after the processing began (2026-01-05)");

    [Fact]
    public void Art35_3_is_satisfied_when_assessed_before_large_scale_processing() =>
        BerlinOffice.With("gdpr.largeScale", true).Expect("EU-GDPR-35.3", Outcome.Satisfied, reason: "Art. 35(3)(b)");

    [Fact]
    public void Art35_3_is_violated_for_large_scale_monitoring_of_a_public_square_even_by_detection() =>
        BerlinOffice.Patch("{ 'function': 'Detection', 'venue': 'PublicSquare', 'publicPlace': true, 'gdpr': { 'largeScale': true, 'systematicMonitoring': true }, " +
                "'impactAssessment': { 'done': false, 'completedOn': null, 'covers': null, 'reportKeptThreeYears': null } }")
            .Expect("EU-GDPR-35.3", Outcome.Violated, reason: "publicly accessible area (Art. 35(3)(c))");

    [Fact]
    public void Art35_3_is_undetermined_when_the_scale_is_unknown() =>
        BerlinOffice.With("gdpr.largeScale", null).Expect("EU-GDPR-35.3", Outcome.Undetermined, missing: "$.gdpr.largeScale");

    [Fact]
    public void Art35_3_is_undetermined_when_the_completion_date_is_unknown() =>
        BerlinOffice.With("gdpr.largeScale", true).With("impactAssessment.completedOn", null)
            .Expect("EU-GDPR-35.3", Outcome.Undetermined, missing: "$.impactAssessment.completedOn");

    [Fact]
    public void Art13_is_satisfied_for_the_informed_employees() =>
        BerlinOffice.Expect("EU-GDPR-13", Outcome.Satisfied);

    [Fact]
    public void Art13_is_violated_without_information() =>
        BerlinOffice.Patch("{ 'notice': { 'given': false, 'beforeProcessing': null, 'conspicuousSigns': null, 'elements': null } }")
            .Expect("EU-GDPR-13", Outcome.Violated, reason: "not informed at all");

    [Fact]
    public void Art13_is_violated_when_the_retention_period_is_not_stated() =>
        BerlinOffice.With("notice.elements", new[] { "ProcessorIdentity", "Purpose", "RightsExercise" }).Expect("EU-GDPR-13", Outcome.Violated, reason: "retention period");

    [Fact]
    public void Art13_is_violated_when_recipients_are_not_named() =>
        BerlinOffice.With("sharing.sharedWithThirdParties", true).With("sharing.recipientDisclosed", false)
            .Expect("EU-GDPR-13", Outcome.Violated, reason: "recipients are not named");

    [Fact]
    public void Art13_does_not_apply_to_scraped_images() =>
        FaceSearch.Expect("EU-GDPR-13", Outcome.NotApplicable, reason: "Art. 14");

    [Fact]
    public void Art13_is_undetermined_when_the_notice_is_unknown() =>
        BerlinOffice.With("notice", null).Expect("EU-GDPR-13", Outcome.Undetermined, missing: "$.notice.given,$.notice.beforeProcessing");

    [Fact]
    public void Art13_is_undetermined_when_sharing_is_unknown() =>
        BerlinOffice.With("sharing", null).Expect("EU-GDPR-13", Outcome.Undetermined, missing: "$.sharing.sharedWithThirdParties");

    [Fact]
    public void Art9_1_does_not_apply_to_the_police_acting_for_law_enforcement()
    {
        foreach (var rule in GdprRules.All)
        {
            PoliceCamera.Expect(rule.Id, Outcome.NotApplicable, reason: "Law Enforcement Directive");
        }

        // A private company is under the GDPR whatever the purpose, and so is the police when its purpose is unknown.
        Assert.Equal(Outcome.Undetermined, PoliceCamera.With("processor.kinds", new[] { "BusinessOperator" }).Finding("EU-GDPR-9.1").Outcome);
        Assert.Equal(Outcome.Undetermined, PoliceCamera.With("aiSystem.lawEnforcement", null).With("aiSystem.lawEnforcementObjective", null)
            .With("aiSystem.authorisation", null).Finding("EU-GDPR-9.1").Outcome);
    }

    [Fact]
    public void The_GDPR_covers_member_states_and_their_subdivisions_but_not_China()
    {
        Assert.NotNull(BerlinOffice.With("jurisdiction", "DE-BY").Assess().Find("EU-GDPR-9.1"));
        Assert.NotNull(BerlinOffice.With("jurisdiction", "PT-20").Assess().Find("EU-AIA-5.1e"));
        Assert.Null(TestActivity.Office.Assess().Find("EU-GDPR-9.1"));
        Assert.All(GdprRules.All, r => Assert.Equal("EU", r.Instrument.Scope.Code));
    }
}
