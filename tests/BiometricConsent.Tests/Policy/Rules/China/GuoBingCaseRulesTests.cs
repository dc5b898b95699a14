using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The holdings of Guo Bing v. Hangzhou Safari Park (<see cref="GuoBingCaseRules"/>) against the compliant mall and variations of it.</summary>
public class GuoBingCaseRulesTests
{
    [Fact]
    public void Holding1_4_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-CASE-GB-1.4", Outcome.Satisfied);

    [Fact]
    public void Holding1_4_is_violated_when_changes_entryMethodSwitchedUnilaterally() =>
        Mall.With("changes.entryMethodSwitchedUnilaterally", true).Expect("CN-CASE-GB-1.4", Outcome.Violated, reason: "breach of contract");

    [Fact]
    public void Holding1_4_does_not_apply_when_purposes_Payment() =>
        Mall.With("purposes", new[] { "Payment" }).Expect("CN-CASE-GB-1.4", Outcome.NotApplicable);

    [Fact]
    public void Holding1_4_is_undetermined_when_changes_entryMethodSwitchedUnilaterally_unknown() =>
        Mall.With("changes.entryMethodSwitchedUnilaterally", null).Expect("CN-CASE-GB-1.4", Outcome.Undetermined, missingIncludes: "$.changes.entryMethodSwitchedUnilaterally");

    [Fact]
    public void Holding2_3_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-CASE-GB-2.3", Outcome.Satisfied);

    [Fact]
    public void Holding2_3_is_violated_when_changes_purposeExtendedBeyondOriginal() =>
        Mall.With("changes.purposeExtendedBeyondOriginal", true).Expect("CN-CASE-GB-2.3", Outcome.Violated, reason: "deleted");

    [Fact]
    public void Holding2_3_is_satisfied_when_changes_purposeExtendedBeyondOriginal_and_changes_reconsentObtained() =>
        Mall.With("changes.purposeExtendedBeyondOriginal", true).With("changes.reconsentObtained", true).Expect("CN-CASE-GB-2.3", Outcome.Satisfied);

    [Fact]
    public void Holding2_3_does_not_apply_when_modalities_Fingerprint() =>
        Mall.With("modalities", new[] { "Fingerprint" }).Expect("CN-CASE-GB-2.3", Outcome.NotApplicable);

    [Fact]
    public void Holding2_3_is_undetermined_when_changes_unknown() =>
        Mall.With("changes", null).Expect("CN-CASE-GB-2.3", Outcome.Undetermined, missingIncludes: "$.changes.purposeExtendedBeyondOriginal");

    [Fact]
    public void Holding2_4_is_violated_when_modalities_Face_and_Fingerprint_and_changes_entryMethodSwitchedUnilaterally() =>
        Mall.With("modalities", new[] { "Face", "Fingerprint" }).With("changes.entryMethodSwitchedUnilaterally", true).Expect("CN-CASE-GB-2.4", Outcome.Violated, reason: "must be deleted");

    [Fact]
    public void Holding2_4_does_not_apply_when_modalities_Face_and_Fingerprint() =>
        Mall.With("modalities", new[] { "Face", "Fingerprint" }).Expect("CN-CASE-GB-2.4", Outcome.NotApplicable, reason: "still performed");

    [Fact]
    public void Holding2_4_does_not_apply_when_changes_entryMethodSwitchedUnilaterally() =>
        Mall.With("changes.entryMethodSwitchedUnilaterally", true).Expect("CN-CASE-GB-2.4", Outcome.NotApplicable, reason: "other than faces");

    [Fact]
    public void Holding2_4_is_undetermined_when_modalities_Face_and_Fingerprint_and_changes_entryMethodSwitchedUnilaterally_unknown() =>
        Mall.With("modalities", new[] { "Face", "Fingerprint" }).With("changes.entryMethodSwitchedUnilaterally", null).Expect("CN-CASE-GB-2.4", Outcome.Undetermined, missingIncludes: "$.changes.entryMethodSwitchedUnilaterally");

    [Fact]
    public void Case_law_has_no_effective_interval_and_applies_to_2019_facts()
    {
        var f = Mall.With("period.start", "2019-04-27").With("period.end", "2019-10-28")
            .With("changes.entryMethodSwitchedUnilaterally", true).Finding("CN-CASE-GB-1.4");
        Assert.Equal(Outcome.Violated, f.Outcome);
        Assert.Null(f.Rule.EffectiveFrom);
        Assert.Equal(InstrumentStatus.CaseLaw, f.Rule.Instrument.Status);

        // Case law, not a nationwide duty: the court, the date and the remedy are in the holding, and no penalty.
        Assert.StartsWith("Case law — Fuyang District People's Court, 2020-11-20", f.Rule.Statement);
        Assert.Contains("CNY 1,038", f.Rule.Statement);
        Assert.Null(f.Rule.Penalty);
    }

    [Fact]
    public void Holding1_3_is_violated_when_not_necessary_and_no_alternative_offered() =>
        Mall.With("necessity.alternativeOffered", false).Expect("CN-CASE-GB-1.3", Outcome.Violated, reason: "beyond necessity");

    [Fact]
    public void Holding1_3_is_satisfied_for_the_compliant_mall() =>
        Mall.Expect("CN-CASE-GB-1.3", Outcome.Satisfied);

    [Fact]
    public void Holding1_3_does_not_apply_when_modalities_Fingerprint() =>
        Mall.With("modalities", new[] { "Fingerprint" }).Expect("CN-CASE-GB-1.3", Outcome.NotApplicable);

    [Fact]
    public void Holding1_3_is_undetermined_when_necessity_unknown() =>
        Mall.With("necessity.necessaryForService", null).With("necessity.alternativeOffered", null).Expect("CN-CASE-GB-1.3", Outcome.Undetermined, missingIncludes: "$.necessity.necessaryForService");
}
