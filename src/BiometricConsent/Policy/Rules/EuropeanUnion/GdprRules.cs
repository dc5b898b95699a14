using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.EuropeanUnion;

/// <summary>
/// General Data Protection Regulation (Regulation (EU) 2016/679, applies from 2018-05-25): the prohibition of
/// processing biometric data for unique identification unless an Art. 9(2) condition applies, the data protection
/// impact assessment of Art. 35(3)(b)–(c), and the information of Art. 13, with the fines of Art. 83(4)–(5). Each
/// rule's statement, checked facts and gaps are listed in docs/rules-catalog.md.
/// </summary>
/// <remarks>
/// Read against a verbatim reproduction of the Official Journal text (Arts. 9, 13, 35 and 83); the readings are in
/// docs/policy-rules-notes.md ("GDPR"). For an EU activity the sections the Chinese rules read serve the GDPR's
/// questions: <c>impactAssessment</c> is the Art. 35 assessment, <c>notice</c> the Art. 13 information,
/// <c>consent</c> the Art. 9(2)(a) consent.
/// </remarks>
public static class GdprRules
{
    /// <summary>The fines of Art. 83(5) (Arts. 5–7, 9 and the data subjects' rights of Arts. 12–22).</summary>
    public const string Art83Para5Penalty =
        "GDPR Art. 83(5)(a)-(b): administrative fines up to EUR 20,000,000 or, for an undertaking, up to 4 % of the total worldwide annual turnover of the preceding financial year, whichever is higher; " +
        "the supervisory authority may also order the processing limited or stopped and the data erased (Art. 58(2)); data subjects may claim compensation (Art. 82)";

    /// <summary>The fines of Art. 83(4) (the controller's obligations of Arts. 25–39, the impact assessment among them).</summary>
    public const string Art83Para4Penalty =
        "GDPR Art. 83(4)(a): administrative fines up to EUR 10,000,000 or, for an undertaking, up to 2 % of the total worldwide annual turnover of the preceding financial year, whichever is higher; " +
        "the supervisory authority may also order the processing limited or stopped (Art. 58(2))";

    /// <summary>The facts that decide whether special categories of personal data are processed.</summary>
    private static readonly FactSet SpecialCategoryChecks = FactSet.Of(FactPaths.Function, FactPaths.AiSystem.InfersSensitiveTraits);

    /// <summary>What the gate reads: a competent authority acting for law enforcement is outside the GDPR (Art. 2(2)(d)).</summary>
    private static readonly FactSet ScopeChecks = FactSet.Of(FactPaths.Processor.Kinds, FactPaths.AiSystem.LawEnforcement);

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "EU-GDPR",
        name: "General Data Protection Regulation (Regulation (EU) 2016/679)",
        shortName: "GDPR",
        chineseTitle: null,
        scope: Jurisdiction.EuropeanUnion,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2018, 5, 25),
        penalty: Art83Para5Penalty,
        temporalNote: "applies from 2018-05-25 (Art. 99(2))");

    /// <summary>EU-GDPR-9.1.</summary>
    public static Rule Art9 { get; } = new Rule(
        "EU-GDPR-9.1",
        Instrument,
        "Art. 9(1)–(2)",
        "Processing biometric data for the purpose of uniquely identifying a natural person (and data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs, trade-union membership, sex life or sexual orientation) is prohibited unless a condition of Art. 9(2) applies: explicit consent for specified purposes, employment and social-security law, vital interests, a not-for-profit body's members, data manifestly made public by the data subject, legal claims, substantial public interest, health care, public health, or archiving, research and statistics.",
        Verification.VerifiedPrimary,
        EvaluateArt9,
        checks: ScopeChecks + SpecialCategoryChecks + FactSet.Of(FactPaths.Gdpr.Article9Condition, FactPaths.Consent.Obtained, FactPaths.Consent.Explicit, FactPaths.Scraping.UntargetedFromInternetOrCctv),
        notModelled: "an Art. 6 basis besides the Art. 9(2) condition; whether the Union or Member-State law a condition relies on (Art. 9(2)(b), (g)-(j)) exists and provides safeguards; the necessity each condition requires; the incapacity to consent of (c) and the membership of (d); Member-State law excluding consent (9(2)(a)) or adding conditions for biometric data (9(4)); emotion recognition revealing health data");

    /// <summary>EU-GDPR-35.3.</summary>
    public static Rule Art35 { get; } = new Rule(
        "EU-GDPR-35.3",
        Instrument,
        "Art. 35(1), (3)(b)–(c)",
        "Before processing on a large scale special categories of personal data (biometric data for unique identification among them), or systematically monitoring a publicly accessible area on a large scale, the controller must carry out a data protection impact assessment.",
        Verification.VerifiedPrimary,
        EvaluateArt35,
        penalty: Art83Para4Penalty,
        checks: ScopeChecks + SpecialCategoryChecks + FactSet.Of(
            FactPaths.Gdpr.LargeScale, FactPaths.Gdpr.SystematicMonitoring, FactPaths.PublicPlace,
            FactPaths.ImpactAssessment.Done, FactPaths.ImpactAssessment.CompletedOn, FactPaths.Period.Self),
        notModelled: "the general duty of Art. 35(1) for other processing likely to result in a high risk, and the supervisory authorities' lists (Art. 35(4)); the contents of the assessment (Art. 35(7)); the advice of the data protection officer (35(2)); prior consultation where the risk remains high (Art. 36); review when the risk changes (35(11))");

    /// <summary>EU-GDPR-13.</summary>
    public static Rule Art13 { get; } = new Rule(
        "EU-GDPR-13",
        Instrument,
        "Art. 13(1)–(2)",
        "Where personal data are collected from the data subject (a camera capturing a face is such a collection), the controller must, at the time of collection, give the data subject its identity and contact details, the purposes and legal basis, the recipients, the retention period and the data subject's rights.",
        Verification.VerifiedPrimary,
        EvaluateArt13,
        checks: ScopeChecks + FactSet.Of(
            FactPaths.Scraping.UntargetedFromInternetOrCctv, FactPaths.Notice.Given, FactPaths.Notice.BeforeProcessing, FactPaths.Notice.Elements,
            FactPaths.Sharing.SharedWithThirdParties, FactPaths.Sharing.RecipientDisclosed),
        notModelled: "the contact details of the data protection officer, the legal basis and legitimate interests, transfers to third countries, the right to complain and to withdraw consent, automated decision-making (Art. 13(1)(b), (d), (f), 13(2)(c)-(f)); the exception where the data subject already has the information (13(4)); data not obtained from the data subject (Art. 14)");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art9, Art13, Art35 };

    /// <summary>
    /// Whether special categories of personal data are processed (Art. 9(1)): biometric data for unique identification
    /// (verification or identification, Art. 4(14)), or a categorisation inferring the traits Art. 9(1) lists.
    /// </summary>
    internal static Fact SpecialCategory(in RuleContext a)
    {
        switch (a.Function)
        {
            case null:
                return new Fact(null, FactPaths.Function);
            case RecognitionFunction.Verification or RecognitionFunction.Identification:
                return new Fact(true, FactPaths.Function);
            case RecognitionFunction.BiometricCategorisation or RecognitionFunction.AttributeAnalysis:
                // Inferring race or the other listed traits processes data "revealing" them (Art. 9(1), first limb).
                return a.InfersSensitiveTraits();
            default:
                return new Fact(false, FactPaths.Function);
        }
    }

    private static Verdict EvaluateArt9(in RuleContext a)
    {
        if (Gate(a) is Verdict outside)
        {
            return outside;
        }

        var special = SpecialCategory(a);
        if (special.IsFalse)
        {
            return Verdict.NotApplicable(
                "No special category is processed: the recognition neither uniquely identifies a person (verification or identification) nor infers the traits Art. 9(1) lists.",
                Verdict.MaskOf(special));
        }

        if (special.IsUnknown)
        {
            return Verdict.Undetermined("Whether the recognition uniquely identifies persons, or infers race, beliefs, sex life or the other traits of Art. 9(1), decides whether the prohibition applies.", special);
        }

        var basis = Fact.Of(a.Article9Condition is null ? (bool?)null : true, FactPaths.Gdpr.Article9Condition);
        switch (a.Article9Condition)
        {
            case null:
                return Verdict.Undetermined("Special categories are processed; which condition of Art. 9(2), if any, applies decides this rule.", basis);
            case Article9Condition.None:
                return Verdict.Violated("Special categories of personal data (biometric data for unique identification, or data revealing the traits of Art. 9(1)) are processed, and no condition of Art. 9(2) applies.", basis, special);
            case Article9Condition.ExplicitConsent:
                return Checklist.Start
                    .Requires(a.ConsentObtained(), "no consent was obtained")
                    .Requires(a.ConsentExplicit(), "the consent was not explicit", when: !a.ConsentObtained().IsFalse)
                    .Verdict(
                        violated: "Art. 9(2)(a) is relied on, but ",
                        undetermined: "Art. 9(2)(a) is relied on: whether the data subjects gave consent, and explicitly, decides this rule.",
                        satisfied: "The data subjects gave explicit consent (Art. 9(2)(a)).");
            case Article9Condition.ManifestlyMadePublic:
                // The Dutch DPA (Clearview AI, 2024-05-16) held that photos being findable online does not mean the data
                // subjects manifestly made them public for biometric processing.
                var scraped = a.UntargetedScraping();
                return scraped.IsTrue
                    ? Verdict.Violated("Art. 9(2)(e) is relied on for face images scraped untargeted from the internet or CCTV footage; that images are found online does not mean the data subjects manifestly made them public for biometric processing (Dutch DPA, Clearview AI, 2024-05-16).", scraped, basis)
                    : scraped.IsUnknown
                        ? Verdict.Undetermined("Art. 9(2)(e) is relied on: whether the images were scraped untargeted from the internet or CCTV footage (which the condition does not cover) decides this rule.", scraped)
                        : Verdict.Satisfied("The data were manifestly made public by the data subjects themselves (Art. 9(2)(e)) and were not scraped untargeted.");
            default:
                return Verdict.Satisfied($"The processing relies on Art. 9(2) condition {a.Article9Condition}; the law it rests on and its necessity are the controller's to show (not modelled).");
        }
    }

    private static Verdict EvaluateArt35(in RuleContext a)
    {
        if (Gate(a) is Verdict outside)
        {
            return outside;
        }

        var special = SpecialCategory(a);
        var largeScale = a.LargeScale();
        var monitoring = a.SystematicMonitoring();
        var publicPlace = a.PublicPlace();

        // (b): large-scale special categories; (c): large-scale systematic monitoring of a publicly accessible area.
        var b = AllOf(special, largeScale);
        var c = AllOf(monitoring, publicPlace, largeScale);
        if (b.IsFalse && c.IsFalse)
        {
            return Verdict.NotApplicable(
                "Neither of Art. 35(3)(b)-(c) applies: no large-scale processing of special categories, and no large-scale systematic monitoring of a publicly accessible area.",
                Verdict.MaskOf(special, largeScale, monitoring, publicPlace));
        }

        if (!b.IsTrue && !c.IsTrue)
        {
            return Verdict.Undetermined(
                "Whether the processing is on a large scale, of special categories, or systematically monitors a publicly accessible area decides whether an impact assessment is required.",
                special, largeScale, monitoring, publicPlace);
        }

        var trigger = b.IsTrue ? "large-scale processing of special categories (Art. 35(3)(b))" : "large-scale systematic monitoring of a publicly accessible area (Art. 35(3)(c))";
        var done = a.ImpactAssessmentDone();
        if (done.IsFalse)
        {
            return Verdict.Violated($"The processing is {trigger}, and no data protection impact assessment was carried out.", done, largeScale);
        }

        if (done.IsUnknown)
        {
            return Verdict.Undetermined($"The processing is {trigger}: whether an impact assessment was carried out before it began decides this rule.", done);
        }

        if (!(a.ImpactAssessmentCompletedOn is LocalDate completed))
        {
            return Verdict.Undetermined($"The processing is {trigger}: when the impact assessment was completed (before the processing) decides this rule.", FactPaths.ImpactAssessment.CompletedOn);
        }

        var start = a.From;
        return completed > start
            ? Verdict.Violated($"The processing is {trigger}; its impact assessment was completed on {completed:yyyy'-'MM'-'dd}, after the processing began ({start:yyyy'-'MM'-'dd}), not prior to it (Art. 35(1)).", done, largeScale)
            : Verdict.Satisfied($"The processing is {trigger}, and an impact assessment was completed on {completed:yyyy'-'MM'-'dd}, before it began.");
    }

    private static Verdict EvaluateArt13(in RuleContext a)
    {
        if (Gate(a) is Verdict outside)
        {
            return outside;
        }

        var scraped = a.UntargetedScraping();
        if (scraped.IsTrue)
        {
            // Images taken from the web or CCTV footage are not obtained from the data subject: Art. 14 governs them.
            return Verdict.NotApplicable("The face images are scraped from the internet or CCTV footage, not collected from the data subjects; Art. 14 (not modelled) governs the information then.", Verdict.MaskOf(scraped));
        }

        var shared = a.SharedWithThirdParties();
        return Checklist.Start
            .Requires(a.NoticeGiven(), "the data subjects are not informed at all")
            .Requires(a.NoticeBeforeProcessing(), "the information is not given at the time of collection", when: !a.NoticeGiven().IsFalse)
            .Requires(a.NoticeStates(NoticeElement.ProcessorIdentity), "it does not state the controller's identity and contact details", when: !a.NoticeGiven().IsFalse)
            .Requires(a.NoticeStates(NoticeElement.Purpose), "it does not state the purposes", when: !a.NoticeGiven().IsFalse)
            .Requires(a.NoticeStates(NoticeElement.Retention), "it does not state the retention period", when: !a.NoticeGiven().IsFalse)
            .Requires(a.NoticeStates(NoticeElement.RightsExercise), "it does not state the data subjects' rights", when: !a.NoticeGiven().IsFalse)
            .Needs(shared)
            .Requires(a.RecipientDisclosed(), "the recipients are not named", when: shared.IsTrue)
            .Verdict(
                violated: "Art. 13 is not met: ",
                undetermined: "Whether the data subjects are told, at collection, the controller, purposes, retention, their rights and (when shared) the recipients decides this rule.",
                satisfied: "At collection the data subjects are told the controller, the purposes, the retention period, their rights and any recipients.");
    }

    /// <summary>
    /// Processing by a competent authority for law-enforcement purposes is governed by the Law Enforcement Directive
    /// (EU) 2016/680, not the GDPR (Art. 2(2)(d)); only when both are known does the gate decide, so an unknown leaves
    /// the GDPR (the stricter assumption for everyone else) applied.
    /// </summary>
    private static Verdict? Gate(in RuleContext a)
    {
        var authority = a.ProcessorIs(ProcessorKind.LawEnforcement);
        var purpose = a.LawEnforcement();
        return authority.IsTrue && purpose.IsTrue
            ? Verdict.NotApplicable(
                "A law-enforcement authority processes for law-enforcement purposes: the Law Enforcement Directive (EU) 2016/680 governs that, not the GDPR (Art. 2(2)(d); the Directive is not modelled).",
                Verdict.MaskOf(authority, purpose))
            : null;
    }

    /// <summary>The conjunction of three-valued facts: false when any is false, true when all are true, else unknown.</summary>
    private static Fact AllOf(params Fact[] facts)
    {
        var unknown = false;
        foreach (var f in facts)
        {
            if (f.IsFalse)
            {
                return f;
            }

            unknown |= f.IsUnknown;
        }

        return new Fact(unknown ? (bool?)null : true, facts[0].Path);
    }
}
