using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The Consumer Rights Protection Law (<see cref="CrplRules"/>) against the compliant mall and variations of it.</summary>
public class CrplRulesTests
{
    [Fact]
    public void Art29_1_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-CRPL-29.1", Outcome.Satisfied);

    [Fact]
    public void Art29_1_is_violated_when_without_notice() =>
        Mall.With("notice.given", false).With("notice.beforeProcessing", null).With("notice.conspicuousSigns", null).With("notice.elements", null).Expect("CN-CRPL-29.1", Outcome.Violated, reason: "without telling them");

    [Fact]
    public void Art29_1_is_violated_when_notice_omitting_DataCategories_and_Retention_and_Necessity_and_Impact_and_RightsExercise() =>
        Mall.With("notice.elements", new[] { "ProcessorIdentity", "Purpose", "Method" }).Expect("CN-CRPL-29.1", Outcome.Violated, reason: "omits the purpose, method or scope");

    [Fact]
    public void Art29_1_is_violated_when_without_consent() =>
        Mall.With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-CRPL-29.1", Outcome.Violated, reason: "without their consent");

    [Fact]
    public void Art29_1_is_violated_when_changes_purposeExtendedBeyondOriginal() =>
        Mall.With("changes.purposeExtendedBeyondOriginal", true).Expect("CN-CRPL-29.1", Outcome.Violated, reason: "beyond the agreed purpose");

    [Fact]
    public void Art29_1_does_not_apply_when_processor_kinds_PropertyManager() =>
        Mall.With("processor.kinds", new[] { "PropertyManager" }).Expect("CN-CRPL-29.1", Outcome.NotApplicable, reason: "business operators");

    [Fact]
    public void Art29_1_does_not_apply_when_subjects_kinds_Employee() =>
        Mall.With("subjects.kinds", new[] { "Employee" }).Expect("CN-CRPL-29.1", Outcome.NotApplicable, reason: "consumers");

    [Fact]
    public void Art29_1_is_undetermined_when_subjects_kinds_unknown() =>
        Mall.With("subjects.kinds", null).Expect("CN-CRPL-29.1", Outcome.Undetermined, missingIncludes: "$.subjects.kinds");

    [Fact]
    public void Art29_1_is_undetermined_when_consent_unknown() =>
        Mall.With("consent.obtained", null).With("consent.separate", null).With("consent.explicit", null).Expect("CN-CRPL-29.1", Outcome.Undetermined, missingIncludes: "$.consent.obtained");

    [Fact]
    public void Art29_1_is_undetermined_when_changes_purposeExtendedBeyondOriginal_and_changes_reconsentObtained_unknown() =>
        Mall.With("changes.purposeExtendedBeyondOriginal", true).With("changes.reconsentObtained", null).Expect("CN-CRPL-29.1", Outcome.Undetermined, missingIncludes: "$.changes.reconsentObtained");

    [Fact]
    public void Art29_2_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-CRPL-29.2", Outcome.Satisfied);

    [Fact]
    public void Art29_2_is_violated_when_sharing_sharedWithThirdParties_and_sharing_sold() =>
        Mall.With("sharing.sharedWithThirdParties", true).With("sharing.sold", true).Expect("CN-CRPL-29.2", Outcome.Violated, reason: "sells");

    [Fact]
    public void Art29_2_is_violated_when_sharing_sharedWithThirdParties_without_consent() =>
        Mall.With("sharing.sharedWithThirdParties", true).With("sharing.consentForSharing", false).Expect("CN-CRPL-29.2", Outcome.Violated, reason: "without their consent");

    [Fact]
    public void Art29_2_is_satisfied_when_shared_with_a_consent_that_is_not_separate() =>
        Mall.With("sharing.sharedWithThirdParties", true).With("sharing.consentForSharing", true).Expect("CN-CRPL-29.2", Outcome.Satisfied);

    [Fact]
    public void Art29_2_is_satisfied_when_shared_with_separate_consent() =>
        Mall.With("sharing.sharedWithThirdParties", true).With("sharing.separateConsentForSharing", true).Expect("CN-CRPL-29.2", Outcome.Satisfied);

    [Fact]
    public void Art29_2_is_undetermined_when_shared_and_consent_for_sharing_unknown() =>
        Mall.With("sharing.sharedWithThirdParties", true).Expect("CN-CRPL-29.2", Outcome.Undetermined, missing: "$.sharing.consentForSharing");

    [Fact]
    public void Art29_1_is_violated_when_the_collection_and_use_rules_are_not_published() =>
        Mall.With("notice.rulesPublished", false).Expect("CN-CRPL-29.1", Outcome.Violated, reason: "collection and use rules are not published");

    [Fact]
    public void Art29_1_is_violated_when_not_necessary_and_no_alternative_offered() =>
        Mall.With("necessity.alternativeOffered", false).Expect("CN-CRPL-29.1", Outcome.Violated, reason: "not necessary for the service");

    [Fact]
    public void Art29_1_is_undetermined_when_notice_rulesPublished_unknown() =>
        Mall.With("notice.rulesPublished", null).Expect("CN-CRPL-29.1", Outcome.Undetermined, missing: "$.notice.rulesPublished");

    [Fact]
    public void Art56_penalty_has_the_fine_range_the_credit_file_and_the_precedence_of_other_laws()
    {
        var penalty = Mall.With("notice.rulesPublished", false).Expect("CN-CRPL-29.1", Outcome.Violated).Penalty!;
        Assert.Contains("1 to 10 times the illegal gains", penalty);
        Assert.Contains("up to CNY 500,000 where there are none", penalty);
        Assert.Contains("credit file", penalty);
        Assert.Contains("unless another law or regulation sets the penalty", penalty);
        Assert.Contains("PIPL Art. 66 from 2021-11-01", penalty);
    }

    [Fact]
    public void Art29_2_is_violated_when_security_incident_and_storage_not_encrypted() =>
        Mall.With("security.incident", true).With("storage.encrypted", false).Expect("CN-CRPL-29.2", Outcome.Violated, reason: "unencrypted");

    [Fact]
    public void Art29_2_is_satisfied_when_security_incident() =>
        Mall.With("security.incident", true).Expect("CN-CRPL-29.2", Outcome.Satisfied);

    [Fact]
    public void Art29_2_does_not_apply_when_processor_kinds_StateOrgan() =>
        Mall.With("processor.kinds", new[] { "StateOrgan" }).Expect("CN-CRPL-29.2", Outcome.NotApplicable);

    [Fact]
    public void Art29_2_is_undetermined_when_security_incident_and_storage_encrypted_unknown() =>
        Mall.With("security.incident", true).With("storage.encrypted", null).Expect("CN-CRPL-29.2", Outcome.Undetermined, missingIncludes: "$.storage.encrypted");

    [Fact]
    public void Art29_2_is_undetermined_when_sharing_unknown() =>
        Mall.With("sharing", null).Expect("CN-CRPL-29.2", Outcome.Undetermined, missingIncludes: "$.sharing.sold");

    [Fact]
    public void Art29_1_is_not_in_force_before_2014_03_15()
    {
        Mall.With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).With("period.start", "2014-03-14").With("period.end", "2014-03-14")
            .Expect("CN-CRPL-29.1", Outcome.NotInForce);
        Mall.With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).With("period.start", "2014-03-15").With("period.end", "2014-03-15")
            .Expect("CN-CRPL-29.1", Outcome.Violated);
    }
}
