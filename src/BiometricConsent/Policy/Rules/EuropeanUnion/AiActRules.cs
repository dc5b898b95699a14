using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.EuropeanUnion;

/// <summary>
/// Artificial Intelligence Act (Regulation (EU) 2024/1689, in force 2024-08-01): the prohibited practices of
/// Art. 5(1)(e)–(h) that concern biometric data (from 2025-02-02) and the transparency duty of Art. 50(3) for
/// emotion recognition and biometric categorisation (from 2026-08-02), with the fines of Art. 99(3)–(4). Each rule's
/// statement, checked facts and gaps are listed in docs/rules-catalog.md.
/// </summary>
/// <remarks>
/// The texts were read in secondary sources that quote them (docs/policy-rules-notes.md, "EU AI Act"), not in the
/// Official Journal itself [V-S]. <see cref="RecognitionFunction.AttributeAnalysis"/> says too little for Arts.
/// 5(1)(f) and 50(3): an activity that infers emotions says <see cref="RecognitionFunction.EmotionRecognition"/>,
/// one that assigns categories <see cref="RecognitionFunction.BiometricCategorisation"/>; for attribute analysis those
/// rules are undetermined and name <c>$.function</c>, so that the vaguer value never passes silently.
/// </remarks>
public static class AiActRules
{
    /// <summary>The fines of Art. 99(3) for the prohibited practices of Art. 5.</summary>
    public const string Art99Para3Penalty =
        "AI Act Art. 99(3): administrative fines up to EUR 35,000,000 or, for an undertaking, up to 7 % of its total worldwide annual turnover for the preceding financial year, whichever is higher " +
        "(for SMEs and start-ups whichever is lower, Art. 99(6)); the market surveillance authority may order the system withdrawn (Art. 79). " +
        "Art. 99 applies from 2025-08-02 (Art. 113(b)); whether acts between 2025-02-02 and 2025-08-01 can be fined was not settled in the sources read [R]";

    /// <summary>The fines of Art. 99(4) for the transparency duties of Art. 50.</summary>
    public const string Art99Para4Penalty =
        "AI Act Art. 99(4)(g): administrative fines up to EUR 15,000,000 or, for an undertaking, up to 3 % of its total worldwide annual turnover for the preceding financial year, whichever is higher " +
        "(for SMEs and start-ups whichever is lower, Art. 99(6))";

    private static readonly LocalDate ProhibitionsApply = new LocalDate(2025, 2, 2);

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "EU-AIA",
        name: "Artificial Intelligence Act (Regulation (EU) 2024/1689)",
        shortName: "AI Act",
        chineseTitle: null,
        scope: Jurisdiction.EuropeanUnion,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2024, 8, 1),
        penalty: Art99Para3Penalty,
        temporalNote: "in force from 2024-08-01; Art. 5 applies from 2025-02-02, Art. 99 from 2025-08-02, Art. 50 from 2026-08-02 (Art. 113)");

    /// <summary>EU-AIA-5.1e.</summary>
    public static Rule Art5Scraping { get; } = new Rule(
        "EU-AIA-5.1e",
        Instrument,
        "Art. 5(1)(e)",
        "Placing on the market, putting into service for this purpose, or using AI systems that create or expand facial recognition databases through the untargeted scraping of facial images from the internet or CCTV footage is prohibited.",
        Verification.VerifiedSecondary,
        (in RuleContext a) =>
        {
            var scraped = a.UntargetedScraping();
            return scraped.IsTrue
                ? Verdict.Violated("The facial recognition database is created or expanded by scraping facial images untargeted from the internet or CCTV footage, a practice Art. 5(1)(e) prohibits outright.", scraped)
                : scraped.IsFalse
                    ? Verdict.NotApplicable("The database is not built by untargeted scraping of facial images from the internet or CCTV footage.", Verdict.MaskOf(scraped))
                    : Verdict.Undetermined("Whether the face database is built by untargeted scraping from the internet or CCTV footage decides this rule.", scraped);
        },
        effectiveFrom: ProhibitionsApply,
        checks: FactSet.Of(FactPaths.Scraping.UntargetedFromInternetOrCctv),
        notModelled: "targeted scraping (of images of specific persons), which the prohibition does not cover but the GDPR does; whether the system is an AI system (Art. 3(1))");

    /// <summary>EU-AIA-5.1f.</summary>
    public static Rule Art5EmotionRecognition { get; } = new Rule(
        "EU-AIA-5.1f",
        Instrument,
        "Art. 5(1)(f)",
        "Placing on the market, putting into service for this purpose, or using AI systems to infer the emotions of a natural person in the workplace or in education institutions is prohibited, except where the system is put in place or on the market for medical or safety reasons.",
        Verification.VerifiedSecondary,
        EvaluateEmotionRecognition,
        effectiveFrom: ProhibitionsApply,
        checks: FactSet.Of(FactPaths.Function, FactPaths.AiSystem.WorkplaceOrEducation, FactPaths.AiSystem.MedicalOrSafetyReasons),
        notModelled: "physical states such as pain or fatigue, which are not emotions (Recital 18); systems placed on the market for the workplace but used elsewhere");

    /// <summary>EU-AIA-5.1g.</summary>
    public static Rule Art5Categorisation { get; } = new Rule(
        "EU-AIA-5.1g",
        Instrument,
        "Art. 5(1)(g)",
        "Placing on the market, putting into service for this purpose, or using biometric categorisation systems that categorise natural persons individually on the basis of their biometric data to deduce or infer their race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation is prohibited; labelling or filtering lawfully acquired biometric datasets, and categorising biometric data in the area of law enforcement, are not covered.",
        Verification.VerifiedSecondary,
        EvaluateCategorisation,
        effectiveFrom: ProhibitionsApply,
        checks: FactSet.Of(FactPaths.Function, FactPaths.AiSystem.InfersSensitiveTraits, FactPaths.AiSystem.DatasetLabellingOrFiltering),
        notModelled: "whether the datasets labelled or filtered were lawfully acquired; categorisation by traits other than those listed (Annex III(1)(b) high-risk, from 2026-08-02)");

    /// <summary>EU-AIA-5.1h.</summary>
    public static Rule Art5RealTimeIdentification { get; } = new Rule(
        "EU-AIA-5.1h",
        Instrument,
        "Art. 5(1)(h), (2)–(3)",
        "Using real-time remote biometric identification systems in publicly accessible spaces for law enforcement is prohibited unless strictly necessary for the targeted search for victims of abduction, trafficking or sexual exploitation or for missing persons, the prevention of a specific, substantial and imminent threat to life or of a terrorist attack, or the localisation of a suspect of an Annex II offence punishable by at least four years, and each use is authorised beforehand by a judicial or independent administrative authority (in urgency: requested within 24 hours).",
        Verification.VerifiedSecondary,
        EvaluateRealTimeIdentification,
        effectiveFrom: ProhibitionsApply,
        checks: FactSet.Of(
            FactPaths.RealTimeRemoteIdentification, FactPaths.PublicPlace, FactPaths.AiSystem.LawEnforcement,
            FactPaths.AiSystem.LawEnforcementObjective, FactPaths.AiSystem.Authorisation),
        notModelled: "strict necessity and the limits in time, place and persons (Art. 5(2)); the national law that must allow the use (5(5)); the fundamental-rights impact assessment and registration (5(2), Arts. 27, 49); notifying the authorities (5(4)); confirming only the identity of the targeted person; real-time identification outside law enforcement (high-risk, Annex III(1)(a), from 2026-08-02)");

    /// <summary>EU-AIA-50.3.</summary>
    public static Rule Art50Transparency { get; } = new Rule(
        "EU-AIA-50.3",
        Instrument,
        "Art. 50(3), (5)",
        "Deployers of an emotion recognition system or a biometric categorisation system must inform the natural persons exposed to it of its operation, at the latest at their first exposure; systems permitted by law to detect, prevent or investigate criminal offences are exempt.",
        Verification.VerifiedSecondary,
        EvaluateTransparency,
        penalty: Art99Para4Penalty,
        effectiveFrom: new LocalDate(2026, 8, 2),
        checks: FactSet.Of(FactPaths.Function, FactPaths.AiSystem.LawEnforcement, FactPaths.Notice.Given, FactPaths.Notice.BeforeProcessing),
        notModelled: "whether the law permitting a law-enforcement use provides safeguards; the clear and distinguishable form and accessibility of the information (50(5)); processing the data as the GDPR requires (see the GDPR rules)");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art5Scraping, Art5EmotionRecognition, Art5Categorisation, Art5RealTimeIdentification, Art50Transparency };

    private static Verdict EvaluateEmotionRecognition(in RuleContext a)
    {
        var function = a.Function;
        if (function is null)
        {
            return Verdict.Undetermined("Whether the system infers emotions (function EmotionRecognition) decides this rule.", FactPaths.Function);
        }

        if (function is not (RecognitionFunction.EmotionRecognition or RecognitionFunction.AttributeAnalysis))
        {
            return Verdict.NotApplicable($"The system does not infer emotions (function {function}).", Verdict.MaskOf(new Fact(false, FactPaths.Function)));
        }

        var workplace = a.WorkplaceOrEducation();
        if (workplace.IsFalse)
        {
            return Verdict.NotApplicable("The system is not used in the workplace or in an education institution.", Verdict.MaskOf(workplace));
        }

        if (workplace.IsUnknown)
        {
            return Verdict.Undetermined("Whether the system is used in the workplace or an education institution decides this rule.", workplace);
        }

        var exception = a.MedicalOrSafetyReasons();
        if (exception.IsTrue)
        {
            return Verdict.NotApplicable("The system is put in place for medical or safety reasons, which Art. 5(1)(f) excepts.", Verdict.MaskOf(exception));
        }

        if (function == RecognitionFunction.AttributeAnalysis)
        {
            // Attribute analysis may or may not infer emotions; the activity must say which (docs/policy-rules-notes.md).
            return Verdict.Undetermined("The system analyses attributes in the workplace or education: whether it infers emotions (function EmotionRecognition rather than AttributeAnalysis) decides this rule.", FactPaths.Function);
        }

        return exception.IsFalse
            ? Verdict.Violated("An AI system infers the emotions of persons in the workplace or in an education institution, not for medical or safety reasons, a practice Art. 5(1)(f) prohibits.", new Fact(true, FactPaths.Function), workplace, exception)
            : Verdict.Undetermined("Emotions are inferred in the workplace or education: whether the system is there for medical or safety reasons decides this rule.", exception);
    }

    private static Verdict EvaluateCategorisation(in RuleContext a)
    {
        var function = a.Function;
        if (function is null)
        {
            return Verdict.Undetermined("Whether the system categorises persons by their biometric data (function BiometricCategorisation) decides this rule.", FactPaths.Function);
        }

        if (function is not (RecognitionFunction.BiometricCategorisation or RecognitionFunction.AttributeAnalysis))
        {
            return Verdict.NotApplicable($"The system does not categorise persons (function {function}).", Verdict.MaskOf(new Fact(false, FactPaths.Function)));
        }

        // Attribute analysis that deduces race or beliefs is categorisation to infer them; the trait fact decides both.
        var traits = a.InfersSensitiveTraits();
        var labelling = a.DatasetLabellingOrFiltering();
        if (traits.IsFalse)
        {
            return Verdict.NotApplicable("The categorisation does not deduce or infer race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation.", Verdict.MaskOf(traits));
        }

        if (labelling.IsTrue)
        {
            return Verdict.NotApplicable("The system only labels or filters lawfully acquired biometric datasets, which Art. 5(1)(g) does not cover.", Verdict.MaskOf(labelling));
        }

        return traits.IsTrue && labelling.IsFalse
            ? Verdict.Violated("An AI system categorises persons individually by their biometric data to deduce or infer race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation, a practice Art. 5(1)(g) prohibits.", traits, labelling)
            : Verdict.Undetermined("Whether the system infers the traits Art. 5(1)(g) lists, and whether it only labels or filters lawfully acquired datasets, decide this rule.", traits, labelling);
    }

    private static Verdict EvaluateRealTimeIdentification(in RuleContext a)
    {
        // The three triggers first: an unknown one leaves the rule open even when no authorisation exists.
        var realTime = a.RealTimeRemoteIdentification();
        var publicPlace = a.PublicPlace();
        var lawEnforcement = a.LawEnforcement();
        if (realTime.IsFalse)
        {
            return Verdict.NotApplicable("The system does not identify persons remotely in real time.", Verdict.MaskOf(realTime));
        }

        if (publicPlace.IsFalse)
        {
            return Verdict.NotApplicable("The identification does not take place in a publicly accessible space.", Verdict.MaskOf(publicPlace));
        }

        if (lawEnforcement.IsFalse)
        {
            return Verdict.NotApplicable("The system is not used for law enforcement; real-time remote identification by others is high-risk under Annex III(1)(a) (from 2026-08-02, not modelled).", Verdict.MaskOf(lawEnforcement));
        }

        if (realTime.IsUnknown || publicPlace.IsUnknown || lawEnforcement.IsUnknown)
        {
            return Verdict.Undetermined("Whether the system identifies persons remotely in real time, in a publicly accessible space, for law enforcement decides whether Art. 5(1)(h) applies.", realTime, publicPlace, lawEnforcement);
        }

        var list = Checklist.Start;
        var objective = a.LawEnforcementObjective;
        var objectiveFact = new Fact(objective is null ? (bool?)null : objective != LawEnforcementObjective.Other, FactPaths.AiSystem.LawEnforcementObjective);
        var authorisation = a.Authorisation;
        var authorised = new Fact(
            authorisation is null ? (bool?)null : authorisation is RemoteIdentificationAuthorisation.Prior or RemoteIdentificationAuthorisation.UrgentRequestedWithin24Hours,
            FactPaths.AiSystem.Authorisation);
        return list
            .Requires(objectiveFact, "its objective is none of the three of Art. 5(1)(h)(i)-(iii)")
            .Requires(authorised, authorisation == RemoteIdentificationAuthorisation.Refused ? "the authorisation was refused (Art. 5(3))" : "it was not authorised by a judicial or independent administrative authority (Art. 5(3))", when: !objectiveFact.IsFalse)
            .Verdict(
                violated: "Real-time remote biometric identification is used in a publicly accessible space for law enforcement, but ",
                undetermined: "The objective of the law-enforcement use (one of Art. 5(1)(h)(i)-(iii)) and its authorisation (Art. 5(3)) decide this rule.",
                satisfied: $"The use pursues an objective of Art. 5(1)(h) ({objective}) and was authorised ({authorisation}); its strict necessity and the national law allowing it are not modelled.");
    }

    private static Verdict EvaluateTransparency(in RuleContext a)
    {
        var function = a.Function;
        if (function is null)
        {
            return Verdict.Undetermined("Whether the system recognises emotions or categorises persons decides this rule.", FactPaths.Function);
        }

        if (function is not (RecognitionFunction.EmotionRecognition or RecognitionFunction.BiometricCategorisation or RecognitionFunction.AttributeAnalysis))
        {
            return Verdict.NotApplicable($"The system neither recognises emotions nor categorises persons (function {function}).", Verdict.MaskOf(new Fact(false, FactPaths.Function)));
        }

        var lawEnforcement = a.LawEnforcement();
        if (lawEnforcement.IsTrue)
        {
            return Verdict.NotApplicable("The system is used for law enforcement, which Art. 50(3) exempts where the law permits it to detect, prevent or investigate criminal offences.", Verdict.MaskOf(lawEnforcement));
        }

        if (function == RecognitionFunction.AttributeAnalysis)
        {
            // Age or sex estimation is categorisation (Art. 3(40)), attention tracking is not: the activity must say.
            return Verdict.Undetermined("The system analyses attributes: whether it recognises emotions or assigns persons to categories (function EmotionRecognition or BiometricCategorisation rather than AttributeAnalysis) decides this rule.", FactPaths.Function);
        }

        if (lawEnforcement.IsUnknown)
        {
            // The exemption may apply: no verdict on the information before it is known.
            return Verdict.Undetermined("Whether the system serves law enforcement (exempt where the law permits it to detect, prevent or investigate criminal offences) decides whether Art. 50(3) applies.", lawEnforcement);
        }

        var given = a.NoticeGiven();
        var list = Checklist.Start
            .Requires(given, "the persons exposed are not informed of its operation")
            .Requires(a.NoticeBeforeProcessing(), "they are not informed at their first exposure", when: !given.IsFalse);
        return list.Verdict(
            violated: "An emotion recognition or biometric categorisation system is deployed, but ",
            undetermined: "Whether the persons exposed are informed of the system's operation at their first exposure decides this rule.",
            satisfied: "The persons exposed to the emotion recognition or categorisation are informed of its operation at their first exposure.");
    }
}
