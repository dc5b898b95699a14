using System.Collections.Generic;
using BiometricConsent.Policy.Model;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// The 2021-11-14 draft for comment of the Regulations on Network Data Security Management. Never in force: the
/// engine reports its rules as <see cref="Outcome.NotInForce"/> for every activity. They are kept, with real
/// evaluations, for what-if comparisons with the final text (<see cref="NdsmrRules"/>).
/// </summary>
public static class NdsmrDraft2021Rules
{
    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-NDSMR-D2021",
        name: "Regulations on Network Data Security Management (draft for comment, 2021-11-14)",
        shortName: "NDSMR 2021 draft",
        chineseTitle: "网络数据安全管理条例（征求意见稿）",
        scope: Jurisdiction.China,
        status: InstrumentStatus.Draft,
        channel: EnforcementChannel.Administrative);

    /// <summary>CN-NDSMR-D2021-21.</summary>
    public static Rule Art21 { get; } = new Rule(
        "CN-NDSMR-D2021-21", Instrument, "Art. 21 (draft)",
        "Biometric information needs separate consent; consent must not be forced on grounds such as improving service, bundled, or asked for again after a refusal.",
        Verification.Recalled,
        (in RuleContext c) => Checklist.Unless(ChineseDuties.ConsentGate(c)).SeparateConsent(c).NoForcedConsent(c, switchForces: false).Verdict(
            violated: "The consent falls short of draft Art. 21: ",
            undetermined: "Whether separate, unforced consent was obtained decides this rule.",
            satisfied: "Separate consent was obtained and not forced."),
        checks: ChineseDuties.ConsentBasisChecks + ChineseDuties.SeparateConsentChecks + ChineseDuties.ForcedConsentChecks,
        notModelled: "asking again after a refusal; bundling is read through separate consent (a bundled consent is not separate)");

    /// <summary>CN-NDSMR-D2021-25.</summary>
    public static Rule Art25 { get; } = new Rule(
        "CN-NDSMR-D2021-25", Instrument, "Art. 25 (draft)",
        "Biometric identity authentication needs a prior risk assessment of necessity and security, and biometrics must not be the only authentication method.",
        Verification.VerifiedSecondary,
        EvaluateArt25,
        checks: FactSet.Of(FactPaths.Function, FactPaths.Purposes, FactPaths.ImpactAssessment.Done, FactPaths.Necessity.SoleVerificationMethod),
        notModelled: "the assessment's timing and contents: a done impact assessment counts as the risk assessment");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art21, Art25 };

    private static Verdict EvaluateArt25(in RuleContext a)
    {
        var verifies = CacFrtRules.IsVerification(a);
        return Checklist.Start
            .AppliesWhen(verifies, "Biometrics are not used to authenticate identity.")
            .Breach(verifies.IsTrue && a.ImpactAssessmentDone().IsFalse, "no risk assessment of necessity and security was done", a.ImpactAssessmentDone())
            .Breach(verifies.IsTrue && a.SoleVerificationMethod().IsTrue, "biometrics are the only authentication method", a.SoleVerificationMethod())
            .Needs(a.ImpactAssessmentDone())
            .Needs(a.SoleVerificationMethod())
            .Verdict(
                violated: "Biometric authentication falls short of draft Art. 25: ",
                undetermined: "Whether a risk assessment was done and whether biometrics are the only method decide this rule.",
                satisfied: "A risk assessment was done and biometrics are not the only authentication method.");
    }
}
