using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.EuropeanUnion;
using static BiometricConsent.Tests.Policy.Rules.EuropeanUnion.EuActivities;

namespace BiometricConsent.Tests.Policy.Rules.EuropeanUnion;

/// <summary>The EU AI Act, Arts. 5(1)(e)–(h) and 50(3) (<see cref="AiActRules"/>), against the face-search example, a police camera, a mood camera and a Berlin office.</summary>
public class AiActRulesTests
{
    [Fact]
    public void Art5_1e_is_violated_by_a_database_of_scraped_faces()
    {
        var f = FaceSearch.Expect("EU-AIA-5.1e", Outcome.Violated, reason: "untargeted from the internet or CCTV footage");
        Assert.Contains("EUR 35,000,000", f.Penalty);
        Assert.Contains("7 %", f.Penalty);
        Assert.Equal(new[] { "$.scraping.untargetedFromInternetOrCctv" }, f.DecidingFacts);
    }

    [Fact]
    public void Art5_1e_does_not_apply_without_scraping() =>
        BerlinOffice.Expect("EU-AIA-5.1e", Outcome.NotApplicable);

    [Fact]
    public void Art5_1e_is_undetermined_when_scraping_is_unknown() =>
        FaceSearch.With("scraping", null).Expect("EU-AIA-5.1e", Outcome.Undetermined, missing: "$.scraping.untargetedFromInternetOrCctv");

    [Fact]
    public void Art5_1e_is_not_in_force_before_2025_02_02()
    {
        var before = FaceSearch.With("period.start", "2024-09-01").With("period.end", "2025-02-01").Finding("EU-AIA-5.1e");
        Assert.Equal(Outcome.NotInForce, before.Outcome);
        Assert.Contains("in force from 2025-02-02", before.Reason);

        // 2025-02-01T23:00:00Z is 2025-02-02 in Amsterdam (CET, UTC+1).
        FaceSearch.With("period.start", "2024-09-01").With("period.end", "2025-02-01T23:00:00Z")
            .Expect("EU-AIA-5.1e", Outcome.Violated, reason: "Considered only for the part of the period in force from 2025-02-02");
    }

    [Fact]
    public void Art5_1f_is_violated_by_emotion_recognition_of_employees() =>
        BerlinOffice.With("function", "EmotionRecognition").Expect("EU-AIA-5.1f", Outcome.Violated, reason: "workplace or in an education institution");

    [Fact]
    public void Art5_1f_does_not_apply_for_safety_reasons() =>
        BerlinOffice.With("function", "EmotionRecognition").With("aiSystem.medicalOrSafetyReasons", true).Expect("EU-AIA-5.1f", Outcome.NotApplicable, reason: "medical or safety");

    [Fact]
    public void Art5_1f_does_not_apply_outside_the_workplace_and_education() =>
        MoodCamera.Expect("EU-AIA-5.1f", Outcome.NotApplicable, reason: "not used in the workplace");

    [Fact]
    public void Art5_1f_does_not_apply_to_verification() =>
        BerlinOffice.Expect("EU-AIA-5.1f", Outcome.NotApplicable, reason: "does not infer emotions");

    [Fact]
    public void Art5_1f_is_undetermined_when_the_setting_is_unknown() =>
        MoodCamera.With("aiSystem.workplaceOrEducation", null).Expect("EU-AIA-5.1f", Outcome.Undetermined, missing: "$.aiSystem.workplaceOrEducation");

    [Fact]
    public void Art5_1f_is_undetermined_when_the_exception_is_unknown() =>
        BerlinOffice.With("function", "EmotionRecognition").With("aiSystem.medicalOrSafetyReasons", null)
            .Expect("EU-AIA-5.1f", Outcome.Undetermined, missing: "$.aiSystem.medicalOrSafetyReasons");

    [Fact]
    public void Art5_1f_is_undetermined_for_attribute_analysis_of_employees_and_names_the_function() =>
        BerlinOffice.With("function", "AttributeAnalysis").Expect("EU-AIA-5.1f", Outcome.Undetermined, missing: "$.function", reason: "EmotionRecognition rather than AttributeAnalysis");

    [Fact]
    public void Art5_1g_is_violated_by_categorisation_inferring_sexual_orientation_or_race() =>
        MoodCamera.With("function", "BiometricCategorisation").With("aiSystem.infersSensitiveTraits", true).With("aiSystem.datasetLabellingOrFiltering", false)
            .Expect("EU-AIA-5.1g", Outcome.Violated, reason: "Art. 5(1)(g) prohibits");

    [Fact]
    public void Art5_1g_is_violated_by_attribute_analysis_inferring_the_traits() =>
        MoodCamera.With("function", "AttributeAnalysis").With("aiSystem.infersSensitiveTraits", true).With("aiSystem.datasetLabellingOrFiltering", false)
            .Expect("EU-AIA-5.1g", Outcome.Violated);

    [Fact]
    public void Art5_1g_does_not_apply_to_labelling_lawfully_acquired_datasets() =>
        MoodCamera.With("function", "BiometricCategorisation").With("aiSystem.infersSensitiveTraits", true).With("aiSystem.datasetLabellingOrFiltering", true)
            .Expect("EU-AIA-5.1g", Outcome.NotApplicable, reason: "labels or filters");

    [Fact]
    public void Art5_1g_does_not_apply_to_categorisation_by_age() =>
        MoodCamera.With("function", "BiometricCategorisation").With("aiSystem.infersSensitiveTraits", false).Expect("EU-AIA-5.1g", Outcome.NotApplicable);

    [Fact]
    public void Art5_1g_is_undetermined_when_the_traits_are_unknown() =>
        MoodCamera.With("function", "BiometricCategorisation").Expect("EU-AIA-5.1g", Outcome.Undetermined, missing: "$.aiSystem.infersSensitiveTraits,$.aiSystem.datasetLabellingOrFiltering");

    [Fact]
    public void Art5_1h_is_satisfied_for_an_authorised_search_for_a_missing_child() =>
        PoliceCamera.Expect("EU-AIA-5.1h", Outcome.Satisfied, reason: "TargetedVictimSearch");

    [Fact]
    public void Art5_1h_is_satisfied_for_an_urgent_use_with_authorisation_requested_within_24_hours() =>
        PoliceCamera.With("aiSystem.authorisation", "UrgentRequestedWithin24Hours").Expect("EU-AIA-5.1h", Outcome.Satisfied);

    [Fact]
    public void Art5_1h_is_violated_for_another_objective() =>
        PoliceCamera.With("aiSystem.lawEnforcementObjective", "Other").Expect("EU-AIA-5.1h", Outcome.Violated, reason: "none of the three");

    [Theory]
    [InlineData("None", "not authorised")]
    [InlineData("Refused", "was refused")]
    public void Art5_1h_is_violated_without_authorisation(string authorisation, string reason) =>
        PoliceCamera.With("aiSystem.authorisation", authorisation).Expect("EU-AIA-5.1h", Outcome.Violated, reason: reason);

    [Fact]
    public void Art5_1h_is_violated_without_authorisation_whatever_the_unknown_objective() =>
        PoliceCamera.With("aiSystem.authorisation", "None").With("aiSystem.lawEnforcementObjective", null).Expect("EU-AIA-5.1h", Outcome.Violated);

    [Fact]
    public void Art5_1h_does_not_apply_outside_law_enforcement() =>
        PoliceCamera.Patch("{ 'aiSystem': { 'lawEnforcement': false, 'lawEnforcementObjective': null, 'authorisation': null } }")
            .Expect("EU-AIA-5.1h", Outcome.NotApplicable, reason: "not used for law enforcement");

    [Fact]
    public void Art5_1h_does_not_apply_to_identification_after_the_event() =>
        PoliceCamera.With("realTimeRemoteIdentification", false).Expect("EU-AIA-5.1h", Outcome.NotApplicable);

    [Fact]
    public void Art5_1h_is_undetermined_when_the_place_is_unknown_even_without_authorisation() =>
        PoliceCamera.With("publicPlace", null).With("aiSystem.authorisation", "None").Expect("EU-AIA-5.1h", Outcome.Undetermined, missing: "$.publicPlace");

    [Fact]
    public void Art5_1h_is_undetermined_when_the_objective_is_unknown() =>
        PoliceCamera.With("aiSystem.lawEnforcementObjective", null).Expect("EU-AIA-5.1h", Outcome.Undetermined, missing: "$.aiSystem.lawEnforcementObjective");

    [Fact]
    public void Art50_3_is_satisfied_when_shoppers_are_told_at_the_entrance() =>
        MoodCamera.Expect("EU-AIA-50.3", Outcome.Satisfied);

    [Fact]
    public void Art50_3_is_violated_when_the_persons_exposed_are_not_told()
    {
        var f = MoodCamera.Patch("{ 'notice': { 'given': false, 'beforeProcessing': null, 'conspicuousSigns': null } }")
            .Expect("EU-AIA-50.3", Outcome.Violated, reason: "not informed of its operation");
        Assert.Contains("Art. 99(4)", f.Penalty);
        Assert.Contains("EUR 15,000,000", f.Penalty);
    }

    [Fact]
    public void Art50_3_is_violated_when_told_only_after_exposure() =>
        MoodCamera.With("notice.beforeProcessing", false).Expect("EU-AIA-50.3", Outcome.Violated, reason: "first exposure");

    [Fact]
    public void Art50_3_does_not_apply_to_law_enforcement() =>
        MoodCamera.With("aiSystem.lawEnforcement", true).With("notice.given", false).With("notice.beforeProcessing", null).With("notice.conspicuousSigns", null)
            .Expect("EU-AIA-50.3", Outcome.NotApplicable, reason: "law enforcement");

    [Fact]
    public void Art50_3_does_not_apply_to_verification() =>
        BerlinOffice.With("period.end", "2026-12-31").Expect("EU-AIA-50.3", Outcome.NotApplicable);

    [Fact]
    public void Art50_3_is_undetermined_when_law_enforcement_is_unknown() =>
        MoodCamera.With("aiSystem.lawEnforcement", null).Expect("EU-AIA-50.3", Outcome.Undetermined, missing: "$.aiSystem.lawEnforcement");

    [Fact]
    public void Art50_3_is_undetermined_for_attribute_analysis_and_names_the_function() =>
        MoodCamera.With("function", "AttributeAnalysis").Expect("EU-AIA-50.3", Outcome.Undetermined, missing: "$.function");

    [Fact]
    public void Art50_3_is_not_in_force_before_2026_08_02()
    {
        var before = MoodCamera.With("period.start", "2026-03-01").With("period.end", "2026-08-01").With("notice.given", false)
            .With("notice.beforeProcessing", null).With("notice.conspicuousSigns", null).Finding("EU-AIA-50.3");
        Assert.Equal(Outcome.NotInForce, before.Outcome);
        Assert.Contains("in force from 2026-08-02", before.Reason);
        Assert.Equal(Outcome.NotApplicable, MoodCamera.With("period.start", "2026-03-01").With("period.end", "2026-08-01").Finding("EU-AIA-5.1f").Outcome);
    }

    [Fact]
    public void The_prohibitions_of_Art_5_apply_from_2025_02_02_and_the_transparency_duty_from_2026_08_02()
    {
        foreach (var rule in AiActRules.All)
        {
            Assert.Equal(rule.Id == "EU-AIA-50.3" ? new NodaTime.LocalDate(2026, 8, 2) : new NodaTime.LocalDate(2025, 2, 2), rule.EffectiveFrom);
        }
    }
}
