using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The Civil Code, Arts. 1034–1038 (<see cref="CivilCodeRules"/>), against the compliant mall and variations of it.</summary>
public class CivilCodeRulesTests
{
    [Fact]
    public void Art1035_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-CC-1035", Outcome.Satisfied);

    [Fact]
    public void Art1035_is_violated_when_without_consent() =>
        Mall.With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-CC-1035", Outcome.Violated, reason: "without their consent");

    [Fact]
    public void Art1035_is_violated_when_notice_rulesPublished_false() =>
        Mall.With("notice.rulesPublished", false).Expect("CN-CC-1035", Outcome.Violated, reason: "rules are not published");

    [Fact]
    public void Art1035_is_violated_when_not_necessary_and_no_alternative_offered() =>
        Mall.With("necessity.alternativeOffered", false).Expect("CN-CC-1035", Outcome.Violated, reason: "not necessary");

    [Fact]
    public void Art1035_is_satisfied_when_another_basis_from_2021_11_01_the_PIPL_dispensing_with_consent() =>
        Mall.With("legalBasis", "Contract").With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null)
            .Expect("CN-CC-1035", Outcome.Satisfied);

    [Fact]
    public void Art1035_is_undetermined_when_another_basis_before_the_PIPL_and_no_consent() =>
        Mall.With("legalBasis", "Contract").With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null)
            .With("period.start", "2021-01-01").With("period.end", "2021-06-30").With("impactAssessment.completedOn", null)
            .Expect("CN-CC-1035", Outcome.Undetermined, missingIncludes: "$.legalBasis");

    [Fact]
    public void Art1035_is_undetermined_when_notice_rulesPublished_unknown() =>
        Mall.With("notice.rulesPublished", null).Expect("CN-CC-1035", Outcome.Undetermined, missing: "$.notice.rulesPublished");

    [Fact]
    public void Art1038_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-CC-1038", Outcome.Satisfied);

    [Fact]
    public void Art1038_is_violated_when_shared_without_any_consent() =>
        Mall.With("sharing.sharedWithThirdParties", true).With("sharing.consentForSharing", false).Expect("CN-CC-1038", Outcome.Violated, reason: "without their consent");

    [Fact]
    public void Art1038_is_satisfied_when_shared_with_a_consent_that_is_not_separate() =>
        Mall.With("sharing.sharedWithThirdParties", true).With("sharing.consentForSharing", true).Expect("CN-CC-1038", Outcome.Satisfied);

    [Fact]
    public void Art1038_is_violated_when_a_leak_is_not_reported() =>
        Mall.With("security.incident", true).With("security.individualsNotified", true).Expect("CN-CC-1038", Outcome.Violated, reason: "authorities were not informed");

    [Fact]
    public void Art1038_is_undetermined_when_shared_and_consent_for_sharing_unknown() =>
        Mall.With("sharing.sharedWithThirdParties", true).Expect("CN-CC-1038", Outcome.Undetermined, missing: "$.sharing.consentForSharing");

    [Fact]
    public void Art1035_is_not_in_force_before_2021_01_01() =>
        Mall.With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null)
            .ExpectNotInForceBefore(CivilCodeRules.All, "2021-01-01", "2020-12-31T15:59:59Z", "CN-CC-1035");
}
