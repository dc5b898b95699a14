using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.UnitedStates;
using BiometricConsent.Tests.Policy.Support;

namespace BiometricConsent.Tests.Policy.Rules.UnitedStates;

/// <summary>
/// Texas § 503.001 (<see cref="CubiRules"/>), against the example time clock moved to Texas and captured for a commercial
/// purpose, and variations of it.
/// </summary>
public class CubiRulesTests
{
    /// <summary>The example time clock in Texas, a commercial purpose: every § 503.001 rule satisfied.</summary>
    private static TestActivity TimeClock => TestActivity.Example("illinois-time-clock-2025.json")
        .With("id", "texas-time-clock").With("jurisdiction", "US-TX").With("usBiometric.commercialPurpose", true)
        .With("usBiometric.disclosureGrounds", new[] { "FinancialTransaction" });

    [Fact]
    public void The_time_clock_in_Texas_meets_every_rule_and_gets_no_BIPA_rule()
    {
        var findings = TimeClock.Assess().Findings;
        Assert.Equal(CubiRules.All.Select(r => r.Id), findings.Select(f => f.RuleId));
        Assert.All(findings, f => Assert.True(f.Outcome == Outcome.Satisfied, $"{f.RuleId}: {f.Outcome}: {f.Reason}"));
    }

    [Fact]
    public void Artb_is_satisfied_for_the_time_clock() =>
        TimeClock.Expect("US-TX-CUBI-b", Outcome.Satisfied);

    [Fact]
    public void Artb_is_violated_without_consent()
    {
        var f = TimeClock.Patch("{ " + TestActivity.NoConsent + " }").Expect("US-TX-CUBI-b", Outcome.Violated, reason: "consent was not received");
        Assert.Contains("USD 25,000", f.Penalty);
        Assert.Contains("Attorney General", f.Penalty);
    }

    [Fact]
    public void Artb_is_violated_when_informed_only_after_the_capture() =>
        TimeClock.With("notice.beforeProcessing", false).Expect("US-TX-CUBI-b", Outcome.Violated, reason: "not informed before the capture");

    [Fact]
    public void Artb_is_satisfied_without_a_written_release() =>
        TimeClock.With("consent.electronicSignature", false).With("consent.written", false).Expect("US-TX-CUBI-b", Outcome.Satisfied);

    [Fact]
    public void Artb_does_not_apply_without_a_commercial_purpose() =>
        TimeClock.With("usBiometric.commercialPurpose", false).Patch("{ " + TestActivity.NoConsent + " }")
            .Expect("US-TX-CUBI-b", Outcome.NotApplicable, reason: "commercial purpose");

    [Fact]
    public void Artb_is_undetermined_when_the_purpose_is_not_stated() =>
        TimeClock.With("usBiometric.commercialPurpose", null).Expect("US-TX-CUBI-b", Outcome.Undetermined, missing: "$.usBiometric.commercialPurpose");

    [Fact]
    public void Artb_is_not_in_force_before_2009_09_01()
    {
        var f = TimeClock.With("period.start", "2009-01-01").With("period.end", "2009-08-31").Finding("US-TX-CUBI-b");
        Assert.Equal(Outcome.NotInForce, f.Outcome);
        Assert.Contains("in force from 2009-09-01", f.Reason);
    }

    [Fact]
    public void Artc1_is_satisfied_for_a_disclosure_completing_a_financial_transaction() =>
        TimeClock.Expect("US-TX-CUBI-c1", Outcome.Satisfied);

    [Fact]
    public void Artc1_is_violated_when_sold() =>
        TimeClock.With("sharing.sold", true).Expect("US-TX-CUBI-c1", Outcome.Violated, reason: "sold or leased");

    [Fact]
    public void Artc1_is_violated_on_a_general_consent_alone() =>
        TimeClock.With("usBiometric.disclosureGrounds", System.Array.Empty<string>()).Expect("US-TX-CUBI-c1", Outcome.Violated, reason: "grounds other than");

    [Fact]
    public void Artc1_is_violated_on_a_subpoena_which_Texas_does_not_list() =>
        TimeClock.With("usBiometric.disclosureGrounds", new[] { "Subpoena" }).Expect("US-TX-CUBI-c1", Outcome.Violated, reason: "grounds other than");

    [Fact]
    public void Artc1_is_satisfied_on_a_consent_for_identification_on_disappearance_or_death() =>
        TimeClock.With("usBiometric.disclosureGrounds", new[] { "IdentificationOnDisappearanceOrDeath" }).Expect("US-TX-CUBI-c1", Outcome.Satisfied);

    [Fact]
    public void Artc1_does_not_apply_when_nothing_is_disclosed() =>
        TimeClock.With("sharing.sharedWithThirdParties", false).With("sharing.consentForSharing", null).Expect("US-TX-CUBI-c1", Outcome.NotApplicable);

    [Fact]
    public void Artc1_is_undetermined_when_the_grounds_are_unknown() =>
        TimeClock.With("usBiometric.disclosureGrounds", null).Expect("US-TX-CUBI-c1", Outcome.Undetermined, missing: "$.usBiometric.disclosureGrounds");

    [Fact]
    public void Artc2_is_satisfied_for_the_time_clock() =>
        TimeClock.Expect("US-TX-CUBI-c2", Outcome.Satisfied);

    [Fact]
    public void Artc2_is_violated_without_reasonable_care() =>
        TimeClock.With("usBiometric.reasonableCare", false).Expect("US-TX-CUBI-c2", Outcome.Violated, reason: "reasonable care");

    [Fact]
    public void Artc2_is_undetermined_when_the_comparison_with_other_confidential_data_is_unknown() =>
        TimeClock.With("usBiometric.protectedAsOtherConfidentialData", null)
            .Expect("US-TX-CUBI-c2", Outcome.Undetermined, missing: "$.usBiometric.protectedAsOtherConfidentialData");

    [Fact]
    public void Artc3_is_satisfied_when_destroyed_within_a_year_of_the_purpose_expiring() =>
        TimeClock.With("usBiometric.keptAfterPurposeEnds", "P365D").Expect("US-TX-CUBI-c3", Outcome.Satisfied);

    [Fact]
    public void Artc3_is_violated_when_kept_beyond_the_first_anniversary() =>
        TimeClock.With("usBiometric.keptAfterPurposeEnds", "P1Y1D").Expect("US-TX-CUBI-c3", Outcome.Violated, reason: "kept P1Y1D after the purpose");

    [Fact]
    public void Artc3_does_not_apply_to_gait_alone() =>
        TimeClock.With("modalities", new[] { "Gait" }).Expect("US-TX-CUBI-c3", Outcome.NotApplicable);

    [Fact]
    public void Artc3_is_undetermined_when_the_retention_is_unknown() =>
        TimeClock.With("usBiometric.keptAfterPurposeEnds", null).Expect("US-TX-CUBI-c3", Outcome.Undetermined, missing: "$.usBiometric.keptAfterPurposeEnds");

    [Fact]
    public void Artc3_keeps_the_BIPA_limit_apart()
    {
        // 30 days after the purpose is within Texas's year but not Illinois's "when the purpose is satisfied".
        Assert.Equal(Outcome.Satisfied, TimeClock.With("usBiometric.keptAfterPurposeEnds", "P30D").Finding("US-TX-CUBI-c3").Outcome);
        Assert.Equal(Outcome.Violated, TestActivity.Example("illinois-time-clock-2025.json").With("storage.retentionPolicyPublished", true)
            .With("usBiometric.keptAfterPurposeEnds", "P30D").Finding("US-IL-BIPA-15a").Outcome);
    }
}
