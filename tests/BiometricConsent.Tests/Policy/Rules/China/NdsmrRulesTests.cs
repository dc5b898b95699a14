using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The NDSMR final rules (<see cref="NdsmrRules"/>) against the compliant office example and variations of it.</summary>
public class NdsmrRulesTests
{
    private const string Bystanders = "'publicPlace': true, 'function': 'Identification'";

    private const string Vendor =
        "'entrustment': { 'entrusted': true, 'agreementTerms': ['Purpose', 'Method', 'DataCategories', 'ProtectionMeasures'], 'supervised': true, 'recordsKeptThreeYears': true }";

    private const string Recipient =
        "'sharing': { 'sharedWithThirdParties': true, 'agreementTerms': ['Purpose', 'Method', 'DataCategories', 'ProtectionMeasures'], 'recipientsSupervised': true, 'recordsKeptThreeYears': true }";

    [Fact]
    public void Art12_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-NDSMR-12", Outcome.NotApplicable, reason: "neither provided");

    [Fact]
    public void Art12_is_satisfied_for_a_vendor_and_a_recipient_under_agreements() =>
        Office.Patch("{ " + Vendor + ", " + Recipient + " }").Expect("CN-NDSMR-12", Outcome.Satisfied);

    [Fact]
    public void Art12_is_violated_when_the_recipient_agreement_omits_security_duties() =>
        Office.Patch("{ " + Recipient + " }").Patch("{ 'sharing': { 'agreementTerms': ['Purpose', 'Method', 'DataCategories'] } }")
            .Expect("CN-NDSMR-12", Outcome.Violated, reason: "the agreements with the recipients do not fix ProtectionMeasures");

    [Fact]
    public void Art12_is_violated_when_vendor_records_are_not_kept_three_years() =>
        Office.Patch("{ " + Vendor + " }").Patch("{ 'entrustment': { 'recordsKeptThreeYears': false } }")
            .Expect("CN-NDSMR-12", Outcome.Violated, reason: "records of the entrusted processing are not kept 3 years");

    [Fact]
    public void Art12_is_violated_when_recipients_are_not_supervised() =>
        Office.Patch("{ " + Recipient + " }").Patch("{ 'sharing': { 'recipientsSupervised': false } }")
            .Expect("CN-NDSMR-12", Outcome.Violated, reason: "the recipients are not supervised");

    [Fact]
    public void Art12_is_undetermined_when_the_entrustment_section_is_absent() =>
        Office.Patch("{ 'entrustment': null }").Expect("CN-NDSMR-12", Outcome.Undetermined, missing: "$.entrustment.entrusted");

    [Fact]
    public void Art12_is_undetermined_when_sharing_recordsKeptThreeYears_unknown() =>
        Office.Patch("{ " + Recipient + " }").Patch("{ 'sharing': { 'recordsKeptThreeYears': null } }")
            .Expect("CN-NDSMR-12", Outcome.Undetermined, missing: "$.sharing.recordsKeptThreeYears");

    [Fact]
    public void Art12_is_not_in_force_before_2025_01_01() =>
        Office.Patch("{ " + Vendor + " }").Patch("{ 'entrustment': { 'supervised': false } }")
            .ExpectNotInForceBefore(new[] { NdsmrRules.Art12 }, "2025-01-01", "2024-12-31T15:59:59Z", "CN-NDSMR-12");

    [Fact]
    public void Art21_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-NDSMR-21", Outcome.Satisfied);

    [Fact]
    public void Art21_is_violated_when_notice_omitting_Retention() =>
        Office.Patch("{ 'notice': { 'elements': ['ProcessorIdentity', 'Purpose', 'Method', 'DataCategories', 'Necessity', 'Impact', 'RightsExercise'] } }").Expect("CN-NDSMR-21", Outcome.Violated);

    [Fact]
    public void Art21_does_not_apply_when_without_notice() =>
        Office.Patch("{ 'notice': { 'given': false, 'beforeProcessing': null, 'conspicuousSigns': null, 'elements': [] } }").Expect("CN-NDSMR-21", Outcome.NotApplicable);

    [Fact]
    public void Art21_is_undetermined_when_notice_elements_unknown() =>
        Office.Patch("{ 'notice': { 'elements': null } }").Expect("CN-NDSMR-21", Outcome.Undetermined, missing: "$.notice.elements");

    [Fact]
    public void Art22_1_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-NDSMR-22.1", Outcome.Satisfied);

    [Fact]
    public void Art22_1_is_violated_when_necessity_not_alternativeOffered() =>
        Office.Patch("{ 'necessity': { 'alternativeOffered': false } }").Expect("CN-NDSMR-22.1", Outcome.Violated);

    [Fact]
    public void Art22_1_is_violated_when_consent_conditionOfService() =>
        Office.Patch("{ 'consent': { 'conditionOfService': true } }").Expect("CN-NDSMR-22.1", Outcome.Violated);

    [Fact]
    public void Art22_1_does_not_apply_when_legalBasis_Contract() =>
        Office.Patch("{ 'legalBasis': 'Contract' }").Expect("CN-NDSMR-22.1", Outcome.NotApplicable);

    [Fact]
    public void Art22_1_is_undetermined_when_necessity_unknown() =>
        Office.Patch("{ 'necessity': null }").Expect("CN-NDSMR-22.1", Outcome.Undetermined, missing: "$.necessity.necessaryForService, $.necessity.alternativeOffered, $.necessity.serviceRefusedWithoutConsent");

    [Fact]
    public void Art22_2_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-NDSMR-22.2", Outcome.Satisfied);

    [Fact]
    public void Art22_2_is_violated_when_consent_not_separate() =>
        Office.Patch("{ 'consent': { 'separate': false } }").Expect("CN-NDSMR-22.2", Outcome.Violated);

    [Fact]
    public void Art22_2_does_not_apply_when_legalBasis_Contract() =>
        Office.Patch("{ 'legalBasis': 'Contract' }").Expect("CN-NDSMR-22.2", Outcome.NotApplicable);

    [Fact]
    public void Art22_2_is_undetermined_when_consent_separate_unknown() =>
        Office.Patch("{ 'consent': { 'separate': null } }").Expect("CN-NDSMR-22.2", Outcome.Undetermined, missing: "$.consent.separate");

    [Fact]
    public void Art22_3_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-NDSMR-22.3", Outcome.NotApplicable);

    [Fact]
    public void Art22_3_is_violated_when_with_minors_under_14() =>
        Office.Patch("{ " + Minors + " }").Expect("CN-NDSMR-22.3", Outcome.Violated);

    [Fact]
    public void Art22_3_is_violated_when_with_minors_under_14_and_a_declared_news_basis_is_not_necessary() =>
        Office.Patch("{ " + Minors + ", 'legalBasis': 'NewsReporting', 'purposes': ['NewsReporting'], 'necessity': { 'necessaryForLegalBasis': false } }")
            .Expect("CN-NDSMR-22.3", Outcome.Violated);

    [Fact]
    public void Art22_3_does_not_apply_when_with_minors_under_14_and_a_shown_news_basis() =>
        Office.Patch("{ " + Minors + ", 'legalBasis': 'NewsReporting', 'purposes': ['NewsReporting'], 'necessity': { 'necessaryForLegalBasis': true } }")
            .Expect("CN-NDSMR-22.3", Outcome.NotApplicable);

    [Fact]
    public void Art22_3_is_satisfied_when_with_minors_under_14_and_consent_guardianForMinors() =>
        Office.Patch("{ " + Minors + ", 'consent': { 'guardianForMinors': true } }").Expect("CN-NDSMR-22.3", Outcome.Satisfied);

    [Fact]
    public void Art22_3_is_undetermined_when_subjects_includesMinorsUnder14_unknown() =>
        Office.Patch("{ 'subjects': { 'includesMinorsUnder14': null } }").Expect("CN-NDSMR-22.3", Outcome.Undetermined, missing: "$.subjects.includesMinorsUnder14");

    [Fact]
    public void Art22_4_is_satisfied_for_the_compliant_office() =>
        Office.Expect("CN-NDSMR-22.4", Outcome.Satisfied);

    [Fact]
    public void Art22_4_is_violated_when_changes_purposeExtendedBeyondOriginal_and_changes_not_reconsentObtained() =>
        Office.Patch("{ 'changes': { 'purposeExtendedBeyondOriginal': true, 'reconsentObtained': false } }").Expect("CN-NDSMR-22.4", Outcome.Violated);

    [Fact]
    public void Art22_4_is_satisfied_when_changes_purposeExtendedBeyondOriginal_and_changes_reconsentObtained() =>
        Office.Patch("{ 'changes': { 'purposeExtendedBeyondOriginal': true, 'reconsentObtained': true } }").Expect("CN-NDSMR-22.4", Outcome.Satisfied);

    [Fact]
    public void Art22_4_is_undetermined_when_changes_purposeExtendedBeyondOriginal_unknown() =>
        Office.Patch("{ 'changes': { 'purposeExtendedBeyondOriginal': null } }").Expect("CN-NDSMR-22.4", Outcome.Undetermined, missing: "$.changes.purposeExtendedBeyondOriginal");

    [Fact]
    public void Art24_does_not_apply_for_the_compliant_office() =>
        Office.Expect("CN-NDSMR-24", Outcome.NotApplicable);

    [Fact]
    public void Art24_is_violated_when_without_consent_and_legalBasis_None() =>
        Office.Patch("{ 'legalBasis': 'None', " + NoConsent + " }").Expect("CN-NDSMR-24", Outcome.Violated);

    [Fact]
    public void Art24_is_violated_when_without_consent() =>
        Office.Patch("{ " + NoConsent + " }").Expect("CN-NDSMR-24", Outcome.Violated);

    [Fact]
    public void Art24_is_satisfied_when_capturing_bystanders_and_storage_retention_P0D() =>
        Office.Patch("{ " + Bystanders + ", 'storage': { 'retention': 'P0D' } }").Expect("CN-NDSMR-24", Outcome.Satisfied);

    [Fact]
    public void Art24_is_undetermined_not_satisfied_when_capturing_bystanders_under_a_mandated_PublicSecurity_basis_and_faces_kept() =>
        Office.Patch("{ " + Bystanders + ", 'purposes': ['PublicSecurity'], 'legalBasis': 'PublicSecurity', 'processor': { 'mandatedByLaw': true }, " + NoConsent + " }")
            .Expect("CN-NDSMR-24", Outcome.Undetermined, missing: "$.storage.retention", reason: "only storage and security");

    [Fact]
    public void Art24_is_violated_when_a_private_operator_claims_PublicSecurity_without_consent_and_keeps_faces() =>
        Office.Patch("{ 'legalBasis': 'PublicSecurity', 'processor': { 'mandatedByLaw': false }, " + NoConsent + " }").Expect("CN-NDSMR-24", Outcome.Violated, reason: "kept for P1Y");

    [Fact]
    public void Art24_is_satisfied_when_without_consent_and_storage_retention_P0D() =>
        Office.Patch("{ " + NoConsent + ", 'storage': { 'retention': 'P0D' } }").Expect("CN-NDSMR-24", Outcome.Satisfied, reason: "without lawful consent is not kept");

    [Fact]
    public void Art24_is_undetermined_when_without_consent_and_storage_retention_unknown() =>
        Office.Patch("{ " + NoConsent + ", 'storage': { 'retention': null } }").Expect("CN-NDSMR-24", Outcome.Undetermined, missing: "$.storage.retention");

    [Fact]
    public void Art22_1_is_undetermined_when_only_an_alternative_is_offered_and_the_assessment_does_not_weigh_necessity() =>
        Office.Patch("{ 'impactAssessment': { 'covers': ['ImpactAndRisks'] } }").Expect("CN-NDSMR-22.1", Outcome.Undetermined, missing: "$.impactAssessment.covers");

    [Fact]
    public void Art24_is_undetermined_when_capturing_bystanders() =>
        Office.Patch("{ " + Bystanders + " }").Expect("CN-NDSMR-24", Outcome.Undetermined, missing: "$.storage.retention");

    [Fact]
    public void Art24_is_satisfied_when_not_publicPlace_and_function_Identification_and_subjects_kinds_Public_and_storage_retention_PT0S() =>
        Office.Patch("{ 'publicPlace': false, 'function': 'Identification', 'subjects': { 'kinds': ['Public'] }, 'storage': { 'retention': 'PT0S' } }").Expect("CN-NDSMR-24", Outcome.Satisfied);

    [Fact]
    public void Art24_is_undetermined_when_publicPlace_unknown_and_function_Identification() =>
        Office.Patch("{ 'publicPlace': null, 'function': 'Identification' }").Expect("CN-NDSMR-24", Outcome.Undetermined, missing: "$.publicPlace");

    [Fact]
    public void Art24_is_undetermined_when_legalBasis_unknown() =>
        Office.Patch("{ 'legalBasis': null }").Expect("CN-NDSMR-24", Outcome.Undetermined, missing: "$.legalBasis");

    [Fact]
    public void Art24_is_satisfied_when_capturing_bystanders_and_storage_retention_P0D_and_legalBasis_unknown() =>
        Office.Patch("{ " + Bystanders + ", 'storage': { 'retention': 'P0D' }, 'legalBasis': null }").Expect("CN-NDSMR-24", Outcome.Satisfied);

    [Fact]
    public void Article22_violations_carry_the_Art55_penalty_others_the_Art58_route_to_the_PIPL()
    {
        Assert.StartsWith("NDSMR Art. 55:", Office.Patch("{ 'consent': { 'separate': false } }").Expect("CN-NDSMR-22.2", Outcome.Violated).Penalty);
        Assert.Contains("CNY 1 million", NdsmrRules.Art55Penalty);
        // Art. 58 sends the violations Art. 55 does not list to the Cybersecurity Law, the Data Security Law and the PIPL.
        Assert.StartsWith("NDSMR Art. 58:", NdsmrRules.All.Single(r => r.Id == "CN-NDSMR-24").Penalty);
        Assert.Contains("PIPL Art. 66", NdsmrRules.OtherPenalty);
        Assert.All(NdsmrRules.All.Where(r => r.Id.StartsWith("CN-NDSMR-22.", System.StringComparison.Ordinal)), r => Assert.Equal(NdsmrRules.Art55Penalty, r.Penalty));
    }

    [Fact]
    public void Not_in_force_before_2025() =>
        Office.Patch("{ 'consent': { 'separate': false } }").ExpectNotInForceBefore(NdsmrRules.All, "2025-01-01", "2024-12-31T15:59:59Z", "CN-NDSMR-22.2");

    [Fact]
    public void The_catalog_holds_the_NDSMR_rules()
    {
        var ids = RuleCatalog.Default.Rules.Where(r => r.Id.StartsWith("CN-NDSMR-", System.StringComparison.Ordinal)).Select(r => r.Id).ToArray();
        Assert.Equal(new[] { "CN-NDSMR-12", "CN-NDSMR-21", "CN-NDSMR-22.1", "CN-NDSMR-22.2", "CN-NDSMR-22.3", "CN-NDSMR-22.4", "CN-NDSMR-24", "CN-NDSMR-D2021-21", "CN-NDSMR-D2021-25" }, ids);
        // Art. 12 is read from a secondary reproduction of its text (docs/policy-rules-notes.md).
        Assert.All(NdsmrRules.All.Where(r => r.Id != "CN-NDSMR-12"), r => Assert.Equal(Verification.VerifiedPrimary, r.Verification));
        Assert.Equal(Verification.VerifiedSecondary, NdsmrRules.Art12.Verification);
        Assert.Equal(new NodaTime.LocalDate(2025, 1, 1), NdsmrRules.Instrument.EffectiveFrom);
    }
}
