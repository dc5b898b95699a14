using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Personal Information Protection Law of the PRC (effective 2021-11-01): the articles bearing on facial
/// information, which is biometric and so sensitive personal information (Art. 28). Every violation carries the
/// penalty exposure of Art. 66. Each rule's statement, checked facts and gaps are listed in docs/rules-catalog.md.
/// </summary>
public static class PiplRules
{
    /// <summary>What Art. 66 exposes a violating processor to, without the citation.</summary>
    public const string Art66Exposure =
        "order to correct, warning, confiscation of illegal gains, suspension or termination of the offending applications; " +
        "up to CNY 1 million if correction is refused (responsible persons CNY 10,000–100,000); " +
        "if serious, up to CNY 50 million or 5% of the prior year's turnover, suspension of business or revocation of licences " +
        "(responsible persons CNY 100,000–1 million)";

    /// <summary>The penalty of every PIPL rule (Art. 66).</summary>
    public const string Art66Penalty = "PIPL Art. 66: " + Art66Exposure;

    /// <summary>
    /// The number of persons from which a processor must keep personal information in China and export it only after
    /// a CAC security assessment (PIPL Art. 40 with the CAC Measures on Security Assessment of Outbound Data Transfers, Art. 4 [R]).
    /// </summary>
    public const long Art40VolumeThreshold = 1_000_000;

    /// <summary>Persons whose sensitive personal information, exported since 1 January, requires the CAC security assessment (2024 cross-border provisions Art. 7; 2022 measures Art. 4).</summary>
    public const long Art38SensitiveAssessmentThreshold = 10_000;

    /// <summary>Persons whose personal information, exported since 1 January, requires the CAC security assessment (2024 cross-border provisions Art. 7).</summary>
    public const long Art38AssessmentThreshold = 1_000_000;

    /// <summary>Persons whose non-sensitive personal information may be exported since 1 January without any route (2024 Art. 5(4)); the 2022 measures' assessment threshold.</summary>
    public const long Art38ExemptThreshold = 100_000;

    /// <summary>What <see cref="Art21"/> reads.</summary>
    private static readonly FactSet EntrustmentChecks = FactSet.Of(
        FactPaths.Entrustment.Entrusted, FactPaths.Entrustment.AgreementTerms, FactPaths.Entrustment.Supervised, FactPaths.Entrustment.ProcessedBeyondAgreement,
        FactPaths.Entrustment.SubEntrustedWithoutConsent, FactPaths.Entrustment.RetainedAfterEnd);

    private static readonly AgreementTerm[] Art21Terms =
    {
        AgreementTerm.Purpose, AgreementTerm.Period, AgreementTerm.Method, AgreementTerm.DataCategories, AgreementTerm.ProtectionMeasures,
        AgreementTerm.RightsAndDuties,
    };

    private static readonly LocalDate AssessmentMeasures2022 = new LocalDate(2022, 9, 1);

    private static readonly LocalDate CrossBorderProvisions2024 = new LocalDate(2024, 3, 22);

    private static readonly NoticeElement[] Art17Elements =
    {
        NoticeElement.ProcessorIdentity, NoticeElement.Purpose, NoticeElement.Method, NoticeElement.DataCategories,
        NoticeElement.Retention, NoticeElement.RightsExercise,
    };

    private static readonly NoticeElement[] Art30Elements = { NoticeElement.Necessity, NoticeElement.Impact };

    private static readonly SecurityMeasure[] Art51Measures =
    {
        SecurityMeasure.InternalRules, SecurityMeasure.ClassifiedManagement, SecurityMeasure.AccessControl, SecurityMeasure.StaffTraining,
        SecurityMeasure.IncidentResponsePlan,
    };

    private static readonly ImpactAssessmentElement[] Art56Elements =
    {
        ImpactAssessmentElement.LawfulnessAndNecessity, ImpactAssessmentElement.ImpactAndRisks, ImpactAssessmentElement.MeasuresAdequacy,
    };

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-PIPL",
        name: "Personal Information Protection Law",
        shortName: "PIPL",
        chineseTitle: "中华人民共和国个人信息保护法",
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2021, 11, 1),
        penalty: Art66Penalty,
        temporalNote: "Art. 74: effective 2021-11-01");

    /// <summary>CN-PIPL-13.</summary>
    public static Rule Art13 { get; } = Define("13", "Art. 13",
        "Processing needs a legal basis: consent, contract necessity, a statutory duty, an emergency, news reporting, public information or another law.",
        checks: ChineseDuties.ConsentBasisChecks.With(FactPaths.Consent.Obtained, FactPaths.Necessity.NecessaryForService),
        notModelled: "the basis of ¶1(6) (information the individual disclosed or that was lawfully made public) and the human-resources limb of ¶1(2): the model has no such bases; PublicSecurity is read as ¶1(7) with Art. 26, a basis only for state organs and processors a law mandates ($.processor.mandatedByLaw); the emergency and news bases are read as shown only by a matching purpose and $.necessity.necessaryForLegalBasis (the necessity itself is the user's judgement)",
        EvaluateArt13);

    /// <summary>CN-PIPL-14.</summary>
    public static Rule Art14 { get; } = Define("14", "Art. 14",
        "Consent must be informed, voluntary and explicit, and given afresh when the purpose, method or categories change.",
        checks: ChineseDuties.ConsentBasisChecks + ChineseDuties.ForcedConsentChecks + ChineseDuties.PurposeChangeChecks +
            FactSet.Of(FactPaths.Consent.Obtained, FactPaths.Notice.Given, FactPaths.Consent.Explicit, FactPaths.Consent.Separate, FactPaths.Consent.Bundled),
        notModelled: "fresh consent for a change of method or data categories (the model describes only a purpose extended beyond the original); separate or written consent is Art. 29's matter",
        EvaluateArt14);

    /// <summary>CN-PIPL-15.</summary>
    public static Rule Art15 { get; } = Define("15", "Art. 15",
        "Individuals may withdraw their consent, and the processor must provide a convenient way to do so.",
        checks: ChineseDuties.ConsentBasisChecks.With(FactPaths.Consent.Obtained, FactPaths.Consent.WithdrawalChannel),
        notModelled: "whether processing stops once consent is withdrawn",
        EvaluateArt15);

    /// <summary>CN-PIPL-16.</summary>
    public static Rule Art16 { get; } = Define("16", "Art. 16",
        "Products or services must not be refused because an individual does not consent, unless the processing is necessary to provide them.",
        checks: ChineseDuties.ForcedConsentChecks,
        notModelled: null,
        (in RuleContext c) => Checklist.Start.NoForcedConsent(c, switchForces: false).Verdict(
            violated: "Individuals who do not consent are refused service: ",
            undetermined: "Whether service is refused to individuals who do not consent, and whether recognition is necessary for it, decide this rule.",
            satisfied: "Service is not refused to individuals who do not consent, or recognition is necessary for it."));

    /// <summary>CN-PIPL-17.</summary>
    public static Rule Art17 { get; } = Define("17", "Art. 17",
        "Before processing, individuals must be told the processor's identity, the purpose, method, categories and retention period, and how to exercise their rights.",
        checks: ChineseDuties.PriorNoticeChecks,
        notModelled: "the notice's form (prominent, clear, plain language) and the exemptions of Art. 18 ¶1 (confidentiality required by law)",
        (in RuleContext c) => ChineseDuties.Notice(c, Art17Elements, beforeProcessing: true,
            "Before processing, individuals were told the processor's identity, the purpose, method, categories, retention period and how to exercise their rights."));

    /// <summary>CN-PIPL-21.</summary>
    public static Rule Art21 { get; } = Define("21", "Art. 21",
        "Entrusted processing needs an agreement fixing its purpose, period, method, categories, protection measures and both parties' rights and duties, and the processor's supervision; the entrusted party stays within it, sub-entrusts only with consent, and returns or deletes the information at the end.",
        checks: EntrustmentChecks,
        notModelled: "the entrusted party's own duties are read as facts about it (processing beyond the agreement, unauthorised sub-entrustment, keeping the information after the end); whether the supervision is adequate; one activity describes its vendors together",
        EvaluateArt21);

    /// <summary>CN-PIPL-23.</summary>
    public static Rule Art23 { get; } = Define("23", "Art. 23",
        "Providing personal information to another processor needs notice of the recipient's name, contact details, purpose, method and categories, and the individual's separate consent.",
        checks: ChineseDuties.ConsentBasisChecks + FactSet.Of(FactPaths.Sharing.SharedWithThirdParties, FactPaths.Sharing.RecipientDisclosed, FactPaths.Sharing.SeparateConsentForSharing),
        notModelled: "the recipient's duty to stay within the notified purpose, method and categories and to obtain fresh consent for a change (¶2); an entrusted vendor is no recipient (Art. 21, $.entrustment); the exemptions of Art. 18 ¶1 from notice",
        EvaluateArt23);

    /// <summary>CN-PIPL-26.</summary>
    public static Rule Art26 { get; } = Define("26", "Art. 26",
        "Image-collection or identification equipment in public places must serve public security and be marked by conspicuous signs; other uses need separate consent.",
        checks: ChineseDuties.PublicPlaceEquipmentChecks,
        notModelled: "whether the equipment is necessary for public security and complies with State provisions; the purposes stated for the activity are taken as the uses of what it collects",
        (in RuleContext c) => ChineseDuties.PublicPlaceEquipment(c, null, "Recognition equipment in a public place breaches Art. 26: ", consentAllowsOtherUses: true));

    /// <summary>CN-PIPL-28.</summary>
    public static Rule Art28 { get; } = Define("28", "Art. 28",
        "Biometric (sensitive) information may be processed only for a specific purpose, with sufficient necessity and strict protective measures.",
        checks: ChineseDuties.NecessityChecks + ChineseDuties.EncryptionChecks + FactSet.Of(FactPaths.Purposes),
        notModelled: "whether the purpose is specific (only that purposes are stated is read); sufficient necessity itself, a judgement (read as: necessary for the service, or an offered alternative and an impact assessment that weighed necessity); protective measures other than encryption (Art. 51's matter)",
        (in RuleContext c) => Checklist.Start.NeedsValue(c.Purposes, FactPaths.Purposes).Necessity(c).Encrypted(c).Verdict(
            violated: "Biometric information is processed without the justification Art. 28 demands: ",
            undetermined: "The stated purposes, whether recognition is necessary for the service (if not, an offered alternative and an impact assessment that weighed its necessity), and whether the information is encrypted decide this rule; an offered alternative alone does not show sufficient necessity.",
            satisfied: "The facial information serves stated purposes and is encrypted; recognition is necessary for the service, or optional beside an offered alternative with its necessity weighed in the impact assessment."));

    /// <summary>CN-PIPL-29.</summary>
    public static Rule Art29 { get; } = Define("29", "Art. 29",
        "Sensitive personal information, such as facial information, needs the individual's separate consent.",
        checks: ChineseDuties.ConsentBasisChecks + ChineseDuties.SeparateConsentChecks,
        notModelled: "written consent where a law or administrative regulation requires it: none is known to require it for facial information, so $.consent.written is not read",
        ChineseDuties.SeparateConsentRule);

    /// <summary>CN-PIPL-30.</summary>
    public static Rule Art30 { get; } = Define("30", "Art. 30",
        "When processing sensitive information, individuals must also be told why it is necessary and how it affects their rights.",
        checks: ChineseDuties.NoticeContentChecks,
        notModelled: "the exemptions of Art. 18 ¶1 (confidentiality required by law)",
        (in RuleContext c) => ChineseDuties.Notice(c, Art30Elements, beforeProcessing: false,
            "Individuals were told why processing their facial information is necessary and how it affects their rights."));

    /// <summary>CN-PIPL-31.</summary>
    public static Rule Art31 { get; } = Define("31", "Art. 31",
        "Personal information of minors under 14 needs the consent of a parent or guardian, and special processing rules.",
        checks: ChineseDuties.GuardianConsentChecks,
        notModelled: "the special processing rules for minors' information",
        ChineseDuties.GuardianConsent);

    /// <summary>CN-PIPL-38.</summary>
    public static Rule Art38 { get; } = Define("38", "Art. 38",
        "Providing personal information outside the PRC needs a CAC security assessment, a protection certification or the CAC standard contract, as the CAC's volume thresholds decide, unless an exemption applies.",
        checks: ChineseDuties.CrossBorderChecks + FactSet.Of(
            FactPaths.Storage.CrossBorderMechanism, FactPaths.Storage.CrossBorderExemption, FactPaths.Storage.SensitivePersonsExportedThisYear,
            FactPaths.Storage.PersonsExportedThisYear, FactPaths.Processor.Kinds, FactPaths.Period.Self),
        notModelled: "the routes of international treaties, free-trade-zone lists and important data; the duty to ensure the recipient protects the information to PIPL standards; before 2024-03-22 the 2022 assessment measures' count from 1 January of the previous year (the activity gives the current year's) and their grace periods",
        EvaluateArt38);

    /// <summary>CN-PIPL-39.</summary>
    public static Rule Art39 { get; } = Define("39", "Art. 39",
        "Providing personal information outside the PRC needs notice of the foreign recipient and the individual's separate consent.",
        checks: ChineseDuties.CrossBorderChecks + ChineseDuties.ConsentBasisChecks + FactSet.Of(FactPaths.Sharing.SeparateConsentForSharing),
        notModelled: "notice of the foreign recipient; consent to the transfer as such (separate consent to providing the information to others, $.sharing.separateConsentForSharing, is read as covering it)",
        EvaluateArt39);

    /// <summary>CN-PIPL-40.</summary>
    public static Rule Art40 { get; } = Define("40", "Art. 40",
        "Critical information infrastructure operators and processors above the CAC volume threshold must store personal information in China and export it only after a CAC security assessment.",
        checks: ChineseDuties.CrossBorderChecks.With(FactPaths.Processor.Kinds, FactPaths.Subjects.StoredPersons, FactPaths.Storage.CrossBorderMechanism),
        notModelled: "thresholds other than 1,000,000 persons; that threshold comes from the CAC measures on outbound security assessment, Art. 4 [R], and the 2024 cross-border provisions changed the thresholds: re-check",
        EvaluateArt40);

    /// <summary>CN-PIPL-47.</summary>
    public static Rule Art47 { get; } = Define("47", "Art. 47",
        "Personal information must be deleted when the purpose is achieved, the service stops, the retention period expires, consent is withdrawn, or processing was unlawful.",
        checks: ChineseDuties.ConsentBasisChecks + FactSet.Of(FactPaths.Consent.Obtained, FactPaths.Changes.EntryMethodSwitchedUnilaterally, FactPaths.Storage.Retention, FactPaths.Storage.RetentionNecessary),
        notModelled: "actual deletion: Violated means information processed without any lawful basis (¶1(4)) is kept, or kept longer than the purpose needs by the processor's own statement; Satisfied means nothing is kept, or the retention is stated to be the shortest the purpose needs ($.storage.retentionNecessary), and the service continues — no length of retention is judged by itself; deletion after a withdrawal",
        EvaluateArt47);

    /// <summary>CN-PIPL-51.</summary>
    public static Rule Art51 { get; } = Define("51", "Art. 51",
        "The processor must secure personal information: internal rules, classified management, encryption or de-identification, access control, incident plans.",
        checks: ChineseDuties.EncryptionChecks.With(FactPaths.Security.Measures),
        notModelled: "de-identification as an alternative to encryption; whether each measure is adequate (only that it is taken is read); \"other necessary measures\" (Art. 51(6))",
        (in RuleContext c) => Checklist.Start.Encrypted(c).TakesMeasures(c, Art51Measures).Verdict(
            violated: "The security measures Art. 51 requires are missing: ",
            undetermined: "Whether the facial information is encrypted, and whether internal rules, classified management, access control, staff training and an incident response plan are in place, decide this rule.",
            satisfied: "The facial information is stored encrypted, under internal rules, classified management, access control, staff training and an incident response plan."));

    /// <summary>CN-PIPL-54.</summary>
    public static Rule Art54 { get; } = Define("54", "Art. 54",
        "The processor must regularly audit its processing's compliance with laws and administrative regulations.",
        checks: FactSet.Of(FactPaths.Audit.Done, FactPaths.Audit.LastAuditOn, FactPaths.Period.Self),
        notModelled: "\"regularly\": Art. 54 fixes no interval, so an audit is read as regular when it was completed within the two years before the end of the assessed period (the shortest interval the CAC has set, for processors of over 10 million persons, CAC audit measures 2025), and anything else is left to judgement (Undetermined, never Violated); audits the regulator orders (Art. 64) and the audit's contents",
        EvaluateArt54);

    /// <summary>CN-PIPL-55.</summary>
    public static Rule Art55 { get; } = Define("55", "Art. 55",
        "Before processing sensitive personal information the processor must carry out a personal-information protection impact assessment and keep records.",
        checks: ChineseDuties.PriorImpactAssessmentChecks,
        notModelled: "the records of the processing",
        ChineseDuties.PriorImpactAssessment);

    /// <summary>CN-PIPL-56.</summary>
    public static Rule Art56 { get; } = Define("56", "Art. 56",
        "The impact assessment must cover the lawfulness and necessity of purpose and method, the impact and risks, and the adequacy of the measures; its report is kept at least 3 years.",
        checks: FactSet.Of(FactPaths.ImpactAssessment.Done, FactPaths.ImpactAssessment.Covers, FactPaths.ImpactAssessment.ReportKeptThreeYears),
        notModelled: "the quality of the assessment (only which matters it covers is read); keeping the processing records as well as the report",
        EvaluateArt56);

    /// <summary>CN-PIPL-57.</summary>
    public static Rule Art57 { get; } = Define("57", "Art. 57",
        "On a leak, tampering or loss the processor must remedy it at once and notify the regulator and the individuals.",
        checks: FactSet.Of(FactPaths.Security.Incident, FactPaths.Security.RegulatorNotified, FactPaths.Security.IndividualsNotified),
        notModelled: "the remedial measures and the contents of the notification; the ¶2 exception (measures that effectively avoid harm dispense with notifying the individuals) is only mentioned in the reason",
        EvaluateArt57);

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[]
    {
        Art13, Art14, Art15, Art16, Art17, Art21, Art23, Art26, Art28, Art29, Art30, Art31, Art38, Art39, Art40, Art47, Art51, Art54, Art55, Art56, Art57,
    };

    private static Rule Define(string number, string article, string statement, FactSet checks, string? notModelled, RuleEvaluator evaluate) =>
        new Rule("CN-PIPL-" + number, Instrument, article, statement, Verification.VerifiedPrimary, evaluate, checks: checks, notModelled: notModelled);

    private static Verdict EvaluateArt13(in RuleContext a)
    {
        switch (a.LegalBasis)
        {
            case null:
                return Verdict.Undetermined("Which legal basis the processing relies on decides this rule.", FactPaths.LegalBasis);
            case LegalBasis.None:
                return Verdict.Violated("Facial information is processed without any legal basis: neither consent nor any basis of Art. 13 ¶1(2)–(7).", a.LegalBasisIs(LegalBasis.None));
            case LegalBasis.Consent:
                var obtained = a.ConsentObtained();
                return obtained.IsFalse ? Verdict.Violated("The processing relies on consent (Art. 13 ¶1(1)), but no consent was obtained.", obtained)
                    : obtained.IsUnknown ? Verdict.Undetermined("The processing relies on consent; whether it was obtained decides this rule.", obtained)
                    : Verdict.Satisfied("The processing relies on the individuals' consent (Art. 13 ¶1(1)), which was obtained.");
            case LegalBasis.Contract:
                var necessary = a.NecessaryForService();
                return necessary.IsFalse ? Verdict.Violated("The processing relies on contract necessity (Art. 13 ¶1(2)), but recognition is not necessary for the service.", necessary)
                    : necessary.IsUnknown ? Verdict.Undetermined("The processing relies on contract necessity; whether recognition is necessary for the service decides this rule.", necessary)
                    : Verdict.Satisfied("The processing is necessary for a contract with the individual (Art. 13 ¶1(2)).");
            case LegalBasis.StatutoryDuty or LegalBasis.PublicSecurity:
                return MandatedBasis(a);
            default:
                return EmergencyOrNewsBasis(a);
        }
    }

    /// <summary>
    /// The emergency (¶1(4)) and news-reporting (¶1(5)) bases hold only where the processing is necessary for them: a
    /// stated purpose must be the emergency or the reporting, and the processing necessary for it. A declaration alone
    /// is not enough — a shop capturing faces for its ordinary operations does neither.
    /// </summary>
    private static Verdict EmergencyOrNewsBasis(in RuleContext a)
    {
        var emergency = a.LegalBasis == LegalBasis.PublicHealthEmergency;
        var basis = emergency
            ? "responding to a public-health emergency or protecting life, health or property in an emergency (Art. 13 ¶1(4))"
            : "news reporting or public-opinion supervision in the public interest, within a reasonable scope (Art. 13 ¶1(5))";
        return Checklist.Start
            .Requires(a.ServesPurpose(emergency ? Purpose.PublicHealthEmergency : Purpose.NewsReporting), emergency ? "no stated purpose is PublicHealthEmergency" : "no stated purpose is NewsReporting")
            .Requires(a.NecessaryForLegalBasis(), "the processing is not necessary for it")
            .Verdict(
                violated: $"The processing claims {basis} as its basis, but the basis is not shown, so it needs consent: ",
                undetermined: $"The processing claims {basis}; whether a stated purpose is that emergency or reporting and whether the processing is necessary for it ($.necessity.necessaryForLegalBasis) decide this rule — declaring the basis does not show it.",
                satisfied: $"The processing is necessary for {basis}, which is among its stated purposes.");
    }

    /// <summary>
    /// A statutory duty (¶1(3)) or public security under State provisions (¶1(7) with Art. 26) is a basis only for a
    /// processor the law assigns it to: a state organ, law enforcement, or one a law or administrative regulation
    /// mandates. A private operator that merely declares it has no basis (Art. 13 lists none for it) and needs consent.
    /// </summary>
    private static Verdict MandatedBasis(in RuleContext a)
    {
        var duty = a.LegalBasis == LegalBasis.StatutoryDuty;
        var basis = duty ? "a statutory duty or obligation (Art. 13 ¶1(3))" : "public security under State provisions (Art. 13 ¶1(7) with Art. 26)";
        var mandated = ChineseDuties.MandatedByLaw(a);
        return mandated.IsTrue ? Verdict.Satisfied($"The processing rests on {basis}, which the law assigns to this processor.")
            : mandated.IsFalse ? Verdict.Violated(
                $"The processing claims {basis} as its basis, but the processor is neither a state organ nor mandated by a law or administrative regulation; " +
                "Art. 13 gives a private operator no such basis, so the processing needs consent.",
                a.LegalBasisIs(duty ? LegalBasis.StatutoryDuty : LegalBasis.PublicSecurity), mandated)
            : Verdict.Undetermined($"The processing claims {basis} as its basis; whether the processor is a state organ or mandated by a law or administrative regulation decides this rule.", mandated);
    }

    private static Verdict EvaluateArt14(in RuleContext a)
    {
        var obtained = a.ConsentObtained();
        var bundled = a.ConsentSeparate().IsTrue ? new Fact(false, FactPaths.Consent.Bundled) : a.ConsentBundled();
        return Checklist.Unless(ChineseDuties.ConsentGate(a))
            .ViolatedIf(obtained.IsFalse, "The processing needs consent, but none was obtained.", obtained)
            .Needs(obtained)
            .Requires(a.NoticeGiven(), "it was not informed (no notice was given)")
            .Requires(a.ConsentExplicit(), "it was not explicit")
            .Forbids(bundled, "it was bundled with other authorisations, so not freely given")
            .NoForcedConsent(a, switchForces: false)
            .WithinConsentedPurpose(a)
            .Verdict(
                violated: "The consent relied on is not valid under Art. 14: ",
                undetermined: "Whether the consent was informed, explicit, unbundled and unforced, and renewed on any change of purpose, decides this rule.",
                satisfied: "The consent was informed, explicit, not bundled or forced, and covers the current purpose.");
    }

    private static Verdict EvaluateArt15(in RuleContext a) =>
        Checklist.Unless(ChineseDuties.ConsentGate(a))
            .AppliesWhen(a.ConsentObtained(), "No consent was obtained, so there is none to withdraw (the missing consent is Art. 13's and Art. 29's matter).")
            .Requires(a.WithdrawalChannel(), "Individuals have no convenient way to withdraw their consent")
            .Verdict(
                violated: "",
                undetermined: "Whether consent was obtained and can be withdrawn conveniently decides this rule.",
                satisfied: "Individuals can withdraw their consent through a convenient channel.");

    private static Verdict EvaluateArt21(in RuleContext a)
    {
        var entrusted = a.Entrusted();
        return Checklist.Start
            .AppliesWhen(entrusted, "The processing is not entrusted to another party.")
            .FixesTerms(a, Art21Terms, entrustment: true)
            .Requires(a.EntrustedPartySupervised(), "the processor does not supervise the entrusted party")
            .Forbids(a.ProcessedBeyondAgreement(), "the entrusted party processes beyond the agreed purpose or method (¶2)")
            .Forbids(a.SubEntrustedWithoutConsent(), "the entrusted party sub-entrusted the processing without the processor's consent (¶3)")
            .Forbids(a.RetainedAfterEnd(), "the entrusted party kept the information after the agreement ended instead of returning or deleting it (¶2)")
            .Verdict(
                violated: "The entrusted processing falls short of Art. 21: ",
                undetermined: "Whether the processing is entrusted, what the agreement fixes (purpose, period, method, categories, protection measures, rights and duties), whether the processor supervises, and whether the entrusted party stays within the agreement, asks before sub-entrusting and returns or deletes the information at the end decide this rule.",
                satisfied: "The entrustment agreement fixes the purpose, period, method, categories, protection measures and both parties' rights and duties; the processor supervises, and the entrusted party stays within it, has not sub-entrusted without consent and has kept nothing after an end.");
    }

    private static Verdict EvaluateArt23(in RuleContext a)
    {
        var shared = a.SharedWithThirdParties();
        var consentRequired = ChineseDuties.ConsentRequired(a);
        return Checklist.Start
            .AppliesWhen(shared, "The facial information is not provided to another processor.")
            .Requires(a.RecipientDisclosed(), "the individuals were not told the recipient's name, contact details, purpose, method and categories")
            .Needs(consentRequired)
            .Requires(a.SeparateConsentForSharing(), "the individuals did not separately consent to the provision", when: consentRequired.IsTrue)
            .Verdict(
                violated: "The facial information is provided to another processor in breach of Art. 23: ",
                undetermined: "Whether the information is provided to another processor, whether the individuals were told who receives it and why, and (where consent is the basis) their separate consent decide this rule.",
                satisfied: consentRequired.IsTrue
                    ? "The individuals were told the recipient's identity, contact details, purpose, method and categories, and separately consented to the provision."
                    : "The individuals were told the recipient's identity, contact details, purpose, method and categories; the basis relied on dispenses with consent (Art. 13 ¶2).");
    }

    private static Verdict EvaluateArt54(in RuleContext a)
    {
        var done = a.AuditDone();
        if (done.IsUnknown)
        {
            return Verdict.Undetermined("Whether, and when, the processing was last audited for compliance decides this rule.", done);
        }

        if (done.IsFalse)
        {
            return Verdict.Undetermined(
                "No compliance audit has ever been done. Art. 54 demands regular audits but fixes no interval (the CAC audit measures set one only for processors of over 10 million persons, CN-CAC-PICA-19), so how long processing may run before the first one is a judgement — plan one.",
                FactPaths.Audit.Done);
        }

        if (!(a.LastAuditOn is LocalDate last))
        {
            return Verdict.Undetermined("A compliance audit was done; when the last one was completed decides whether the audits are regular.", FactPaths.Audit.LastAuditOn);
        }

        var to = a.To;
        return last.PlusYears(2) >= to
            ? Verdict.Satisfied($"The last compliance audit, completed on {ChineseDuties.Iso(last)}, lies within the two years before {ChineseDuties.Iso(to)}: regular even by the CAC's shortest interval.")
            : Verdict.Undetermined(
                $"The last compliance audit was completed on {ChineseDuties.Iso(last)}, more than two years before {ChineseDuties.Iso(to)}; Art. 54 fixes no interval, so whether that is regular is a judgement (processors of over 10 million persons: CN-CAC-PICA-19).",
                FactPaths.Audit.LastAuditOn);
    }

    private static Verdict EvaluateArt38(in RuleContext a)
    {
        var crossBorder = ChineseDuties.CrossBorder(a);
        if (crossBorder.IsFalse)
        {
            return Verdict.NotApplicable("The facial information is not provided outside the PRC.");
        }

        if (crossBorder.IsUnknown)
        {
            return Verdict.Undetermined("Whether the facial information leaves the PRC decides whether this rule applies.", crossBorder);
        }

        var mechanism = a.CrossBorderMechanism;
        if (mechanism == CrossBorderMechanism.SecurityAssessment)
        {
            return Verdict.Satisfied("The transfer abroad rests on a CAC security assessment, which every regime accepts.");
        }

        // The regime in force on the last assessed day decides: the 2024 Provisions from 2024-03-22, the 2022
        // assessment measures from 2022-09-01, before that the PIPL's routes without CAC thresholds.
        var to = a.To;
        return to >= CrossBorderProvisions2024 ? CrossBorder2024(a, mechanism)
            : to >= AssessmentMeasures2022 ? CrossBorder2022(a, mechanism)
            : mechanism switch
            {
                null => Verdict.Undetermined("The facial information leaves the PRC; the transfer mechanism decides this rule.", FactPaths.Storage.CrossBorderMechanism),
                CrossBorderMechanism.None => Verdict.Violated("The facial information is provided outside the PRC without a security assessment, certification or standard contract.", new Fact(true, FactPaths.Storage.CrossBorderMechanism)),
                _ => Verdict.Satisfied("The transfer abroad rests on a certification or standard contract; no CAC volume thresholds were in force yet (the assessment measures took effect on 2022-09-01)."),
            };
    }

    /// <summary>
    /// The Provisions on Promoting and Regulating Cross-border Data Flows (2024-03-22), Arts. 5, 7 and 8, with NDSMR
    /// Art. 35: exempt transfers need nothing; a CIIO, or a processor that has exported the sensitive personal
    /// information of 10,000 persons (or the personal information of 1,000,000) since 1 January, needs the security
    /// assessment; below that, the standard contract or a certification. Unknown volumes are never Satisfied.
    /// </summary>
    private static Verdict CrossBorder2024(in RuleContext a, CrossBorderMechanism? mechanism)
    {
        var exemption = a.CrossBorderExemption;
        if (exemption is CrossBorderExemption e && e != CrossBorderExemption.None)
        {
            return Verdict.Satisfied($"The transfer relies on the {e} exemption (2024 cross-border provisions Art. 5; NDSMR Art. 35), which needs no assessment, contract or certification.");
        }

        var ciio = a.ProcessorIs(ProcessorKind.CriticalInformationInfrastructureOperator);
        var sensitive = a.SensitivePersonsExportedThisYear;
        var persons = a.PersonsExportedThisYear;
        if (ciio.IsTrue || sensitive >= Art38SensitiveAssessmentThreshold || persons >= Art38AssessmentThreshold)
        {
            return Verdict.Violated(
                $"A CAC security assessment is required (2024 cross-border provisions Art. 7: a CIIO, or since 1 January sensitive information of {Art38SensitiveAssessmentThreshold:N0} persons or information of {Art38AssessmentThreshold:N0}), but the transfer relies on {(mechanism is null ? "no stated mechanism" : mechanism.ToString())}.",
                ciio.IsTrue ? ciio : new Fact(true, sensitive >= Art38SensitiveAssessmentThreshold ? FactPaths.Storage.SensitivePersonsExportedThisYear : FactPaths.Storage.PersonsExportedThisYear));
        }

        if (exemption is null || ciio.IsUnknown || sensitive is null || persons is null)
        {
            return Verdict.Undetermined(
                "Whether an exemption applies, whether the processor is a CIIO, and how many persons' (sensitive) personal information it has provided abroad since 1 January decide which route the transfer needs.",
                new Fact(exemption is null ? (bool?)null : true, FactPaths.Storage.CrossBorderExemption), ciio,
                new Fact(sensitive is null ? (bool?)null : true, FactPaths.Storage.SensitivePersonsExportedThisYear),
                new Fact(persons is null ? (bool?)null : true, FactPaths.Storage.PersonsExportedThisYear));
        }

        return mechanism switch
        {
            null => Verdict.Undetermined("Below the assessment thresholds the standard contract or a certification is needed; the transfer mechanism decides this rule.", FactPaths.Storage.CrossBorderMechanism),
            CrossBorderMechanism.None when sensitive == 0 && persons < Art38ExemptThreshold =>
                Verdict.Satisfied($"No sensitive personal information and that of fewer than {Art38ExemptThreshold:N0} persons has been provided abroad since 1 January: exempt (2024 cross-border provisions Art. 5(4))."),
            CrossBorderMechanism.None => Verdict.Violated("Below the assessment thresholds the transfer still needs the CAC standard contract or a certification (2024 cross-border provisions Art. 8), and relies on neither.", new Fact(true, FactPaths.Storage.CrossBorderMechanism)),
            _ => Verdict.Satisfied($"Below the assessment thresholds (fewer than {Art38SensitiveAssessmentThreshold:N0} persons' sensitive information since 1 January, not a CIIO), the transfer rests on the {mechanism} (2024 cross-border provisions Art. 8)."),
        };
    }

    /// <summary>
    /// The Measures on Security Assessment of Outbound Data Transfers (2022-09-01), Art. 4: a CIIO, a processor holding
    /// the personal information of 1,000,000 persons, or one that has exported that of 100,000 persons or the sensitive
    /// information of 10,000 since 1 January of the previous year needs the assessment. The activity gives this
    /// year's counts, a lower bound: above a threshold the assessment is certainly required; below, undetermined.
    /// </summary>
    private static Verdict CrossBorder2022(in RuleContext a, CrossBorderMechanism? mechanism)
    {
        var ciio = a.ProcessorIs(ProcessorKind.CriticalInformationInfrastructureOperator);
        var sensitive = a.SensitivePersonsExportedThisYear;
        var persons = a.PersonsExportedThisYear;
        if (ciio.IsTrue || sensitive >= Art38SensitiveAssessmentThreshold || persons >= Art38ExemptThreshold)
        {
            return Verdict.Violated(
                $"A CAC security assessment is required (2022 assessment measures Art. 4), but the transfer relies on {(mechanism is null ? "no stated mechanism" : mechanism.ToString())}.",
                ciio.IsTrue ? ciio : new Fact(true, sensitive >= Art38SensitiveAssessmentThreshold ? FactPaths.Storage.SensitivePersonsExportedThisYear : FactPaths.Storage.PersonsExportedThisYear));
        }

        return mechanism == CrossBorderMechanism.None
            ? Verdict.Violated("The facial information is provided outside the PRC without a security assessment, certification or standard contract.", new Fact(true, FactPaths.Storage.CrossBorderMechanism))
            : Verdict.Undetermined(
                "Under the 2022 assessment measures the route depends on the persons whose (sensitive) information was exported since 1 January of the previous year and the volume held; the activity gives only this year's exports — check the assessment thresholds by hand.",
                new Fact(mechanism is null ? (bool?)null : true, FactPaths.Storage.CrossBorderMechanism), ciio,
                new Fact(null, FactPaths.Storage.SensitivePersonsExportedThisYear));
    }

    private static Verdict EvaluateArt39(in RuleContext a)
    {
        var crossBorder = ChineseDuties.CrossBorder(a);
        var consentRequired = ChineseDuties.ConsentRequired(a);
        var separate = a.SeparateConsentForSharing();
        return Checklist.Start
            .AppliesWhen(crossBorder, "The facial information is not provided outside the PRC.")
            .AppliesWhen(consentRequired, "The processing relies on a legal basis other than consent, which dispenses with consent to the transfer (PIPL Art. 13 ¶2).")
            .Breach(crossBorder.IsTrue && consentRequired.IsTrue && separate.IsFalse, "The facial information is provided outside the PRC without the individuals' separate consent", separate)
            .Needs(separate)
            .Verdict(
                violated: "",
                undetermined: "Whether the information leaves the PRC, the basis, and separate consent to providing it abroad decide this rule.",
                satisfied: "The individuals separately consented to providing their facial information abroad.");
    }

    private static Verdict EvaluateArt40(in RuleContext a)
    {
        var ciio = a.ProcessorIs(ProcessorKind.CriticalInformationInfrastructureOperator);
        var persons = a.StoredPersons;
        var large = persons >= Art40VolumeThreshold;
        if (ciio.IsFalse && persons < Art40VolumeThreshold)
        {
            return Verdict.NotApplicable("The processor is neither a critical information infrastructure operator nor above the volume threshold of 1,000,000 persons.");
        }

        if (!ciio.IsTrue && !large)
        {
            return Verdict.Undetermined("Whether the processor is a critical information infrastructure operator or holds information of 1,000,000 persons or more decides whether this rule applies.",
                ciio, new Fact(persons is null ? (bool?)null : false, FactPaths.Subjects.StoredPersons));
        }

        var crossBorder = ChineseDuties.CrossBorder(a);
        if (crossBorder.IsFalse)
        {
            return Verdict.Satisfied("The facial information is stored in the PRC.");
        }

        if (crossBorder.IsUnknown)
        {
            return Verdict.Undetermined("Whether the facial information leaves the PRC decides this rule.", crossBorder);
        }

        return a.CrossBorderMechanism switch
        {
            null => Verdict.Undetermined("The facial information leaves the PRC; whether a CAC security assessment was passed decides this rule.", FactPaths.Storage.CrossBorderMechanism),
            CrossBorderMechanism.SecurityAssessment => Verdict.Satisfied("The facial information leaves the PRC only after a CAC security assessment."),
            _ => Verdict.Violated("A processor bound by Art. 40 provides facial information outside the PRC without a CAC security assessment.", new Fact(true, FactPaths.Storage.CrossBorderMechanism)),
        };
    }

    private static Verdict EvaluateArt47(in RuleContext a)
    {
        var switched = a.EntryMethodSwitchedUnilaterally();
        var retention = a.Retention;
        var required = ChineseDuties.ConsentRequired(a);
        var obtained = a.ConsentObtained();
        var unlawful = a.LegalBasis == LegalBasis.None ? a.LegalBasisIs(LegalBasis.None)
            : required.IsTrue && obtained.IsFalse ? new Fact(true, FactPaths.Consent.Obtained)
            : default;
        if (unlawful.IsTrue && retention is Period kept && !kept.Equals(Period.Zero))
        {
            return Verdict.Violated($"The information is processed without any lawful basis, so it must be deleted (Art. 47 ¶1(4)); instead it is kept for {kept}.",
                unlawful, new Fact(true, FactPaths.Storage.Retention));
        }

        if (switched.IsTrue)
        {
            // Switching the method is no breach in itself; it stops the service the old information was collected for.
            return Verdict.Undetermined(
                "The entry method was switched, so the service the earlier information was collected for has stopped and that information falls due for deletion (Art. 47 ¶1(2)); whether it was deleted is not described — check it.",
                FactPaths.Changes.EntryMethodSwitchedUnilaterally);
        }

        if (required.IsUnknown || (required.IsTrue && a.LegalBasis != LegalBasis.None && obtained.IsUnknown))
        {
            return Verdict.Undetermined("Whether the processing has a lawful basis decides whether its information must be deleted at once (Art. 47 ¶1(4)).", required, obtained);
        }

        if (switched.IsUnknown || retention is null)
        {
            return Verdict.Undetermined("Whether a bounded retention period is set (after which deletion falls due) and whether the original service was stopped decide this rule.",
                switched, new Fact(retention is null ? (bool?)null : true, FactPaths.Storage.Retention));
        }

        if (retention.Equals(Period.Zero))
        {
            return Verdict.Satisfied("Nothing is kept (retention P0D), and the service the information was collected for continues.");
        }

        // No length of retention is lawful or unlawful in itself: Art. 47 ¶1(1) and Art. 19 tie it to the purpose, so a
        // kept period is Satisfied only when the processor states that it is the shortest the purpose needs.
        var necessary = a.RetentionNecessary();
        return necessary.IsTrue
            ? Verdict.Satisfied($"The information is kept for {retention}, stated to be the shortest the purpose needs and to end when it is achieved, and the service it was collected for continues.")
            : necessary.IsFalse
            ? Verdict.Violated($"The information is kept for {retention}, longer than the purpose needs: once the purpose is achieved it must be deleted (Art. 47 ¶1(1); Art. 19).", necessary, new Fact(true, FactPaths.Storage.Retention))
            : Verdict.Undetermined(
                $"The information is kept for {retention}; whether that is the shortest the purpose needs, ending when the purpose is achieved (Art. 47 ¶1(1), Art. 19), decides this rule — state it ($.storage.retentionNecessary) or shorten the retention.",
                necessary);
    }

    private static Verdict EvaluateArt56(in RuleContext a)
    {
        var done = a.ImpactAssessmentDone();
        if (done.IsFalse)
        {
            return Verdict.NotApplicable("No impact assessment was done, so there is no report whose contents Art. 56 governs (Art. 55 decides the missing assessment).");
        }

        string? omitted = null;
        Fact covers = default;
        foreach (var element in Art56Elements)
        {
            var includes = a.ImpactAssessmentCovers(element);
            omitted = includes.IsFalse ? (omitted is null ? element.ToString() : omitted + ", " + element) : omitted;
            covers = covers.Path is null || includes.IsFalse || (covers.IsTrue && includes.IsUnknown) ? includes : covers;
        }

        return Checklist.Start
            .AppliesWhen(done, "No impact assessment was done.")
            .Requires(covers, "it omits " + omitted, when: done.IsTrue)
            .Requires(a.ReportKeptThreeYears(), "its report is not kept for 3 years", when: done.IsTrue)
            .Verdict(
                violated: "The impact assessment falls short of Art. 56: ",
                undetermined: "Whether an impact assessment was done, whether it covers the lawfulness and necessity of the purpose and method, the impact and risks, and the adequacy of the measures, and whether its report is kept 3 years decide this rule.",
                satisfied: "The impact assessment covers the lawfulness and necessity of the purpose and method, the impact and risks, and the adequacy of the measures, and its report is kept at least 3 years.");
    }

    private static Verdict EvaluateArt57(in RuleContext a)
    {
        var incident = a.SecurityIncident();
        return Checklist.Start
            .AppliesWhen(incident, "No leak, tampering or loss occurred.")
            .Requires(a.RegulatorNotified(), "the regulator was not notified", when: incident.IsTrue)
            .Requires(a.IndividualsNotified(), "the individuals were not notified (only measures that effectively avoid harm excuse this, Art. 57 ¶2)", when: incident.IsTrue)
            .Verdict(
                violated: "Facial information leaked, was tampered with or lost, but ",
                undetermined: "Whether an incident occurred and who was notified decide this rule.",
                satisfied: "After the incident the regulator and the individuals were notified.");
    }
}
