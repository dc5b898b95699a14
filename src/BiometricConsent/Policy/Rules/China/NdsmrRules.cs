using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China
{
    /// <summary>
    /// Regulations on Network Data Security Management (State Council Order No. 790, effective 2025-01-01), the
    /// articles on personal information that bear on facial information (obligations.md §5.2). Violations of
    /// Art. 22 are punished under Art. 55; the others under the laws the Regulations implement.
    /// </summary>
    public static class NdsmrRules
    {
        /// <summary>The penalty of Art. 55, which covers violations of Art. 22.</summary>
        public const string Art55Penalty =
            "NDSMR Art. 55: order to correct, warning, confiscation of illegal gains; if correction is refused or the circumstances are serious, " +
            "a fine of up to CNY 1 million, suspension of the related business or revocation of licences; responsible persons CNY 10,000–100,000";

        /// <summary>The penalty route of the articles Art. 55 does not list.</summary>
        public const string OtherPenalty = "Not listed in NDSMR Art. 55; punished under the laws the Regulations implement — for personal information PIPL Art. 66 [R]";

        private static readonly NoticeElement[] Art21Elements =
        {
            NoticeElement.ProcessorIdentity, NoticeElement.Purpose, NoticeElement.Method, NoticeElement.DataCategories,
            NoticeElement.Necessity, NoticeElement.Impact, NoticeElement.Retention, NoticeElement.RightsExercise,
        };

        /// <summary>The instrument.</summary>
        public static Instrument Instrument { get; } = new Instrument(
            id: "CN-NDSMR",
            name: "Regulations on Network Data Security Management",
            shortName: "NDSMR",
            chineseTitle: "网络数据安全管理条例",
            scope: Jurisdiction.China,
            status: InstrumentStatus.InForce,
            channel: EnforcementChannel.Administrative,
            effectiveFrom: new LocalDate(2025, 1, 1),
            temporalNote: "Art. 64: effective 2025-01-01");

        /// <summary>CN-NDSMR-21: the processing rules state identity, purposes, necessity and impact, retention and rights.</summary>
        public static Rule Art21 { get; } = new Rule(
            "CN-NDSMR-21", Instrument, "Art. 21",
            "Personal-information processing rules must be prominent and state the processor's identity, purposes, methods, categories, the necessity and impact of sensitive information, the retention period, and how to exercise rights.",
            Verification.VerifiedPrimary, EvaluateArt21, checks: ChineseDuties.NoticeContentChecks, penalty: OtherPenalty);

        /// <summary>CN-NDSMR-22.1: collect only what the service needs; no misleading, fraud or coercion to obtain consent.</summary>
        public static Rule Art22Para1Item1 { get; } = new Rule(
            "CN-NDSMR-22.1", Instrument, "Art. 22 ¶1(1)",
            "Consent-based collection must be necessary for the product or service, and consent must not be obtained by misleading, fraud or coercion.",
            Verification.VerifiedPrimary, EvaluateArt22Para1Item1, checks: ChineseDuties.ConsentBasisChecks + ChineseDuties.NecessityChecks + ChineseDuties.ForcedConsentChecks, penalty: Art55Penalty);

        /// <summary>CN-NDSMR-22.2: biometric information needs separate consent.</summary>
        public static Rule Art22Para1Item2 { get; } = new Rule(
            "CN-NDSMR-22.2", Instrument, "Art. 22 ¶1(2)",
            "Biometric and other sensitive personal information needs the individual's separate consent.",
            Verification.VerifiedPrimary, (in RuleContext c) => ChineseDuties.SeparateConsentRule(c.Activity), checks: ChineseDuties.ConsentBasisChecks + ChineseDuties.SeparateConsentChecks, penalty: Art55Penalty);

        /// <summary>CN-NDSMR-22.3: minors under 14 need a parent's or guardian's consent.</summary>
        public static Rule Art22Para1Item3 { get; } = new Rule(
            "CN-NDSMR-22.3", Instrument, "Art. 22 ¶1(3)",
            "Personal information of minors under 14 needs the consent of a parent or guardian.",
            Verification.VerifiedPrimary, (in RuleContext c) => ChineseDuties.GuardianConsent(c.Activity), checks: ChineseDuties.GuardianConsentChecks, penalty: Art55Penalty);

        /// <summary>CN-NDSMR-22.4: stay within the consented purpose; fresh consent on change.</summary>
        public static Rule Art22Para1Items4To6 { get; } = new Rule(
            "CN-NDSMR-22.4", Instrument, "Art. 22 ¶1(4)–(6), ¶2",
            "Processing must stay within the consented purpose, method, categories and retention, without frequent re-asking after a refusal, and needs fresh consent when they change.",
            Verification.VerifiedPrimary, EvaluateArt22Para1Items4To6, checks: ChineseDuties.ConsentBasisChecks + ChineseDuties.PurposeChangeChecks, penalty: Art55Penalty);

        /// <summary>CN-NDSMR-24: delete or anonymise information collected unavoidably or without lawful consent.</summary>
        public static Rule Art24 { get; } = new Rule(
            "CN-NDSMR-24", Instrument, "Art. 24",
            "Personal information collected unavoidably though not needed (such as bystanders captured by cameras) or without lawful consent must be deleted or anonymised.",
            Verification.VerifiedPrimary, EvaluateArt24, checks: FactSet.Of(FactPaths.LegalBasis, FactPaths.Consent.Obtained, FactPaths.PublicPlace, FactPaths.Subjects.Kinds, FactPaths.Function, FactPaths.Storage.Retention), penalty: OtherPenalty);

        /// <summary>The rules of this instrument.</summary>
        public static IReadOnlyList<Rule> All { get; } = new[]
        {
            Art21, Art22Para1Item1, Art22Para1Item2, Art22Para1Item3, Art22Para1Items4To6, Art24,
        };

        private static Verdict EvaluateArt21(in RuleContext context)
        {
            Activity a = context.Activity;
            return a.NoticeGiven().IsFalse
                ? Verdict.NotApplicable("No notice is given, so there are no processing rules for Art. 21 to govern (PIPL Art. 17 decides the missing notice).")
                : ChineseDuties.Notice(a, Art21Elements, beforeProcessing: false,
                    "The processing rules state the processor's identity, purposes, methods, categories, necessity and impact, retention period and how to exercise rights.");
        }

        private static Verdict EvaluateArt22Para1Item1(in RuleContext context) => ChineseDuties.Check(
            ChineseDuties.ConsentGate(context.Activity), context.Activity,
            (ref Checklist c, Activity a) =>
            {
                ChineseDuties.Necessity(ref c, a);
                ChineseDuties.NoForcedConsent(ref c, a, switchForces: false);
            },
            "Consent-based collection breaches Art. 22 ¶1(1): ",
            "Whether recognition is necessary (or optional beside an offered alternative) and whether consent is forced decide this rule.",
            "The collection is necessary or optional beside an offered alternative, and consent is not forced.");


        private static Verdict EvaluateArt22Para1Items4To6(in RuleContext context) => ChineseDuties.Check(
            ChineseDuties.ConsentGate(context.Activity), context.Activity, ChineseDuties.WithinConsentedPurpose,
            "Processing goes beyond the consent: ",
            "Whether the purpose was extended beyond the original, and whether fresh consent was obtained, decide this rule.",
            "Processing stays within the purpose consented to, or fresh consent covers the change.");

        private static Verdict EvaluateArt24(in RuleContext context)
        {
            Activity a = context.Activity;
            Fact required = ChineseDuties.ConsentRequired(a);
            Fact obtained = a.ConsentObtained();
            if (required.IsTrue && (a.LegalBasis == LegalBasis.None || obtained.IsFalse))
            {
                return Verdict.Violated("Facial information collected without lawful consent is kept and processed instead of being deleted or anonymised.");
            }

            // Bystanders are captured where the place is public (or the individuals include the public) and recognition
            // scans everyone in view, i.e. anything but one-to-one verification at a terminal.
            Fact open = new Fact(a.PublicPlace == true || a.Subjects?.Includes(SubjectKind.Public) == true ? true : a.PublicPlace, FactPaths.PublicPlace);
            Fact scans = new Fact(a.Function is RecognitionFunction f ? f != RecognitionFunction.Verification : (bool?)null, FactPaths.Function);
            if (open.IsFalse || scans.IsFalse)
            {
                return required.IsUnknown || (required.IsTrue && obtained.IsUnknown)
                    ? Verdict.Undetermined("Whether the information was collected with lawful consent decides this rule.", required, obtained)
                    : Verdict.NotApplicable("The information was collected with consent or on another basis, and no bystanders are captured.");
            }

            if (open.IsUnknown || scans.IsUnknown)
            {
                return Verdict.Undetermined("Whether the cameras capture bystanders (a public place, recognition beyond one-to-one verification) decides this rule.", open, scans);
            }

            if (a.LegalBasis is LegalBasis.StatutoryDuty or LegalBasis.PublicSecurity)
            {
                return Verdict.Satisfied("Bystanders are captured, but a law mandates keeping the footage; Art. 24 then allows storage with security measures only (check that nothing more is done with it).");
            }

            Period? retention = a.Storage?.Retention;
            if (retention is null)
            {
                return Verdict.Undetermined("Bystanders' faces are captured; how long faces are kept decides this rule.", FactPaths.Storage.Retention);
            }

            return retention.Equals(Period.Zero)
                ? Verdict.Satisfied("Faces captured incidentally are not retained (retention P0D).")
                : Verdict.Undetermined(
                    "Bystanders' faces are captured and facial information is kept; whether bystanders' faces are deleted or anonymised at once is not described (describe the activity with retention P0D if faces not needed are discarded at capture).",
                    FactPaths.Storage.Retention);
        }
    }
}
