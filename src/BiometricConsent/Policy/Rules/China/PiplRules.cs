using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China
{
    /// <summary>
    /// Personal Information Protection Law of the PRC (effective 2021-11-01): the articles bearing on facial
    /// information, which is biometric and so sensitive personal information (Art. 28) (obligations.md §3). Every
    /// violation carries the penalty exposure of Art. 66.
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

        private static readonly NoticeElement[] Art17Elements =
        {
            NoticeElement.ProcessorIdentity, NoticeElement.Purpose, NoticeElement.Method, NoticeElement.DataCategories,
            NoticeElement.Retention, NoticeElement.RightsExercise,
        };

        private static readonly NoticeElement[] Art30Elements = { NoticeElement.Necessity, NoticeElement.Impact };

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

        /// <summary>CN-PIPL-13: processing needs one of the legal bases of Art. 13 ¶1.</summary>
        public static Rule Art13 { get; } = Define("13", "Art. 13",
            "Processing needs a legal basis: consent, contract necessity, a statutory duty, an emergency, news reporting, public information or another law.",
            FactSet.Of(FactPaths.LegalBasis, FactPaths.Consent.Obtained, FactPaths.Necessity.NecessaryForService),
            EvaluateArt13);

        /// <summary>CN-PIPL-14: consent must be informed, voluntary and explicit, and renewed when the purpose changes.</summary>
        public static Rule Art14 { get; } = Define("14", "Art. 14",
            "Consent must be informed, voluntary and explicit, and given afresh when the purpose, method or categories change.",
            ChineseDuties.ConsentBasisChecks + ChineseDuties.ForcedConsentChecks + ChineseDuties.PurposeChangeChecks + FactSet.Of(FactPaths.Consent.Obtained, FactPaths.Notice.Given, FactPaths.Consent.Explicit, FactPaths.Consent.Separate, FactPaths.Consent.Bundled),
            EvaluateArt14);

        /// <summary>CN-PIPL-15: individuals may withdraw consent through a convenient channel.</summary>
        public static Rule Art15 { get; } = Define("15", "Art. 15",
            "Individuals may withdraw their consent, and the processor must provide a convenient way to do so.",
            ChineseDuties.ConsentBasisChecks.With(FactPaths.Consent.Obtained, FactPaths.Consent.WithdrawalChannel),
            EvaluateArt15);

        /// <summary>CN-PIPL-16: no refusing service to those who do not consent, unless the processing is necessary.</summary>
        public static Rule Art16 { get; } = Define("16", "Art. 16",
            "Products or services must not be refused because an individual does not consent, unless the processing is necessary to provide them.",
            ChineseDuties.ForcedConsentChecks,
            EvaluateArt16);

        /// <summary>CN-PIPL-17: notify identity, purpose, method, categories, retention and rights before processing.</summary>
        public static Rule Art17 { get; } = Define("17", "Art. 17",
            "Before processing, individuals must be told the processor's identity, the purpose, method, categories and retention period, and how to exercise their rights.",
            ChineseDuties.PriorNoticeChecks,
            (in RuleContext c) => ChineseDuties.Notice(c.Activity, Art17Elements, beforeProcessing: true,
                "Before processing, individuals were told the processor's identity, the purpose, method, categories, retention period and how to exercise their rights."));

        /// <summary>CN-PIPL-26: identification equipment in public places only for public security, with signs.</summary>
        public static Rule Art26 { get; } = Define("26", "Art. 26",
            "Image-collection or identification equipment in public places must serve public security and be marked by conspicuous signs; other uses need separate consent.",
            ChineseDuties.PublicPlaceEquipmentChecks,
            EvaluateArt26);

        /// <summary>CN-PIPL-28: sensitive information only for a specific purpose, with sufficient necessity and strict protection.</summary>
        public static Rule Art28 { get; } = Define("28", "Art. 28",
            "Biometric (sensitive) information may be processed only for a specific purpose, with sufficient necessity and strict protective measures.",
            ChineseDuties.NecessityChecks + ChineseDuties.EncryptionChecks + FactSet.Of(FactPaths.Purposes),
            EvaluateArt28);

        /// <summary>CN-PIPL-29: sensitive information needs separate consent.</summary>
        public static Rule Art29 { get; } = Define("29", "Art. 29",
            "Sensitive personal information needs the individual's separate consent, and written consent where a law requires it.",
            ChineseDuties.ConsentBasisChecks + ChineseDuties.SeparateConsentChecks,
            (in RuleContext c) => ChineseDuties.SeparateConsentRule(c.Activity));

        /// <summary>CN-PIPL-30: the notice must also state the necessity and the impact on the individual.</summary>
        public static Rule Art30 { get; } = Define("30", "Art. 30",
            "When processing sensitive information, individuals must also be told why it is necessary and how it affects their rights.",
            ChineseDuties.NoticeContentChecks,
            (in RuleContext c) => ChineseDuties.Notice(c.Activity, Art30Elements, beforeProcessing: false,
                "Individuals were told why processing their facial information is necessary and how it affects their rights."));

        /// <summary>CN-PIPL-31: minors under 14 need a parent's or guardian's consent.</summary>
        public static Rule Art31 { get; } = Define("31", "Art. 31",
            "Personal information of minors under 14 needs the consent of a parent or guardian, and special processing rules.",
            ChineseDuties.GuardianConsentChecks,
            (in RuleContext c) => ChineseDuties.GuardianConsent(c.Activity));

        /// <summary>CN-PIPL-38: a transfer abroad needs a security assessment, certification or standard contract.</summary>
        public static Rule Art38 { get; } = Define("38", "Art. 38",
            "Providing personal information outside the PRC needs a CAC security assessment, a protection certification or the CAC standard contract.",
            ChineseDuties.CrossBorderChecks.With(FactPaths.Storage.CrossBorderMechanism),
            EvaluateArt38);

        /// <summary>CN-PIPL-39: a transfer abroad needs the individual's separate consent.</summary>
        public static Rule Art39 { get; } = Define("39", "Art. 39",
            "Providing personal information outside the PRC needs notice of the foreign recipient and the individual's separate consent.",
            ChineseDuties.CrossBorderChecks.With(FactPaths.LegalBasis, FactPaths.Sharing.SeparateConsentForSharing),
            EvaluateArt39);

        /// <summary>CN-PIPL-40: CIIOs and large processors store in China and export only after a CAC security assessment.</summary>
        public static Rule Art40 { get; } = Define("40", "Art. 40",
            "Critical information infrastructure operators and processors above the CAC volume threshold must store personal information in China and export it only after a CAC security assessment.",
            ChineseDuties.CrossBorderChecks.With(FactPaths.Processor.Kinds, FactPaths.Subjects.StoredPersons, FactPaths.Storage.CrossBorderMechanism),
            EvaluateArt40);

        /// <summary>CN-PIPL-47: delete when the purpose is achieved, the service stops, or the retention period ends.</summary>
        public static Rule Art47 { get; } = Define("47", "Art. 47",
            "Personal information must be deleted when the purpose is achieved, the service stops, the retention period expires, consent is withdrawn, or processing was unlawful.",
            FactSet.Of(FactPaths.Changes.EntryMethodSwitchedUnilaterally, FactPaths.Storage.Retention),
            EvaluateArt47);

        /// <summary>CN-PIPL-51: security measures, including encryption.</summary>
        public static Rule Art51 { get; } = Define("51", "Art. 51",
            "The processor must secure personal information: internal rules, classified management, encryption or de-identification, access control, incident plans.",
            ChineseDuties.EncryptionChecks,
            EvaluateArt51);

        /// <summary>CN-PIPL-55: an impact assessment before processing sensitive information.</summary>
        public static Rule Art55 { get; } = Define("55", "Art. 55",
            "Before processing sensitive personal information the processor must carry out a personal-information protection impact assessment and keep records.",
            ChineseDuties.PriorImpactAssessmentChecks,
            (in RuleContext c) => ChineseDuties.PriorImpactAssessment(c.Activity, c.From));

        /// <summary>CN-PIPL-56: what the impact assessment covers; report kept 3 years.</summary>
        public static Rule Art56 { get; } = Define("56", "Art. 56",
            "The impact assessment must cover the lawfulness and necessity of purpose and method, the impact and risks, and the adequacy of the measures; its report is kept at least 3 years.",
            FactSet.Of(FactPaths.ImpactAssessment.Done),
            EvaluateArt56);

        /// <summary>CN-PIPL-57: on a leak, remedy and notify the regulator and the individuals.</summary>
        public static Rule Art57 { get; } = Define("57", "Art. 57",
            "On a leak, tampering or loss the processor must remedy it at once and notify the regulator and the individuals.",
            FactSet.Of(FactPaths.Security.Incident, FactPaths.Security.RegulatorNotified, FactPaths.Security.IndividualsNotified),
            EvaluateArt57);

        /// <summary>The rules of this instrument.</summary>
        public static IReadOnlyList<Rule> All { get; } = new[]
        {
            Art13, Art14, Art15, Art16, Art17, Art26, Art28, Art29, Art30, Art31, Art38, Art39, Art40, Art47, Art51, Art55, Art56, Art57,
        };

        private static Rule Define(string number, string article, string statement, FactSet checks, RuleEvaluator evaluate) =>
            new Rule("CN-PIPL-" + number, Instrument, article, statement, Verification.VerifiedPrimary, evaluate, checks: checks);

        private static Verdict EvaluateArt13(in RuleContext context)
        {
            Activity a = context.Activity;
            switch (a.LegalBasis)
            {
                case null:
                    return Verdict.Undetermined("Which legal basis the processing relies on decides this rule.", FactPaths.LegalBasis);
                case LegalBasis.None:
                    return Verdict.Violated("Facial information is processed without any legal basis: neither consent nor any basis of Art. 13 ¶1(2)–(7).");
                case LegalBasis.Consent:
                    Fact obtained = a.ConsentObtained();
                    return obtained.IsFalse ? Verdict.Violated("The processing relies on consent (Art. 13 ¶1(1)), but no consent was obtained.")
                        : obtained.IsUnknown ? Verdict.Undetermined("The processing relies on consent; whether it was obtained decides this rule.", obtained)
                        : Verdict.Satisfied("The processing relies on the individuals' consent (Art. 13 ¶1(1)), which was obtained.");
                case LegalBasis.Contract:
                    Fact necessary = a.NecessaryForService();
                    return necessary.IsFalse ? Verdict.Violated("The processing relies on contract necessity (Art. 13 ¶1(2)), but recognition is not necessary for the service.")
                        : necessary.IsUnknown ? Verdict.Undetermined("The processing relies on contract necessity; whether recognition is necessary for the service decides this rule.", necessary)
                        : Verdict.Satisfied("The processing is necessary for a contract with the individual (Art. 13 ¶1(2)).");
                case LegalBasis.StatutoryDuty:
                    return Verdict.Satisfied("The processing performs a statutory duty or obligation (Art. 13 ¶1(3)).");
                case LegalBasis.PublicHealthEmergency:
                    return Verdict.Satisfied("The processing responds to a public-health emergency or protects life, health and property in an emergency (Art. 13 ¶1(4)).");
                case LegalBasis.NewsReporting:
                    return Verdict.Satisfied("The processing serves news reporting or public-opinion supervision within a reasonable scope (Art. 13 ¶1(5)).");
                default:
                    return Verdict.Satisfied("The processing maintains public security under State provisions, a basis other laws provide (Art. 13 ¶1(7) with Art. 26).");
            }
        }

        private static Verdict EvaluateArt14(in RuleContext context)
        {
            Activity a = context.Activity;
            if (ChineseDuties.ConsentGate(a) is Verdict gate)
            {
                return gate;
            }

            Fact obtained = a.ConsentObtained();
            if (obtained.IsFalse)
            {
                return Verdict.Violated("The processing needs consent, but none was obtained.");
            }

            var c = default(Checklist);
            c.Need(obtained);
            Fact informed = a.NoticeGiven();
            Fact explicitly = a.ConsentExplicit();
            Fact bundled = a.ConsentSeparate().IsTrue ? new Fact(false, FactPaths.Consent.Bundled) : a.ConsentBundled();
            c.Breach(informed.IsFalse, "it was not informed (no notice was given)");
            c.Breach(explicitly.IsFalse, "it was not explicit");
            c.Breach(bundled.IsTrue, "it was bundled with other authorisations, so not freely given");
            c.Need(informed);
            c.Need(explicitly);
            c.Need(bundled);
            ChineseDuties.NoForcedConsent(ref c, a, switchForces: false);
            ChineseDuties.WithinConsentedPurpose(ref c, a);
            return c.Verdict(
                "The consent relied on is not valid under Art. 14: ",
                "Whether the consent was informed, explicit, unbundled and unforced, and renewed on any change of purpose, decides this rule.",
                "The consent was informed, explicit, not bundled or forced, and covers the current purpose.");
        }

        private static Verdict EvaluateArt15(in RuleContext context)
        {
            Activity a = context.Activity;
            if (ChineseDuties.ConsentGate(a) is Verdict gate)
            {
                return gate;
            }

            Fact obtained = a.ConsentObtained();
            if (obtained.IsFalse)
            {
                return Verdict.NotApplicable("No consent was obtained, so there is none to withdraw (the missing consent is Art. 13's and Art. 29's matter).");
            }

            Fact channel = a.WithdrawalChannel();
            return channel.IsFalse ? Verdict.Violated("Individuals have no convenient way to withdraw their consent.")
                : obtained.IsUnknown || channel.IsUnknown ? Verdict.Undetermined("Whether consent was obtained and can be withdrawn conveniently decides this rule.", obtained, channel)
                : Verdict.Satisfied("Individuals can withdraw their consent through a convenient channel.");
        }

        private static Verdict EvaluateArt16(in RuleContext context) => ChineseDuties.Check(
            null, context.Activity, (ref Checklist c, Activity a) => ChineseDuties.NoForcedConsent(ref c, a, switchForces: false),
            "Individuals who do not consent are refused service: ",
            "Whether service is refused to individuals who do not consent, and whether recognition is necessary for it, decide this rule.",
            "Service is not refused to individuals who do not consent, or recognition is necessary for it.");

        private static Verdict EvaluateArt26(in RuleContext context) =>
            ChineseDuties.PublicPlaceEquipment(context.Activity, null, "Recognition equipment in a public place breaches Art. 26: ");

        private static Verdict EvaluateArt28(in RuleContext context) => ChineseDuties.Check(
            null, context.Activity,
            (ref Checklist c, Activity a) =>
            {
                c.NeedValue(a.Purposes is null, FactPaths.Purposes);
                ChineseDuties.Necessity(ref c, a);
                ChineseDuties.Encrypted(ref c, a);
            },
            "Biometric information is processed without the justification Art. 28 demands: ",
            "The stated purposes, whether recognition is necessary (or an alternative is offered), and whether the information is encrypted decide this rule.",
            "The facial information serves stated purposes, recognition is necessary or an alternative is offered, and the information is encrypted.");


        private static Verdict EvaluateArt38(in RuleContext context)
        {
            Activity a = context.Activity;
            Fact crossBorder = ChineseDuties.CrossBorder(a);
            if (crossBorder.IsFalse)
            {
                return Verdict.NotApplicable("The facial information is not provided outside the PRC.");
            }

            if (crossBorder.IsUnknown)
            {
                return Verdict.Undetermined("Whether the facial information leaves the PRC decides whether this rule applies.", crossBorder);
            }

            switch (a.Storage!.CrossBorderMechanism)
            {
                case null:
                    return Verdict.Undetermined("The facial information leaves the PRC; the transfer mechanism decides this rule.", FactPaths.Storage.CrossBorderMechanism);
                case CrossBorderMechanism.None:
                    return Verdict.Violated("The facial information is provided outside the PRC without a security assessment, certification or standard contract.");
                default:
                    return Verdict.Satisfied("The transfer abroad rests on a CAC security assessment, a certification or the standard contract.");
            }
        }

        private static Verdict EvaluateArt39(in RuleContext context)
        {
            Activity a = context.Activity;
            Fact crossBorder = ChineseDuties.CrossBorder(a);
            if (crossBorder.IsFalse)
            {
                return Verdict.NotApplicable("The facial information is not provided outside the PRC.");
            }

            Fact consentRequired = ChineseDuties.ConsentRequired(a);
            if (consentRequired.IsFalse)
            {
                return Verdict.NotApplicable("The processing relies on a legal basis other than consent, which dispenses with consent to the transfer (PIPL Art. 13 ¶2).");
            }

            // The model has no fact for consent to the transfer as such; separate consent to providing the
            // information to others covers it, a transfer abroad being a provision to a recipient outside the PRC.
            Fact separate = a.SeparateConsentForSharing();
            if (crossBorder.IsTrue && consentRequired.IsTrue && separate.IsFalse)
            {
                return Verdict.Violated("The facial information is provided outside the PRC without the individuals' separate consent.");
            }

            return crossBorder.IsUnknown || consentRequired.IsUnknown || separate.IsUnknown
                ? Verdict.Undetermined("Whether the information leaves the PRC, the basis, and separate consent to providing it abroad decide this rule.", crossBorder, consentRequired, separate)
                : Verdict.Satisfied("The individuals separately consented to providing their facial information abroad.");
        }

        private static Verdict EvaluateArt40(in RuleContext context)
        {
            Activity a = context.Activity;
            Fact ciio = a.ProcessorIs(ProcessorKind.CriticalInformationInfrastructureOperator);
            long? persons = a.Subjects?.StoredPersons;
            bool large = persons >= Art40VolumeThreshold;
            if (ciio.IsFalse && persons < Art40VolumeThreshold)
            {
                return Verdict.NotApplicable("The processor is neither a critical information infrastructure operator nor above the volume threshold of 1,000,000 persons.");
            }

            if (!ciio.IsTrue && !large)
            {
                return Verdict.Undetermined("Whether the processor is a critical information infrastructure operator or holds information of 1,000,000 persons or more decides whether this rule applies.",
                    ciio, new Fact(persons is null ? (bool?)null : false, FactPaths.Subjects.StoredPersons));
            }

            Fact crossBorder = ChineseDuties.CrossBorder(a);
            if (crossBorder.IsFalse)
            {
                return Verdict.Satisfied("The facial information is stored in the PRC.");
            }

            if (crossBorder.IsUnknown)
            {
                return Verdict.Undetermined("Whether the facial information leaves the PRC decides this rule.", crossBorder);
            }

            return a.Storage!.CrossBorderMechanism switch
            {
                null => Verdict.Undetermined("The facial information leaves the PRC; whether a CAC security assessment was passed decides this rule.", FactPaths.Storage.CrossBorderMechanism),
                CrossBorderMechanism.SecurityAssessment => Verdict.Satisfied("The facial information leaves the PRC only after a CAC security assessment."),
                _ => Verdict.Violated("A processor bound by Art. 40 provides facial information outside the PRC without a CAC security assessment."),
            };
        }

        private static Verdict EvaluateArt47(in RuleContext context)
        {
            Activity a = context.Activity;
            Fact switched = a.EntryMethodSwitchedUnilaterally();
            if (switched.IsTrue)
            {
                // Guo Bing, second instance: the service the information was collected for stopped, so it falls due for deletion.
                return Verdict.Violated("The service the information was collected for was stopped when the entry method was switched, yet the information is kept for the new method instead of being deleted (Art. 47 ¶1(2)).");
            }

            Fact retention = new Fact(a.Storage?.Retention is null ? (bool?)null : true, FactPaths.Storage.Retention);
            return switched.IsUnknown || retention.IsUnknown
                ? Verdict.Undetermined("Whether a retention period is set (after which deletion falls due) and whether the original service was stopped decide this rule.", switched, retention)
                : Verdict.Satisfied("A retention period is set, after which the information falls due for deletion, and the service it was collected for continues.");
        }

        private static Verdict EvaluateArt51(in RuleContext context) => ChineseDuties.Check(
            null, context.Activity, ChineseDuties.Encrypted,
            "The security measures Art. 51 requires are missing: ",
            "Whether the facial information is encrypted decides this rule.",
            "The facial information is stored encrypted.");

        private static Verdict EvaluateArt56(in RuleContext context)
        {
            Fact done = context.Activity.ImpactAssessmentDone();
            if (done.IsFalse)
            {
                return Verdict.NotApplicable("No impact assessment was done, so there is no report whose contents Art. 56 governs (Art. 55 decides the missing assessment).");
            }

            return done.IsUnknown
                ? Verdict.Undetermined("Whether an impact assessment was done decides whether this rule applies.", done)
                : Verdict.Undetermined(
                    "An impact assessment was done; the activity model does not describe its contents (necessity, impact, risks, measures) or the keeping of its report for 3 years, so check them by hand.",
                    FactPaths.ImpactAssessment.Self);
        }

        private static Verdict EvaluateArt57(in RuleContext context)
        {
            Activity a = context.Activity;
            Fact incident = a.SecurityIncident();
            if (incident.IsFalse)
            {
                return Verdict.NotApplicable("No leak, tampering or loss occurred.");
            }

            var c = default(Checklist);
            c.Need(incident);
            Fact regulator = a.RegulatorNotified();
            Fact individuals = a.IndividualsNotified();
            c.Breach(incident.IsTrue && regulator.IsFalse, "the regulator was not notified");
            c.Breach(incident.IsTrue && individuals.IsFalse, "the individuals were not notified (only measures that effectively avoid harm excuse this, Art. 57 ¶2)");
            if (incident.IsTrue)
            {
                c.Need(regulator);
                c.Need(individuals);
            }

            return c.Verdict(
                "Facial information leaked, was tampered with or lost, but ",
                "Whether an incident occurred and who was notified decide this rule.",
                "After the incident the regulator and the individuals were notified.");
        }
    }
}
