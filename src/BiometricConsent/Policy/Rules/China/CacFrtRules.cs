using System.Collections.Generic;
using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China
{
    /// <summary>
    /// Measures for the Security Management of the Application of Facial Recognition Technology (CAC and MPS Order
    /// No. 19, effective 2025-06-01) (obligations.md §4). They bind processors applying facial recognition — technology
    /// recognising a person's <em>identity</em> from facial information — in the PRC, except for research and
    /// algorithm training (Art. 2 ¶2). The Measures set no fines of their own; violations are punished under the PIPL.
    /// </summary>
    public static class CacFrtRules
    {
        /// <summary>The penalty route of every rule of the Measures: PIPL Art. 66 [R].</summary>
        public const string Penalty = "Via PIPL Art. 66 [R] (the Measures set no fines of their own): " + PiplRules.Art66Exposure;

        /// <summary>The number of persons whose stored facial information obliges a processor to file with the CAC (Art. 15).</summary>
        public const long FilingThreshold = 100_000;

        /// <summary>The working days within which the filing is due once the threshold is reached (Art. 15).</summary>
        public const int FilingWorkingDays = 30;

        private static readonly NoticeElement[] Art5Elements =
        {
            NoticeElement.ProcessorIdentity, NoticeElement.Purpose, NoticeElement.Method, NoticeElement.Retention,
            NoticeElement.Necessity, NoticeElement.Impact, NoticeElement.RightsExercise,
        };

        /// <summary>What the scope gate of every rule reads: identity recognition, and purposes beyond research and training.</summary>
        private static readonly FactSet ScopeChecks = FactSet.Of(FactPaths.Function, FactPaths.Purposes);

        /// <summary>The instrument.</summary>
        public static Instrument Instrument { get; } = new Instrument(
            id: "CN-CAC-FRT",
            name: "Measures for the Security Management of the Application of Facial Recognition Technology",
            shortName: "CAC FRT Measures",
            chineseTitle: "人脸识别技术应用安全管理办法",
            scope: Jurisdiction.China,
            status: InstrumentStatus.InForce,
            channel: EnforcementChannel.Administrative,
            effectiveFrom: new LocalDate(2025, 6, 1),
            penalty: Penalty,
            temporalNote: "Art. 20: effective 2025-06-01");

        /// <summary>CN-CAC-FRT-4: specific purpose, sufficient necessity, least-impact method, strict protection.</summary>
        public static Rule Art4 { get; } = Define("4", "Art. 4",
            "Facial recognition needs a specific purpose and sufficient necessity, the method with the least impact on individuals, and strict protective measures.",
            ScopeChecks + ChineseDuties.NecessityChecks + ChineseDuties.LeastImpactChecks + ChineseDuties.EncryptionChecks,
            EvaluateArt4);

        /// <summary>CN-CAC-FRT-5: notice before processing, including retention, necessity and impact.</summary>
        public static Rule Art5 { get; } = Define("5", "Art. 5",
            "Before processing, individuals must be told the processor's identity, the purpose, method and retention period, the necessity and impact, and how to exercise their rights.",
            ScopeChecks + ChineseDuties.PriorNoticeChecks,
            EvaluateArt5);

        /// <summary>CN-CAC-FRT-6: separate, informed, explicit consent with a convenient withdrawal channel.</summary>
        public static Rule Art6 { get; } = Define("6", "Art. 6",
            "Consent-based facial recognition needs the individual's separate, voluntary and explicit consent on a fully informed basis, and a convenient way to withdraw it.",
            ScopeChecks + ChineseDuties.ConsentBasisChecks + ChineseDuties.SeparateConsentChecks + FactSet.Of(FactPaths.Consent.Explicit, FactPaths.Notice.Given, FactPaths.Consent.WithdrawalChannel),
            EvaluateArt6);

        /// <summary>CN-CAC-FRT-7: minors under 14 need a parent's or guardian's consent.</summary>
        public static Rule Art7 { get; } = Define("7", "Art. 7",
            "Facial information of minors under 14 needs the consent of a parent or guardian.",
            ScopeChecks + ChineseDuties.GuardianConsentChecks,
            EvaluateArt7);

        /// <summary>CN-CAC-FRT-8.1: store facial information in the device; no transmission over the internet.</summary>
        public static Rule Art8Storage { get; } = Define("8.1", "Art. 8",
            "Facial information must be stored in the recognition device and not transmitted externally over the internet, unless a law provides otherwise or the individual separately consents.",
            ScopeChecks.With(FactPaths.Storage.OnDeviceOnly, FactPaths.Storage.TransmittedOverInternet, FactPaths.LegalBasis, FactPaths.Consent.Separate),
            EvaluateArt8Storage);

        /// <summary>CN-CAC-FRT-8.2: keep facial information no longer than necessary.</summary>
        public static Rule Art8Retention { get; } = Define("8.2", "Art. 8",
            "Facial information must be kept no longer than the shortest time necessary for the purpose.",
            ScopeChecks + ChineseDuties.PurposeChangeChecks + FactSet.Of(FactPaths.Storage.Retention),
            EvaluateArt8Retention);

        /// <summary>CN-CAC-FRT-9: an impact assessment before processing.</summary>
        public static Rule Art9 { get; } = Define("9", "Art. 9",
            "Before applying facial recognition the processor must carry out a personal-information protection impact assessment, keep it at least 3 years, and repeat it when the purpose or method changes.",
            ScopeChecks + ChineseDuties.PriorImpactAssessmentChecks,
            (in RuleContext c) => Gate(c.Activity) ?? ChineseDuties.PriorImpactAssessment(c.Activity, c.From));

        /// <summary>CN-CAC-FRT-10: recognition is not the sole verification method where other methods exist.</summary>
        public static Rule Art10 { get; } = Define("10", "Art. 10",
            "Where a non-facial method achieves the same purpose, facial recognition must not be the only verification method, and individuals who decline it get a reasonable, convenient alternative.",
            ScopeChecks.With(FactPaths.Necessity.NonBiometricAlternativeExists, FactPaths.Necessity.AlternativeOffered, FactPaths.Necessity.SoleVerificationMethod),
            EvaluateArt10);

        /// <summary>CN-CAC-FRT-12: no misleading, defrauding or coercing individuals into facial verification.</summary>
        public static Rule Art12 { get; } = Define("12", "Art. 12",
            "No one may mislead, defraud or coerce individuals into facial identity verification on grounds such as handling business or improving service.",
            ScopeChecks + ChineseDuties.ForcedConsentChecks + FactSet.Of(FactPaths.Changes.EntryMethodSwitchedUnilaterally),
            EvaluateArt12);

        /// <summary>CN-CAC-FRT-13.1: recognition equipment in public places only for public security, with signs.</summary>
        public static Rule Art13PublicPlaces { get; } = Define("13.1", "Art. 13",
            "Facial recognition equipment in public places must be necessary for public security, with a reasonably delimited collection area and conspicuous signs.",
            ScopeChecks + ChineseDuties.PublicPlaceEquipmentChecks,
            EvaluateArt13PublicPlaces);

        /// <summary>CN-CAC-FRT-13.2: no recognition equipment in hotel rooms, bathhouses, changing rooms or toilets.</summary>
        public static Rule Art13PrivateSpaces { get; } = Define("13.2", "Art. 13",
            "No one may install facial recognition equipment inside hotel guest rooms, public bathhouses, changing rooms, toilets or other private spaces in public places; consent does not cure it.",
            ScopeChecks.With(FactPaths.Venue),
            EvaluateArt13PrivateSpaces,
            mentions: FactSet.Of(FactPaths.Consent.Obtained));

        /// <summary>CN-CAC-FRT-14: encryption, audit, access control and intrusion defence.</summary>
        public static Rule Art14 { get; } = Define("14", "Art. 14",
            "Facial recognition systems need data encryption, security audit, access control, authorisation management, and intrusion detection and defence.",
            ScopeChecks + ChineseDuties.EncryptionChecks,
            EvaluateArt14);

        /// <summary>CN-CAC-FRT-15.1: file with the provincial CAC within 30 working days of storing 100,000 persons' facial information.</summary>
        public static Rule Art15Filing { get; } = Define("15.1", "Art. 15",
            "A processor storing the facial information of 100,000 persons or more must file with the provincial-level CAC within 30 working days of reaching that number.",
            ScopeChecks.With(FactPaths.Filing.ThresholdReachedOn, FactPaths.Filing.FiledOn, FactPaths.Subjects.StoredPersons, FactPaths.Period.Self),
            EvaluateArt15Filing);

        /// <summary>The rules of this instrument.</summary>
        public static IReadOnlyList<Rule> All { get; } = new[]
        {
            Art4, Art5, Art6, Art7, Art8Storage, Art8Retention, Art9, Art10, Art12, Art13PublicPlaces, Art13PrivateSpaces, Art14, Art15Filing,
        };

        private static Rule Define(string number, string article, string statement, FactSet checks, RuleEvaluator evaluate, FactSet? mentions = null) =>
            new Rule("CN-CAC-FRT-" + number, Instrument, article, statement, Verification.VerifiedSecondary, evaluate, checks: checks, mentions: mentions);

        private static Verdict EvaluateArt4(in RuleContext context) => ChineseDuties.Check(
            Gate(context.Activity), context.Activity,
            (ref Checklist c, Activity a) =>
            {
                c.NeedValue(a.Purposes is null, FactPaths.Purposes);
                ChineseDuties.Necessity(ref c, a);
                ChineseDuties.LeastImpact(ref c, a);
                ChineseDuties.Encrypted(ref c, a);
            },
            "Facial recognition is applied without the justification Art. 4 demands: ",
            "The purposes, whether recognition is necessary, whether a less intrusive method exists and is offered, and encryption decide this rule.",
            "Recognition serves stated purposes, is necessary or optional beside an offered alternative, and the information is encrypted.");

        private static Verdict EvaluateArt5(in RuleContext context) =>
            Gate(context.Activity) ?? ChineseDuties.Notice(context.Activity, Art5Elements, beforeProcessing: true,
                "Before processing, individuals were told the processor's identity, the purpose, method, retention period, necessity, impact and how to exercise their rights.");

        private static Verdict EvaluateArt6(in RuleContext context)
        {
            Activity a = context.Activity;
            if ((Gate(a) ?? ChineseDuties.ConsentGate(a)) is Verdict gate)
            {
                return gate;
            }

            var c = default(Checklist);
            ChineseDuties.SeparateConsent(ref c, a);
            if (!a.ConsentObtained().IsFalse)
            {
                Fact explicitly = a.ConsentExplicit();
                Fact informed = a.NoticeGiven();
                Fact withdrawal = a.WithdrawalChannel();
                c.Breach(explicitly.IsFalse, "the consent was not explicit");
                c.Breach(informed.IsFalse, "the consent was not informed (no notice was given)");
                c.Breach(withdrawal.IsFalse, "there is no convenient way to withdraw it");
                c.Need(explicitly);
                c.Need(informed);
                c.Need(withdrawal);
            }

            return c.Verdict(
                "The consent falls short of Art. 6: ",
                "Whether separate, explicit, informed consent was obtained and can be withdrawn conveniently decides this rule.",
                "Separate, explicit and informed consent was obtained, and it can be withdrawn conveniently.");
        }

        private static Verdict EvaluateArt7(in RuleContext context)
        {
            Activity a = context.Activity;
            if (a.IncludesMinorsUnder14().IsFalse)
            {
                return Verdict.NotApplicable("No minors under 14 are among the individuals.");
            }

            return Gate(a) ?? ChineseDuties.GuardianConsent(a);
        }

        private static Verdict EvaluateArt8Storage(in RuleContext context)
        {
            Activity a = context.Activity;
            if (Gate(a) is Verdict gate)
            {
                return gate;
            }

            Fact onDevice = a.OnDeviceOnly();
            Fact transmitted = a.TransmittedOverInternet();
            if (onDevice.IsTrue)
            {
                return Verdict.Satisfied("The facial information stays in the recognition device.");
            }

            if (onDevice.IsUnknown && !transmitted.IsTrue)
            {
                return Verdict.Undetermined("Whether the facial information stays in the device or is transmitted over the internet decides this rule.", onDevice, transmitted);
            }

            if (a.LegalBasisIs(LegalBasis.StatutoryDuty).IsTrue)
            {
                return Verdict.Satisfied("The information leaves the device, but the processing performs a statutory duty, whose law is taken to provide otherwise (check that it does).");
            }

            Fact separate = a.ConsentSeparate();
            return separate.IsTrue ? Verdict.Satisfied("The information leaves the device with the individuals' separate consent.")
                : separate.IsFalse ? Verdict.Violated(transmitted.IsTrue
                    ? "The facial information is transmitted over the internet without the individuals' separate consent."
                    : "The facial information is stored outside the recognition device without the individuals' separate consent.")
                : Verdict.Undetermined("The information leaves the device; whether the individuals separately consented decides this rule.", separate);
        }

        private static Verdict EvaluateArt8Retention(in RuleContext context) => ChineseDuties.Check(
            Gate(context.Activity), context.Activity,
            (ref Checklist c, Activity a) =>
            {
                c.NeedValue(a.Storage?.Retention is null, FactPaths.Storage.Retention);
                ChineseDuties.WithinConsentedPurpose(ref c, a);
            },
            "Facial information is kept longer than its purpose needs: ",
            "Whether a retention period is set and whether the information is kept for purposes beyond the original decide this rule.",
            "A retention period is set and the information is not kept for purposes beyond the original (whether the period is the shortest necessary is the processor's judgement).");

        private static Verdict EvaluateArt10(in RuleContext context)
        {
            Activity a = context.Activity;
            Fact verifies = IsVerification(a);
            if (verifies.IsFalse)
            {
                return Verdict.NotApplicable("Recognition is not used to verify identity (no verification function, access control, payment, login or attendance).");
            }

            if (Gate(a) is Verdict gate)
            {
                return gate;
            }

            var c = default(Checklist);
            c.Need(verifies);
            Fact exists = a.NonBiometricAlternativeExists();
            Fact offered = a.AlternativeOffered();
            Fact sole = a.SoleVerificationMethod();
            bool mustOffer = verifies.IsTrue && exists.IsTrue;
            c.Breach(mustOffer && sole.IsTrue, "recognition is the only verification method although a non-facial method could serve");
            c.Breach(mustOffer && !sole.IsTrue && offered.IsFalse, "no alternative is offered to individuals who decline recognition");
            if (!offered.IsTrue)
            {
                c.Need(exists);
                if (!exists.IsFalse)
                {
                    c.Need(offered);
                }
            }

            return c.Verdict(
                "Recognition is forced as the way to verify identity: ",
                "Whether a non-facial method could serve and whether one is offered decide this rule.",
                "A non-facial verification method is offered, or none could serve the purpose.");
        }

        private static Verdict EvaluateArt12(in RuleContext context) => ChineseDuties.Check(
            Gate(context.Activity), context.Activity, (ref Checklist c, Activity a) => ChineseDuties.NoForcedConsent(ref c, a, switchForces: true),
            "Individuals are coerced into facial verification: ",
            "Whether service is refused or made conditional on recognition, whether it is necessary, and whether the entry method was switched unilaterally decide this rule.",
            "Individuals are not pressed into recognition: service does not depend on it unless it is necessary, and no method was switched unilaterally.");

        private static Verdict EvaluateArt13PublicPlaces(in RuleContext context) =>
            // Read with PIPL Art. 26, which Art. 13 implements: purposes beyond public security need separate consent.
            ChineseDuties.PublicPlaceEquipment(context.Activity, Gate(context.Activity), "Facial recognition equipment in a public place breaches Art. 13: ");

        private static Verdict EvaluateArt13PrivateSpaces(in RuleContext context)
        {
            Activity a = context.Activity;
            if (a.Venue is Venue known && !IsPrivateSpace(known))
            {
                return Verdict.NotApplicable("The equipment is not inside a hotel guest room, public bathhouse, changing room or public toilet.");
            }

            if (Gate(a) is Verdict gate)
            {
                return gate;
            }

            if (a.Venue is null)
            {
                return Verdict.Undetermined("Whether the equipment is inside a hotel guest room, public bathhouse, changing room or toilet decides this rule.", FactPaths.Venue);
            }

            return Verdict.Violated(a.ConsentObtained().IsTrue
                ? "Facial recognition equipment is installed inside a private space of a public place (" + a.Venue.Value + "), which Art. 13 forbids outright; the consent obtained does not cure it."
                : "Facial recognition equipment is installed inside a private space of a public place (" + a.Venue.Value + "), which Art. 13 forbids outright.");
        }

        private static Verdict EvaluateArt14(in RuleContext context) => ChineseDuties.Check(
            Gate(context.Activity), context.Activity, ChineseDuties.Encrypted,
            "The recognition system lacks the protection Art. 14 requires: ",
            "Whether the facial information is encrypted decides this rule.",
            "The facial information is encrypted (audit, access control and intrusion defence are not described by the activity and should be checked by hand).");

        private static Verdict EvaluateArt15Filing(in RuleContext context)
        {
            Activity a = context.Activity;
            LocalDate? reached = a.Filing?.ThresholdReachedOn;
            long? persons = a.Subjects?.StoredPersons;
            if (reached is null && persons < FilingThreshold)
            {
                return Verdict.NotApplicable("Fewer than 100,000 persons' facial information is stored.");
            }

            if (reached > context.To)
            {
                return Verdict.NotApplicable($"The 100,000-person threshold was reached on {ChineseDuties.Iso(reached.Value)}, after the assessed period.");
            }

            if (Gate(a) is Verdict gate)
            {
                return gate;
            }

            if (reached is null)
            {
                return persons is null
                    ? Verdict.Undetermined("How many persons' facial information is stored, and when 100,000 was reached, decide this rule.", FactPaths.Subjects.StoredPersons)
                    : Verdict.Undetermined("The facial information of 100,000 persons or more is stored; the day that number was reached decides when the filing was due.", FactPaths.Filing.ThresholdReachedOn);
            }

            // A processor already above the threshold when the Measures took effect owes the filing from that day.
            LocalDate start = reached.Value < Instrument.EffectiveFrom!.Value ? Instrument.EffectiveFrom.Value : reached.Value;
            // Near the end of the representable calendar the deadline lies beyond any assessable day.
            LocalDate due = start.Year >= 9998 ? LocalDate.MaxIsoValue : context.Calendar.AddWorkingDays(start, FilingWorkingDays);
            string deadline = $"The filing was due by {ChineseDuties.Iso(due)}, 30 working days after {ChineseDuties.Iso(start)} " +
                (context.Calendar is WeekdayCalendar
                    ? "(counted with the default Monday–Friday calendar, which ignores public holidays and adjusted working weekends)."
                    : "(counted with the supplied working-day calendar).");
            LocalDate? filed = a.Filing!.FiledOn;
            if (filed is LocalDate on && on <= due)
            {
                return Verdict.Satisfied($"Filed with the CAC on {ChineseDuties.Iso(on)}, in time. {deadline}");
            }

            if (due >= context.To)
            {
                // The period ends before the deadline passes: nothing is overdue yet.
                return Verdict.Satisfied($"Not yet overdue on {ChineseDuties.Iso(context.To)}. {deadline}");
            }

            return Verdict.Violated(filed is LocalDate late
                ? $"Filed with the CAC on {ChineseDuties.Iso(late)}, late. {deadline}"
                : $"Not filed with the CAC by {ChineseDuties.Iso(context.To)} (no filing.filedOn is given). {deadline}");
        }

        /// <summary>
        /// Who the Measures bind: recognition of identity (verification or identification; detection and attribute
        /// analysis identify no one), for purposes other than research and algorithm training alone (Art. 2 ¶2).
        /// </summary>
        private static Verdict? Gate(Activity a)
        {
            if (a.Function is RecognitionFunction.Detection or RecognitionFunction.AttributeAnalysis)
            {
                return Verdict.NotApplicable("The Measures govern technology that recognises identity (Art. 19); face detection or attribute analysis that identifies no one is outside them (the PIPL still applies).");
            }

            if (a.Purposes is IReadOnlyList<Purpose> purposes && purposes.Count == 1 && purposes[0] == Purpose.ResearchTraining)
            {
                return Verdict.NotApplicable("Processing for research and algorithm training only is excluded from the Measures (Art. 2 ¶2).");
            }

            if (a.Function is null || a.Purposes is null)
            {
                return Verdict.Undetermined(
                    "What the recognition does (identity recognition or not) and its purposes (research and training alone are excluded) decide whether the Measures apply.",
                    new Fact(a.Function is null ? (bool?)null : true, FactPaths.Function),
                    new Fact(a.Purposes is null ? (bool?)null : true, FactPaths.Purposes));
            }

            return null;
        }

        /// <summary>Whether recognition verifies identity: the verification function, or access control, payment, login or attendance.</summary>
        internal static Fact IsVerification(Activity a)
        {
            if (a.Function == RecognitionFunction.Verification)
            {
                return new Fact(true, FactPaths.Function);
            }

            bool? verifying = Any(a, Purpose.AccessControl, Purpose.Payment, Purpose.Login, Purpose.Attendance);
            return new Fact(verifying, FactPaths.Purposes);
        }

        private static bool? Any(Activity a, Purpose p1, Purpose p2, Purpose p3, Purpose p4) =>
            a.Purposes is null ? (bool?)null : a.Serves(p1) == true || a.Serves(p2) == true || a.Serves(p3) == true || a.Serves(p4) == true;

        private static bool IsPrivateSpace(Venue venue) =>
            venue is Venue.HotelRoom or Venue.PublicBathhouse or Venue.ChangingRoom or Venue.PublicToilet;
    }
}
