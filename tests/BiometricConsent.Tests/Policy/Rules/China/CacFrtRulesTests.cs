using System.Linq;
using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using NodaTime;
using NodaTime.Testing;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The CAC FRT Measures (<see cref="CacFrtRules"/>) against the compliant office example and variations of it, the filing deadline included.</summary>
public class CacFrtRulesTests
{
    private const string Filing = "CN-CAC-FRT-15.1";

    // Threshold reached Thursday 2025-07-03. Monday–Friday: the 30th working day after it is Thursday 2025-08-14.
    // With Friday 2025-07-04 and Friday 2025-08-15 as holidays the count crosses the weekend to Monday 2025-08-18.
    private static readonly Assessor WithHolidays = new Assessor(options: new AssessorOptions
    {
        Calendar = new ListedWorkingDayCalendar(new[] { new LocalDate(2025, 7, 4), new LocalDate(2025, 8, 15) }, new LocalDate[0]),
        Clock = new FakeClock(TestData.Now),
    });

    private static readonly Assessor Weekdays = new Assessor(options: new AssessorOptions
    {
        Calendar = WeekdayCalendar.Instance,
        Clock = new FakeClock(TestData.Now),
    });

    private static string FilingPatch(string? filedOn, string reached = "2025-07-03") =>
        "{ 'period': { 'start': '2025-06-01', 'end': '2025-12-31' }, 'subjects': { 'storedPersons': 150000 }, " +
        $"'filing': {{ 'thresholdReachedOn': '{reached}', 'filedOn': {(filedOn is null ? "null" : $"'{filedOn}'")} }} }}";

    [Fact]
    public void Art4_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-4", Outcome.Satisfied);

    [Fact]
    public void Art4_is_violated_when_necessity_not_alternativeOffered() =>
        Office.Patch("{ 'necessity': { 'alternativeOffered': false } }").Expect("CN-CAC-FRT-4", Outcome.Violated);

    [Fact]
    public void Art4_is_violated_when_necessity_not_alternativeOffered_and_necessity_necessaryForService() =>
        Office.Patch("{ 'necessity': { 'alternativeOffered': false, 'necessaryForService': true } }").Expect("CN-CAC-FRT-4", Outcome.Violated);

    [Fact]
    public void Art4_is_satisfied_when_necessity_not_alternativeOffered_and_necessity_necessaryForService_and_necessity_not_nonBiometricAlternativeExists() =>
        Office.Patch("{ 'necessity': { 'alternativeOffered': false, 'necessaryForService': true, 'nonBiometricAlternativeExists': false } }").Expect("CN-CAC-FRT-4", Outcome.Satisfied);

    [Fact]
    public void Art4_is_violated_when_storage_not_encrypted() =>
        Office.Patch("{ 'storage': { 'encrypted': false } }").Expect("CN-CAC-FRT-4", Outcome.Violated);

    [Fact]
    public void Art4_is_undetermined_when_necessity_unknown() =>
        Office.Patch("{ 'necessity': null }").Expect("CN-CAC-FRT-4", Outcome.Undetermined, missing: "$.necessity.necessaryForService, $.necessity.alternativeOffered, $.necessity.nonBiometricAlternativeExists");

    [Fact]
    public void Art4_does_not_apply_when_function_Detection() =>
        Office.Patch("{ 'function': 'Detection' }").Expect("CN-CAC-FRT-4", Outcome.NotApplicable);

    [Fact]
    public void Art4_does_not_apply_when_function_AttributeAnalysis() =>
        Office.Patch("{ 'function': 'AttributeAnalysis' }").Expect("CN-CAC-FRT-4", Outcome.NotApplicable);

    [Fact]
    public void Art4_does_not_apply_when_purposes_ResearchTraining() =>
        Office.Patch("{ 'purposes': ['ResearchTraining'] }").Expect("CN-CAC-FRT-4", Outcome.NotApplicable);

    [Fact]
    public void Art4_is_satisfied_when_purposes_ResearchTraining_and_AccessControl() =>
        Office.Patch("{ 'purposes': ['ResearchTraining', 'AccessControl'] }").Expect("CN-CAC-FRT-4", Outcome.Satisfied);

    [Fact]
    public void Art4_is_satisfied_when_function_Identification() =>
        Office.Patch("{ 'function': 'Identification' }").Expect("CN-CAC-FRT-4", Outcome.Satisfied);

    [Fact]
    public void Art4_is_undetermined_when_function_unknown() =>
        Office.Patch("{ 'function': null }").Expect("CN-CAC-FRT-4", Outcome.Undetermined, missing: "$.function");

    [Fact]
    public void Art4_is_undetermined_when_purposes_unknown() =>
        Office.Patch("{ 'purposes': null }").Expect("CN-CAC-FRT-4", Outcome.Undetermined, missing: "$.purposes");

    [Fact]
    public void Art5_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-5", Outcome.Satisfied);

    [Fact]
    public void Art5_is_violated_when_notice_omitting_DataCategories_and_Impact() =>
        Office.Patch("{ 'notice': { 'elements': ['ProcessorIdentity', 'Purpose', 'Method', 'Retention', 'Necessity', 'RightsExercise'] } }").Expect("CN-CAC-FRT-5", Outcome.Violated);

    [Fact]
    public void Art5_is_satisfied_when_notice_omitting_DataCategories() =>
        Office.Patch("{ 'notice': { 'elements': ['ProcessorIdentity', 'Purpose', 'Method', 'Retention', 'Necessity', 'Impact', 'RightsExercise'] } }").Expect("CN-CAC-FRT-5", Outcome.Satisfied);

    [Fact]
    public void Art5_is_violated_when_notice_not_beforeProcessing() =>
        Office.Patch("{ 'notice': { 'beforeProcessing': false } }").Expect("CN-CAC-FRT-5", Outcome.Violated);

    [Fact]
    public void Art5_is_satisfied_with_a_late_notice_in_a_shown_emergency() =>
        Office.Patch("{ 'legalBasis': 'PublicHealthEmergency', 'purposes': ['PublicHealthEmergency'], 'notice': { 'beforeProcessing': false }, 'necessity': { 'necessaryForLegalBasis': true } }")
            .Expect("CN-CAC-FRT-5", Outcome.Satisfied);

    [Fact]
    public void Art5_is_violated_with_a_late_notice_when_the_emergency_is_not_necessary() =>
        Office.Patch("{ 'legalBasis': 'PublicHealthEmergency', 'purposes': ['PublicHealthEmergency'], 'notice': { 'beforeProcessing': false }, 'necessity': { 'necessaryForLegalBasis': false } }")
            .Expect("CN-CAC-FRT-5", Outcome.Violated);

    [Fact]
    public void Art5_is_undetermined_when_notice_elements_unknown() =>
        Office.Patch("{ 'notice': { 'elements': null } }").Expect("CN-CAC-FRT-5", Outcome.Undetermined, missing: "$.notice.elements");

    [Fact]
    public void Art6_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-6", Outcome.Satisfied);

    [Fact]
    public void Art6_is_violated_when_consent_not_withdrawalChannel() =>
        Office.Patch("{ 'consent': { 'withdrawalChannel': false } }").Expect("CN-CAC-FRT-6", Outcome.Violated);

    [Fact]
    public void Art6_is_violated_when_consent_not_separate() =>
        Office.Patch("{ 'consent': { 'separate': false } }").Expect("CN-CAC-FRT-6", Outcome.Violated);

    [Fact]
    public void Art6_does_not_apply_when_legalBasis_Contract() =>
        Office.Patch("{ 'legalBasis': 'Contract' }").Expect("CN-CAC-FRT-6", Outcome.NotApplicable);

    [Fact]
    public void Art6_is_undetermined_when_consent_explicit_unknown() =>
        Office.Patch("{ 'consent': { 'explicit': null } }").Expect("CN-CAC-FRT-6", Outcome.Undetermined, missing: "$.consent.explicit");

    [Fact]
    public void Art7_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-7", Outcome.NotApplicable);

    [Fact]
    public void Art7_is_violated_when_with_minors_under_14() =>
        Office.Patch("{ " + Minors + " }").Expect("CN-CAC-FRT-7", Outcome.Violated);

    [Fact]
    public void Art7_is_satisfied_when_with_minors_under_14_and_consent_guardianForMinors() =>
        Office.Patch("{ " + Minors + ", 'consent': { 'guardianForMinors': true } }").Expect("CN-CAC-FRT-7", Outcome.Satisfied);

    [Fact]
    public void Art7_does_not_apply_when_with_minors_under_14_and_function_AttributeAnalysis() =>
        Office.Patch("{ " + Minors + ", 'function': 'AttributeAnalysis' }").Expect("CN-CAC-FRT-7", Outcome.NotApplicable);

    [Fact]
    public void Art7_is_violated_when_with_minors_under_14_and_a_declared_emergency_is_not_necessary() =>
        Office.Patch("{ " + Minors + ", 'legalBasis': 'PublicHealthEmergency', 'purposes': ['PublicHealthEmergency'], 'necessity': { 'necessaryForLegalBasis': false } }")
            .Expect("CN-CAC-FRT-7", Outcome.Violated);

    [Fact]
    public void Art7_does_not_apply_when_with_minors_under_14_and_a_shown_emergency() =>
        Office.Patch("{ " + Minors + ", 'legalBasis': 'PublicHealthEmergency', 'purposes': ['PublicHealthEmergency'], 'necessity': { 'necessaryForLegalBasis': true } }")
            .Expect("CN-CAC-FRT-7", Outcome.NotApplicable);

    [Fact]
    public void Art7_is_undetermined_when_subjects_includesMinorsUnder14_unknown() =>
        Office.Patch("{ 'subjects': { 'includesMinorsUnder14': null } }").Expect("CN-CAC-FRT-7", Outcome.Undetermined, missing: "$.subjects.includesMinorsUnder14");

    [Fact]
    public void Art8_1_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-8.1", Outcome.Satisfied);

    [Fact]
    public void Art8_1_is_violated_when_storage_not_onDeviceOnly_and_storage_transmittedOverInternet_and_consent_not_separate() =>
        Office.Patch("{ 'storage': { 'onDeviceOnly': false, 'transmittedOverInternet': true }, 'consent': { 'separate': false } }").Expect("CN-CAC-FRT-8.1", Outcome.Violated);

    [Fact]
    public void Art8_1_is_violated_when_storage_not_onDeviceOnly_and_consent_not_separate() =>
        Office.Patch("{ 'storage': { 'onDeviceOnly': false }, 'consent': { 'separate': false } }").Expect("CN-CAC-FRT-8.1", Outcome.Violated);

    [Fact]
    public void Art8_1_is_satisfied_when_storage_not_onDeviceOnly_and_storage_transmittedOverInternet() =>
        Office.Patch("{ 'storage': { 'onDeviceOnly': false, 'transmittedOverInternet': true } }").Expect("CN-CAC-FRT-8.1", Outcome.Satisfied);

    [Fact]
    public void Art8_1_is_undetermined_when_storage_not_onDeviceOnly_and_storage_transmittedOverInternet_and_consent_separate_unknown() =>
        Office.Patch("{ 'storage': { 'onDeviceOnly': false, 'transmittedOverInternet': true }, 'consent': { 'separate': null } }").Expect("CN-CAC-FRT-8.1", Outcome.Undetermined, missing: "$.consent.separate");

    [Fact]
    public void Art8_1_is_undetermined_when_storage_onDeviceOnly_unknown_and_storage_transmittedOverInternet_unknown() =>
        Office.Patch("{ 'storage': { 'onDeviceOnly': null, 'transmittedOverInternet': null } }").Expect("CN-CAC-FRT-8.1", Outcome.Undetermined, missing: "$.storage.onDeviceOnly, $.storage.transmittedOverInternet");

    [Fact]
    public void Art8_2_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-8.2", Outcome.Satisfied);

    [Fact]
    public void Art8_2_is_violated_when_changes_purposeExtendedBeyondOriginal_and_changes_not_reconsentObtained() =>
        Office.Patch("{ 'changes': { 'purposeExtendedBeyondOriginal': true, 'reconsentObtained': false } }").Expect("CN-CAC-FRT-8.2", Outcome.Violated);

    [Fact]
    public void Art8_2_is_undetermined_when_storage_retention_unknown() =>
        Office.Patch("{ 'storage': { 'retention': null } }").Expect("CN-CAC-FRT-8.2", Outcome.Undetermined, missing: "$.storage.retention");

    [Fact]
    public void Art9_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-9", Outcome.Satisfied);

    [Fact]
    public void Art9_is_violated_when_impactAssessment_not_done_and_impactAssessment_completedOn_unknown() =>
        Office.Patch("{ 'impactAssessment': { 'done': false, 'completedOn': null, 'covers': null, 'reportKeptThreeYears': null } }").Expect("CN-CAC-FRT-9", Outcome.Violated);

    [Fact]
    public void Art9_is_violated_when_impactAssessment_completedOn_2026_02_01() =>
        Office.Patch("{ 'impactAssessment': { 'completedOn': '2026-02-01' } }").Expect("CN-CAC-FRT-9", Outcome.Violated);

    [Fact]
    public void Art9_is_satisfied_when_period_start_2025_03_01_and_period_end_2025_12_31_and_impactAssessment_completedOn_2025_05_20() =>
        Office.Patch("{ 'period': { 'start': '2025-03-01', 'end': '2025-12-31' }, 'impactAssessment': { 'completedOn': '2025-05-20' } }").Expect("CN-CAC-FRT-9", Outcome.Satisfied);

    [Fact]
    public void Art9_is_violated_when_impactAssessment_not_reportKeptThreeYears() =>
        Office.Patch("{ 'impactAssessment': { 'reportKeptThreeYears': false } }").Expect("CN-CAC-FRT-9", Outcome.Violated, reason: "not kept for at least 3 years");

    [Fact]
    public void Art9_is_undetermined_when_impactAssessment_reportKeptThreeYears_unknown() =>
        Office.Patch("{ 'impactAssessment': { 'reportKeptThreeYears': null } }").Expect("CN-CAC-FRT-9", Outcome.Undetermined, missing: "$.impactAssessment.reportKeptThreeYears");

    [Fact]
    public void Art9_is_undetermined_when_impactAssessment_completedOn_unknown() =>
        Office.Patch("{ 'impactAssessment': { 'completedOn': null } }").Expect("CN-CAC-FRT-9", Outcome.Undetermined, missing: "$.impactAssessment.completedOn");

    [Fact]
    public void Art10_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-10", Outcome.Satisfied);

    [Fact]
    public void Art10_is_violated_when_necessity_not_alternativeOffered_and_necessity_soleVerificationMethod() =>
        Office.Patch("{ 'necessity': { 'alternativeOffered': false, 'soleVerificationMethod': true } }").Expect("CN-CAC-FRT-10", Outcome.Violated);

    [Fact]
    public void Art10_is_violated_when_necessity_not_alternativeOffered() =>
        Office.Patch("{ 'necessity': { 'alternativeOffered': false } }").Expect("CN-CAC-FRT-10", Outcome.Violated);

    [Fact]
    public void Art10_is_satisfied_when_necessity_not_nonBiometricAlternativeExists_and_necessity_not_alternativeOffered_and_necessity_soleVerificationMethod() =>
        Office.Patch("{ 'necessity': { 'nonBiometricAlternativeExists': false, 'alternativeOffered': false, 'soleVerificationMethod': true } }").Expect("CN-CAC-FRT-10", Outcome.Satisfied);

    [Fact]
    public void Art10_does_not_apply_when_function_Identification_and_purposes_CustomerAnalytics() =>
        Office.Patch("{ 'function': 'Identification', 'purposes': ['CustomerAnalytics'] }").Expect("CN-CAC-FRT-10", Outcome.NotApplicable);

    [Fact]
    public void Art10_is_violated_when_function_Identification_and_purposes_Payment_and_necessity_not_alternativeOffered_and_necessity_soleVerificationMethod() =>
        Office.Patch("{ 'function': 'Identification', 'purposes': ['Payment'], 'necessity': { 'alternativeOffered': false, 'soleVerificationMethod': true } }").Expect("CN-CAC-FRT-10", Outcome.Violated);

    [Fact]
    public void Art10_is_undetermined_when_necessity_alternativeOffered_unknown() =>
        Office.Patch("{ 'necessity': { 'alternativeOffered': null } }").Expect("CN-CAC-FRT-10", Outcome.Undetermined, missing: "$.necessity.alternativeOffered");

    [Fact]
    public void Art12_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-12", Outcome.Satisfied);

    [Fact]
    public void Art12_is_violated_when_changes_entryMethodSwitchedUnilaterally() =>
        Office.Patch("{ 'changes': { 'entryMethodSwitchedUnilaterally': true } }").Expect("CN-CAC-FRT-12", Outcome.Violated);

    [Fact]
    public void Art12_is_violated_when_consent_conditionOfService() =>
        Office.Patch("{ 'consent': { 'conditionOfService': true } }").Expect("CN-CAC-FRT-12", Outcome.Violated);

    [Fact]
    public void Art12_is_satisfied_when_consent_conditionOfService_and_necessity_necessaryForService() =>
        Office.Patch("{ 'consent': { 'conditionOfService': true }, 'necessity': { 'necessaryForService': true } }").Expect("CN-CAC-FRT-12", Outcome.Satisfied);

    [Fact]
    public void Art12_is_undetermined_when_changes_entryMethodSwitchedUnilaterally_unknown() =>
        Office.Patch("{ 'changes': { 'entryMethodSwitchedUnilaterally': null } }").Expect("CN-CAC-FRT-12", Outcome.Undetermined, missing: "$.changes.entryMethodSwitchedUnilaterally");

    [Fact]
    public void Art13_1_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-13.1", Outcome.NotApplicable);

    [Fact]
    public void Art13_1_is_satisfied_when_publicPlace_and_purposes_PublicSecurity() =>
        Office.Patch("{ 'publicPlace': true, 'purposes': ['PublicSecurity'] }").Expect("CN-CAC-FRT-13.1", Outcome.Satisfied);

    [Fact]
    public void Art13_1_is_violated_when_publicPlace_and_purposes_AccessControl_even_with_separate_consent() =>
        Office.Patch("{ 'publicPlace': true }").Expect("CN-CAC-FRT-13.1", Outcome.Violated, reason: "consent does not extend that");

    [Fact]
    public void Art8_1_is_undetermined_not_satisfied_when_stored_off_device_under_a_StatutoryDuty_without_separate_consent() =>
        Office.Patch("{ 'legalBasis': 'StatutoryDuty', 'processor': { 'mandatedByLaw': true }, 'consent': { 'separate': false }, 'storage': { 'onDeviceOnly': false } }")
            .Expect("CN-CAC-FRT-8.1", Outcome.Undetermined, missing: "$.legalBasis", reason: "check that law");

    [Fact]
    public void Art4_is_undetermined_when_only_an_alternative_is_offered_and_the_assessment_does_not_weigh_necessity() =>
        Office.Patch("{ 'impactAssessment': { 'covers': [] } }").Expect("CN-CAC-FRT-4", Outcome.Undetermined, missing: "$.impactAssessment.covers");

    [Fact]
    public void Art4_is_satisfied_when_necessity_necessaryForService_without_an_assessment_of_necessity() =>
        Office.Patch("{ 'impactAssessment': { 'covers': [] }, 'necessity': { 'necessaryForService': true } }").Expect("CN-CAC-FRT-4", Outcome.Satisfied);

    [Fact]
    public void Art14_is_violated_when_security_measures_lack_IntrusionDetection() =>
        Office.Patch("{ 'security': { 'measures': ['SecurityAudit', 'AccessControl', 'AuthorisationManagement'] } }").Expect("CN-CAC-FRT-14", Outcome.Violated, reason: "IntrusionDetection");

    [Fact]
    public void Art14_is_undetermined_when_encrypted_but_security_measures_unknown() =>
        Office.Patch("{ 'security': { 'measures': null } }").Expect("CN-CAC-FRT-14", Outcome.Undetermined, missing: "$.security.measures");

    [Fact]
    public void Art13_1_is_violated_when_publicPlace_and_notice_not_conspicuousSigns() =>
        Office.Patch("{ 'publicPlace': true, 'notice': { 'conspicuousSigns': false } }").Expect("CN-CAC-FRT-13.1", Outcome.Violated);

    [Fact]
    public void Art13_1_is_violated_when_publicPlace_and_consent_not_separate() =>
        Office.Patch("{ 'publicPlace': true, 'consent': { 'separate': false } }").Expect("CN-CAC-FRT-13.1", Outcome.Violated);

    [Fact]
    public void Art13_1_is_undetermined_when_publicPlace_unknown() =>
        Office.Patch("{ 'publicPlace': null }").Expect("CN-CAC-FRT-13.1", Outcome.Undetermined, missing: "$.publicPlace");

    [Fact]
    public void Art13_2_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-13.2", Outcome.NotApplicable);

    [Fact]
    public void Art13_2_is_violated_when_venue_HotelRoom() =>
        Office.Patch("{ 'venue': 'HotelRoom' }").Expect("CN-CAC-FRT-13.2", Outcome.Violated);

    [Fact]
    public void Art13_2_is_violated_when_venue_PublicBathhouse() =>
        Office.Patch("{ 'venue': 'PublicBathhouse' }").Expect("CN-CAC-FRT-13.2", Outcome.Violated);

    [Fact]
    public void Art13_2_is_violated_when_venue_ChangingRoom() =>
        Office.Patch("{ 'venue': 'ChangingRoom' }").Expect("CN-CAC-FRT-13.2", Outcome.Violated);

    [Fact]
    public void Art13_2_is_violated_when_venue_PublicToilet() =>
        Office.Patch("{ 'venue': 'PublicToilet' }").Expect("CN-CAC-FRT-13.2", Outcome.Violated);

    [Fact]
    public void Art13_2_does_not_apply_when_venue_Hotel() =>
        Office.Patch("{ 'venue': 'Hotel' }").Expect("CN-CAC-FRT-13.2", Outcome.NotApplicable);

    [Fact]
    public void Art13_2_does_not_apply_when_venue_HotelRoom_and_function_Detection() =>
        Office.Patch("{ 'venue': 'HotelRoom', 'function': 'Detection' }").Expect("CN-CAC-FRT-13.2", Outcome.NotApplicable);

    [Fact]
    public void Art13_2_is_undetermined_when_venue_unknown() =>
        Office.Patch("{ 'venue': null }").Expect("CN-CAC-FRT-13.2", Outcome.Undetermined, missing: "$.venue");

    [Fact]
    public void Art14_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-CAC-FRT-14", Outcome.Satisfied);

    [Fact]
    public void Art14_is_violated_when_storage_not_encrypted() =>
        Office.Patch("{ 'storage': { 'encrypted': false } }").Expect("CN-CAC-FRT-14", Outcome.Violated);

    [Fact]
    public void Art14_is_undetermined_when_storage_encrypted_unknown() =>
        Office.Patch("{ 'storage': { 'encrypted': null } }").Expect("CN-CAC-FRT-14", Outcome.Undetermined, missing: "$.storage.encrypted");

    [Fact]
    public void Art15_1_does_not_apply_when_subjects_storedPersons_99999() =>
        Office.Patch("{ 'subjects': { 'storedPersons': 99999 } }").Expect("CN-CAC-FRT-15.1", Outcome.NotApplicable);

    [Fact]
    public void Art15_1_is_undetermined_when_subjects_storedPersons_100000() =>
        Office.Patch("{ 'subjects': { 'storedPersons': 100000 } }").Expect("CN-CAC-FRT-15.1", Outcome.Undetermined, missing: "$.filing.thresholdReachedOn");

    [Fact]
    public void Art15_1_is_undetermined_when_subjects_storedPersons_unknown() =>
        Office.Patch("{ 'subjects': { 'storedPersons': null } }").Expect("CN-CAC-FRT-15.1", Outcome.Undetermined, missing: "$.subjects.storedPersons");

    [Fact]
    public void Art15_1_does_not_apply_when_subjects_storedPersons_150000_and_function_AttributeAnalysis() =>
        Office.Patch("{ 'subjects': { 'storedPersons': 150000 }, 'function': 'AttributeAnalysis' }").Expect("CN-CAC-FRT-15.1", Outcome.NotApplicable);

    [Fact]
    public void Art15_1_is_satisfied_when_filed_on_the_last_working_day_of_a_custom_calendar()
    {
        var f = Office.Patch(FilingPatch("2025-08-18")).Finding(Filing, WithHolidays);
        Assert.Equal(Outcome.Satisfied, f.Outcome);
        Assert.Contains("due by 2025-08-18, 30 working days after 2025-07-03", f.Reason);
        Assert.Contains("supplied working-day calendar", f.Reason);
    }

    [Fact]
    public void Art15_1_is_violated_under_the_weekday_calendar_which_ignores_holidays_and_says_so()
    {
        var f = Office.Patch(FilingPatch("2025-08-18")).Finding(Filing, Weekdays);
        Assert.Equal(Outcome.Violated, f.Outcome);
        Assert.Contains("Filed with the CAC on 2025-08-18, late", f.Reason);
        Assert.Contains("due by 2025-08-14", f.Reason);
        Assert.Contains("Monday–Friday calendar, which ignores public holidays and adjusted working weekends", f.Reason);
        Assert.StartsWith("Via PIPL Art. 66 [R]", f.Penalty);
        Assert.Equal(Outcome.Satisfied, Office.Patch(FilingPatch("2025-08-14")).Finding(Filing, Weekdays).Outcome);
    }

    [Fact]
    public void Art15_1_counts_with_the_official_PRC_calendar_by_default_and_says_so()
    {
        // No public holiday between 3 July and mid-August 2025: the official count equals the weekday one.
        var f = Office.Patch(FilingPatch("2025-08-14")).Finding(Filing);
        Assert.Equal(Outcome.Satisfied, f.Outcome);
        Assert.Contains("due by 2025-08-14", f.Reason);
        Assert.Contains("official PRC working-day calendar", f.Reason);
        Assert.DoesNotContain("provisional", f.Reason);
    }

    [Fact]
    public void Art15_1_calls_a_count_into_a_year_without_a_holiday_notice_provisional()
    {
        // Reached 2026-12-10: the 30 working days run into 2027, whose arrangement the calendar does not hold.
        var f = Office.Patch("{ 'period': { 'start': '2026-06-01', 'end': '2027-03-31' }, 'subjects': { 'storedPersons': 150000 }, 'filing': { 'thresholdReachedOn': '2026-12-10', 'filedOn': '2027-01-05' } }").Finding(Filing);
        Assert.Equal(Outcome.Satisfied, f.Outcome);
        Assert.Contains("runs into 2027", f.Reason);
        Assert.Contains("from 2027-01-01 it counts Monday to Friday, so the deadline is provisional", f.Reason);
    }

    [Fact]
    public void Art15_1_is_violated_when_filed_after_the_custom_deadline()
    {
        Assert.Equal(Outcome.Violated, Office.Patch(FilingPatch("2025-08-19")).Finding(Filing, WithHolidays).Outcome);
    }

    [Fact]
    public void Art15_1_is_satisfied_when_not_filed_until_the_deadline_passes_then_violated()
    {
        var notFiled = Office.Patch(FilingPatch(null)).Parse();
        var onDeadline = WithHolidays.Assess(notFiled, new LocalDate(2025, 8, 18)).Find(Filing)!;
        Assert.Equal(Outcome.Satisfied, onDeadline.Outcome);
        Assert.StartsWith("Not yet overdue on 2025-08-18.", onDeadline.Reason);

        var dayAfter = WithHolidays.Assess(notFiled, new LocalDate(2025, 8, 19)).Find(Filing)!;
        Assert.Equal(Outcome.Violated, dayAfter.Outcome);
        Assert.StartsWith("Not filed with the CAC by 2025-08-19", dayAfter.Reason);

        // Over the whole period (to 2025-12-31) the deadline has passed.
        Assert.Equal(Outcome.Violated, WithHolidays.Assess(notFiled).Find(Filing)!.Outcome);
    }

    [Fact]
    public void Art15_1_counts_National_Day_with_make_up_working_weekends()
    {
        // 2025 arrangement: 1–8 October off (weekdays 1–3 and 6–8), Sunday 28 September and Saturday 11 October worked.
        var calendar = new ListedWorkingDayCalendar(
            new[] { new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 2), new LocalDate(2025, 10, 3), new LocalDate(2025, 10, 6), new LocalDate(2025, 10, 7), new LocalDate(2025, 10, 8) },
            new[] { new LocalDate(2025, 9, 28), new LocalDate(2025, 10, 11) });
        var assessor = new Assessor(options: new AssessorOptions { Calendar = calendar, Clock = new FakeClock(TestData.Now) });
        Assert.Contains("due by 2025-11-13", Office.Patch(FilingPatch("2025-11-13", reached: "2025-09-26")).Finding(Filing, assessor).Reason);
        Assert.Equal(Outcome.Satisfied, Office.Patch(FilingPatch("2025-11-13", reached: "2025-09-26")).Finding(Filing, assessor).Outcome);

        // The official calendar, the default, holds the same arrangement.
        Assert.Contains("due by 2025-11-13", Office.Patch(FilingPatch("2025-11-13", reached: "2025-09-26")).Finding(Filing).Reason);

        // The weekday calendar puts the deadline a week early.
        var weekdays = Office.Patch(FilingPatch("2025-11-13", reached: "2025-09-26")).Finding(Filing, Weekdays);
        Assert.Equal(Outcome.Violated, weekdays.Outcome);
        Assert.Contains("due by 2025-11-07", weekdays.Reason);
    }

    [Fact]
    public void Art15_1_counts_a_threshold_reached_before_the_Measures_from_their_first_day()
    {
        var f = Office.Patch("{ 'period': { 'start': '2025-03-01', 'end': '2025-12-31' }, 'subjects': { 'storedPersons': 150000 }, 'filing': { 'thresholdReachedOn': '2025-03-03' } }").Finding(Filing);
        Assert.Equal(Outcome.Violated, f.Outcome);
        // The CAC's date for processors above the threshold on 2025-06-01: 2 June was the Dragon Boat holiday.
        Assert.Contains("due by 2025-07-14, 30 working days after 2025-06-01", f.Reason);
        Assert.Contains("due by 2025-07-11", Office.Patch("{ 'period': { 'start': '2025-03-01', 'end': '2025-12-31' }, 'subjects': { 'storedPersons': 150000 }, 'filing': { 'thresholdReachedOn': '2025-03-03' } }").Finding(Filing, Weekdays).Reason);
        Assert.Contains("Considered only for the part of the period in force from 2025-06-01", f.Reason);
    }

    [Fact]
    public void Art15_1_is_satisfied_when_filed_before_the_threshold()
    {
        Assert.Equal(Outcome.Satisfied, Office.Patch(FilingPatch("2025-06-20")).Finding(Filing).Outcome);
    }

    [Fact]
    public void Art15_1_does_not_apply_when_the_threshold_is_reached_after_the_assessed_day()
    {
        var a = Office.Patch(FilingPatch(null, reached: "2025-09-01")).Parse();
        Assert.Equal(Outcome.NotApplicable, TestData.Assessor.Assess(a, new LocalDate(2025, 8, 31)).Find(Filing)!.Outcome);
        Assert.Equal(Outcome.Satisfied, TestData.Assessor.Assess(a, new LocalDate(2025, 9, 1)).Find(Filing)!.Outcome);
    }

    [Fact]
    public void Art15_1_is_not_in_force_for_XPeng_2021()
    {
        var f = TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json")).Find(Filing)!;
        Assert.Equal(Outcome.NotInForce, f.Outcome);
    }
    [Fact]
    public void The_penalty_runs_through_PIPL_Art66_and_is_marked_recalled()
    {
        var f = Office.Patch("{ 'storage': { 'encrypted': false } }").Expect("CN-CAC-FRT-14", Outcome.Violated);
        Assert.StartsWith("Via PIPL Art. 66 [R]", f.Penalty);
        Assert.Contains("CNY 50 million", f.Penalty);
    }

    [Fact]
    public void Detection_and_attribute_analysis_are_outside_the_Measures_but_not_outside_the_PIPL()
    {
        var result = Office.Patch("{ 'function': 'AttributeAnalysis', 'storage': { 'encrypted': false } }").Assess();
        Assert.All(result.Findings.Where(f => f.RuleId.StartsWith("CN-CAC-FRT-", System.StringComparison.Ordinal)),
            f => Assert.Equal(Outcome.NotApplicable, f.Outcome));
        Assert.Contains("recognises identity", result.Find("CN-CAC-FRT-14")!.Reason);
        Assert.Equal(Outcome.Violated, result.Find("CN-PIPL-51")!.Outcome);
    }

    [Fact]
    public void Not_in_force_before_2025_06_01() =>
        Office.Patch("{ 'venue': 'HotelRoom' }").ExpectNotInForceBefore(CacFrtRules.All, "2025-06-01", "2025-05-31T15:59:59Z", "CN-CAC-FRT-13.2");

    [Fact]
    public void The_catalog_holds_the_thirteen_CAC_rules_as_verified_secondary()
    {
        var ids = RuleCatalog.Default.Rules.Where(r => r.Instrument == CacFrtRules.Instrument).Select(r => r.Id).ToArray();
        Assert.Equal(
            new[] { "4", "5", "6", "7", "8.1", "8.2", "9", "10", "12", "13.1", "13.2", "14", "15.1" }.Select(n => "CN-CAC-FRT-" + n).OrderBy(i => i, System.StringComparer.Ordinal),
            ids);
        Assert.All(CacFrtRules.All, r => Assert.Equal(Verification.VerifiedSecondary, r.Verification));
        Assert.Equal(new NodaTime.LocalDate(2025, 6, 1), CacFrtRules.Instrument.EffectiveFrom);
    }
}
