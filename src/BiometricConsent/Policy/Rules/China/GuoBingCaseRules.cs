using System.Collections.Generic;
using BiometricConsent.Policy.Model;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Holdings of Guo Bing v. Hangzhou Safari Park (Fuyang District People's Court, 2020-11-20; Hangzhou
/// Intermediate People's Court, 2021-04-09, final) — China's first facial-recognition lawsuit. Each rule's
/// statement, checked facts and gaps are listed in docs/rules-catalog.md.
/// </summary>
/// <remarks>
/// Case law has no effective interval: the holdings apply the contract and personality-rights law that already
/// governed the 2019 facts, so they are assessed for any period. PRC judgments are not binding precedent; a
/// <c>Violated</c> finding means the facts match conduct these courts held unlawful, not a nationwide duty. Each
/// statement names the court, the date and the holding; the remedies the courts gave the plaintiff (damages of
/// CNY 1,038, deletion orders) are part of the holding, not a penalty, so the rules carry no penalty. Scoped to
/// <c>CN</c>: the case is a Zhejiang judgment but is cited nationally.
/// </remarks>
public static class GuoBingCaseRules
{
    /// <summary>The instrument (the judgments).</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-CASE-GB",
        name: "Guo Bing v. Hangzhou Safari Park (Fuyang District People's Court (2019)浙0111民初6971号, 2020-11-20; Hangzhou Intermediate People's Court, 2021-04-09)",
        shortName: "Guo Bing",
        chineseTitle: "郭兵与杭州野生动物世界有限公司服务合同纠纷",
        scope: Jurisdiction.China,
        status: InstrumentStatus.CaseLaw,
        channel: EnforcementChannel.CaseLaw);

    /// <summary>CN-CASE-GB-1.4.</summary>
    public static Rule Holding1Item4 { get; } = new Rule(
        "CN-CASE-GB-1.4",
        Instrument,
        "Fuyang District Court (2019)浙0111民初6971号, holding 4",
        "Case law — Fuyang District People's Court, 2020-11-20 (first instance), held that the park's unilateral change of the agreed entry method to facial recognition breached the contract, and awarded the plaintiff CNY 1,038 for the lost contract interest and travel costs.",
        Verification.VerifiedSecondary,
        (in RuleContext c) => c.ServesPurpose(Purpose.AccessControl).IsFalse
            ? Verdict.NotApplicable("The holding concerns entry methods; recognition is not used for access control.")
            : Checklist.Start.Forbids(c.EntryMethodSwitchedUnilaterally(), "The processor switched the agreed entry method to recognition unilaterally: a breach of contract, as in Guo Bing")
            .Verdict(
                violated: "",
                undetermined: "Whether the agreed entry method was switched unilaterally decides this holding.",
                satisfied: "The agreed entry method was not switched unilaterally."),
        checks: FactSet.Of(FactPaths.Purposes, FactPaths.Changes.EntryMethodSwitchedUnilaterally),
        notModelled: "whether an entry method was agreed: access control by recognition is taken to replace one");

    /// <summary>CN-CASE-GB-2.3.</summary>
    public static Rule Holding2Item3 { get; } = new Rule(
        "CN-CASE-GB-2.3",
        Instrument,
        "Hangzhou Intermediate Court, 2021-04-09, holding 3",
        "Case law — Hangzhou Intermediate People's Court, 2021-04-09 (final), held that using collected facial information beyond the original purpose without fresh consent threatens the person's facial personality interests, and affirmed the order to delete it, photos included.",
        Verification.VerifiedSecondary,
        EvaluateHolding2Item3,
        checks: ChineseDuties.PurposeChangeChecks.With(FactPaths.Modalities),
        notModelled: null);

    /// <summary>CN-CASE-GB-2.4.</summary>
    public static Rule Holding2Item4 { get; } = new Rule(
        "CN-CASE-GB-2.4",
        Instrument,
        "Hangzhou Intermediate Court, 2021-04-09, holding 4",
        "Case law — Hangzhou Intermediate People's Court, 2021-04-09 (final), held that once the agreed biometric service is no longer performed (the fingerprint entry was dropped), the other biometric information collected for it (fingerprints) must be deleted too, and added that order.",
        Verification.VerifiedSecondary,
        EvaluateHolding2Item4,
        checks: FactSet.Of(FactPaths.Modalities, FactPaths.Changes.EntryMethodSwitchedUnilaterally),
        notModelled: "whether the other biometric information was collected for the dropped method: any non-facial modality held is taken to be");

    /// <summary>CN-CASE-GB-1.3.</summary>
    public static Rule Holding1Item3 { get; } = new Rule(
        "CN-CASE-GB-1.3",
        Instrument,
        "Fuyang District Court (2019)浙0111民初6971号, holding 3",
        "Case law — Fuyang District People's Court, 2020-11-20 (first instance), held that collecting photos (facial information) when the entry service did not need them went beyond what was necessary, and ordered them deleted.",
        Verification.VerifiedSecondary,
        (in RuleContext c) => Checklist.Start
            .AndUnless(c.Uses(Modality.Face) ? null : Verdict.NotApplicable("The holding concerns facial information; the activity processes none."))
            .Necessity(c)
            .Verdict(
                violated: "Facial information is collected beyond necessity, as the Fuyang court held in Guo Bing: ",
                undetermined: "Whether recognition is necessary for the service, or an alternative is offered, decides this holding.",
                satisfied: "Facial information is collected only as the service needs it, or as an opt-in beside an offered alternative."),
        checks: ChineseDuties.NecessityChecks.With(FactPaths.Modalities),
        notModelled: "which items were collected (photos beside fingerprints): the necessity of recognition for the service stands for the necessity of each item");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Holding1Item3, Holding1Item4, Holding2Item3, Holding2Item4 };

    private static Verdict EvaluateHolding2Item3(in RuleContext a) =>
        Checklist.Start
            .AndUnless(a.Uses(Modality.Face) ? null : Verdict.NotApplicable("The holding concerns facial information; the activity processes none."))
            .WithinConsentedPurpose(a, violated: "Collected facial information is used beyond the original purpose without fresh consent; as in Guo Bing, it must be deleted.")
            .Verdict(
                violated: "",
                undetermined: "Whether facial information is used beyond the original purpose without fresh consent decides this holding.",
                satisfied: a.PurposeExtendedBeyondOriginal().IsFalse ? "Facial information is used only for the original purpose." : "The purpose was extended with fresh consent.");

    private static Verdict EvaluateHolding2Item4(in RuleContext a)
    {
        var switched = a.EntryMethodSwitchedUnilaterally();
        if (switched.IsFalse)
        {
            return Verdict.NotApplicable("The agreed biometric service is still performed (no entry method was switched).");
        }

        var otherBiometrics = a.Uses(Modality.Fingerprint) || a.Uses(Modality.Iris) || a.Uses(Modality.Voice) || a.Uses(Modality.Gait);
        if (!otherBiometrics)
        {
            return Verdict.NotApplicable("No biometric information other than faces is held, so none is left over from a dropped service.");
        }

        return switched.IsTrue
            ? Verdict.Violated("The entry service the non-facial biometrics were collected for is no longer performed; as in Guo Bing, they must be deleted.", switched, new Fact(true, FactPaths.Modalities))
            : Verdict.Undetermined("Whether the agreed entry method was dropped decides this holding.", switched);
    }
}
