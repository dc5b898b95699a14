using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The PIPL rules (<see cref="PiplRules"/>) against the compliant office example and variations of it.</summary>
public class PiplRulesTests
{
    [Fact]
    public void Art13_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-13", Outcome.Satisfied);

    [Fact]
    public void Art13_is_violated_when_without_consent_and_legalBasis_None() =>
        Office.Patch("{ 'legalBasis': 'None', " + NoConsent + " }").Expect("CN-PIPL-13", Outcome.Violated);

    [Fact]
    public void Art13_is_violated_when_without_consent() =>
        Office.Patch("{ " + NoConsent + " }").Expect("CN-PIPL-13", Outcome.Violated);

    [Fact]
    public void Art13_is_violated_when_legalBasis_Contract() =>
        Office.Patch("{ 'legalBasis': 'Contract' }").Expect("CN-PIPL-13", Outcome.Violated);

    [Fact]
    public void Art13_is_satisfied_when_legalBasis_Contract_and_necessity_necessaryForService() =>
        Office.Patch("{ 'legalBasis': 'Contract', 'necessity': { 'necessaryForService': true } }").Expect("CN-PIPL-13", Outcome.Satisfied);

    [Fact]
    public void Art13_is_satisfied_when_legalBasis_StatutoryDuty_and_processor_mandatedByLaw() =>
        Office.Patch("{ 'legalBasis': 'StatutoryDuty', 'processor': { 'mandatedByLaw': true } }").Expect("CN-PIPL-13", Outcome.Satisfied);

    [Fact]
    public void Art13_is_satisfied_when_a_state_organ_claims_PublicSecurity() =>
        Office.Patch("{ 'legalBasis': 'PublicSecurity', 'processor': { 'kinds': ['StateOrgan'] } }").Expect("CN-PIPL-13", Outcome.Satisfied, reason: "assigns to this processor");

    [Fact]
    public void Art13_is_violated_when_a_private_operator_claims_PublicSecurity_without_a_mandate() =>
        Office.Patch("{ 'legalBasis': 'PublicSecurity', 'processor': { 'mandatedByLaw': false } }").Expect("CN-PIPL-13", Outcome.Violated, reason: "no such basis");

    [Fact]
    public void Art13_is_violated_when_a_private_operator_claims_StatutoryDuty_without_a_mandate() =>
        Office.Patch("{ 'legalBasis': 'StatutoryDuty', 'processor': { 'mandatedByLaw': false } }").Expect("CN-PIPL-13", Outcome.Violated, reason: "statutory duty");

    [Fact]
    public void Art13_is_undetermined_when_legalBasis_PublicSecurity_and_processor_mandatedByLaw_unknown() =>
        Office.Patch("{ 'legalBasis': 'PublicSecurity' }").Expect("CN-PIPL-13", Outcome.Undetermined, missing: "$.processor.mandatedByLaw");

    [Fact]
    public void Art13_is_undetermined_when_legalBasis_PublicSecurity_and_processor_kinds_unknown() =>
        Office.Patch("{ 'legalBasis': 'PublicSecurity', 'processor': { 'kinds': null, 'mandatedByLaw': false } }").Expect("CN-PIPL-13", Outcome.Undetermined, missing: "$.processor.kinds");

    [Fact]
    public void Art13_is_violated_when_a_shop_declares_PublicHealthEmergency_for_ordinary_access_control() =>
        Office.Patch("{ 'legalBasis': 'PublicHealthEmergency' }").Expect("CN-PIPL-13", Outcome.Violated, reason: "no stated purpose is PublicHealthEmergency");

    [Fact]
    public void Art13_is_violated_when_legalBasis_NewsReporting_and_purposes_CustomerAnalytics() =>
        Office.Patch("{ 'legalBasis': 'NewsReporting', 'purposes': ['CustomerAnalytics'] }").Expect("CN-PIPL-13", Outcome.Violated, reason: "no stated purpose is NewsReporting");

    [Fact]
    public void Art13_is_violated_when_legalBasis_PublicHealthEmergency_and_necessity_necessaryForLegalBasis_false() =>
        Office.Patch("{ 'legalBasis': 'PublicHealthEmergency', 'purposes': ['PublicHealthEmergency'], 'necessity': { 'necessaryForLegalBasis': false } }")
            .Expect("CN-PIPL-13", Outcome.Violated, reason: "not necessary for it");

    [Fact]
    public void Art13_is_undetermined_when_legalBasis_PublicHealthEmergency_and_necessity_necessaryForLegalBasis_unknown() =>
        Office.Patch("{ 'legalBasis': 'PublicHealthEmergency', 'purposes': ['PublicHealthEmergency'] }")
            .Expect("CN-PIPL-13", Outcome.Undetermined, missing: "$.necessity.necessaryForLegalBasis", reason: "does not show it");

    [Fact]
    public void Art13_is_satisfied_when_legalBasis_NewsReporting_purposes_NewsReporting_and_necessity_necessaryForLegalBasis() =>
        Office.Patch("{ 'legalBasis': 'NewsReporting', 'purposes': ['NewsReporting'], 'necessity': { 'necessaryForLegalBasis': true } }")
            .Expect("CN-PIPL-13", Outcome.Satisfied);

    [Fact]
    public void Art29_is_violated_when_a_declared_PublicHealthEmergency_is_not_shown_and_consent_not_separate() =>
        Office.Patch("{ 'legalBasis': 'PublicHealthEmergency', 'consent': { 'separate': false } }").Expect("CN-PIPL-29", Outcome.Violated);

    [Fact]
    public void Art29_does_not_apply_when_a_PublicHealthEmergency_is_shown() =>
        Office.Patch("{ 'legalBasis': 'PublicHealthEmergency', 'purposes': ['PublicHealthEmergency'], 'necessity': { 'necessaryForLegalBasis': true }, 'consent': { 'separate': false } }")
            .Expect("CN-PIPL-29", Outcome.NotApplicable);

    [Fact]
    public void Art29_is_undetermined_when_a_declared_PublicHealthEmergency_lacks_necessity_necessaryForLegalBasis() =>
        Office.Patch("{ 'legalBasis': 'PublicHealthEmergency', 'purposes': ['PublicHealthEmergency'] }")
            .Expect("CN-PIPL-29", Outcome.Undetermined, missing: "$.necessity.necessaryForLegalBasis", reason: "emergency or news-reporting basis");

    private const string LateNoticeInEmergency =
        "'legalBasis': 'PublicHealthEmergency', 'purposes': ['PublicHealthEmergency'], 'notice': { 'beforeProcessing': false }";

    [Fact]
    public void Art17_is_satisfied_with_a_late_notice_in_a_shown_emergency() =>
        Office.Patch("{ " + LateNoticeInEmergency + ", 'necessity': { 'necessaryForLegalBasis': true } }").Expect("CN-PIPL-17", Outcome.Satisfied);

    [Fact]
    public void Art17_is_violated_with_a_late_notice_when_the_emergency_is_not_necessary() =>
        Office.Patch("{ " + LateNoticeInEmergency + ", 'necessity': { 'necessaryForLegalBasis': false } }").Expect("CN-PIPL-17", Outcome.Violated, reason: "after processing began");

    [Fact]
    public void Art17_is_undetermined_with_a_late_notice_in_a_merely_declared_emergency() =>
        Office.Patch("{ " + LateNoticeInEmergency + " }").Expect("CN-PIPL-17", Outcome.Undetermined, missing: "$.necessity.necessaryForLegalBasis");

    [Fact]
    public void Art13_is_undetermined_when_legalBasis_unknown() =>
        Office.Patch("{ 'legalBasis': null }").Expect("CN-PIPL-13", Outcome.Undetermined, missing: "$.legalBasis");

    [Fact]
    public void Art13_is_undetermined_when_consent_unknown() =>
        Office.Patch("{ 'consent': { 'obtained': null } }").Expect("CN-PIPL-13", Outcome.Undetermined, missing: "$.consent.obtained");

    [Fact]
    public void Art14_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-14", Outcome.Satisfied);

    [Fact]
    public void Art14_is_violated_when_consent_not_explicit() =>
        Office.Patch("{ 'consent': { 'explicit': false } }").Expect("CN-PIPL-14", Outcome.Violated);

    [Fact]
    public void Art14_is_violated_when_consent_not_separate_and_consent_bundled() =>
        Office.Patch("{ 'consent': { 'separate': false, 'bundled': true } }").Expect("CN-PIPL-14", Outcome.Violated);

    [Fact]
    public void Art14_is_violated_when_consent_conditionOfService() =>
        Office.Patch("{ 'consent': { 'conditionOfService': true } }").Expect("CN-PIPL-14", Outcome.Violated);

    [Fact]
    public void Art14_is_violated_when_changes_purposeExtendedBeyondOriginal_and_changes_not_reconsentObtained() =>
        Office.Patch("{ 'changes': { 'purposeExtendedBeyondOriginal': true, 'reconsentObtained': false } }").Expect("CN-PIPL-14", Outcome.Violated);

    [Fact]
    public void Art14_is_satisfied_when_changes_purposeExtendedBeyondOriginal_and_changes_reconsentObtained() =>
        Office.Patch("{ 'changes': { 'purposeExtendedBeyondOriginal': true, 'reconsentObtained': true } }").Expect("CN-PIPL-14", Outcome.Satisfied);

    [Fact]
    public void Art14_does_not_apply_when_legalBasis_StatutoryDuty_and_processor_mandatedByLaw() =>
        Office.Patch("{ 'legalBasis': 'StatutoryDuty', 'processor': { 'mandatedByLaw': true } }").Expect("CN-PIPL-14", Outcome.NotApplicable);

    [Fact]
    public void Art14_is_undetermined_when_legalBasis_StatutoryDuty_and_processor_mandatedByLaw_unknown() =>
        Office.Patch("{ 'legalBasis': 'StatutoryDuty' }").Expect("CN-PIPL-14", Outcome.Undetermined, missing: "$.processor.mandatedByLaw");

    [Fact]
    public void Art29_is_violated_when_a_private_operator_claims_PublicSecurity_without_consent() =>
        Office.Patch("{ 'legalBasis': 'PublicSecurity', 'processor': { 'mandatedByLaw': false }, " + NoConsent + " }").Expect("CN-PIPL-29", Outcome.Violated);

    [Fact]
    public void Art29_does_not_apply_when_law_enforcement_claims_PublicSecurity() =>
        Office.Patch("{ 'legalBasis': 'PublicSecurity', 'processor': { 'kinds': ['LawEnforcement'] }, " + NoConsent + " }").Expect("CN-PIPL-29", Outcome.NotApplicable);

    [Fact]
    public void Art14_is_undetermined_when_consent_explicit_unknown() =>
        Office.Patch("{ 'consent': { 'explicit': null } }").Expect("CN-PIPL-14", Outcome.Undetermined, missing: "$.consent.explicit");

    [Fact]
    public void Art14_is_undetermined_when_changes_purposeExtendedBeyondOriginal() =>
        Office.Patch("{ 'changes': { 'purposeExtendedBeyondOriginal': true } }").Expect("CN-PIPL-14", Outcome.Undetermined, missing: "$.changes.reconsentObtained");

    [Fact]
    public void Art15_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-15", Outcome.Satisfied);

    [Fact]
    public void Art15_is_violated_when_consent_not_withdrawalChannel() =>
        Office.Patch("{ 'consent': { 'withdrawalChannel': false } }").Expect("CN-PIPL-15", Outcome.Violated);

    [Fact]
    public void Art15_does_not_apply_when_without_consent_and_legalBasis_None() =>
        Office.Patch("{ 'legalBasis': 'None', " + NoConsent + " }").Expect("CN-PIPL-15", Outcome.NotApplicable);

    [Fact]
    public void Art15_is_undetermined_when_consent_withdrawalChannel_unknown() =>
        Office.Patch("{ 'consent': { 'withdrawalChannel': null } }").Expect("CN-PIPL-15", Outcome.Undetermined, missing: "$.consent.withdrawalChannel");

    [Fact]
    public void Art16_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-16", Outcome.Satisfied);

    [Fact]
    public void Art16_is_violated_when_necessity_serviceRefusedWithoutConsent() =>
        Office.Patch("{ 'necessity': { 'serviceRefusedWithoutConsent': true } }").Expect("CN-PIPL-16", Outcome.Violated);

    [Fact]
    public void Art16_is_satisfied_when_necessity_serviceRefusedWithoutConsent_and_necessity_necessaryForService() =>
        Office.Patch("{ 'necessity': { 'serviceRefusedWithoutConsent': true, 'necessaryForService': true } }").Expect("CN-PIPL-16", Outcome.Satisfied);

    [Fact]
    public void Art16_is_undetermined_when_necessity_serviceRefusedWithoutConsent_and_necessity_necessaryForService_unknown() =>
        Office.Patch("{ 'necessity': { 'serviceRefusedWithoutConsent': true, 'necessaryForService': null } }").Expect("CN-PIPL-16", Outcome.Undetermined, missing: "$.necessity.necessaryForService");

    [Fact]
    public void Art16_is_undetermined_when_necessity_serviceRefusedWithoutConsent_unknown() =>
        Office.Patch("{ 'necessity': { 'serviceRefusedWithoutConsent': null } }").Expect("CN-PIPL-16", Outcome.Undetermined, missing: "$.necessity.serviceRefusedWithoutConsent");

    [Fact]
    public void Art17_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-17", Outcome.Satisfied);

    [Fact]
    public void Art17_is_violated_when_without_notice() =>
        Office.Patch("{ 'notice': { 'given': false, 'beforeProcessing': null, 'conspicuousSigns': null, 'elements': [] } }").Expect("CN-PIPL-17", Outcome.Violated);

    [Fact]
    public void Art17_is_violated_when_notice_not_beforeProcessing() =>
        Office.Patch("{ 'notice': { 'beforeProcessing': false } }").Expect("CN-PIPL-17", Outcome.Violated);

    [Fact]
    public void Art17_is_violated_when_notice_not_beforeProcessing_and_a_declared_PublicHealthEmergency_is_no_stated_purpose() =>
        Office.Patch("{ 'notice': { 'beforeProcessing': false }, 'legalBasis': 'PublicHealthEmergency' }").Expect("CN-PIPL-17", Outcome.Violated, reason: "after processing began");

    [Fact]
    public void Art17_is_undetermined_when_notice_elements_unknown() =>
        Office.Patch("{ 'notice': { 'elements': null } }").Expect("CN-PIPL-17", Outcome.Undetermined, missing: "$.notice.elements");

    [Fact]
    public void Art17_is_undetermined_when_notice_unknown() =>
        Office.Patch("{ 'notice': null }").Expect("CN-PIPL-17", Outcome.Undetermined, missing: "$.notice.given, $.notice.beforeProcessing");

    [Fact]
    public void Art26_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-26", Outcome.NotApplicable);

    [Fact]
    public void Art26_is_satisfied_when_publicPlace() =>
        Office.Patch("{ 'publicPlace': true }").Expect("CN-PIPL-26", Outcome.Satisfied);

    [Fact]
    public void Art26_is_violated_when_publicPlace_and_notice_not_conspicuousSigns() =>
        Office.Patch("{ 'publicPlace': true, 'notice': { 'conspicuousSigns': false } }").Expect("CN-PIPL-26", Outcome.Violated);

    [Fact]
    public void Art26_is_violated_when_publicPlace_and_consent_not_separate() =>
        Office.Patch("{ 'publicPlace': true, 'consent': { 'separate': false } }").Expect("CN-PIPL-26", Outcome.Violated);

    [Fact]
    public void Art26_is_satisfied_when_without_consent_and_publicPlace_and_purposes_PublicSecurity_and_legalBasis_PublicSecurity() =>
        Office.Patch("{ 'publicPlace': true, 'purposes': ['PublicSecurity'], 'legalBasis': 'PublicSecurity', " + NoConsent + " }").Expect("CN-PIPL-26", Outcome.Satisfied);

    [Fact]
    public void Art26_is_undetermined_when_publicPlace_unknown() =>
        Office.Patch("{ 'publicPlace': null }").Expect("CN-PIPL-26", Outcome.Undetermined, missing: "$.publicPlace");

    [Fact]
    public void Art26_is_undetermined_when_publicPlace_and_purposes_unknown() =>
        Office.Patch("{ 'publicPlace': true, 'purposes': null }").Expect("CN-PIPL-26", Outcome.Undetermined, missing: "$.purposes");

    [Fact]
    public void Art28_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-28", Outcome.Satisfied);

    [Fact]
    public void Art28_is_violated_when_necessity_not_alternativeOffered() =>
        Office.Patch("{ 'necessity': { 'alternativeOffered': false } }").Expect("CN-PIPL-28", Outcome.Violated);

    [Fact]
    public void Art28_is_satisfied_when_necessity_not_alternativeOffered_and_necessity_necessaryForService() =>
        Office.Patch("{ 'necessity': { 'alternativeOffered': false, 'necessaryForService': true } }").Expect("CN-PIPL-28", Outcome.Satisfied);

    [Fact]
    public void Art28_is_violated_when_storage_not_encrypted() =>
        Office.Patch("{ 'storage': { 'encrypted': false } }").Expect("CN-PIPL-28", Outcome.Violated);

    [Fact]
    public void Art28_is_undetermined_when_necessity_unknown() =>
        Office.Patch("{ 'necessity': null }").Expect("CN-PIPL-28", Outcome.Undetermined, missing: "$.necessity.necessaryForService, $.necessity.alternativeOffered");

    [Fact]
    public void Art28_is_undetermined_when_purposes_unknown() =>
        Office.Patch("{ 'purposes': null }").Expect("CN-PIPL-28", Outcome.Undetermined, missing: "$.purposes");

    [Fact]
    public void Art29_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-29", Outcome.Satisfied);

    [Fact]
    public void Art29_is_violated_when_consent_not_separate() =>
        Office.Patch("{ 'consent': { 'separate': false } }").Expect("CN-PIPL-29", Outcome.Violated);

    [Fact]
    public void Art29_is_violated_when_without_consent_and_legalBasis_None() =>
        Office.Patch("{ 'legalBasis': 'None', " + NoConsent + " }").Expect("CN-PIPL-29", Outcome.Violated);

    [Fact]
    public void Art29_does_not_apply_when_legalBasis_Contract() =>
        Office.Patch("{ 'legalBasis': 'Contract' }").Expect("CN-PIPL-29", Outcome.NotApplicable);

    [Fact]
    public void Art29_is_undetermined_when_consent_separate_unknown() =>
        Office.Patch("{ 'consent': { 'separate': null } }").Expect("CN-PIPL-29", Outcome.Undetermined, missing: "$.consent.separate");

    [Fact]
    public void Art30_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-30", Outcome.Satisfied);

    [Fact]
    public void Art30_is_violated_when_notice_omitting_Necessity_and_Impact() =>
        Office.Patch("{ 'notice': { 'elements': ['ProcessorIdentity', 'Purpose', 'Method', 'DataCategories', 'Retention', 'RightsExercise'] } }").Expect("CN-PIPL-30", Outcome.Violated);

    [Fact]
    public void Art30_is_undetermined_when_notice_given_unknown() =>
        Office.Patch("{ 'notice': { 'given': null } }").Expect("CN-PIPL-30", Outcome.Undetermined, missing: "$.notice.given");

    [Fact]
    public void Art31_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-31", Outcome.NotApplicable);

    [Fact]
    public void Art31_is_violated_when_with_minors_under_14() =>
        Office.Patch("{ " + Minors + " }").Expect("CN-PIPL-31", Outcome.Violated);

    [Fact]
    public void Art31_is_satisfied_when_with_minors_under_14_and_consent_guardianForMinors() =>
        Office.Patch("{ " + Minors + ", 'consent': { 'guardianForMinors': true } }").Expect("CN-PIPL-31", Outcome.Satisfied);

    [Fact]
    public void Art31_does_not_apply_when_with_minors_under_14_and_legalBasis_StatutoryDuty_and_processor_mandatedByLaw() =>
        Office.Patch("{ " + Minors + ", 'legalBasis': 'StatutoryDuty', 'processor': { 'mandatedByLaw': true } }").Expect("CN-PIPL-31", Outcome.NotApplicable);

    [Fact]
    public void Art31_is_undetermined_when_with_minors_under_14_and_consent_guardianForMinors_unknown() =>
        Office.Patch("{ " + Minors + ", 'consent': { 'guardianForMinors': null } }").Expect("CN-PIPL-31", Outcome.Undetermined, missing: "$.consent.guardianForMinors");

    [Fact]
    public void Art31_is_undetermined_when_subjects_includesMinorsUnder14_unknown() =>
        Office.Patch("{ 'subjects': { 'includesMinorsUnder14': null } }").Expect("CN-PIPL-31", Outcome.Undetermined, missing: "$.subjects.includesMinorsUnder14");

    [Fact]
    public void Art38_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-38", Outcome.NotApplicable);

    [Fact]
    public void Art38_is_satisfied_when_stored_abroad_under_the_standard_contract() =>
        Office.Patch("{ " + CrossBorder + " }").Expect("CN-PIPL-38", Outcome.Satisfied);

    [Fact]
    public void Art38_is_violated_when_storage_not_onDeviceOnly_and_storage_crossBorder_and_storage_crossBorderMechanism_None() =>
        Office.Patch("{ " + CrossBorder + " }").Patch("{ 'storage': { 'crossBorderMechanism': 'None' } }").Expect("CN-PIPL-38", Outcome.Violated, reason: "Art. 8");

    [Fact]
    public void Art38_is_violated_when_the_sensitive_information_of_10000_persons_is_exported_under_the_standard_contract() =>
        Office.Patch("{ " + CrossBorder + " }").Patch("{ 'storage': { 'sensitivePersonsExportedThisYear': 10000 } }").Expect("CN-PIPL-38", Outcome.Violated, reason: "security assessment is required");

    [Fact]
    public void Art38_is_violated_when_a_CIIO_exports_under_the_standard_contract() =>
        Office.Patch("{ " + CrossBorder + ", 'processor': { 'kinds': ['CriticalInformationInfrastructureOperator'] } }").Expect("CN-PIPL-38", Outcome.Violated);

    [Fact]
    public void Art38_is_satisfied_when_storage_crossBorderExemption_ContractNecessity_without_a_mechanism() =>
        Office.Patch("{ " + CrossBorder + " }").Patch("{ 'storage': { 'crossBorderMechanism': 'None', 'crossBorderExemption': 'ContractNecessity' } }").Expect("CN-PIPL-38", Outcome.Satisfied, reason: "ContractNecessity");

    [Fact]
    public void Art38_is_undetermined_not_satisfied_when_the_exported_volume_is_unknown() =>
        Office.Patch("{ " + CrossBorder + " }").Patch("{ 'storage': { 'sensitivePersonsExportedThisYear': null } }").Expect("CN-PIPL-38", Outcome.Undetermined, missing: "$.storage.sensitivePersonsExportedThisYear");

    [Fact]
    public void Art38_is_undetermined_in_2023_under_the_standard_contract_because_the_2022_measures_count_from_the_previous_year() =>
        Office.Patch("{ " + CrossBorder + ", 'period': { 'start': '2023-01-01', 'end': '2023-12-31' } }").Expect("CN-PIPL-38", Outcome.Undetermined, reason: "previous year");

    [Fact]
    public void Art38_is_violated_in_2023_when_the_information_of_100000_persons_is_exported_under_the_standard_contract() =>
        Office.Patch("{ " + CrossBorder + ", 'period': { 'start': '2023-01-01', 'end': '2023-12-31' } }").Patch("{ 'storage': { 'personsExportedThisYear': 100000 } }")
            .Expect("CN-PIPL-38", Outcome.Violated, reason: "2022 assessment measures");

    [Fact]
    public void Art38_is_satisfied_in_2022_before_the_assessment_measures_under_the_standard_contract() =>
        Office.Patch("{ " + CrossBorder + ", 'period': { 'start': '2022-01-01', 'end': '2022-06-30' } }").Expect("CN-PIPL-38", Outcome.Satisfied);

    [Fact]
    public void Art38_is_undetermined_when_storage_not_onDeviceOnly_and_storage_crossBorder_and_storage_crossBorderMechanism_unknown() =>
        Office.Patch("{ " + CrossBorder + " }").Patch("{ 'storage': { 'crossBorderMechanism': null } }").Expect("CN-PIPL-38", Outcome.Undetermined, missing: "$.storage.crossBorderMechanism");

    [Fact]
    public void Art38_is_undetermined_when_storage_onDeviceOnly_unknown_and_storage_crossBorder_unknown_and_storage_crossBorderMechanism_unknown() =>
        Office.Patch("{ 'storage': { 'onDeviceOnly': null, 'crossBorder': null, 'crossBorderMechanism': null } }").Expect("CN-PIPL-38", Outcome.Undetermined, missing: "$.storage.crossBorder");

    [Fact]
    public void Art39_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-39", Outcome.NotApplicable);

    [Fact]
    public void Art39_is_violated_when_stored_abroad_under_the_standard_contract() =>
        Office.Patch("{ " + CrossBorder + " }").Expect("CN-PIPL-39", Outcome.Violated);

    [Fact]
    public void Art39_is_satisfied_when_stored_abroad_under_the_standard_contract_and_sharing_separateConsentForSharing() =>
        Office.Patch("{ " + CrossBorder + ", 'sharing': { 'separateConsentForSharing': true } }").Expect("CN-PIPL-39", Outcome.Satisfied);

    [Fact]
    public void Art39_does_not_apply_when_stored_abroad_under_the_standard_contract_and_legalBasis_Contract() =>
        Office.Patch("{ " + CrossBorder + ", 'legalBasis': 'Contract' }").Expect("CN-PIPL-39", Outcome.NotApplicable);

    [Fact]
    public void Art39_is_undetermined_when_stored_abroad_under_the_standard_contract_and_sharing_separateConsentForSharing_unknown() =>
        Office.Patch("{ " + CrossBorder + ", 'sharing': { 'separateConsentForSharing': null } }").Expect("CN-PIPL-39", Outcome.Undetermined, missing: "$.sharing.separateConsentForSharing");

    [Fact]
    public void Art40_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-40", Outcome.NotApplicable);

    [Fact]
    public void Art40_is_satisfied_when_processor_kinds_BusinessOperator_and_CriticalInformationInfrastructureOperator() =>
        Office.Patch("{ 'processor': { 'kinds': ['BusinessOperator', 'CriticalInformationInfrastructureOperator'] } }").Expect("CN-PIPL-40", Outcome.Satisfied);

    [Fact]
    public void Art40_is_violated_when_stored_abroad_under_the_standard_contract_and_processor_kinds_CriticalInformationInfrastructureOperator() =>
        Office.Patch("{ 'processor': { 'kinds': ['CriticalInformationInfrastructureOperator'] }, " + CrossBorder + " }").Expect("CN-PIPL-40", Outcome.Violated);

    [Fact]
    public void Art40_is_satisfied_when_subjects_storedPersons_1000000_and_storage_not_onDeviceOnly_and_storage_crossBorder_and_storage_crossBorderMechanism_SecurityAssessment() =>
        Office.Patch("{ 'subjects': { 'storedPersons': 1000000 }, 'storage': { 'onDeviceOnly': false, 'crossBorder': true, 'crossBorderMechanism': 'SecurityAssessment' } }").Expect("CN-PIPL-40", Outcome.Satisfied);

    [Fact]
    public void Art40_does_not_apply_when_stored_abroad_under_the_standard_contract_and_subjects_storedPersons_999999() =>
        Office.Patch("{ 'subjects': { 'storedPersons': 999999 }, " + CrossBorder + " }").Expect("CN-PIPL-40", Outcome.NotApplicable);

    [Fact]
    public void Art40_is_undetermined_when_subjects_storedPersons_unknown() =>
        Office.Patch("{ 'subjects': { 'storedPersons': null } }").Expect("CN-PIPL-40", Outcome.Undetermined, missing: "$.subjects.storedPersons");

    [Fact]
    public void Art47_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-47", Outcome.Satisfied);

    [Fact]
    public void Art47_is_undetermined_not_violated_when_changes_entryMethodSwitchedUnilaterally() =>
        Office.Patch("{ 'changes': { 'entryMethodSwitchedUnilaterally': true } }").Expect("CN-PIPL-47", Outcome.Undetermined, missing: "$.changes.entryMethodSwitchedUnilaterally", reason: "falls due for deletion");

    [Fact]
    public void Art47_is_violated_when_without_consent_and_the_information_is_kept() =>
        Office.Patch("{ " + NoConsent + " }").Expect("CN-PIPL-47", Outcome.Violated, reason: "¶1(4)");

    [Fact]
    public void Art47_is_satisfied_when_without_consent_and_storage_retention_P0D() =>
        Office.Patch("{ " + NoConsent + ", 'storage': { 'retention': 'P0D' } }").Expect("CN-PIPL-47", Outcome.Satisfied);

    [Fact]
    public void Art47_is_undetermined_when_consent_obtained_unknown() =>
        Office.Patch("{ 'consent': { 'obtained': null } }").Expect("CN-PIPL-47", Outcome.Undetermined, missing: "$.consent.obtained");

    [Fact]
    public void Art47_is_undetermined_when_storage_retentionNecessary_unknown_even_for_P30D() =>
        Office.Patch("{ 'storage': { 'retention': 'P30D', 'retentionNecessary': null } }").Expect("CN-PIPL-47", Outcome.Undetermined, missing: "$.storage.retentionNecessary", reason: "P30D");

    [Fact]
    public void Art47_is_undetermined_when_storage_retention_P100Y_and_its_necessity_unknown() =>
        Office.Patch("{ 'storage': { 'retention': 'P100Y', 'retentionNecessary': null } }").Expect("CN-PIPL-47", Outcome.Undetermined, missing: "$.storage.retentionNecessary", reason: "P100Y");

    [Fact]
    public void Art47_is_satisfied_when_storage_retention_P3Y_is_stated_necessary() =>
        Office.Patch("{ 'storage': { 'retention': 'P3Y', 'retentionNecessary': true } }").Expect("CN-PIPL-47", Outcome.Satisfied, reason: "shortest the purpose needs");

    [Fact]
    public void Art47_is_violated_when_storage_retentionNecessary_false() =>
        Office.Patch("{ 'storage': { 'retentionNecessary': false } }").Expect("CN-PIPL-47", Outcome.Violated, reason: "longer than the purpose needs");

    [Fact]
    public void Art47_is_satisfied_when_storage_retention_P0D_whatever_its_necessity() =>
        Office.Patch("{ 'storage': { 'retention': 'P0D', 'retentionNecessary': null } }").Expect("CN-PIPL-47", Outcome.Satisfied, reason: "P0D");

    [Fact]
    public void Art47_is_undetermined_when_storage_retention_unknown() =>
        Office.Patch("{ 'storage': { 'retention': null } }").Expect("CN-PIPL-47", Outcome.Undetermined, missing: "$.storage.retention");

    private const string Vendor =
        "'entrustment': { 'entrusted': true, 'agreementTerms': ['Purpose', 'Period', 'Method', 'DataCategories', 'ProtectionMeasures', 'RightsAndDuties'], " +
        "'supervised': true, 'processedBeyondAgreement': false, 'subEntrustedWithoutConsent': false, 'retainedAfterEnd': false, 'recordsKeptThreeYears': true }";

    [Fact]
    public void Art21_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-21", Outcome.NotApplicable, reason: "not entrusted");

    [Fact]
    public void Art21_is_satisfied_when_a_vendor_works_under_a_full_agreement() =>
        Office.Patch("{ " + Vendor + " }").Expect("CN-PIPL-21", Outcome.Satisfied);

    [Fact]
    public void Art21_is_violated_when_the_agreement_omits_period_and_rights() =>
        Office.Patch("{ " + Vendor + " }").Patch("{ 'entrustment': { 'agreementTerms': ['Purpose', 'Method', 'DataCategories', 'ProtectionMeasures'] } }")
            .Expect("CN-PIPL-21", Outcome.Violated, reason: "does not fix Period, RightsAndDuties");

    [Fact]
    public void Art21_is_violated_when_there_is_no_agreement() =>
        Office.Patch("{ " + Vendor + " }").Patch("{ 'entrustment': { 'agreementTerms': [] } }").Expect("CN-PIPL-21", Outcome.Violated, reason: "does not fix Purpose");

    [Fact]
    public void Art21_is_violated_when_the_vendor_sub_entrusts_without_consent() =>
        Office.Patch("{ " + Vendor + " }").Patch("{ 'entrustment': { 'subEntrustedWithoutConsent': true } }").Expect("CN-PIPL-21", Outcome.Violated, reason: "sub-entrusted");

    [Fact]
    public void Art21_is_violated_when_the_vendor_keeps_the_information_after_the_end() =>
        Office.Patch("{ " + Vendor + " }").Patch("{ 'entrustment': { 'retainedAfterEnd': true } }").Expect("CN-PIPL-21", Outcome.Violated, reason: "returning or deleting");

    [Fact]
    public void Art21_is_violated_when_unsupervised_and_beyond_the_agreement() =>
        Office.Patch("{ " + Vendor + " }").Patch("{ 'entrustment': { 'supervised': false, 'processedBeyondAgreement': true } }")
            .Expect("CN-PIPL-21", Outcome.Violated, reason: "does not supervise the entrusted party; the entrusted party processes beyond");

    [Fact]
    public void Art21_is_undetermined_when_the_entrustment_section_is_absent() =>
        Office.Patch("{ 'entrustment': null }").Expect("CN-PIPL-21", Outcome.Undetermined, missingIncludes: "$.entrustment.entrusted");

    [Fact]
    public void Art21_is_undetermined_when_entrustment_agreementTerms_unknown() =>
        Office.Patch("{ " + Vendor + " }").Patch("{ 'entrustment': { 'agreementTerms': null } }").Expect("CN-PIPL-21", Outcome.Undetermined, missing: "$.entrustment.agreementTerms");

    private const string Recipient = "'sharing': { 'sharedWithThirdParties': true, 'recipientDisclosed': true, 'separateConsentForSharing': true }";

    [Fact]
    public void Art23_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-23", Outcome.NotApplicable, reason: "not provided to another processor");

    [Fact]
    public void Art23_is_satisfied_when_the_recipient_is_disclosed_and_separately_consented() =>
        Office.Patch("{ " + Recipient + " }").Expect("CN-PIPL-23", Outcome.Satisfied);

    [Fact]
    public void Art23_is_violated_when_sharing_without_separate_consent() =>
        Office.Patch("{ " + Recipient + " }").Patch("{ 'sharing': { 'separateConsentForSharing': false } }").Expect("CN-PIPL-23", Outcome.Violated, reason: "did not separately consent");

    [Fact]
    public void Art23_is_violated_when_the_recipient_is_not_disclosed_even_on_a_basis_other_than_consent() =>
        Office.Patch("{ " + Recipient + ", 'legalBasis': 'Contract', 'necessity': { 'necessaryForService': true } }").Patch("{ 'sharing': { 'recipientDisclosed': false, 'separateConsentForSharing': false } }")
            .Expect("CN-PIPL-23", Outcome.Violated, reason: "not told the recipient");

    [Fact]
    public void Art23_is_satisfied_without_consent_on_a_contract_basis_when_the_recipient_is_disclosed() =>
        Office.Patch("{ " + Recipient + ", 'legalBasis': 'Contract', 'necessity': { 'necessaryForService': true } }").Patch("{ 'sharing': { 'separateConsentForSharing': false } }")
            .Expect("CN-PIPL-23", Outcome.Satisfied, reason: "dispenses with consent");

    [Fact]
    public void Art23_is_violated_when_a_declared_emergency_is_not_necessary_and_there_is_no_separate_consent() =>
        Office.Patch("{ " + Recipient + ", 'legalBasis': 'PublicHealthEmergency', 'purposes': ['PublicHealthEmergency'], 'necessity': { 'necessaryForLegalBasis': false } }")
            .Patch("{ 'sharing': { 'separateConsentForSharing': false } }").Expect("CN-PIPL-23", Outcome.Violated, reason: "did not separately consent");

    [Fact]
    public void Art23_is_satisfied_without_consent_when_a_shown_emergency_dispenses_with_it() =>
        Office.Patch("{ " + Recipient + ", 'legalBasis': 'PublicHealthEmergency', 'purposes': ['PublicHealthEmergency'], 'necessity': { 'necessaryForLegalBasis': true } }")
            .Patch("{ 'sharing': { 'separateConsentForSharing': false } }").Expect("CN-PIPL-23", Outcome.Satisfied, reason: "dispenses with consent");

    [Fact]
    public void Art23_is_undetermined_when_sharing_recipientDisclosed_unknown() =>
        Office.Patch("{ 'sharing': { 'sharedWithThirdParties': true, 'separateConsentForSharing': true } }").Expect("CN-PIPL-23", Outcome.Undetermined, missing: "$.sharing.recipientDisclosed");

    [Fact]
    public void Art23_is_undetermined_when_sharing_sharedWithThirdParties_unknown() =>
        Office.Patch("{ 'sharing': null }").Expect("CN-PIPL-23", Outcome.Undetermined, missingIncludes: "$.sharing.sharedWithThirdParties");

    [Fact]
    public void Art54_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-54", Outcome.Satisfied, reason: "2025-11-20");

    [Fact]
    public void Art54_is_undetermined_not_violated_when_never_audited() =>
        Office.Patch("{ 'audit': { 'done': false, 'lastAuditOn': null } }").Expect("CN-PIPL-54", Outcome.Undetermined, missing: "$.audit.done", reason: "fixes no interval");

    [Fact]
    public void Art54_is_undetermined_when_the_last_audit_is_more_than_two_years_old() =>
        Office.Patch("{ 'audit': { 'lastAuditOn': '2024-12-30' } }").Expect("CN-PIPL-54", Outcome.Undetermined, missing: "$.audit.lastAuditOn", reason: "more than two years before 2026-12-31");

    [Fact]
    public void Art54_is_satisfied_when_the_last_audit_is_exactly_two_years_before_the_end() =>
        Office.Patch("{ 'audit': { 'lastAuditOn': '2024-12-31' } }").Expect("CN-PIPL-54", Outcome.Satisfied);

    [Fact]
    public void Art54_is_undetermined_when_the_audit_section_is_absent() =>
        Office.Patch("{ 'audit': null }").Expect("CN-PIPL-54", Outcome.Undetermined, missing: "$.audit.done");

    [Fact]
    public void Art54_is_undetermined_when_audit_lastAuditOn_unknown() =>
        Office.Patch("{ 'audit': { 'lastAuditOn': null } }").Expect("CN-PIPL-54", Outcome.Undetermined, missing: "$.audit.lastAuditOn");

    [Fact]
    public void Art21_Art23_and_Art54_are_not_in_force_before_2021_11_01() =>
        Office.Patch("{ " + Vendor + " }").Patch("{ 'entrustment': { 'agreementTerms': [] } }")
            .ExpectNotInForceBefore(new[] { PiplRules.Art21, PiplRules.Art23, PiplRules.Art54 }, "2021-11-01", "2021-10-31T15:59:59Z", "CN-PIPL-21");

    [Fact]
    public void Art51_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-51", Outcome.Satisfied);

    [Fact]
    public void Art51_is_violated_when_storage_not_encrypted() =>
        Office.Patch("{ 'storage': { 'encrypted': false } }").Expect("CN-PIPL-51", Outcome.Violated);

    [Fact]
    public void Art51_is_undetermined_when_storage_encrypted_unknown() =>
        Office.Patch("{ 'storage': { 'encrypted': null } }").Expect("CN-PIPL-51", Outcome.Undetermined, missing: "$.storage.encrypted");

    [Fact]
    public void Art55_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-55", Outcome.Satisfied);

    [Fact]
    public void Art55_is_violated_when_impactAssessment_not_done_and_impactAssessment_completedOn_unknown() =>
        Office.Patch("{ 'impactAssessment': { 'done': false, 'completedOn': null, 'covers': null, 'reportKeptThreeYears': null } }").Expect("CN-PIPL-55", Outcome.Violated);

    [Fact]
    public void Art55_is_violated_when_impactAssessment_completedOn_2026_01_06() =>
        Office.Patch("{ 'impactAssessment': { 'completedOn': '2026-01-06' } }").Expect("CN-PIPL-55", Outcome.Violated);

    [Fact]
    public void Art55_is_satisfied_when_impactAssessment_completedOn_2026_01_05() =>
        Office.Patch("{ 'impactAssessment': { 'completedOn': '2026-01-05' } }").Expect("CN-PIPL-55", Outcome.Satisfied);

    [Fact]
    public void Art55_is_undetermined_when_impactAssessment_completedOn_unknown() =>
        Office.Patch("{ 'impactAssessment': { 'completedOn': null } }").Expect("CN-PIPL-55", Outcome.Undetermined, missing: "$.impactAssessment.completedOn");

    [Fact]
    public void Art55_is_undetermined_when_impactAssessment_unknown() =>
        Office.Patch("{ 'impactAssessment': null }").Expect("CN-PIPL-55", Outcome.Undetermined, missing: "$.impactAssessment.done");

    [Fact]
    public void Art56_does_not_apply_when_impactAssessment_not_done_and_impactAssessment_completedOn_unknown() =>
        Office.Patch("{ 'impactAssessment': { 'done': false, 'completedOn': null, 'covers': null, 'reportKeptThreeYears': null } }").Expect("CN-PIPL-56", Outcome.NotApplicable);

    [Fact]
    public void Art56_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-56", Outcome.Satisfied);

    [Fact]
    public void Art56_is_violated_when_impactAssessment_covers_omits_MeasuresAdequacy() =>
        Office.Patch("{ 'impactAssessment': { 'covers': ['LawfulnessAndNecessity', 'ImpactAndRisks'] } }").Expect("CN-PIPL-56", Outcome.Violated, reason: "omits MeasuresAdequacy");

    [Fact]
    public void Art56_is_violated_when_impactAssessment_not_reportKeptThreeYears() =>
        Office.Patch("{ 'impactAssessment': { 'reportKeptThreeYears': false } }").Expect("CN-PIPL-56", Outcome.Violated, reason: "3 years");

    [Fact]
    public void Art56_is_undetermined_when_impactAssessment_covers_unknown() =>
        Office.Patch("{ 'impactAssessment': { 'covers': null } }").Expect("CN-PIPL-56", Outcome.Undetermined, missing: "$.impactAssessment.covers");

    [Fact]
    public void Art56_is_undetermined_when_impactAssessment_reportKeptThreeYears_unknown() =>
        Office.Patch("{ 'impactAssessment': { 'reportKeptThreeYears': null } }").Expect("CN-PIPL-56", Outcome.Undetermined, missing: "$.impactAssessment.reportKeptThreeYears");

    [Fact]
    public void Art28_is_undetermined_when_only_an_alternative_is_offered_and_the_assessment_does_not_weigh_necessity() =>
        Office.Patch("{ 'impactAssessment': { 'covers': ['ImpactAndRisks', 'MeasuresAdequacy'] } }").Expect("CN-PIPL-28", Outcome.Undetermined, missing: "$.impactAssessment.covers");

    [Fact]
    public void Art28_is_undetermined_when_only_an_alternative_is_offered_and_impactAssessment_covers_unknown() =>
        Office.Patch("{ 'impactAssessment': { 'covers': null } }").Expect("CN-PIPL-28", Outcome.Undetermined, missing: "$.impactAssessment.covers");

    [Fact]
    public void Art51_is_violated_when_security_measures_lack_an_incident_response_plan() =>
        Office.Patch("{ 'security': { 'measures': ['InternalRules', 'ClassifiedManagement', 'AccessControl', 'StaffTraining'] } }").Expect("CN-PIPL-51", Outcome.Violated, reason: "IncidentResponsePlan");

    [Fact]
    public void Art51_is_undetermined_when_encrypted_but_security_measures_unknown() =>
        Office.Patch("{ 'security': { 'measures': null } }").Expect("CN-PIPL-51", Outcome.Undetermined, missing: "$.security.measures");

    [Fact]
    public void Art56_is_undetermined_when_impactAssessment_unknown() =>
        Office.Patch("{ 'impactAssessment': null }").Expect("CN-PIPL-56", Outcome.Undetermined, missing: "$.impactAssessment.done");

    [Fact]
    public void Art57_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-PIPL-57", Outcome.NotApplicable);

    [Fact]
    public void Art57_is_violated_when_security_incident_and_security_not_regulatorNotified_and_security_individualsNotified() =>
        Office.Patch("{ 'security': { 'incident': true, 'regulatorNotified': false, 'individualsNotified': true } }").Expect("CN-PIPL-57", Outcome.Violated);

    [Fact]
    public void Art57_is_violated_when_security_incident_and_security_regulatorNotified_and_security_not_individualsNotified() =>
        Office.Patch("{ 'security': { 'incident': true, 'regulatorNotified': true, 'individualsNotified': false } }").Expect("CN-PIPL-57", Outcome.Violated);

    [Fact]
    public void Art57_is_satisfied_when_security_incident_and_security_regulatorNotified_and_security_individualsNotified() =>
        Office.Patch("{ 'security': { 'incident': true, 'regulatorNotified': true, 'individualsNotified': true } }").Expect("CN-PIPL-57", Outcome.Satisfied);

    [Fact]
    public void Art57_is_undetermined_when_security_incident_unknown_and_security_regulatorNotified_unknown_and_security_individualsNotified_unknown() =>
        Office.Patch("{ 'security': { 'incident': null, 'regulatorNotified': null, 'individualsNotified': null } }").Expect("CN-PIPL-57", Outcome.Undetermined, missing: "$.security.incident");

    [Fact]
    public void Every_violation_carries_the_Art66_penalty()
    {
        var f = Office.Patch("{ 'consent': { 'separate': false } }").Expect("CN-PIPL-29", Outcome.Violated);
        Assert.StartsWith("PIPL Art. 66:", f.Penalty);
        Assert.Contains("CNY 1 million", f.Penalty);
        Assert.Contains("CNY 50 million or 5% of the prior year's turnover", f.Penalty);
        Assert.All(PiplRules.All, r => Assert.Equal(PiplRules.Art66Penalty, r.Penalty));
    }

    [Fact]
    public void Reasons_name_the_deciding_facts()
    {
        Office.Patch("{ 'notice': { 'elements': ['ProcessorIdentity', 'Purpose', 'Method', 'DataCategories', 'RightsExercise'] } }")
            .Expect("CN-PIPL-17", Outcome.Violated, reason: "omits Retention");
        Office.Patch("{ 'impactAssessment': { 'completedOn': '2026-01-06' } }")
            .Expect("CN-PIPL-55", Outcome.Violated, reason: "completed on 2026-01-06, after the processing under this rule began on 2026-01-05");
        Office.Patch("{ 'consent': { 'explicit': false } }").Expect("CN-PIPL-14", Outcome.Violated, reason: "not explicit");
    }

    [Fact]
    public void Not_in_force_before_2021_11_01_in_Shanghai_time() =>
        Office.Patch("{ 'consent': { 'separate': false } }").ExpectNotInForceBefore(PiplRules.All, "2021-11-01", "2021-10-31T15:59:59Z", "CN-PIPL-29");

    [Fact]
    public void Art55_an_assessment_before_the_in_force_part_starts_is_not_late()
    {
        // Processing from June 2021; the PIIA of October 2021 precedes the processing PIPL governs (from 1 November).
        Office.Patch("{ 'period': { 'start': '2021-06-01', 'end': '2021-12-31' }, 'impactAssessment': { 'completedOn': '2021-10-15' } }").Expect("CN-PIPL-55", Outcome.Satisfied);
        Office.Patch("{ 'period': { 'start': '2021-06-01', 'end': '2021-12-31' }, 'impactAssessment': { 'completedOn': '2021-11-02' } }").Expect("CN-PIPL-55", Outcome.Violated);
    }

    [Fact]
    public void The_catalog_holds_the_twenty_one_PIPL_rules_as_verified_primary()
    {
        var ids = RuleCatalog.Default.Rules.Where(r => r.Instrument == PiplRules.Instrument).Select(r => r.Id).ToArray();
        Assert.Equal(
            new[] { "13", "14", "15", "16", "17", "21", "23", "26", "28", "29", "30", "31", "38", "39", "40", "47", "51", "54", "55", "56", "57" }.Select(n => "CN-PIPL-" + n).OrderBy(i => i, System.StringComparer.Ordinal),
            ids);
        Assert.All(PiplRules.All, r => Assert.Equal(Verification.VerifiedPrimary, r.Verification));
        Assert.Equal(new NodaTime.LocalDate(2021, 11, 1), PiplRules.Instrument.EffectiveFrom);
        Assert.Equal(InstrumentStatus.InForce, PiplRules.Instrument.Status);
    }
}
