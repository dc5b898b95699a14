using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// SPC Provisions on civil cases involving facial recognition (法释〔2021〕15号, effective 2021-08-01, not applied
/// to acts before that date — Art. 16 ¶2). A judicial interpretation: <c>Violated</c> means a court would find
/// infringement, reject the consent defence, or grant the remedy. Each rule's statement, checked facts and gaps are
/// listed in docs/rules-catalog.md.
/// </summary>
/// <remarks>
/// The Art. 5(1)–(3) defences (public-health emergency, public security in public places with signs, news
/// reporting) turn the Art. 2(1), 2(2), 2(3) and 2(8) findings — lawfulness, disclosure, consent and the
/// catch-all — into <c>NotApplicable</c> citing Art. 5. They do not excuse exceeding the stated scope (2(4)), a
/// security failure (2(5)), unlawful provision to others (2(6)) or processing in private spaces (2(7)): the
/// defences presuppose processing within the State provisions and a reasonable scope.
/// </remarks>
public static partial class SpcFrProvisionsRules
{
    /// <summary>What the scope gate of every rule reads: facial information, processed by civil subjects.</summary>
    private static readonly FactSet ScopeChecks = FactSet.Of(FactPaths.Modalities, FactPaths.Processor.Kinds);

    /// <summary>What the Art. 5(1)–(3) defences read.</summary>
    private static readonly FactSet DefenceChecks = FactSet.Of(
        FactPaths.LegalBasis, FactPaths.Purposes, FactPaths.PublicPlace, FactPaths.Notice.Given, FactPaths.Notice.ConspicuousSigns,
        FactPaths.Necessity.NecessaryForLegalBasis);

    /// <summary>What the lawfulness test of Art. 2(1) reads.</summary>
    private static readonly FactSet LawfulnessChecks = FactSet.Of(
        FactPaths.Notice.Given, FactPaths.LegalBasis, FactPaths.Consent.Obtained, FactPaths.Consent.Separate, FactPaths.Necessity.NecessaryForService);

    /// <summary>What the Art. 4 consent-defence gate reads.</summary>
    private static readonly FactSet ConsentDefenceChecks = ScopeChecks.With(FactPaths.LegalBasis, FactPaths.Consent.Obtained);

    private static readonly NoticeElement[] PurposeMethodScope = { NoticeElement.Purpose, NoticeElement.Method, NoticeElement.DataCategories };

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-SPC-FR",
        name: "SPC Provisions on Civil Cases Involving the Use of Facial Recognition Technology to Process Personal Information",
        shortName: "SPC FR Provisions",
        chineseTitle: "最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定",
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.CivilCourt,
        effectiveFrom: new LocalDate(2021, 8, 1),
        penalty: "Civil liability: damages including reasonable costs of stopping the infringement and attorney fees (Art. 8; Civil Code Art. 1182); personality-rights injunction (Art. 9)",
        temporalNote: "Art. 16 ¶2: not applied to processing acts before 2021-08-01");

    /// <summary>CN-SPC-FR-2.1.</summary>
    public static Rule Art2Item1 { get; } = Create("2.1", "Art. 2(1)",
        "Facial verification, identification or analysis in hotels, malls, banks, stations, airports, stadiums, entertainment venues or other business premises and public places in violation of laws or administrative regulations is an infringement.",
        checks: ScopeChecks + LawfulnessChecks + DefenceChecks + FactSet.Of(FactPaths.Function, FactPaths.Venue),
        notModelled: "breaches of laws other than a missing notice, a missing basis, consent that is not separate, or a contract basis without necessity (\"in violation of laws\" is read as Civil Code Art. 1035, later the PIPL)",
        EvaluateArt2Item1);

    /// <summary>CN-SPC-FR-2.2.</summary>
    public static Rule Art2Item2 { get; } = Create("2.2", "Art. 2(2)",
        "Processing facial information without disclosing the processing rules or expressly stating the purpose, method and scope is an infringement.",
        checks: ScopeChecks + DefenceChecks + ChineseDuties.NoticeContentChecks,
        notModelled: null,
        EvaluateArt2Item2);

    /// <summary>CN-SPC-FR-2.3.</summary>
    public static Rule Art2Item3 { get; } = Create("2.3", "Art. 2(3)",
        "Processing facial information without the separate consent of the individual, or of the guardian for a minor under 14, is an infringement.",
        checks: ScopeChecks + DefenceChecks + ChineseDuties.GuardianConsentChecks + ChineseDuties.SeparateConsentChecks,
        notModelled: "written consent where a law or administrative regulation requires it: none is known to require it for facial information, so $.consent.written is not read",
        EvaluateArt2Item3);

    /// <summary>CN-SPC-FR-2.4.</summary>
    public static Rule Art2Item4 { get; } = Create("2.4", "Art. 2(4)",
        "Processing facial information beyond the purpose, method or scope stated by the processor or agreed with the individual is an infringement.",
        checks: ScopeChecks + ChineseDuties.PurposeChangeChecks,
        notModelled: "processing beyond the stated or agreed method or scope (only a purpose extended beyond the original is described)",
        EvaluateArt2Item4);

    /// <summary>CN-SPC-FR-2.5.</summary>
    public static Rule Art2Item5 { get; } = Create("2.5", "Art. 2(5)",
        "Failing to take due technical or other necessary measures, resulting in facial information being leaked, tampered with or lost, is an infringement.",
        checks: ScopeChecks.With(FactPaths.Security.Incident),
        notModelled: "the measures taken: any leak, tampering or loss is a violation, which the processor may answer by showing it took due measures",
        EvaluateArt2Item5,
        mentions: FactSet.Of(FactPaths.Storage.Encrypted));

    /// <summary>CN-SPC-FR-2.6.</summary>
    public static Rule Art2Item6 { get; } = Create("2.6", "Art. 2(6)",
        "Providing facial information to others in violation of laws, administrative regulations or the agreement is an infringement.",
        checks: ScopeChecks.With(FactPaths.Sharing.SharedWithThirdParties, FactPaths.Sharing.SeparateConsentForSharing, FactPaths.Sharing.Sold),
        notModelled: "unlawful provision other than selling, or providing without separate consent",
        EvaluateArt2Item6);

    /// <summary>CN-SPC-FR-2.7.</summary>
    public static Rule Art2Item7 { get; } = Create("2.7", "Art. 2(7)",
        "Processing facial information contrary to public order and good morals is an infringement.",
        checks: ScopeChecks.With(FactPaths.Venue),
        notModelled: "circumstances contrary to public order and good morals other than recognition in a private space within a public place (" + PrivateSpaces.Named + "): elsewhere the rule is NotApplicable, never Satisfied",
        EvaluateArt2Item7);

    /// <summary>CN-SPC-FR-2.8.</summary>
    public static Rule Art2Item8 { get; } = Create("2.8", "Art. 2(8)",
        "Any other processing of facial information that breaches the principles of lawfulness, legitimacy and necessity is an infringement.",
        checks: ScopeChecks + DefenceChecks + ChineseDuties.ConsentBasisChecks + FactSet.Of(FactPaths.Necessity.NecessaryForService, FactPaths.Consent.Obtained),
        notModelled: "breaches of the principles other than processing without any basis, on consent not obtained, on a contract basis without necessity, or on a statutory duty or public security the processor has no mandate for; whether an emergency or news basis is real",
        EvaluateArt2Item8);

    /// <summary>CN-SPC-FR-4.1.</summary>
    public static Rule Art4Item1 { get; } = Create("4.1", "Art. 4(1)",
        "Consent required as a condition of a product or service is no defence, unless facial processing is necessary for it.",
        checks: ConsentDefenceChecks + ChineseDuties.ForcedConsentChecks,
        notModelled: null,
        EvaluateArt4Item1);

    /// <summary>CN-SPC-FR-4.2.</summary>
    public static Rule Art4Item2 { get; } = Create("4.2", "Art. 4(2)",
        "Consent obtained by bundling it with other authorisations is no defence.",
        checks: ConsentDefenceChecks.With(FactPaths.Consent.Bundled),
        notModelled: null,
        (in RuleContext c) => Checklist.Unless(ConsentDefenceGate(c))
            .Forbids(c.ConsentBundled(), "Consent was bundled with other authorisations: the consent defence fails")
            .Verdict(
                violated: "",
                undetermined: "Whether consent was bundled with other authorisations decides this rule.",
                satisfied: "Consent was not bundled with other authorisations."));

    /// <summary>CN-SPC-FR-4.3.</summary>
    public static Rule Art4Item3 { get; } = Create("4.3", "Art. 4(3)",
        "Consent obtained by force or disguised force is no defence.",
        checks: ConsentDefenceChecks.With(FactPaths.Changes.EntryMethodSwitchedUnilaterally, FactPaths.Necessity.SoleVerificationMethod, FactPaths.Necessity.NonBiometricAlternativeExists),
        notModelled: "force other than a unilateral switch of the entry method, or recognition as the only way through while a non-biometric method exists",
        EvaluateArt4Item3);

    /// <summary>CN-SPC-FR-5.1.</summary>
    public static Rule Art5Item1 { get; } = Create("5.1", "Art. 5(1)",
        "No liability for processing necessary to respond to a public-health emergency or, in an emergency, to protect life, health and property (the processor proves it, Art. 6 ¶3).",
        checks: ScopeChecks.With(FactPaths.LegalBasis, FactPaths.Purposes, FactPaths.Necessity.NecessaryForLegalBasis),
        notModelled: "whether the processing is necessary for the emergency is the processor's stated judgement ($.necessity.necessaryForLegalBasis): invoking the emergency, by legal basis or purpose, does not show it",
        (in RuleContext c) => DefenceRule(c, LegalBasis.PublicHealthEmergency, Purpose.PublicHealthEmergency,
            "The processing responds to a public-health emergency: the Art. 5(1) defence is available (the processor must prove it, Art. 6 ¶3).",
            "Neither the legal basis nor the purposes are PublicHealthEmergency; the Art. 5(1) defence does not arise."));

    /// <summary>CN-SPC-FR-5.2.</summary>
    public static Rule Art5Item2 { get; } = Create("5.2", "Art. 5(2)",
        "No liability for facial recognition in public places to maintain public security per State provisions (the processor proves it, Art. 6 ¶3).",
        checks: ScopeChecks.With(FactPaths.LegalBasis, FactPaths.Purposes, FactPaths.PublicPlace, FactPaths.Notice.Given, FactPaths.Notice.ConspicuousSigns),
        notModelled: "whether State provisions authorise the processing: invoking public security, in a public place with conspicuous signs (PIPL Art. 26), makes the defence available",
        EvaluateArt5Item2);

    /// <summary>CN-SPC-FR-5.3.</summary>
    public static Rule Art5Item3 { get; } = Create("5.3", "Art. 5(3)",
        "No liability for reasonable processing for news reporting or public-opinion supervision in the public interest (the processor proves it, Art. 6 ¶3).",
        checks: ScopeChecks.With(FactPaths.LegalBasis, FactPaths.Purposes, FactPaths.Necessity.NecessaryForLegalBasis),
        notModelled: "whether the processing is reasonable and in the public interest is the processor's stated judgement ($.necessity.necessaryForLegalBasis): invoking news reporting, by legal basis or purpose, does not show it",
        (in RuleContext c) => DefenceRule(c, LegalBasis.NewsReporting, Purpose.NewsReporting,
            "The processing serves news reporting or public-opinion supervision: the Art. 5(3) defence is available within a reasonable scope (the processor must prove it, Art. 6 ¶3).",
            "Neither the legal basis nor the purposes are NewsReporting; the Art. 5(3) defence does not arise."));

    /// <summary>CN-SPC-FR-5.4.</summary>
    public static Rule Art5Item4 { get; } = Create("5.4", "Art. 5(4)",
        "No liability for reasonable processing within the scope of the consent of the individual or guardian (the processor proves it, Art. 6 ¶3).",
        checks: ScopeChecks + ChineseDuties.SeparateConsentChecks + ChineseDuties.PurposeChangeChecks +
            FactSet.Of(FactPaths.LegalBasis, FactPaths.Consent.Bundled, FactPaths.Consent.ConditionOfService, FactPaths.Necessity.NecessaryForService),
        notModelled: "whether the processing is reasonable; a guardian's consent for minors (Art. 2(3) decides it)",
        EvaluateArt5Item4);

    /// <summary>CN-SPC-FR-10.1.</summary>
    public static Rule Art10Para1 { get; } = Create("10.1", "Art. 10 ¶1",
        "Where a property manager makes facial recognition the only way for owners or occupants to enter, one who does not consent may demand another reasonable verification method.",
        checks: ScopeChecks.With(FactPaths.Processor.Kinds, FactPaths.Purposes, FactPaths.Necessity.SoleVerificationMethod),
        notModelled: "building managers other than property managers; whether the other verification method is reasonable",
        EvaluateArt10Para1);

    /// <summary>CN-SPC-FR-11.</summary>
    public static Rule Art11 { get; } = Create("11", "Art. 11",
        "A standard-form clause granting an unlimited-term, irrevocable or freely sub-licensable right to process facial information may be declared invalid (Civil Code Art. 497).",
        checks: ScopeChecks.With(FactPaths.ContractTerms.IrrevocableOrPerpetualGrant),
        notModelled: null,
        (in RuleContext c) => Checklist.Unless(Gate(c))
            .Forbids(c.IrrevocableOrPerpetualGrant(), "A standard-form clause grants an unlimited-term, irrevocable or freely sub-licensable right to process facial information; it can be declared invalid")
            .Verdict(
                violated: "",
                undetermined: "Whether a standard-form clause grants an irrevocable or perpetual right decides this rule.",
                satisfied: "No standard-form clause grants an irrevocable or perpetual right."));

    /// <summary>CN-SPC-FR-12.</summary>
    public static Rule Art12 { get; } = Create("12", "Art. 12",
        "Processing facial information in breach of the agreement incurs liability for breach of contract, and the individual may demand deletion even if no deletion clause was agreed.",
        checks: ScopeChecks + ChineseDuties.PurposeChangeChecks + FactSet.Of(FactPaths.LegalBasis, FactPaths.Changes.EntryMethodSwitchedUnilaterally),
        notModelled: "breaches of the agreement other than a unilateral switch of the entry method or use beyond the agreed purpose",
        EvaluateArt12);

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[]
    {
        Art2Item1, Art2Item2, Art2Item3, Art2Item4, Art2Item5, Art2Item6, Art2Item7, Art2Item8,
        Art4Item1, Art4Item2, Art4Item3, Art5Item1, Art5Item2, Art5Item3, Art5Item4, Art10Para1, Art11, Art12,
    };

    private static Rule Create(string item, string article, string statement, FactSet checks, string? notModelled, RuleEvaluator evaluate, FactSet? mentions = null) =>
        new Rule("CN-SPC-FR-" + item, Instrument, article, statement, Verification.VerifiedPrimary, evaluate, checks: checks, mentions: mentions, notModelled: notModelled);

    // ---- Art. 2: infringements -------------------------------------------------------------------------

    private static Verdict EvaluateArt2Item1(in RuleContext a)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        if (a.Function == RecognitionFunction.Detection)
        {
            return Verdict.NotApplicable("Art. 2(1) concerns verification, identification or analysis; mere face detection is none of these.");
        }

        var place = BusinessOrPublicPlace(a);
        if (place.IsFalse)
        {
            return Verdict.NotApplicable("Art. 2(1) concerns business premises and public places; the venue is neither.");
        }

        var function = new Fact(a.Function is null ? (bool?)null : true, FactPaths.Function);
        var lawfulness = Lawfulness(a, "Facial recognition in a business premises or public place");
        if (place.IsUnknown || function.IsUnknown)
        {
            // Whether Art. 2(1) applies at all is open; say what else is missing too.
            return WithDefence(a, Verdict.Undetermined(
                "Whether recognition (verification, identification or analysis) takes place in a business premises or public place decides whether Art. 2(1) applies.",
                Merge(lawfulness, place, function)));
        }

        return WithDefence(a, lawfulness);
    }

    private static Verdict EvaluateArt2Item2(in RuleContext a)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        var given = a.NoticeGiven();
        return WithDefence(a, Checklist.Start
            .ViolatedIf(given.IsFalse, "No processing rules were disclosed: individuals are not notified at all.", given)
            .Needs(given)
            .Requires(ChineseDuties.NoticeStates(a, PurposeMethodScope, out _), "The notice does not expressly state the purpose, method and scope (data categories) of processing")
            .Verdict(
                violated: "",
                undetermined: "Whether the processing rules are disclosed with purpose, method and scope decides this rule.",
                satisfied: "The notice states the purpose, method and scope of processing."));
    }

    private static Verdict EvaluateArt2Item3(in RuleContext a)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        var minors = a.IncludesMinorsUnder14();
        var guardian = a.GuardianConsentForMinors();
        return WithDefence(a, Checklist.Start
            .AppliesWhen(ChineseDuties.ConsentRequired(a), "Art. 2(3) governs processing that needs consent; the processor relies on another basis.")
            .ViolatedIf(a.ConsentObtained().IsFalse, "Facial information is processed without the individual's consent and without another basis.", a.ConsentObtained())
            .ViolatedIf(a.ConsentSeparate().IsFalse, "Consent was obtained but not separately for the facial processing.", a.ConsentSeparate())
            .ViolatedIf(minors.IsTrue && guardian.IsFalse, "Minors under 14 are among the individuals but no guardian consented.", minors, guardian)
            .Needs(a.ConsentObtained())
            .Needs(a.ConsentSeparate())
            .Needs(minors)
            .Needs(guardian, when: minors.IsTrue)
            .Verdict(
                violated: "",
                undetermined: "Whether separate consent (by a guardian for under-14s) was obtained decides this rule.",
                satisfied: minors.IsTrue ? "Separate consent was obtained, from guardians for minors under 14." : "Separate consent was obtained."));
    }

    private static Verdict EvaluateArt2Item4(in RuleContext a) =>
        Checklist.Unless(Gate(a))
            .WithinConsentedPurpose(a, violated: "The information is used beyond the purpose originally stated or agreed, without fresh consent.")
            .Verdict(
                violated: "",
                undetermined: "Whether the information is used beyond the stated or agreed purpose decides this rule.",
                satisfied: a.PurposeExtendedBeyondOriginal().IsFalse
                    ? "The information is used only for the purpose originally stated or agreed."
                    : "The purpose was extended with fresh consent, which restates the agreed scope.");

    private static Verdict EvaluateArt2Item5(in RuleContext a) =>
        Checklist.Unless(Gate(a))
            .ViolatedIf(a.SecurityIncident().IsTrue, a.Encrypted().IsFalse
                ? "Facial information leaked, was tampered with or lost while stored unencrypted: due technical measures were not taken."
                : "Facial information leaked, was tampered with or lost; the processor must show it had taken due technical and other measures.", a.SecurityIncident())
            .Needs(a.SecurityIncident())
            .Verdict(
                violated: "",
                undetermined: "Whether facial information leaked, was tampered with or lost decides this rule.",
                satisfied: "No leak, tampering or loss occurred.");

    private static Verdict EvaluateArt2Item6(in RuleContext a)
    {
        var shared = a.SharedWithThirdParties();
        var consent = a.SeparateConsentForSharing();
        var sold = a.Sold();
        return Checklist.Unless(Gate(a))
            .ViolatedIf(shared.IsTrue && sold.IsTrue, "Facial information is sold to others.", sold)
            .ViolatedIf(shared.IsTrue && consent.IsFalse, "Facial information is provided to others without the individual's separate consent.", shared, consent)
            .Needs(shared)
            .Needs(consent, when: !shared.IsFalse)
            .Needs(sold, when: !shared.IsFalse)
            .Verdict(
                violated: "",
                undetermined: "Whether facial information is provided to others, and with what consent, decides this rule.",
                satisfied: shared.IsFalse
                    ? "Facial information is not provided to others."
                    : "Facial information is provided to others only with separate consent, and not sold.");
    }

    private static Verdict EvaluateArt2Item7(in RuleContext a)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        if (a.Venue is not Venue venue)
        {
            return Verdict.Undetermined("Whether recognition takes place in a private space within a public place decides this rule.", FactPaths.Venue);
        }

        return IsPrivateSpaceInPublicPlace(venue)
            ? Verdict.Violated($"Facial recognition in a {venue} — a private space within a public place — offends public order and good morals.", a.VenueIs(venue))
            : Verdict.NotApplicable("Recognition is not in a private space within a public place, the one circumstance contrary to public order and good morals the model describes; others are a judgement it cannot make, so nothing is found either way.", Verdict.MaskOf(a.VenueIs(venue)));
    }

    private static Verdict EvaluateArt2Item8(in RuleContext a)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        Verdict verdict;
        var necessary = a.NecessaryForService();
        switch (a.LegalBasis)
        {
            case null:
                verdict = Verdict.Undetermined("Whether the processing has any lawful basis decides this rule.", FactPaths.LegalBasis);
                break;
            case LegalBasis.None:
                verdict = Verdict.Violated("The processing rests on no lawful basis at all.", a.LegalBasisIs(LegalBasis.None));
                break;
            case LegalBasis.Contract when necessary.IsFalse:
                verdict = Verdict.Violated("The processor relies on a contract, but facial processing is not necessary to perform it: the necessity principle is breached.", necessary);
                break;
            case LegalBasis.Contract when necessary.IsUnknown:
                verdict = Verdict.Undetermined("A contract basis holds only if facial processing is necessary to perform the contract.", necessary);
                break;
            case LegalBasis.Consent when !a.ConsentObtained().IsTrue:
                var obtained = a.ConsentObtained();
                verdict = obtained.IsFalse
                    ? Verdict.Violated("The processor relies on consent, but none was obtained: the processing has no lawful basis.", obtained)
                    : Verdict.Undetermined("The processor relies on consent; whether it was obtained decides this rule.", obtained);
                break;
            case LegalBasis.StatutoryDuty or LegalBasis.PublicSecurity when !ChineseDuties.MandatedByLaw(a).IsTrue:
                var mandated = ChineseDuties.MandatedByLaw(a);
                verdict = mandated.IsFalse
                    ? Verdict.Violated("The processor claims a statutory duty or public security as its basis, but is neither a state organ nor mandated by a law or administrative regulation: the processing has no lawful basis.", a.LegalBasisIs(a.LegalBasis.Value), mandated)
                    : Verdict.Undetermined("The processor claims a statutory duty or public security as its basis; whether it is a state organ or mandated by a law or administrative regulation decides this rule.", mandated);
                break;
            default:
                verdict = Verdict.Satisfied("The processing rests on a lawful basis, and no other breach of lawfulness, legitimacy or necessity is modelled.");
                break;
        }

        return WithDefence(a, verdict);
    }

    // ---- Art. 4: consent defence rejected ----------------------------------------------------------------

    private static Verdict EvaluateArt4Item1(in RuleContext a)
    {
        if (ConsentDefenceGate(a) is Verdict gate)
        {
            return gate;
        }

        var condition = Either(a.ConsentConditionOfService(), a.ServiceRefusedWithoutConsent());
        var necessary = a.NecessaryForService();
        if (condition.IsFalse)
        {
            return Verdict.Satisfied("Consent was not a condition of the product or service.");
        }

        if (condition.IsTrue)
        {
            if (necessary.IsFalse)
            {
                return Verdict.Violated("Consent was a condition of the service although facial processing is not necessary for it: the consent defence fails.",
                    a.ConsentConditionOfService().IsTrue ? a.ConsentConditionOfService() : a.ServiceRefusedWithoutConsent(), necessary);
            }

            return necessary.IsTrue
                ? Verdict.Satisfied("Consent is a condition of the service, but facial processing is necessary for it (the Art. 4(1) proviso).")
                : Verdict.Undetermined("Consent is a condition of the service; whether facial processing is necessary for it decides this rule.", necessary);
        }

        return Verdict.Undetermined("Whether consent was a condition of the service decides this rule.", a.ConsentConditionOfService(), a.ServiceRefusedWithoutConsent());
    }

    private static Verdict EvaluateArt4Item3(in RuleContext a)
    {
        if (ConsentDefenceGate(a) is Verdict gate)
        {
            return gate;
        }

        var switched = a.EntryMethodSwitchedUnilaterally();
        var sole = a.SoleVerificationMethod();
        var alternativeExists = a.NonBiometricAlternativeExists();
        if (switched.IsTrue)
        {
            return Verdict.Violated("The processor switched the agreed entry method to facial recognition unilaterally, leaving no choice but to consent: the consent defence fails.", switched);
        }

        if (sole.IsTrue && alternativeExists.IsTrue)
        {
            return Verdict.Violated("Facial recognition is the only way through although a non-biometric method would serve: consent is forced in disguise and no defence.", sole, alternativeExists);
        }

        if (switched.IsFalse && (sole.IsFalse || alternativeExists.IsFalse))
        {
            return Verdict.Satisfied("No entry method was switched unilaterally and individuals are not left without a practicable alternative.");
        }

        return Verdict.Undetermined("Whether consent was forced (a unilateral switch, or recognition as the only way through) decides this rule.", switched, sole, alternativeExists);
    }

    // ---- Art. 5: defences -------------------------------------------------------------------------------

    private static Verdict EvaluateArt5Item2(in RuleContext a)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        var d = PublicSecurityDefence(a);
        return d.State switch
        {
            DefenceState.Applies => Verdict.Satisfied(d.Reason),
            DefenceState.Unknown => Verdict.Undetermined(d.Reason, d.First, d.Second),
            _ => Verdict.NotApplicable(d.Reason),
        };
    }

    private static Verdict EvaluateArt5Item4(in RuleContext a)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        var basis = a.LegalBasisIs(LegalBasis.Consent);
        if (basis.IsFalse)
        {
            return Verdict.NotApplicable("Art. 5(4) is a consent defence; the processor does not rely on consent.");
        }

        var obtained = a.ConsentObtained();
        var separate = a.ConsentSeparate();
        var bundled = a.ConsentBundled();
        var condition = a.ConsentConditionOfService();
        var necessary = a.NecessaryForService();
        var extended = a.PurposeExtendedBeyondOriginal();
        var reconsent = a.ReconsentObtained();
        if (obtained.IsFalse || separate.IsFalse || bundled.IsTrue || (condition.IsTrue && necessary.IsFalse) || (extended.IsTrue && reconsent.IsFalse))
        {
            return Verdict.NotApplicable("The Art. 5(4) defence is unavailable: " +
                (obtained.IsFalse ? "no consent was obtained."
                : separate.IsFalse ? "the consent was not separate."
                : bundled.IsTrue ? "the consent was bundled (Art. 4(2))."
                : condition.IsTrue && necessary.IsFalse ? "the consent was a condition of a service that does not need faces (Art. 4(1))."
                : "the processing goes beyond the purpose consented to."));
        }

        if (basis.IsUnknown || obtained.IsUnknown || separate.IsUnknown || bundled.IsUnknown || condition.IsUnknown ||
            (condition.IsTrue && necessary.IsUnknown) || extended.IsUnknown || (extended.IsTrue && reconsent.IsUnknown))
        {
            return Verdict.Undetermined("Whether the processing stays within a valid consent decides this defence.",
                basis, obtained, separate, bundled, condition, condition.IsTrue ? necessary : condition, extended, extended.IsTrue ? reconsent : extended);
        }

        return Verdict.Satisfied("The processing stays within a separate, unbundled, uncoerced consent: the Art. 5(4) defence is available (the processor must prove it, Art. 6 ¶3).");
    }

    // ---- Arts. 10–12: building managers, standard terms, contracts -------------------------------------

    private static Verdict EvaluateArt10Para1(in RuleContext a)
    {
        var manager = a.ProcessorIs(ProcessorKind.PropertyManager);
        var entry = a.ServesPurpose(Purpose.AccessControl);
        var sole = a.SoleVerificationMethod();
        return Checklist.Unless(Gate(a))
            .AppliesWhen(manager, "Art. 10 binds property managers and other building managers; the processor is not one.")
            .AppliesWhen(entry, "Art. 10 concerns entry to the property; recognition is not used for access control.")
            .Breach(manager.IsTrue && entry.IsTrue && sole.IsTrue, "The property manager makes facial recognition the only way in: owners and occupants who do not consent are entitled to another reasonable verification method", sole)
            .Needs(sole)
            .Verdict(
                violated: "",
                undetermined: "Whether a property manager makes facial recognition the only way in decides this rule.",
                satisfied: "Owners and occupants have a verification method other than facial recognition.");
    }

    private static Verdict EvaluateArt12(in RuleContext a)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        if (a.LegalBasis is LegalBasis basis && basis != LegalBasis.Contract && basis != LegalBasis.Consent)
        {
            return Verdict.NotApplicable("Art. 12 concerns processing under an agreement; the processor relies on a statutory or Art. 5 basis instead.");
        }

        var agreement = Fact.Of(a.LegalBasis is null ? (bool?)null : true, FactPaths.LegalBasis);
        var switched = a.EntryMethodSwitchedUnilaterally();
        var extended = a.PurposeExtendedBeyondOriginal();
        var reconsent = a.ReconsentObtained();
        var breach = switched.IsTrue || (extended.IsTrue && reconsent.IsFalse);
        if (breach && agreement.IsTrue)
        {
            return Verdict.Violated((switched.IsTrue ? "The processor changed the agreed entry method unilaterally" : "The processor uses the information beyond the agreed purpose") +
                ": breach of contract; the individual may demand deletion, and the absence of a deletion clause is no defence.",
                switched.IsTrue ? switched : extended, switched.IsTrue ? default : reconsent);
        }

        if (agreement.IsUnknown || switched.IsUnknown || extended.IsUnknown || (extended.IsTrue && reconsent.IsUnknown))
        {
            return Verdict.Undetermined("Whether facial information is processed in breach of an agreement decides this rule.", agreement, switched, extended, extended.IsTrue ? reconsent : extended);
        }

        return Verdict.Satisfied("The processing keeps to the agreement (no unilateral switch, no use beyond the agreed purpose).");
    }
}
