using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The Cybersecurity Law, Arts. 41–42 (<see cref="CybersecurityLawRules"/>), against the compliant mall (a network operator) and variations of it.</summary>
public class CybersecurityLawRulesTests
{
    [Fact]
    public void Art41_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-CSL-41", Outcome.Satisfied);

    [Fact]
    public void Art41_is_violated_when_without_notice() =>
        Mall.With("notice.given", false).With("notice.beforeProcessing", null).With("notice.conspicuousSigns", null).With("notice.elements", null)
            .Expect("CN-CSL-41", Outcome.Violated, reason: "without telling them");

    [Fact]
    public void Art41_does_not_apply_when_processor_networkOperator_false() =>
        Mall.With("processor.networkOperator", false).With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null)
            .Expect("CN-CSL-41", Outcome.NotApplicable, reason: "network operators");

    [Fact]
    public void Art41_is_undetermined_when_processor_networkOperator_unknown_even_without_consent() =>
        Mall.With("processor.networkOperator", null).With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null)
            .Expect("CN-CSL-41", Outcome.Undetermined, missing: "$.processor.networkOperator");

    [Fact]
    public void Art42_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-CSL-42", Outcome.Satisfied);

    [Fact]
    public void Art42_is_violated_when_a_leak_is_not_told_to_the_users() =>
        Mall.With("security.incident", true).With("security.regulatorNotified", true).Expect("CN-CSL-42", Outcome.Violated, reason: "individuals were not told");

    [Fact]
    public void Art42_is_violated_when_shared_without_consent() =>
        Mall.With("sharing.sharedWithThirdParties", true).With("sharing.consentForSharing", false).Expect("CN-CSL-42", Outcome.Violated, reason: "without their consent");

    [Fact]
    public void Art42_is_undetermined_when_a_leak_and_notification_unknown() =>
        Mall.With("security.incident", true).With("security.individualsNotified", null).With("security.regulatorNotified", null)
            .Expect("CN-CSL-42", Outcome.Undetermined, missingIncludes: "$.security.individualsNotified");

    [Fact]
    public void Art41_is_not_in_force_before_2017_06_01()
    {
        var noConsent = Mall.With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).With("impactAssessment.completedOn", null);
        var before = noConsent.With("period.start", "2016-01-01").With("period.end", "2017-05-31").Finding("CN-CSL-41");
        Assert.Equal(Outcome.NotInForce, before.Outcome);
        Assert.Contains("in force from 2017-06-01", before.Reason);
        noConsent.With("period.start", "2017-06-01").With("period.end", "2017-06-30").Expect("CN-CSL-41", Outcome.Violated, reason: "without their consent");
    }
}
