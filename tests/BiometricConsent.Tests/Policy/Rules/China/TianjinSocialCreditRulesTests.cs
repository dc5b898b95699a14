using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The Tianjin Social Credit Regulation (<see cref="TianjinSocialCreditRules"/>) against the compliant mall moved to Tianjin, and variations of it.</summary>
public class TianjinSocialCreditRulesTests
{
    /// <summary>The compliant mall, moved to Tianjin and run by a market credit information provider.</summary>
    private static TestActivity TianjinProvider => Mall.With("jurisdiction", "CN-TJ").With("processor.kinds", new[] { "MarketCreditInformationProvider" });

    [Fact]
    public void Art16_1_is_satisfied_for_a_Tianjin_credit_provider() =>
        TianjinProvider.Expect("CN-TJ-SCR-16.1", Outcome.Satisfied);

    [Fact]
    public void Art16_1_is_violated_for_a_Tianjin_credit_provider_when_without_consent() =>
        TianjinProvider.With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-TJ-SCR-16.1", Outcome.Violated, reason: "without consent");

    [Fact]
    public void Art16_1_is_violated_for_a_Tianjin_credit_provider_when_notice_stating_only_ProcessorIdentity() =>
        TianjinProvider.With("notice.elements", new[] { "ProcessorIdentity" }).Expect("CN-TJ-SCR-16.1", Outcome.Violated, reason: "did not agree the use");

    [Fact]
    public void Art16_1_is_satisfied_for_a_Tianjin_credit_provider_when_legalBasis_StatutoryDuty_and_without_consent() =>
        TianjinProvider.With("legalBasis", "StatutoryDuty").With("consent.obtained", false).With("consent.separate", null).With("consent.explicit", null).Expect("CN-TJ-SCR-16.1", Outcome.Satisfied, reason: "statutory duty");

    [Fact]
    public void Art16_1_does_not_apply_when_in_CN_TJ() =>
        Mall.With("jurisdiction", "CN-TJ").Expect("CN-TJ-SCR-16.1", Outcome.NotApplicable, reason: "market credit information providers");

    [Fact]
    public void Art16_1_is_undetermined_for_a_Tianjin_credit_provider_when_consent_unknown() =>
        TianjinProvider.With("consent.obtained", null).With("consent.separate", null).With("consent.explicit", null).Expect("CN-TJ-SCR-16.1", Outcome.Undetermined, missingIncludes: "$.consent.obtained");

    [Fact]
    public void Art16_2_is_violated_for_a_Tianjin_credit_provider() =>
        TianjinProvider.Expect("CN-TJ-SCR-16.2", Outcome.Violated, reason: "does not cure");

    [Fact]
    public void Art16_2_is_violated_for_a_Tianjin_credit_provider_when_modalities_Fingerprint() =>
        TianjinProvider.With("modalities", new[] { "Fingerprint" }).Expect("CN-TJ-SCR-16.2", Outcome.Violated, reason: "forbids outright");

    [Fact]
    public void Art16_2_does_not_apply_when_in_CN_TJ() =>
        Mall.With("jurisdiction", "CN-TJ").Expect("CN-TJ-SCR-16.2", Outcome.NotApplicable);

    [Fact]
    public void Art16_2_is_undetermined_when_in_CN_TJ_and_processor_kinds_unknown() =>
        Mall.With("jurisdiction", "CN-TJ").With("processor.kinds", null).Expect("CN-TJ-SCR-16.2", Outcome.Undetermined, missingIncludes: "$.processor.kinds");

    [Fact]
    public void Art16_2_is_not_in_force_before_2021()
    {
        TianjinProvider.With("period.start", "2020-12-31").With("period.end", "2020-12-31").Expect("CN-TJ-SCR-16.2", Outcome.NotInForce);
        TianjinProvider.With("period.start", "2021-01-01").With("period.end", "2021-01-01").Expect("CN-TJ-SCR-16.2", Outcome.Violated);
    }
}
