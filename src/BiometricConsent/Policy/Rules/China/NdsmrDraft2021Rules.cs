using System.Collections.Generic;
using BiometricConsent.Policy.Model;

namespace BiometricConsent.Policy.Rules.China
{
    /// <summary>
    /// The 2021-11-14 draft for comment of the Regulations on Network Data Security Management (obligations.md §5.1).
    /// Never in force: the engine reports its rules as <see cref="Outcome.NotInForce"/> for every activity. They are
    /// kept, with real evaluations, for what-if comparisons with the final text (<see cref="NdsmrRules"/>).
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

        /// <summary>CN-NDSMR-D2021-21: separate, unforced, unbundled consent for biometric information (article number [R]).</summary>
        public static Rule Art21 { get; } = new Rule(
            "CN-NDSMR-D2021-21", Instrument, "Art. 21 (draft)",
            "Biometric information needs separate consent; consent must not be forced on grounds such as improving service, bundled, or asked for again after a refusal.",
            Verification.Recalled, EvaluateArt21,
            checks: ChineseDuties.ConsentBasisChecks + ChineseDuties.SeparateConsentChecks + ChineseDuties.ForcedConsentChecks);

        /// <summary>CN-NDSMR-D2021-25: risk assessment before biometric authentication; biometrics not the sole method.</summary>
        public static Rule Art25 { get; } = new Rule(
            "CN-NDSMR-D2021-25", Instrument, "Art. 25 (draft)",
            "Biometric identity authentication needs a prior risk assessment of necessity and security, and biometrics must not be the only authentication method.",
            Verification.VerifiedSecondary, EvaluateArt25,
            checks: FactSet.Of(FactPaths.Function, FactPaths.Purposes, FactPaths.ImpactAssessment.Done, FactPaths.Necessity.SoleVerificationMethod));

        /// <summary>The rules of this instrument.</summary>
        public static IReadOnlyList<Rule> All { get; } = new[] { Art21, Art25 };

        private static Verdict EvaluateArt21(in RuleContext context) => ChineseDuties.Check(
            ChineseDuties.ConsentGate(context.Activity), context.Activity,
            (ref Checklist c, Activity a) =>
            {
                ChineseDuties.SeparateConsent(ref c, a);
                ChineseDuties.NoForcedConsent(ref c, a, switchForces: false);
            },
            "The consent falls short of draft Art. 21: ",
            "Whether separate, unforced consent was obtained decides this rule.",
            "Separate consent was obtained and not forced.");

        private static Verdict EvaluateArt25(in RuleContext context)
        {
            Activity a = context.Activity;
            Fact verifies = CacFrtRules.IsVerification(a);
            if (verifies.IsFalse)
            {
                return Verdict.NotApplicable("Biometrics are not used to authenticate identity.");
            }

            var c = default(Checklist);
            c.Need(verifies);
            Fact assessed = a.ImpactAssessmentDone();
            Fact sole = a.SoleVerificationMethod();
            c.Breach(verifies.IsTrue && assessed.IsFalse, "no risk assessment of necessity and security was done");
            c.Breach(verifies.IsTrue && sole.IsTrue, "biometrics are the only authentication method");
            c.Need(assessed);
            c.Need(sole);
            return c.Verdict(
                "Biometric authentication falls short of draft Art. 25: ",
                "Whether a risk assessment was done and whether biometrics are the only method decide this rule.",
                "A risk assessment was done and biometrics are not the only authentication method.");
        }
    }
}
