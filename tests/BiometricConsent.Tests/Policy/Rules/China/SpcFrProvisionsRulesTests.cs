using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using NodaTime;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The SPC FR Provisions (<see cref="SpcFrProvisionsRules"/>) against the compliant mall and variations of it.</summary>
public class SpcFrProvisionsRulesTests
{
    [Fact]
    public void Art2_1_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-2.1", Outcome.Satisfied);

    [Fact]
    public void Art2_1_is_violated_when_consent_not_separate() =>
        Mall.With("consent.separate", false).Expect("CN-SPC-FR-2.1", Outcome.Violated, reason: "separate consent");

    [Fact]
    public void Art2_1_is_violated_when_without_notice() =>
        Mall.With("notice.given", false).With("notice.beforeProcessing", null).With("notice.conspicuousSigns", null).With("notice.elements", null).Expect("CN-SPC-FR-2.1", Outcome.Violated, reason: "without notifying");

    [Fact]
    public void Art2_1_is_violated_when_legalBasis_None_and_without_consent() =>
        Mall.With("legalBasis", "None").With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-SPC-FR-2.1", Outcome.Violated, reason: "without any lawful basis");

    [Fact]
    public void Art2_1_is_violated_when_legalBasis_Contract_and_necessity_not_necessaryForService() =>
        Mall.With("legalBasis", "Contract").With("necessity.necessaryForService", false).Expect("CN-SPC-FR-2.1", Outcome.Violated, reason: "not necessary");

    [Fact]
    public void Art2_1_does_not_apply_when_venue_Office_and_not_publicPlace() =>
        Mall.With("venue", "Office").With("publicPlace", false).Expect("CN-SPC-FR-2.1", Outcome.NotApplicable);

    [Fact]
    public void Art2_1_does_not_apply_when_function_Detection() =>
        Mall.With("function", "Detection").Expect("CN-SPC-FR-2.1", Outcome.NotApplicable);

    [Fact]
    public void Art2_1_does_not_apply_when_modalities_Fingerprint() =>
        Mall.With("modalities", new[] { "Fingerprint" }).Expect("CN-SPC-FR-2.1", Outcome.NotApplicable, reason: "facial information");

    [Fact]
    public void Art2_1_does_not_apply_when_processor_kinds_StateOrgan() =>
        Mall.With("processor.kinds", new[] { "StateOrgan" }).Expect("CN-SPC-FR-2.1", Outcome.NotApplicable, reason: "administrative");

    [Fact]
    public void Art2_1_is_undetermined_when_venue_unknown_and_publicPlace_unknown() =>
        Mall.With("venue", null).With("publicPlace", null).Expect("CN-SPC-FR-2.1", Outcome.Undetermined, missingIncludes: "$.venue");

    [Fact]
    public void Art2_1_is_undetermined_when_consent_separate_unknown() =>
        Mall.With("consent.separate", null).Expect("CN-SPC-FR-2.1", Outcome.Undetermined, missingIncludes: "$.consent.separate");

    [Fact]
    public void Art2_1_does_not_apply_when_legalBasis_PublicSecurity_and_without_consent() =>
        Mall.With("legalBasis", "PublicSecurity").With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-SPC-FR-2.1", Outcome.NotApplicable, reason: "Art. 5(2)");

    [Fact]
    public void Art2_1_does_not_apply_when_legalBasis_PublicSecurity_and_not_publicPlace_and_venue_Office_and_without_consent() =>
        Mall.With("legalBasis", "PublicSecurity").With("publicPlace", false).With("venue", "Office").With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-SPC-FR-2.1", Outcome.NotApplicable, reason: "business premises");

    [Fact]
    public void Art2_1_does_not_apply_when_legalBasis_None_and_purposes_PublicHealthEmergency_and_without_consent() =>
        Mall.With("legalBasis", "None").With("purposes", new[] { "PublicHealthEmergency" }).With("necessity.necessaryForLegalBasis", true).With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-SPC-FR-2.1", Outcome.NotApplicable, reason: "Art. 5(1)");

    [Fact]
    public void Art2_1_does_not_apply_when_legalBasis_NewsReporting_and_without_notice() =>
        Mall.With("legalBasis", "NewsReporting").With("necessity.necessaryForLegalBasis", true).With("notice.given", false).With("notice.beforeProcessing", null).With("notice.conspicuousSigns", null).With("notice.elements", null).Expect("CN-SPC-FR-2.1", Outcome.NotApplicable, reason: "Art. 5(3)");

    [Fact]
    public void Art2_1_is_violated_when_legalBasis_PublicSecurity_and_without_notice() =>
        Mall.With("legalBasis", "PublicSecurity").With("notice.given", false).With("notice.beforeProcessing", null).With("notice.conspicuousSigns", null).With("notice.elements", null).Expect("CN-SPC-FR-2.1", Outcome.Violated, reason: "without notifying");

    [Fact]
    public void Art2_1_is_undetermined_when_legalBasis_PublicSecurity_and_publicPlace_unknown_and_venue_Other_and_without_consent_and_without_notice() =>
        Mall.With("legalBasis", "PublicSecurity").With("publicPlace", null).With("venue", "Other").With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).With("notice.given", false).With("notice.beforeProcessing", null).With("notice.conspicuousSigns", null).With("notice.elements", null).Expect("CN-SPC-FR-2.1", Outcome.Undetermined, missingIncludes: "$.publicPlace");

    [Fact]
    public void Art2_2_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-2.2", Outcome.Satisfied);

    [Fact]
    public void Art2_2_is_violated_when_without_notice() =>
        Mall.With("notice.given", false).With("notice.beforeProcessing", null).With("notice.conspicuousSigns", null).With("notice.elements", null).Expect("CN-SPC-FR-2.2", Outcome.Violated, reason: "not notified");

    [Fact]
    public void Art2_2_is_violated_when_notice_stating_only_ProcessorIdentity_and_Purpose() =>
        Mall.With("notice.elements", new[] { "ProcessorIdentity", "Purpose" }).Expect("CN-SPC-FR-2.2", Outcome.Violated, reason: "purpose, method and scope");

    [Fact]
    public void Art2_2_is_undetermined_when_notice_elements_unknown() =>
        Mall.With("notice.elements", null).Expect("CN-SPC-FR-2.2", Outcome.Undetermined, missingIncludes: "$.notice.elements");

    [Fact]
    public void Art2_2_is_undetermined_when_notice_unknown() =>
        Mall.With("notice", null).Expect("CN-SPC-FR-2.2", Outcome.Undetermined, missingIncludes: "$.notice.given");

    [Fact]
    public void Art2_2_does_not_apply_when_purposes_PublicHealthEmergency_and_without_notice() =>
        Mall.With("purposes", new[] { "PublicHealthEmergency" }).With("necessity.necessaryForLegalBasis", true).With("notice.given", false).With("notice.beforeProcessing", null).With("notice.conspicuousSigns", null).With("notice.elements", null).Expect("CN-SPC-FR-2.2", Outcome.NotApplicable, reason: "Art. 5(1)");

    [Fact]
    public void Art2_3_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-2.3", Outcome.Satisfied);

    [Fact]
    public void Art2_3_is_violated_when_without_consent() =>
        Mall.With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-SPC-FR-2.3", Outcome.Violated, reason: "without the individual's consent");

    [Fact]
    public void Art2_3_is_violated_when_consent_not_separate() =>
        Mall.With("consent.separate", false).Expect("CN-SPC-FR-2.3", Outcome.Violated, reason: "not separately");

    [Fact]
    public void Art2_3_is_violated_when_subjects_includesMinorsUnder14() =>
        Mall.With("subjects.includesMinorsUnder14", true).Expect("CN-SPC-FR-2.3", Outcome.Violated, reason: "guardian");

    [Fact]
    public void Art2_3_is_satisfied_when_subjects_includesMinorsUnder14_and_consent_guardianForMinors() =>
        Mall.With("subjects.includesMinorsUnder14", true).With("consent.guardianForMinors", true).Expect("CN-SPC-FR-2.3", Outcome.Satisfied, reason: "guardians");

    [Fact]
    public void Art2_3_does_not_apply_when_legalBasis_StatutoryDuty_and_processor_mandatedByLaw() =>
        Mall.With("legalBasis", "StatutoryDuty").With("processor.mandatedByLaw", true).Expect("CN-SPC-FR-2.3", Outcome.NotApplicable);

    [Fact]
    public void Art2_8_is_violated_when_legalBasis_Consent_and_without_consent() =>
        Mall.With("consent.obtained", false).With("consent.separate", null).With("consent.written", null).With("consent.explicit", null)
            .Expect("CN-SPC-FR-2.8", Outcome.Violated, reason: "none was obtained");

    [Fact]
    public void Art2_8_is_undetermined_when_legalBasis_Consent_and_consent_obtained_unknown() =>
        Mall.With("consent.obtained", null).Expect("CN-SPC-FR-2.8", Outcome.Undetermined, missing: "$.consent.obtained");

    [Fact]
    public void Art2_8_is_violated_when_a_private_operator_claims_StatutoryDuty_without_a_mandate() =>
        Mall.With("legalBasis", "StatutoryDuty").With("processor.mandatedByLaw", false).Expect("CN-SPC-FR-2.8", Outcome.Violated, reason: "no lawful basis");

    [Fact]
    public void Art2_3_is_undetermined_when_legalBasis_unknown() =>
        Mall.With("legalBasis", null).Expect("CN-SPC-FR-2.3", Outcome.Undetermined, missingIncludes: "$.legalBasis");

    [Fact]
    public void Art2_3_is_undetermined_when_consent_separate_unknown() =>
        Mall.With("consent.separate", null).Expect("CN-SPC-FR-2.3", Outcome.Undetermined, missingIncludes: "$.consent.separate");

    [Fact]
    public void Art2_3_is_undetermined_when_subjects_includesMinorsUnder14_and_consent_guardianForMinors_unknown() =>
        Mall.With("subjects.includesMinorsUnder14", true).With("consent.guardianForMinors", null).Expect("CN-SPC-FR-2.3", Outcome.Undetermined, missingIncludes: "$.consent.guardianForMinors");

    [Fact]
    public void Art2_4_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-2.4", Outcome.Satisfied);

    [Fact]
    public void Art2_4_is_violated_when_changes_purposeExtendedBeyondOriginal() =>
        Mall.With("changes.purposeExtendedBeyondOriginal", true).Expect("CN-SPC-FR-2.4", Outcome.Violated);

    [Fact]
    public void Art2_4_is_satisfied_when_changes_purposeExtendedBeyondOriginal_and_changes_reconsentObtained() =>
        Mall.With("changes.purposeExtendedBeyondOriginal", true).With("changes.reconsentObtained", true).Expect("CN-SPC-FR-2.4", Outcome.Satisfied);

    [Fact]
    public void Art2_4_is_undetermined_when_changes_purposeExtendedBeyondOriginal_and_changes_reconsentObtained_unknown() =>
        Mall.With("changes.purposeExtendedBeyondOriginal", true).With("changes.reconsentObtained", null).Expect("CN-SPC-FR-2.4", Outcome.Undetermined, missingIncludes: "$.changes.reconsentObtained");

    [Fact]
    public void Art2_4_is_undetermined_when_changes_unknown() =>
        Mall.With("changes", null).Expect("CN-SPC-FR-2.4", Outcome.Undetermined, missingIncludes: "$.changes.purposeExtendedBeyondOriginal");

    [Fact]
    public void Art2_4_is_violated_when_legalBasis_PublicSecurity_and_changes_purposeExtendedBeyondOriginal() =>
        Mall.With("legalBasis", "PublicSecurity").With("changes.purposeExtendedBeyondOriginal", true).Expect("CN-SPC-FR-2.4", Outcome.Violated);

    [Fact]
    public void Art2_5_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-2.5", Outcome.Satisfied);

    [Fact]
    public void Art2_5_is_violated_when_security_incident() =>
        Mall.With("security.incident", true).Expect("CN-SPC-FR-2.5", Outcome.Violated, reason: "due technical and other measures");

    [Fact]
    public void Art2_5_is_violated_when_security_incident_and_storage_not_encrypted() =>
        Mall.With("security.incident", true).With("storage.encrypted", false).Expect("CN-SPC-FR-2.5", Outcome.Violated, reason: "unencrypted");

    [Fact]
    public void Art2_5_is_undetermined_when_security_unknown() =>
        Mall.With("security", null).Expect("CN-SPC-FR-2.5", Outcome.Undetermined, missingIncludes: "$.security.incident");

    [Fact]
    public void Art2_6_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-2.6", Outcome.Satisfied);

    [Fact]
    public void Art2_6_is_violated_when_sharing_sharedWithThirdParties() =>
        Mall.With("sharing.sharedWithThirdParties", true).Expect("CN-SPC-FR-2.6", Outcome.Violated, reason: "without the individual's separate consent");

    [Fact]
    public void Art2_6_is_violated_when_sharing_sharedWithThirdParties_and_sharing_separateConsentForSharing_and_sharing_sold() =>
        Mall.With("sharing.sharedWithThirdParties", true).With("sharing.separateConsentForSharing", true).With("sharing.sold", true).Expect("CN-SPC-FR-2.6", Outcome.Violated, reason: "sold");

    [Fact]
    public void Art2_6_is_satisfied_when_sharing_sharedWithThirdParties_and_sharing_separateConsentForSharing() =>
        Mall.With("sharing.sharedWithThirdParties", true).With("sharing.separateConsentForSharing", true).Expect("CN-SPC-FR-2.6", Outcome.Satisfied);

    [Fact]
    public void Art2_6_is_undetermined_when_sharing_sharedWithThirdParties_and_sharing_separateConsentForSharing_unknown() =>
        Mall.With("sharing.sharedWithThirdParties", true).With("sharing.separateConsentForSharing", null).Expect("CN-SPC-FR-2.6", Outcome.Undetermined, missingIncludes: "$.sharing.separateConsentForSharing");

    [Fact]
    public void Art2_7_does_not_apply_and_is_never_satisfied_outside_a_private_space() =>
        Mall.Expect("CN-SPC-FR-2.7", Outcome.NotApplicable);

    [Fact]
    public void Art2_7_is_violated_when_venue_ChangingRoom() =>
        Mall.With("venue", "ChangingRoom").Expect("CN-SPC-FR-2.7", Outcome.Violated, reason: "ChangingRoom");

    [Fact]
    public void Art2_7_is_violated_when_venue_HotelRoom() =>
        Mall.With("venue", "HotelRoom").Expect("CN-SPC-FR-2.7", Outcome.Violated, reason: "private space");

    [Fact]
    public void Art2_7_is_violated_in_a_fitting_room_a_private_space_of_the_open_list() =>
        Mall.With("venue", "FittingRoom").Expect("CN-SPC-FR-2.7", Outcome.Violated, reason: "private space");

    [Fact]
    public void Art2_7_is_undetermined_when_venue_unknown() =>
        Mall.With("venue", null).Expect("CN-SPC-FR-2.7", Outcome.Undetermined, missingIncludes: "$.venue");

    [Fact]
    public void Art2_8_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-2.8", Outcome.Satisfied);

    [Fact]
    public void Art2_8_is_violated_when_legalBasis_None_and_without_consent() =>
        Mall.With("legalBasis", "None").With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-SPC-FR-2.8", Outcome.Violated, reason: "no lawful basis");

    [Fact]
    public void Art2_8_is_violated_when_legalBasis_Contract_and_necessity_not_necessaryForService() =>
        Mall.With("legalBasis", "Contract").With("necessity.necessaryForService", false).Expect("CN-SPC-FR-2.8", Outcome.Violated, reason: "necessity principle");

    [Fact]
    public void Art2_8_is_undetermined_when_legalBasis_Contract_and_necessity_necessaryForService_unknown() =>
        Mall.With("legalBasis", "Contract").With("necessity.necessaryForService", null).Expect("CN-SPC-FR-2.8", Outcome.Undetermined, missingIncludes: "$.necessity.necessaryForService");

    [Fact]
    public void Art2_8_is_undetermined_when_legalBasis_unknown() =>
        Mall.With("legalBasis", null).Expect("CN-SPC-FR-2.8", Outcome.Undetermined, missingIncludes: "$.legalBasis");

    [Fact]
    public void Art2_8_does_not_apply_when_legalBasis_None_and_purposes_NewsReporting_and_without_consent() =>
        Mall.With("legalBasis", "None").With("purposes", new[] { "NewsReporting" }).With("necessity.necessaryForLegalBasis", true).With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-SPC-FR-2.8", Outcome.NotApplicable, reason: "Art. 5(3)");

    [Fact]
    public void Art4_1_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-4.1", Outcome.Satisfied);

    [Fact]
    public void Art4_1_is_violated_when_consent_conditionOfService() =>
        Mall.With("consent.conditionOfService", true).Expect("CN-SPC-FR-4.1", Outcome.Violated, reason: "consent defence fails");

    [Fact]
    public void Art4_1_is_violated_when_necessity_serviceRefusedWithoutConsent() =>
        Mall.With("necessity.serviceRefusedWithoutConsent", true).Expect("CN-SPC-FR-4.1", Outcome.Violated, reason: "consent defence fails");

    [Fact]
    public void Art4_1_is_satisfied_when_consent_conditionOfService_and_necessity_necessaryForService() =>
        Mall.With("consent.conditionOfService", true).With("necessity.necessaryForService", true).Expect("CN-SPC-FR-4.1", Outcome.Satisfied, reason: "proviso");

    [Fact]
    public void Art4_1_is_undetermined_when_consent_conditionOfService_and_necessity_necessaryForService_unknown() =>
        Mall.With("consent.conditionOfService", true).With("necessity.necessaryForService", null).Expect("CN-SPC-FR-4.1", Outcome.Undetermined, missingIncludes: "$.necessity.necessaryForService");

    [Fact]
    public void Art4_1_is_undetermined_when_consent_conditionOfService_unknown_and_necessity_serviceRefusedWithoutConsent_unknown() =>
        Mall.With("consent.conditionOfService", null).With("necessity.serviceRefusedWithoutConsent", null).Expect("CN-SPC-FR-4.1", Outcome.Undetermined, missingIncludes: "$.consent.conditionOfService");

    [Fact]
    public void Art4_1_does_not_apply_when_legalBasis_Contract() =>
        Mall.With("legalBasis", "Contract").Expect("CN-SPC-FR-4.1", Outcome.NotApplicable);

    [Fact]
    public void Art4_1_does_not_apply_when_without_consent() =>
        Mall.With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-SPC-FR-4.1", Outcome.NotApplicable, reason: "no consent defence");

    [Fact]
    public void Art4_2_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-4.2", Outcome.Satisfied);

    [Fact]
    public void Art4_2_is_violated_when_consent_bundled_and_consent_not_separate() =>
        Mall.With("consent.bundled", true).With("consent.separate", false).Expect("CN-SPC-FR-4.2", Outcome.Violated);

    [Fact]
    public void Art4_2_is_undetermined_when_consent_bundled_unknown() =>
        Mall.With("consent.bundled", null).Expect("CN-SPC-FR-4.2", Outcome.Undetermined, missingIncludes: "$.consent.bundled");

    [Fact]
    public void Art4_2_does_not_apply_when_legalBasis_StatutoryDuty() =>
        Mall.With("legalBasis", "StatutoryDuty").Expect("CN-SPC-FR-4.2", Outcome.NotApplicable);

    [Fact]
    public void Art4_2_is_undetermined_when_legalBasis_unknown() =>
        Mall.With("legalBasis", null).Expect("CN-SPC-FR-4.2", Outcome.Undetermined, missingIncludes: "$.legalBasis");

    [Fact]
    public void Art4_3_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-4.3", Outcome.Satisfied);

    [Fact]
    public void Art4_3_is_violated_when_changes_entryMethodSwitchedUnilaterally() =>
        Mall.With("changes.entryMethodSwitchedUnilaterally", true).Expect("CN-SPC-FR-4.3", Outcome.Violated, reason: "unilaterally");

    [Fact]
    public void Art4_3_is_violated_when_necessity_soleVerificationMethod_and_necessity_not_alternativeOffered() =>
        Mall.With("necessity.soleVerificationMethod", true).With("necessity.alternativeOffered", false).Expect("CN-SPC-FR-4.3", Outcome.Violated, reason: "forced in disguise");

    [Fact]
    public void Art4_3_is_satisfied_when_necessity_soleVerificationMethod_and_necessity_not_alternativeOffered_and_necessity_not_nonBiometricAlternativeExists() =>
        Mall.With("necessity.soleVerificationMethod", true).With("necessity.alternativeOffered", false).With("necessity.nonBiometricAlternativeExists", false).Expect("CN-SPC-FR-4.3", Outcome.Satisfied);

    [Fact]
    public void Art4_3_is_undetermined_when_changes_entryMethodSwitchedUnilaterally_unknown() =>
        Mall.With("changes.entryMethodSwitchedUnilaterally", null).Expect("CN-SPC-FR-4.3", Outcome.Undetermined, missingIncludes: "$.changes.entryMethodSwitchedUnilaterally");

    [Fact]
    public void Art5_1_does_not_apply_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-5.1", Outcome.NotApplicable);

    [Fact]
    public void Art5_1_is_satisfied_when_legalBasis_PublicHealthEmergency_and_necessity_necessaryForLegalBasis() =>
        Mall.With("legalBasis", "PublicHealthEmergency").With("necessity.necessaryForLegalBasis", true).Expect("CN-SPC-FR-5.1", Outcome.Satisfied, reason: "Art. 6 ¶3");

    [Fact]
    public void Art5_1_is_undetermined_when_legalBasis_PublicHealthEmergency_is_only_declared() =>
        Mall.With("legalBasis", "PublicHealthEmergency").Expect("CN-SPC-FR-5.1", Outcome.Undetermined, missing: "$.necessity.necessaryForLegalBasis", reason: "does not show it");

    [Fact]
    public void Art5_1_does_not_apply_when_legalBasis_PublicHealthEmergency_and_necessity_not_necessaryForLegalBasis() =>
        Mall.With("legalBasis", "PublicHealthEmergency").With("necessity.necessaryForLegalBasis", false).Expect("CN-SPC-FR-5.1", Outcome.NotApplicable, reason: "unavailable");

    [Fact]
    public void Art2_8_is_undetermined_not_excused_when_a_declared_emergency_lacks_necessity_necessaryForLegalBasis() =>
        Mall.With("legalBasis", "None").With("purposes", new[] { "PublicHealthEmergency" }).With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null)
            .Expect("CN-SPC-FR-2.8", Outcome.Undetermined, missing: "$.necessity.necessaryForLegalBasis", reason: "Unless the Art. 5(1) defence holds");

    [Fact]
    public void Art2_8_is_violated_when_a_declared_emergency_is_not_necessary() =>
        Mall.With("legalBasis", "None").With("purposes", new[] { "PublicHealthEmergency" }).With("necessity.necessaryForLegalBasis", false).With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null)
            .Expect("CN-SPC-FR-2.8", Outcome.Violated);

    [Fact]
    public void Art5_1_is_undetermined_when_legalBasis_unknown_and_purposes_unknown() =>
        Mall.With("legalBasis", null).With("purposes", null).Expect("CN-SPC-FR-5.1", Outcome.Undetermined, missingIncludes: "$.legalBasis");

    [Fact]
    public void Art5_2_does_not_apply_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-5.2", Outcome.NotApplicable);

    [Fact]
    public void Art5_2_is_satisfied_when_legalBasis_PublicSecurity() =>
        Mall.With("legalBasis", "PublicSecurity").Expect("CN-SPC-FR-5.2", Outcome.Satisfied, reason: "conspicuous signs");

    [Fact]
    public void Art5_2_does_not_apply_when_legalBasis_PublicSecurity_and_notice_not_conspicuousSigns() =>
        Mall.With("legalBasis", "PublicSecurity").With("notice.conspicuousSigns", false).Expect("CN-SPC-FR-5.2", Outcome.NotApplicable, reason: "signs");

    [Fact]
    public void Art5_2_does_not_apply_when_purposes_PublicSecurity_and_not_publicPlace() =>
        Mall.With("purposes", new[] { "PublicSecurity" }).With("publicPlace", false).Expect("CN-SPC-FR-5.2", Outcome.NotApplicable, reason: "not public");

    [Fact]
    public void Art5_2_is_undetermined_when_legalBasis_PublicSecurity_and_notice_conspicuousSigns_unknown() =>
        Mall.With("legalBasis", "PublicSecurity").With("notice.conspicuousSigns", null).Expect("CN-SPC-FR-5.2", Outcome.Undetermined, missingIncludes: "$.notice.conspicuousSigns");

    [Fact]
    public void Art5_3_does_not_apply_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-5.3", Outcome.NotApplicable);

    [Fact]
    public void Art5_3_is_satisfied_when_purposes_NewsReporting_and_necessity_necessaryForLegalBasis() =>
        Mall.With("purposes", new[] { "NewsReporting" }).With("necessity.necessaryForLegalBasis", true).Expect("CN-SPC-FR-5.3", Outcome.Satisfied, reason: "Art. 5(3)");

    [Fact]
    public void Art5_3_is_undetermined_when_purposes_NewsReporting_is_only_declared() =>
        Mall.With("purposes", new[] { "NewsReporting" }).Expect("CN-SPC-FR-5.3", Outcome.Undetermined, missing: "$.necessity.necessaryForLegalBasis");

    [Fact]
    public void Art5_3_is_undetermined_when_legalBasis_StatutoryDuty_and_purposes_unknown() =>
        Mall.With("legalBasis", "StatutoryDuty").With("purposes", null).Expect("CN-SPC-FR-5.3", Outcome.Undetermined, missingIncludes: "$.purposes");

    [Fact]
    public void Art5_4_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-5.4", Outcome.Satisfied, reason: "Art. 5(4)");

    [Fact]
    public void Art5_4_does_not_apply_when_changes_purposeExtendedBeyondOriginal() =>
        Mall.With("changes.purposeExtendedBeyondOriginal", true).Expect("CN-SPC-FR-5.4", Outcome.NotApplicable, reason: "beyond the purpose");

    [Fact]
    public void Art5_4_does_not_apply_when_consent_not_separate() =>
        Mall.With("consent.separate", false).Expect("CN-SPC-FR-5.4", Outcome.NotApplicable, reason: "not separate");

    [Fact]
    public void Art5_4_does_not_apply_when_legalBasis_Contract() =>
        Mall.With("legalBasis", "Contract").Expect("CN-SPC-FR-5.4", Outcome.NotApplicable);

    [Fact]
    public void Art5_4_is_undetermined_when_consent_bundled_unknown() =>
        Mall.With("consent.bundled", null).Expect("CN-SPC-FR-5.4", Outcome.Undetermined, missingIncludes: "$.consent.bundled");

    [Fact]
    public void Art10_1_does_not_apply_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-10.1", Outcome.NotApplicable, reason: "property managers");

    [Fact]
    public void Art10_1_is_violated_when_processor_kinds_PropertyManager_and_venue_ResidentialCompound_and_necessity_soleVerificationMethod_and_necessity_not_alternativeOffered() =>
        Mall.With("processor.kinds", new[] { "PropertyManager" }).With("venue", "ResidentialCompound").With("necessity.soleVerificationMethod", true).With("necessity.alternativeOffered", false).Expect("CN-SPC-FR-10.1", Outcome.Violated, reason: "only way in");

    [Fact]
    public void Art10_1_is_satisfied_when_processor_kinds_PropertyManager_and_venue_ResidentialCompound() =>
        Mall.With("processor.kinds", new[] { "PropertyManager" }).With("venue", "ResidentialCompound").Expect("CN-SPC-FR-10.1", Outcome.Satisfied);

    [Fact]
    public void Art10_1_does_not_apply_when_processor_kinds_PropertyManager_and_purposes_Payment() =>
        Mall.With("processor.kinds", new[] { "PropertyManager" }).With("purposes", new[] { "Payment" }).Expect("CN-SPC-FR-10.1", Outcome.NotApplicable, reason: "access control");

    [Fact]
    public void Art10_1_is_undetermined_when_processor_kinds_PropertyManager_and_necessity_soleVerificationMethod_unknown() =>
        Mall.With("processor.kinds", new[] { "PropertyManager" }).With("necessity.soleVerificationMethod", null).Expect("CN-SPC-FR-10.1", Outcome.Undetermined, missingIncludes: "$.necessity.soleVerificationMethod");

    [Fact]
    public void Art10_1_is_undetermined_when_processor_unknown() =>
        Mall.With("processor", null).Expect("CN-SPC-FR-10.1", Outcome.Undetermined, missingIncludes: "$.processor.kinds");

    [Fact]
    public void Art11_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-11", Outcome.Satisfied);

    [Fact]
    public void Art11_is_violated_when_contractTerms_irrevocableOrPerpetualGrant() =>
        Mall.With("contractTerms.irrevocableOrPerpetualGrant", true).Expect("CN-SPC-FR-11", Outcome.Violated, reason: "invalid");

    [Fact]
    public void Art11_is_undetermined_when_contractTerms_unknown() =>
        Mall.With("contractTerms", null).Expect("CN-SPC-FR-11", Outcome.Undetermined, missingIncludes: "$.contractTerms.irrevocableOrPerpetualGrant");

    [Fact]
    public void Art12_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-SPC-FR-12", Outcome.Satisfied);

    [Fact]
    public void Art12_is_violated_when_changes_entryMethodSwitchedUnilaterally() =>
        Mall.With("changes.entryMethodSwitchedUnilaterally", true).Expect("CN-SPC-FR-12", Outcome.Violated, reason: "deletion");

    [Fact]
    public void Art12_is_violated_when_legalBasis_Contract_and_necessity_necessaryForService_and_changes_purposeExtendedBeyondOriginal() =>
        Mall.With("legalBasis", "Contract").With("necessity.necessaryForService", true).With("changes.purposeExtendedBeyondOriginal", true).Expect("CN-SPC-FR-12", Outcome.Violated, reason: "beyond the agreed purpose");

    [Fact]
    public void Art12_does_not_apply_when_legalBasis_StatutoryDuty() =>
        Mall.With("legalBasis", "StatutoryDuty").Expect("CN-SPC-FR-12", Outcome.NotApplicable);

    [Fact]
    public void Art12_is_undetermined_when_changes_entryMethodSwitchedUnilaterally_unknown() =>
        Mall.With("changes.entryMethodSwitchedUnilaterally", null).Expect("CN-SPC-FR-12", Outcome.Undetermined, missingIncludes: "$.changes.entryMethodSwitchedUnilaterally");

    [Fact]
    public void Is_not_in_force_for_acts_before_2021_08_01()
    {
        var before = Mall.With("period.start", "2021-01-01").With("period.end", "2021-07-31").With("consent.separate", false).Assess();
        foreach (var rule in SpcFrProvisionsRules.All)
        {
            var f = before.Find(rule.Id)!;
            Assert.Equal(Outcome.NotInForce, f.Outcome);
            Assert.Contains("Art. 16 ¶2", f.Reason);
            Assert.Null(f.Penalty);
        }
    }

    [Fact]
    public void The_effective_date_is_reckoned_in_Shanghai()
    {
        var before = Mall.With("period.start", "2021-07-01T00:00:00Z").With("period.end", "2021-07-31T15:59:59Z").With("consent.separate", false).Finding("CN-SPC-FR-2.3");
        Assert.Equal(Outcome.NotInForce, before.Outcome);
        var on = Mall.With("period.start", "2021-07-01T00:00:00Z").With("period.end", "2021-07-31T16:00:00Z").With("consent.separate", false).Finding("CN-SPC-FR-2.3");
        Assert.Equal(Outcome.Violated, on.Outcome);
        Assert.EndsWith("Considered only for the part of the period in force from 2021-08-01.", on.Reason);
        Assert.Equal(SpcFrProvisionsRules.Instrument.Penalty, on.Penalty);
    }

    [Fact]
    public void As_of_the_day_before_it_is_not_in_force()
    {
        var a = Mall.With("period.start", "2021-01-01").With("period.end", "2021-12-31").With("consent.separate", false).Parse();
        Assert.Equal(Outcome.NotInForce, TestData.Assessor.Assess(a, new LocalDate(2021, 7, 31)).Find("CN-SPC-FR-2.3")!.Outcome);
        var on = TestData.Assessor.Assess(a, new LocalDate(2021, 8, 1)).Find("CN-SPC-FR-2.3")!;
        Assert.Equal(Outcome.Violated, on.Outcome);
        Assert.DoesNotContain("Considered only", on.Reason);
    }
}
