using System.Collections.Generic;
using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Measures for the Security Management of the Application of Facial Recognition Technology (CAC and MPS Order
/// No. 19, effective 2025-06-01). They bind processors applying facial recognition — technology recognising a
/// person's <em>identity</em> from facial information — in the PRC, except for research and algorithm training
/// (Art. 2 ¶2). The Measures set no fines of their own; violations are punished under the PIPL. Each rule's
/// statement, checked facts and gaps are listed in docs/rules-catalog.md.
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

    private static readonly SecurityMeasure[] Art14Measures =
    {
        SecurityMeasure.SecurityAudit, SecurityMeasure.AccessControl, SecurityMeasure.AuthorisationManagement, SecurityMeasure.IntrusionDetection,
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

    /// <summary>CN-CAC-FRT-4.</summary>
    public static Rule Art4 { get; } = Define("4", "Art. 4",
        "Facial recognition needs a specific purpose and sufficient necessity, the method with the least impact on individuals, and strict protective measures.",
        checks: ScopeChecks + ChineseDuties.NecessityChecks + ChineseDuties.LeastImpactChecks + ChineseDuties.EncryptionChecks,
        notModelled: "whether the purpose is specific (only that purposes are stated is read); sufficient necessity itself, a judgement (read as: necessary for the service, or an offered alternative and an impact assessment that weighed necessity); least impact beyond offering an existing non-biometric method; protective measures other than encryption",
        (in RuleContext c) => Checklist.Unless(Gate(c)).NeedsValue(c.Purposes, FactPaths.Purposes).Necessity(c).LeastImpact(c).Encrypted(c).Verdict(
            violated: "Facial recognition is applied without the justification Art. 4 demands: ",
            undetermined: "The purposes, whether recognition is necessary for the service (if not, an offered alternative and an impact assessment that weighed its necessity), whether a less intrusive method exists and is offered, and encryption decide this rule; an offered alternative alone does not show sufficient necessity.",
            satisfied: "Recognition serves stated purposes and the information is encrypted; recognition is necessary for the service, or optional beside an offered alternative with its necessity weighed in the impact assessment."));

    /// <summary>CN-CAC-FRT-5.</summary>
    public static Rule Art5 { get; } = Define("5", "Art. 5",
        "Before processing, individuals must be told the processor's identity, the purpose, method and retention period, the necessity and impact, and how to exercise their rights.",
        checks: ScopeChecks + ChineseDuties.PriorNoticeChecks,
        notModelled: "the notice's form, and barrier-free access to it for the elderly and people with disabilities",
        (in RuleContext c) => Gate(c) ?? ChineseDuties.Notice(c, Art5Elements, beforeProcessing: true,
            "Before processing, individuals were told the processor's identity, the purpose, method, retention period, necessity, impact and how to exercise their rights."));

    /// <summary>CN-CAC-FRT-6.</summary>
    public static Rule Art6 { get; } = Define("6", "Art. 6",
        "Consent-based facial recognition needs the individual's separate, voluntary and explicit consent on a fully informed basis, and a convenient way to withdraw it.",
        checks: ScopeChecks + ChineseDuties.ConsentBasisChecks + ChineseDuties.SeparateConsentChecks +
            FactSet.Of(FactPaths.Consent.Explicit, FactPaths.Notice.Given, FactPaths.Consent.WithdrawalChannel),
        notModelled: "written consent where a law requires it (none is known for facial information)",
        EvaluateArt6);

    /// <summary>CN-CAC-FRT-7.</summary>
    public static Rule Art7 { get; } = Define("7", "Art. 7",
        "Facial information of minors under 14 needs the consent of a parent or guardian.",
        checks: ScopeChecks + ChineseDuties.GuardianConsentChecks,
        notModelled: null,
        (in RuleContext c) => c.IncludesMinorsUnder14().IsFalse
            ? Verdict.NotApplicable("No minors under 14 are among the individuals.")
            : Gate(c) ?? ChineseDuties.GuardianConsent(c));

    /// <summary>CN-CAC-FRT-8.1.</summary>
    public static Rule Art8Storage { get; } = Define("8.1", "Art. 8",
        "Facial information must be stored in the recognition device and not transmitted externally over the internet, unless a law provides otherwise or the individual separately consents.",
        checks: ScopeChecks.With(FactPaths.Storage.OnDeviceOnly, FactPaths.Storage.TransmittedOverInternet, FactPaths.LegalBasis, FactPaths.Consent.Separate),
        notModelled: "what the separate consent covered (any separate consent counts); whether a law or administrative regulation provides otherwise: never assumed, so without separate consent information leaving the device is Violated, or Undetermined when the basis is a statutory duty or public security that a law may regulate",
        EvaluateArt8Storage);

    /// <summary>CN-CAC-FRT-8.2.</summary>
    public static Rule Art8Retention { get; } = Define("8.2", "Art. 8",
        "Facial information must be kept no longer than the shortest time necessary for the purpose.",
        checks: ScopeChecks + ChineseDuties.PurposeChangeChecks + FactSet.Of(FactPaths.Storage.Retention),
        notModelled: "whether the retention period is the shortest necessary: the rule checks that one is set and that the information is not kept for a purpose extended without fresh consent",
        (in RuleContext c) => Checklist.Unless(Gate(c)).NeedsValue(c.Retention, FactPaths.Storage.Retention).WithinConsentedPurpose(c).Verdict(
            violated: "Facial information is kept longer than its purpose needs: ",
            undetermined: "Whether a retention period is set and whether the information is kept for purposes beyond the original decide this rule.",
            satisfied: "A retention period is set and the information is not kept for purposes beyond the original (whether the period is the shortest necessary is the processor's judgement)."));

    /// <summary>CN-CAC-FRT-9.</summary>
    public static Rule Art9 { get; } = Define("9", "Art. 9",
        "Before applying facial recognition the processor must carry out a personal-information protection impact assessment, keep it at least 3 years, and repeat it when the purpose or method changes.",
        checks: ScopeChecks + ChineseDuties.PriorImpactAssessmentChecks.With(FactPaths.ImpactAssessment.ReportKeptThreeYears),
        notModelled: "repeating the assessment when the purpose or method changes (the model has no date of the change); keeping it 3 years is read from $.impactAssessment.reportKeptThreeYears",
        (in RuleContext c) => Gate(c) ?? KeptThreeYears(c, ChineseDuties.PriorImpactAssessment(c)));

    /// <summary>CN-CAC-FRT-10.</summary>
    public static Rule Art10 { get; } = Define("10", "Art. 10",
        "Where a non-facial method achieves the same purpose, facial recognition must not be the only verification method, and individuals who decline it get a reasonable, convenient alternative.",
        checks: ScopeChecks.With(FactPaths.Necessity.NonBiometricAlternativeExists, FactPaths.Necessity.AlternativeOffered, FactPaths.Necessity.SoleVerificationMethod),
        notModelled: "the proviso \"unless the State provides otherwise\" (no such provision identified); whether the alternative is reasonable and convenient",
        EvaluateArt10);

    /// <summary>CN-CAC-FRT-12.</summary>
    public static Rule Art12 { get; } = Define("12", "Art. 12",
        "No one may mislead, defraud or coerce individuals into facial identity verification on grounds such as handling business or improving service.",
        checks: ScopeChecks + ChineseDuties.ForcedConsentChecks + FactSet.Of(FactPaths.Changes.EntryMethodSwitchedUnilaterally),
        notModelled: "misleading or defrauding individuals: coercion is read as refusing service, making consent a condition of it, or switching the entry method unilaterally",
        (in RuleContext c) => Checklist.Unless(Gate(c)).NoForcedConsent(c, switchForces: true).Verdict(
            violated: "Individuals are coerced into facial verification: ",
            undetermined: "Whether service is refused or made conditional on recognition, whether it is necessary, and whether the entry method was switched unilaterally decide this rule.",
            satisfied: "Individuals are not pressed into recognition: service does not depend on it unless it is necessary, and no method was switched unilaterally."));

    /// <summary>CN-CAC-FRT-13.1.</summary>
    public static Rule Art13PublicPlaces { get; } = Define("13.1", "Art. 13",
        "Facial recognition equipment may be installed in public places only where maintaining public security makes it necessary, and must be marked by conspicuous signs; consent does not permit installing it for other purposes.",
        checks: ScopeChecks + ChineseDuties.PublicPlaceInstallationChecks,
        notModelled: "whether the equipment is necessary for public security (only that public security is its sole purpose is read), and a reasonably delimited collection area",
        (in RuleContext c) => ChineseDuties.PublicPlaceEquipment(c, Gate(c), "Facial recognition equipment in a public place breaches Art. 13: ", consentAllowsOtherUses: false));

    /// <summary>CN-CAC-FRT-13.2.</summary>
    public static Rule Art13PrivateSpaces { get; } = Define("13.2", "Art. 13",
        "No one may install facial recognition equipment inside hotel guest rooms, public bathhouses, changing rooms, toilets or other private spaces in public places (read with State Council Order 799: dormitory rooms, nursing rooms, fitting rooms); consent does not cure it.",
        checks: ScopeChecks.With(FactPaths.Venue),
        notModelled: "private spaces other than hotel guest rooms, public bathhouses, changing rooms, public toilets, dormitory rooms, nursing rooms and fitting rooms (a hotel's lobby or front desk is not one)",
        EvaluateArt13PrivateSpaces,
        mentions: FactSet.Of(FactPaths.Consent.Obtained));

    /// <summary>CN-CAC-FRT-14.</summary>
    public static Rule Art14 { get; } = Define("14", "Art. 14",
        "Facial recognition systems need data encryption, security audit, access control, authorisation management, and intrusion detection and defence.",
        checks: ScopeChecks + ChineseDuties.EncryptionChecks + FactSet.Of(FactPaths.Security.Measures),
        notModelled: "whether each measure is adequate (only that it is taken is read); the graded-protection (MLPS) and critical-infrastructure duties the article refers to",
        (in RuleContext c) => Checklist.Unless(Gate(c)).Encrypted(c).TakesMeasures(c, Art14Measures).Verdict(
            violated: "The recognition system lacks the protection Art. 14 requires: ",
            undetermined: "Whether the facial information is encrypted, and whether security audit, access control, authorisation management and intrusion detection are in place, decide this rule.",
            satisfied: "The facial information is encrypted, and security audit, access control, authorisation management and intrusion detection and defence are in place."));

    /// <summary>CN-CAC-FRT-15.1.</summary>
    public static Rule Art15Filing { get; } = Define("15.1", "Art. 15",
        "A processor storing the facial information of 100,000 persons or more must file with the provincial-level CAC within 30 working days of reaching that number.",
        checks: ScopeChecks.With(FactPaths.Filing.ThresholdReachedOn, FactPaths.Filing.FiledOn, FactPaths.Subjects.StoredPersons, FactPaths.Period.Self),
        notModelled: "the filing's contents; PRC public holidays and adjusted working weekends, unless a working-day calendar is supplied (AssessorOptions.Calendar)",
        EvaluateArt15Filing);

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[]
    {
        Art4, Art5, Art6, Art7, Art8Storage, Art8Retention, Art9, Art10, Art12, Art13PublicPlaces, Art13PrivateSpaces, Art14, Art15Filing,
    };

    /// <summary>Whether recognition verifies identity: the verification function, or access control, payment, login or attendance.</summary>
    internal static Fact IsVerification(in RuleContext a)
    {
        if (a.Function == RecognitionFunction.Verification)
        {
            return new Fact(true, FactPaths.Function);
        }

        var verifying = a.Purposes is null ? (bool?)null
            : a.ServesPurpose(Purpose.AccessControl).IsTrue || a.ServesPurpose(Purpose.Payment).IsTrue || a.ServesPurpose(Purpose.Login).IsTrue || a.ServesPurpose(Purpose.Attendance).IsTrue;
        return new Fact(verifying, FactPaths.Purposes);
    }

    private static Rule Define(string number, string article, string statement, FactSet checks, string? notModelled, RuleEvaluator evaluate, FactSet? mentions = null) =>
        new Rule("CN-CAC-FRT-" + number, Instrument, article, statement, Verification.VerifiedSecondary, evaluate, checks: checks, mentions: mentions, notModelled: notModelled);

    /// <summary>
    /// Art. 9 also requires the assessment to be kept at least 3 years: a timely assessment is Satisfied only when that
    /// is known, and a report not kept is a breach on its own.
    /// </summary>
    private static Verdict KeptThreeYears(in RuleContext a, Verdict prior)
    {
        if (prior.Outcome == Outcome.Violated || a.ImpactAssessmentDone().IsFalse)
        {
            return prior;
        }

        var kept = a.ReportKeptThreeYears();
        return kept.IsFalse ? Verdict.Violated("The impact assessment is not kept for at least 3 years.", kept)
            : kept.IsTrue || prior.Outcome != Outcome.Satisfied ? prior
            : Verdict.Undetermined("An impact assessment was completed before the processing began; whether it is kept at least 3 years decides this rule.", kept);
    }

    private static Verdict EvaluateArt6(in RuleContext a)
    {
        var consented = !a.ConsentObtained().IsFalse;
        return Checklist.Unless(Gate(a)).AndUnless(ChineseDuties.ConsentGate(a))
            .SeparateConsent(a)
            .Requires(a.ConsentExplicit(), "the consent was not explicit", when: consented)
            .Requires(a.NoticeGiven(), "the consent was not informed (no notice was given)", when: consented)
            .Requires(a.WithdrawalChannel(), "there is no convenient way to withdraw it", when: consented)
            .Verdict(
                violated: "The consent falls short of Art. 6: ",
                undetermined: "Whether separate, explicit, informed consent was obtained and can be withdrawn conveniently decides this rule.",
                satisfied: "Separate, explicit and informed consent was obtained, and it can be withdrawn conveniently.");
    }

    private static Verdict EvaluateArt8Storage(in RuleContext a)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        var onDevice = a.OnDeviceOnly();
        var transmitted = a.TransmittedOverInternet();
        if (onDevice.IsTrue)
        {
            return Verdict.Satisfied("The facial information stays in the recognition device.");
        }

        if (onDevice.IsUnknown && !transmitted.IsTrue)
        {
            return Verdict.Undetermined("Whether the facial information stays in the device or is transmitted over the internet decides this rule.", onDevice, transmitted);
        }

        var separate = a.ConsentSeparate();
        if (separate.IsTrue)
        {
            return Verdict.Satisfied("The information leaves the device with the individuals' separate consent.");
        }

        if (separate.IsFalse && a.LegalBasis is LegalBasis.StatutoryDuty or LegalBasis.PublicSecurity)
        {
            // "Unless a law or administrative regulation provides otherwise": the model cannot tell whether the law
            // behind the basis does, so it is never assumed.
            return Verdict.Undetermined(
                "The information leaves the device without separate consent; the processing claims a statutory duty or public security, and whether a law or administrative regulation provides for storing or transmitting it beyond the device decides this rule — check that law.",
                FactPaths.LegalBasis);
        }

        return separate.IsFalse ? Verdict.Violated(transmitted.IsTrue
                ? "The facial information is transmitted over the internet without the individuals' separate consent."
                : "The facial information is stored outside the recognition device without the individuals' separate consent.", separate, transmitted.IsTrue ? transmitted : onDevice)
            : Verdict.Undetermined("The information leaves the device; whether the individuals separately consented decides this rule.", separate);
    }

    private static Verdict EvaluateArt10(in RuleContext a)
    {
        var verifies = IsVerification(a);
        var exists = a.NonBiometricAlternativeExists();
        var offered = a.AlternativeOffered();
        var sole = a.SoleVerificationMethod();
        var mustOffer = verifies.IsTrue && exists.IsTrue;
        return Checklist.Start
            .AppliesWhen(verifies, "Recognition is not used to verify identity (no verification function, access control, payment, login or attendance).")
            .AndUnless(Gate(a))
            .Breach(mustOffer && sole.IsTrue, "recognition is the only verification method although a non-facial method could serve", sole, exists)
            .Breach(mustOffer && !sole.IsTrue && offered.IsFalse, "no alternative is offered to individuals who decline recognition", offered, exists)
            .Needs(exists, when: !offered.IsTrue)
            .Needs(offered, when: !offered.IsTrue && !exists.IsFalse)
            .Verdict(
                violated: "Recognition is forced as the way to verify identity: ",
                undetermined: "Whether a non-facial method could serve and whether one is offered decide this rule.",
                satisfied: "A non-facial verification method is offered, or none could serve the purpose.");
    }

    private static Verdict EvaluateArt13PrivateSpaces(in RuleContext a)
    {
        if (a.Venue is Venue known && !PrivateSpaces.Includes(known))
        {
            return Verdict.NotApplicable("The equipment is not inside " + PrivateSpaces.Named + ".");
        }

        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        if (a.Venue is not Venue venue)
        {
            return Verdict.Undetermined("Whether the equipment is inside " + PrivateSpaces.Named + " decides this rule.", FactPaths.Venue);
        }

        return Verdict.Violated(a.ConsentObtained().IsTrue
            ? "Facial recognition equipment is installed inside a private space of a public place (" + venue + "), which Art. 13 forbids outright; the consent obtained does not cure it."
            : "Facial recognition equipment is installed inside a private space of a public place (" + venue + "), which Art. 13 forbids outright.", a.VenueIs(venue));
    }

    private static Verdict EvaluateArt15Filing(in RuleContext a)
    {
        var reached = a.ThresholdReachedOn;
        var persons = a.StoredPersons;
        if (reached is null && persons < FilingThreshold)
        {
            return Verdict.NotApplicable("Fewer than 100,000 persons' facial information is stored.");
        }

        var to = a.To;
        if (reached > to)
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
        var start = reached.Value < Instrument.EffectiveFrom!.Value ? Instrument.EffectiveFrom.Value : reached.Value;
        // Near the end of the representable calendar the deadline lies beyond any assessable day.
        var due = start.Year >= 9998 ? LocalDate.MaxIsoValue : a.Calendar.AddWorkingDays(start, FilingWorkingDays);
        var deadline = $"The filing was due by {ChineseDuties.Iso(due)}, 30 working days after {ChineseDuties.Iso(start)} " +
            a.Calendar switch
            {
                PrcWorkingDayCalendar => "(counted with the official PRC working-day calendar of the State Council's holiday notices).",
                WeekdayCalendar => "(counted with the Monday–Friday calendar, which ignores public holidays and adjusted working weekends).",
                _ => "(counted with the supplied working-day calendar).",
            };
        var filed = a.FiledOn;
        if (FirstUnknownDay(a.Calendar, start, due) is LocalDate unknown)
        {
            // The calendar lacks that year's holiday notice and counts Monday to Friday there: say so.
            deadline += $" The count runs into {unknown.Year}, whose official holiday arrangement the calendar does not hold; from {ChineseDuties.Iso(unknown)} it counts Monday to Friday, so the deadline is provisional.";
        }

        if (filed is LocalDate on && on <= due)
        {
            return Verdict.Satisfied($"Filed with the CAC on {ChineseDuties.Iso(on)}, in time. {deadline}");
        }

        if (due >= to)
        {
            // The period ends before the deadline passes: nothing is overdue yet.
            return Verdict.Satisfied($"Not yet overdue on {ChineseDuties.Iso(to)}. {deadline}");
        }

        return Verdict.Violated(filed is LocalDate late
            ? $"Filed with the CAC on {ChineseDuties.Iso(late)}, late. {deadline}"
            : $"Not filed with the CAC by {ChineseDuties.Iso(to)} (no filing.filedOn is given). {deadline}",
            new Fact(true, filed is null ? FactPaths.Filing.ThresholdReachedOn : FactPaths.Filing.FiledOn));
    }

    /// <summary>The first day after <paramref name="start"/>, up to <paramref name="due"/>, that the calendar does not know, if any.</summary>
    private static LocalDate? FirstUnknownDay(IWorkingDayCalendar calendar, LocalDate start, LocalDate due)
    {
        for (var day = start; day < due && day < LocalDate.MaxIsoValue;)
        {
            day = day.PlusDays(1);
            if (!calendar.Covers(day))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// Who the Measures bind: recognition of identity (verification or identification; detection and attribute
    /// analysis identify no one), for purposes other than research and algorithm training alone (Art. 2 ¶2).
    /// </summary>
    private static Verdict? Gate(in RuleContext a)
    {
        if (a.Function is RecognitionFunction.Detection or RecognitionFunction.AttributeAnalysis or RecognitionFunction.EmotionRecognition or RecognitionFunction.BiometricCategorisation)
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
}
