using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.UnitedStates;
using BiometricConsent.Tests.Policy.Support;

namespace BiometricConsent.Tests.Policy.Rules.UnitedStates;

/// <summary>
/// The Illinois Biometric Information Privacy Act (<see cref="BipaRules"/>), against the example employer's time clock
/// (docs/examples/illinois-time-clock-2025.json) with its retention policy made public, and variations of it.
/// </summary>
public class BipaRulesTests
{
    /// <summary>The example time clock with its retention policy public: every BIPA rule satisfied.</summary>
    private static TestActivity TimeClock => TestActivity.Example("illinois-time-clock-2025.json").With("storage.retentionPolicyPublished", true);

    [Fact]
    public void The_time_clock_meets_every_rule_once_its_policy_is_public()
    {
        var findings = TimeClock.Assess().Findings;
        Assert.Equal(BipaRules.All.Select(r => r.Id), findings.Select(f => f.RuleId));
        Assert.All(findings, f => Assert.True(f.Outcome == Outcome.Satisfied, $"{f.RuleId}: {f.Outcome}: {f.Reason}"));
    }

    [Fact]
    public void Without_the_usBiometric_section_no_rule_is_satisfied_and_only_a_known_breach_decides()
    {
        // As everywhere in the catalog, a known breach decides although whether the Act applies is unknown (Checklist).
        var findings = TestActivity.Example("illinois-time-clock-2025.json").Patch("{ 'usBiometric': null }").Assess().Findings;
        Assert.Equal(Outcome.Violated, findings.Single(f => f.RuleId == "US-IL-BIPA-15a").Outcome);
        Assert.All(findings.Where(f => f.RuleId != "US-IL-BIPA-15a"), f =>
        {
            Assert.Equal(Outcome.Undetermined, f.Outcome);
            Assert.Contains(FactPaths.UsBiometric.GovernmentEntity, f.MissingFacts);
        });
    }

    // 15(a): a public retention and destruction policy, destruction at purpose end or 3 years after the last interaction.
    [Fact]
    public void Art15a_is_violated_for_the_example_whose_policy_is_not_public() =>
        TestActivity.Example("illinois-time-clock-2025.json").Expect("US-IL-BIPA-15a", Outcome.Violated, reason: "no written retention schedule");

    [Fact]
    public void Art15a_is_satisfied_for_the_time_clock() =>
        TimeClock.Expect("US-IL-BIPA-15a", Outcome.Satisfied);

    [Fact]
    public void Art15a_is_violated_when_kept_after_the_purpose_is_satisfied() =>
        TimeClock.With("usBiometric.keptAfterPurposeEnds", "P30D").Expect("US-IL-BIPA-15a", Outcome.Violated, reason: "kept P30D after the purpose");

    [Fact]
    public void Art15a_is_violated_when_kept_more_than_3_years_after_the_last_interaction() =>
        TimeClock.With("usBiometric.keptAfterLastInteraction", "P3Y1D").Expect("US-IL-BIPA-15a", Outcome.Violated, reason: "more than 3 years");

    [Fact]
    public void Art15a_is_satisfied_when_kept_exactly_3_years_after_the_last_interaction() =>
        TimeClock.With("usBiometric.keptAfterLastInteraction", "P36M").Expect("US-IL-BIPA-15a", Outcome.Satisfied);

    [Fact]
    public void Art15a_does_not_apply_to_a_government_entity() =>
        TimeClock.With("storage.retentionPolicyPublished", false).With("usBiometric.governmentEntity", true)
            .Expect("US-IL-BIPA-15a", Outcome.NotApplicable, reason: "private entities only");

    [Fact]
    public void Art15a_does_not_apply_to_gait_alone() =>
        TimeClock.With("modalities", new[] { "Gait" }).With("storage.retentionPolicyPublished", false).Expect("US-IL-BIPA-15a", Outcome.NotApplicable, reason: "gait is none");

    [Fact]
    public void Art15a_is_undetermined_when_the_retention_after_the_purpose_is_unknown() =>
        TimeClock.With("usBiometric.keptAfterPurposeEnds", null).Expect("US-IL-BIPA-15a", Outcome.Undetermined, missing: "$.usBiometric.keptAfterPurposeEnds");

    [Fact]
    public void Art15a_is_undetermined_when_it_is_unknown_whether_the_processor_is_a_government_entity() =>
        TimeClock.With("usBiometric.governmentEntity", null).Expect("US-IL-BIPA-15a", Outcome.Undetermined, missing: "$.usBiometric.governmentEntity");

    // 15(b): written notice of collection, purpose and term, and a written release first.
    [Fact]
    public void Art15b_is_satisfied_by_an_electronic_release_after_2024_08_02() =>
        TimeClock.Expect("US-IL-BIPA-15b", Outcome.Satisfied, reason: "electronically, which counts from 2024-08-02");

    [Fact]
    public void Art15b_is_violated_by_an_electronic_release_only_before_2024_08_02()
    {
        var f = TimeClock.With("period.start", "2024-01-01").Expect("US-IL-BIPA-15b", Outcome.Violated, reason: "signed only electronically");
        Assert.Contains("at most one recovery", f.Penalty);
        Assert.Contains(FactPaths.Consent.ElectronicSignature, f.DecidingFacts);
    }

    [Fact]
    public void Art15b_is_satisfied_by_a_paper_release_before_2024_08_02() =>
        TimeClock.With("period.start", "2024-01-01").With("consent.written", true).Expect("US-IL-BIPA-15b", Outcome.Satisfied);

    [Fact]
    public void Art15b_is_violated_when_no_release_was_received() =>
        TimeClock.Patch("{ " + TestActivity.NoConsent + " }").Expect("US-IL-BIPA-15b", Outcome.Violated, reason: "no release was received");

    [Fact]
    public void Art15b_is_violated_when_the_release_was_neither_written_nor_electronic() =>
        TimeClock.With("consent.electronicSignature", false).Expect("US-IL-BIPA-15b", Outcome.Violated, reason: "neither written nor signed electronically");

    [Fact]
    public void Art15b_is_violated_when_the_notice_was_not_in_writing() =>
        TimeClock.With("usBiometric.noticeInWriting", false).Expect("US-IL-BIPA-15b", Outcome.Violated, reason: "not in writing");

    [Fact]
    public void Art15b_is_violated_when_the_notice_omits_the_length_of_term() =>
        TimeClock.With("notice.elements", new[] { "Purpose", "DataCategories" }).Expect("US-IL-BIPA-15b", Outcome.Violated, reason: "length of term");

    [Fact]
    public void Art15b_is_violated_when_no_notice_is_given() =>
        TimeClock.With("notice.given", false).With("notice.beforeProcessing", null).With("notice.elements", null).Expect("US-IL-BIPA-15b", Outcome.Violated, reason: "not informed before the collection");

    [Fact]
    public void Art15b_is_undetermined_when_the_form_of_the_release_is_unknown() =>
        TimeClock.With("consent.written", null).With("consent.electronicSignature", null)
            .Expect("US-IL-BIPA-15b", Outcome.Undetermined, missing: "$.consent.written, $.consent.electronicSignature");

    [Fact]
    public void Art15b_is_undetermined_before_2024_08_02_when_only_the_paper_form_is_unknown() =>
        TimeClock.With("period.start", "2024-01-01").With("consent.written", null).Expect("US-IL-BIPA-15b", Outcome.Undetermined, missing: "$.consent.written");

    [Fact]
    public void Art15b_is_undetermined_when_it_is_unknown_whether_the_notice_was_written() =>
        TimeClock.With("usBiometric.noticeInWriting", null).Expect("US-IL-BIPA-15b", Outcome.Undetermined, missing: "$.usBiometric.noticeInWriting");

    [Fact]
    public void Art15b_is_not_in_force_before_2008_10_03()
    {
        var f = TimeClock.With("period.start", "2007-01-01").With("period.end", "2008-10-02").Finding("US-IL-BIPA-15b");
        Assert.Equal(Outcome.NotInForce, f.Outcome);
        Assert.Contains("in force from 2008-10-03", f.Reason);
    }

    [Fact]
    public void Art15b_is_in_force_on_2008_10_03_in_Chicago()
    {
        // 2008-10-03T04:59:59Z is still 2008-10-02 in Chicago (UTC-5 in October).
        Assert.Equal(Outcome.NotInForce, TimeClock.With("period.start", "2008-01-01").With("period.end", "2008-10-03T04:59:59Z").Finding("US-IL-BIPA-15b").Outcome);
        Assert.Equal(Outcome.Violated, TimeClock.With("period.start", "2008-01-01").With("period.end", "2008-10-03T05:00:00Z").Finding("US-IL-BIPA-15b").Outcome);
    }

    // 15(c): no selling, leasing, trading or otherwise profiting.
    [Fact]
    public void Art15c_is_satisfied_for_the_time_clock() =>
        TimeClock.Expect("US-IL-BIPA-15c", Outcome.Satisfied);

    [Fact]
    public void Art15c_is_violated_when_sold() =>
        TimeClock.With("sharing.sold", true).Expect("US-IL-BIPA-15c", Outcome.Violated, reason: "sold, leased or traded");

    [Fact]
    public void Art15c_is_violated_when_otherwise_profited_from() =>
        TimeClock.With("usBiometric.profitFromData", true).Expect("US-IL-BIPA-15c", Outcome.Violated, reason: "otherwise profits");

    [Fact]
    public void Art15c_is_satisfied_when_nothing_is_shared_and_sold_is_not_stated() =>
        TimeClock.With("sharing.sharedWithThirdParties", false).With("sharing.sold", null).With("sharing.consentForSharing", null)
            .Expect("US-IL-BIPA-15c", Outcome.Satisfied);

    [Fact]
    public void Art15c_is_undetermined_when_profit_is_unknown() =>
        TimeClock.With("usBiometric.profitFromData", null).Expect("US-IL-BIPA-15c", Outcome.Undetermined, missing: "$.usBiometric.profitFromData");

    // 15(d): disclosure only with consent or on a listed ground.
    [Fact]
    public void Art15d_is_satisfied_for_the_time_clock_whose_vendor_disclosure_was_consented_to() =>
        TimeClock.Expect("US-IL-BIPA-15d", Outcome.Satisfied);

    [Fact]
    public void Art15d_is_violated_when_disclosed_without_consent_or_ground()
    {
        var f = TimeClock.With("sharing.consentForSharing", false).Expect("US-IL-BIPA-15d", Outcome.Violated, reason: "without the subject's consent");
        Assert.Contains("14/20(c)", f.Penalty);
    }

    [Fact]
    public void Art15d_is_satisfied_without_consent_on_a_subpoena() =>
        TimeClock.With("sharing.consentForSharing", false).With("usBiometric.disclosureGrounds", new[] { "Subpoena" }).Expect("US-IL-BIPA-15d", Outcome.Satisfied);

    [Fact]
    public void Art15d_is_violated_on_a_ground_only_Texas_accepts() =>
        TimeClock.With("sharing.consentForSharing", false).With("usBiometric.disclosureGrounds", new[] { "PermittedByStatute" })
            .Expect("US-IL-BIPA-15d", Outcome.Violated, reason: "not only on the grounds");

    [Fact]
    public void Art15d_does_not_apply_when_nothing_is_disclosed() =>
        TimeClock.With("sharing.sharedWithThirdParties", false).With("sharing.consentForSharing", null).Expect("US-IL-BIPA-15d", Outcome.NotApplicable);

    [Fact]
    public void Art15d_is_undetermined_when_consent_and_grounds_are_unknown() =>
        TimeClock.With("sharing.consentForSharing", null).With("usBiometric.disclosureGrounds", null)
            .Expect("US-IL-BIPA-15d", Outcome.Undetermined, missing: "$.sharing.consentForSharing, $.usBiometric.disclosureGrounds");

    // 15(e): the reasonable standard of care.
    [Fact]
    public void Art15e_is_satisfied_for_the_time_clock() =>
        TimeClock.Expect("US-IL-BIPA-15e", Outcome.Satisfied);

    [Fact]
    public void Art15e_is_violated_when_protected_less_than_other_confidential_data() =>
        TimeClock.With("usBiometric.protectedAsOtherConfidentialData", false).Expect("US-IL-BIPA-15e", Outcome.Violated, reason: "less well");

    [Fact]
    public void Art15e_is_violated_without_reasonable_care() =>
        TimeClock.With("usBiometric.reasonableCare", false).Expect("US-IL-BIPA-15e", Outcome.Violated, reason: "reasonable care");

    [Fact]
    public void Art15e_is_undetermined_when_the_care_is_not_stated() =>
        TimeClock.With("usBiometric.reasonableCare", null).With("usBiometric.protectedAsOtherConfidentialData", null)
            .Expect("US-IL-BIPA-15e", Outcome.Undetermined, missing: "$.usBiometric.reasonableCare, $.usBiometric.protectedAsOtherConfidentialData");

    [Fact]
    public void The_rules_are_dated_and_cite_the_penalty_of_section_20()
    {
        foreach (var rule in BipaRules.All)
        {
            Assert.Equal(new NodaTime.LocalDate(2008, 10, 3), rule.EffectiveFrom);
            Assert.StartsWith("740 ILCS 14/20(a)", rule.Penalty);
            Assert.Contains("USD 5,000", rule.Penalty);
        }
    }

    [Fact]
    public void Chinese_activities_get_no_BIPA_rule() =>
        Assert.Null(TestActivity.Office.Assess().Find("US-IL-BIPA-15b"));
}
