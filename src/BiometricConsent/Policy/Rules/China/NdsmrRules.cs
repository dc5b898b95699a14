using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Regulations on Network Data Security Management (State Council Order No. 790, effective 2025-01-01), the
/// articles on personal information that bear on facial information. Violations of Art. 22 are punished under
/// Art. 55, as are those of Art. 12 (Art. 55 lists Arts. 12, 16–20, 22 and others [V-S]); the others under the laws the Regulations implement. Every facial-recognition activity is taken to
/// process network data (the model has no fact for an entirely offline system). Each rule's statement, checked
/// facts and gaps are listed in docs/rules-catalog.md.
/// </summary>
public static class NdsmrRules
{
    /// <summary>The penalty of Art. 55, which covers violations of Arts. 12 and 22.</summary>
    public const string Art55Penalty =
        "NDSMR Art. 55: order to correct, warning, confiscation of illegal gains; if correction is refused or the circumstances are serious, " +
        "a fine of up to CNY 1 million, suspension of the related business or revocation of licences; responsible persons CNY 10,000–100,000";

    /// <summary>The penalty route of the articles Art. 55 does not list.</summary>
    public const string OtherPenalty = "NDSMR Art. 58: violations not listed in Art. 55 are punished under the Cybersecurity Law, the Data Security Law and the PIPL — for personal information PIPL Art. 66";

    private static readonly AgreementTerm[] Art12Terms =
    {
        AgreementTerm.Purpose, AgreementTerm.Method, AgreementTerm.DataCategories, AgreementTerm.ProtectionMeasures,
    };

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

    /// <summary>CN-NDSMR-12.</summary>
    public static Rule Art12 { get; } = new Rule(
        "CN-NDSMR-12",
        Instrument,
        "Art. 12",
        "Providing personal information to another network data processor, or entrusting its processing, needs a contract or the like fixing the purpose, method, scope and security duties, supervision of the recipient, and records of the provision or entrustment kept at least 3 years.",
        Verification.VerifiedSecondary,
        EvaluateArt12,
        penalty: Art55Penalty,
        checks: FactSet.Of(
            FactPaths.Sharing.SharedWithThirdParties, FactPaths.Sharing.AgreementTerms, FactPaths.Sharing.RecipientsSupervised, FactPaths.Sharing.RecordsKeptThreeYears,
            FactPaths.Entrustment.Entrusted, FactPaths.Entrustment.AgreementTerms, FactPaths.Entrustment.Supervised, FactPaths.Entrustment.RecordsKeptThreeYears),
        notModelled: "important data; joint processors' agreement on their rights and duties (¶2); the recipient's own duty to process within what was agreed; a contract \"or the like\" is read as any agreement whose terms are listed");

    /// <summary>CN-NDSMR-21.</summary>
    public static Rule Art21 { get; } = Define("21", "Art. 21",
        "Personal-information processing rules must be prominent and state the processor's identity, purposes, methods, categories, the necessity and impact of sensitive information, the retention period, and how to exercise rights.",
        checks: ChineseDuties.NoticeContentChecks,
        notModelled: "whether the rules are prominent; the handling of information after the retention period; the special rules for minors under 14",
        OtherPenalty,
        (in RuleContext c) => c.NoticeGiven().IsFalse
            ? Verdict.NotApplicable("No notice is given, so there are no processing rules for Art. 21 to govern (PIPL Art. 17 decides the missing notice).")
            : ChineseDuties.Notice(c, Art21Elements, beforeProcessing: false,
                "The processing rules state the processor's identity, purposes, methods, categories, necessity and impact, retention period and how to exercise rights."));

    /// <summary>CN-NDSMR-22.1.</summary>
    public static Rule Art22Para1Item1 { get; } = Define("22.1", "Art. 22 ¶1(1)",
        "Consent-based collection must be necessary for the product or service, and consent must not be obtained by misleading, fraud or coercion.",
        checks: ChineseDuties.ConsentBasisChecks + ChineseDuties.NecessityChecks + ChineseDuties.ForcedConsentChecks,
        notModelled: "misleading or fraud in obtaining consent: coercion is read as refusing service or making consent a condition of it; necessity itself, a judgement (read as: necessary for the service, or an offered alternative and an impact assessment that weighed necessity)",
        Art55Penalty,
        (in RuleContext c) => Checklist.Unless(ChineseDuties.ConsentGate(c)).Necessity(c).NoForcedConsent(c, switchForces: false).Verdict(
            violated: "Consent-based collection breaches Art. 22 ¶1(1): ",
            undetermined: "Whether recognition is necessary for the service (if not, an offered alternative and an impact assessment that weighed its necessity) and whether consent is forced decide this rule; an offered alternative alone does not show the collection is necessary.",
            satisfied: "Consent is not forced, and the collection is necessary for the service, or optional beside an offered alternative with its necessity weighed in the impact assessment."));

    /// <summary>CN-NDSMR-22.2.</summary>
    public static Rule Art22Para1Item2 { get; } = Define("22.2", "Art. 22 ¶1(2)",
        "Biometric and other sensitive personal information needs the individual's separate consent.",
        checks: ChineseDuties.ConsentBasisChecks + ChineseDuties.SeparateConsentChecks,
        notModelled: null,
        Art55Penalty,
        ChineseDuties.SeparateConsentRule);

    /// <summary>CN-NDSMR-22.3.</summary>
    public static Rule Art22Para1Item3 { get; } = Define("22.3", "Art. 22 ¶1(3)",
        "Personal information of minors under 14 needs the consent of a parent or guardian.",
        checks: ChineseDuties.GuardianConsentChecks,
        notModelled: null,
        Art55Penalty,
        ChineseDuties.GuardianConsent);

    /// <summary>CN-NDSMR-22.4.</summary>
    public static Rule Art22Para1Items4To6 { get; } = Define("22.4", "Art. 22 ¶1(4)–(6), ¶2",
        "Processing must stay within the consented purpose, method, categories and retention, without frequent re-asking after a refusal, and needs fresh consent when they change.",
        checks: ChineseDuties.ConsentBasisChecks + ChineseDuties.PurposeChangeChecks,
        notModelled: "changes of method, categories or retention (only a purpose extended beyond the original is described); frequent re-asking after a refusal; written consent where a law requires it (¶2)",
        Art55Penalty,
        (in RuleContext c) => Checklist.Unless(ChineseDuties.ConsentGate(c)).WithinConsentedPurpose(c).Verdict(
            violated: "Processing goes beyond the consent: ",
            undetermined: "Whether the purpose was extended beyond the original, and whether fresh consent was obtained, decide this rule.",
            satisfied: "Processing stays within the purpose consented to, or fresh consent covers the change."));

    /// <summary>CN-NDSMR-24.</summary>
    public static Rule Art24 { get; } = Define("24", "Art. 24",
        "Personal information collected unavoidably though not needed (such as bystanders captured by cameras) or without lawful consent must be deleted or anonymised; where a law requires keeping it, only storage and security are allowed.",
        checks: ChineseDuties.ConsentBasisChecks + FactSet.Of(FactPaths.Consent.Obtained, FactPaths.PublicPlace, FactPaths.Subjects.Kinds, FactPaths.Function, FactPaths.Storage.Retention),
        notModelled: "deletion itself: the retention is read as how long the information is kept (P0D: discarded at capture); whether bystanders' faces are discarded when other faces are kept; whether a law requires keeping footage, and whether kept footage is used beyond storage and security; account closure",
        OtherPenalty,
        EvaluateArt24);

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[]
    {
        Art12, Art21, Art22Para1Item1, Art22Para1Item2, Art22Para1Item3, Art22Para1Items4To6, Art24,
    };

    private static Rule Define(string number, string article, string statement, FactSet checks, string? notModelled, string penalty, RuleEvaluator evaluate) =>
        new Rule("CN-NDSMR-" + number, Instrument, article, statement, Verification.VerifiedPrimary, evaluate, penalty: penalty, checks: checks, notModelled: notModelled);

    private static Verdict EvaluateArt12(in RuleContext a)
    {
        // Art. 12 binds both roles the same way; an activity may have entrusted vendors and independent recipients at once.
        var shared = a.SharedWithThirdParties();
        var entrusted = a.Entrusted();
        var list = Checklist.Start
            .AndUnless(shared.IsFalse && entrusted.IsFalse ? Verdict.NotApplicable("The personal information is neither provided to another processor nor entrusted to one.") : null)
            .Needs(shared)
            .Needs(entrusted);
        if (entrusted.IsTrue)
        {
            list = list.FixesTerms(a, Art12Terms, entrustment: true)
                .Requires(a.EntrustedPartySupervised(), "the entrusted party is not supervised")
                .Requires(a.EntrustmentRecordsKept(), "records of the entrusted processing are not kept 3 years");
        }

        if (shared.IsTrue)
        {
            list = list.FixesTerms(a, Art12Terms, entrustment: false)
                .Requires(a.RecipientsSupervised(), "the recipients are not supervised")
                .Requires(a.SharingRecordsKept(), "records of the provision are not kept 3 years");
        }

        return list.Verdict(
            violated: "Providing or entrusting personal information falls short of Art. 12: ",
            undetermined: "Whether the information is provided to or entrusted to another processor, what the agreements fix (purpose, method, scope, security duties), supervision of the recipients, and records kept 3 years decide this rule.",
            satisfied: "Every provision or entrustment rests on an agreement fixing the purpose, method, scope and security duties; the recipients are supervised and the records kept 3 years.");
    }

    private static Verdict EvaluateArt24(in RuleContext a)
    {
        // Art. 24 binds where information was collected without lawful consent, or collected unavoidably though not
        // needed (bystanders in view of automated capture); its duty is to delete or anonymise that information.
        var required = ChineseDuties.ConsentRequired(a);
        var obtained = a.ConsentObtained();
        var withoutConsent = required.IsFalse ? required
            : a.LegalBasis == LegalBasis.None ? a.LegalBasisIs(LegalBasis.None)
            : required.IsTrue ? new Fact(obtained.IsUnknown ? (bool?)null : obtained.IsFalse, FactPaths.Consent.Obtained)
            : required;

        // Bystanders are captured where the place is public (or the individuals include the public) and recognition
        // scans everyone in view, i.e. anything but one-to-one verification at a terminal.
        var publicPlace = a.PublicPlace();
        var open = new Fact(publicPlace.IsTrue || a.SubjectsInclude(SubjectKind.Public).IsTrue ? true : publicPlace.Value, FactPaths.PublicPlace);
        var scans = new Fact(a.Function is RecognitionFunction f ? f != RecognitionFunction.Verification : (bool?)null, FactPaths.Function);
        var bystanders = open.IsTrue && scans.IsTrue;
        if (withoutConsent.IsFalse && (open.IsFalse || scans.IsFalse))
        {
            return Verdict.NotApplicable("The information was collected with consent or on another basis, and no bystanders are captured.");
        }

        if (!withoutConsent.IsTrue && !bystanders)
        {
            return Verdict.Undetermined("Whether the information was collected without lawful consent, or captures bystanders (a public place, recognition beyond one-to-one verification), decides whether this rule applies.",
                withoutConsent, open, scans);
        }

        var retention = a.Retention;
        if (retention is null)
        {
            return Verdict.Undetermined(withoutConsent.IsTrue
                ? "Facial information is collected without lawful consent; how long it is kept decides whether it is deleted or anonymised."
                : "Bystanders' faces are captured; how long faces are kept decides this rule.", FactPaths.Storage.Retention);
        }

        if (retention.Equals(Period.Zero))
        {
            return Verdict.Satisfied(withoutConsent.IsTrue
                ? "Facial information collected without lawful consent is not kept (retention P0D)."
                : "Faces captured incidentally are not kept (retention P0D).");
        }

        if (withoutConsent.IsTrue)
        {
            return Verdict.Violated($"Facial information collected without lawful consent is kept for {retention} instead of being deleted or anonymised.",
                withoutConsent, new Fact(true, FactPaths.Storage.Retention));
        }

        return Verdict.Undetermined(a.LegalBasis is LegalBasis.StatutoryDuty or LegalBasis.PublicSecurity
            ? "Bystanders' faces are captured and footage is kept; where a law requires keeping it, Art. 24 allows only storage and security measures — whether such a law applies, and whether bystanders' faces are used beyond that, is not described (check it)."
            : "Bystanders' faces are captured and facial information is kept; whether bystanders' faces are deleted or anonymised at once is not described (describe the activity with retention P0D if faces not needed are discarded at capture).",
            FactPaths.Storage.Retention);
    }
}
