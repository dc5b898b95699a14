using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Cybersecurity Law of the PRC (effective 2017-06-01; amended 2025-10-28, the amended law in force 2026-01-01),
/// Arts. 41–42: network operators' duties towards the personal information they collect, with the penalties of
/// Art. 64. It bound face capture by network operators before the PIPL. Each rule's statement, checked facts and
/// gaps are listed in docs/rules-catalog.md.
/// </summary>
/// <remarks>
/// The duties bind network operators only (owners and managers of networks and network service providers,
/// Art. 76(3)); whether a processor is one is a fact the activity states (<c>$.processor.networkOperator</c>) and
/// is never assumed. The rules cite the 2016 text, read against the primary text [V-P]: the amendment adopted
/// 2025-10-28 (in force 2026-01-01) renumbers Art. 40 as Art. 42 after inserting two articles, so Arts. 41–42 are
/// Arts. 43–44 of the amended law, and adds to Art. 42 a ¶2 binding network operators to the Civil Code and the
/// PIPL when they process personal information [V-P, decision items 1–4]; the duties continue.
/// </remarks>
public static class CybersecurityLawRules
{
    /// <summary>
    /// The penalty, dated per regime: CSL Art. 64 ¶1 of the 2016 text [V-P] for acts to 2025-12-31; the amended law
    /// from 2026-01-01, whose liability chapter refers personal-information violations to the PIPL [V-S] under an
    /// article number not read [R] (docs/policy-rules-notes.md, "Cybersecurity Law").
    /// </summary>
    public const string Art64Penalty =
        "To 2025-12-31, CSL Art. 64 ¶1 (2016 text) [V-P]: order to correct; alone or together, warning, confiscation of illegal gains, a fine of 1 to 10 times the illegal gains or up to CNY 1,000,000 where there are none; " +
        "responsible persons CNY 10,000–100,000; if serious, suspension of the business, closure for rectification, closure of the website, revocation of licences or of the business licence. " +
        "From 2021-11-01 the same conduct also falls under PIPL Art. 66 (the later and special law; which one the regulator applies is its choice [R]). " +
        "From 2026-01-01 (amendment of 2025-10-28; Arts. 41–42 renumbered 43–44 [V-P]): the amended liability chapter refers personal-information violations to the PIPL and other laws [V-S], i.e. PIPL Art. 66; its article number was not read [R]";

    /// <summary>What the gate reads.</summary>
    private static readonly FactSet ScopeChecks = FactSet.Of(FactPaths.Processor.NetworkOperator);

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-CSL",
        name: "Cybersecurity Law of the People's Republic of China",
        shortName: "CSL",
        chineseTitle: "中华人民共和国网络安全法",
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2017, 6, 1),
        penalty: Art64Penalty,
        temporalNote: "in force from 2017-06-01; the amendment of 2025-10-28 takes effect on 2026-01-01");

    /// <summary>CN-CSL-41.</summary>
    public static Rule Art41 { get; } = new Rule(
        "CN-CSL-41",
        Instrument,
        "Art. 41 (Art. 43 from 2026-01-01)",
        "A network operator collecting or using personal information must follow the principles of lawfulness, legitimacy and necessity, publish its collection and use rules, expressly state the purpose, method and scope, obtain the consent of the persons, collect nothing unrelated to its service, and stay within the law and what was agreed.",
        Verification.VerifiedPrimary,
        (in RuleContext a) => Checklist.Unless(Gate(a)).CollectionAndUse(a, PersonalInformationBasics.ConsentUnlessLawProvides(a)).Verdict(
            violated: "The network operator's processing of biometric information breaches CSL Art. 41: ",
            undetermined: "Whether the persons were told the purpose, method and scope, the rules were published, they consented, the collection is necessary and stays within what was agreed decide this rule.",
            satisfied: "The processing is told, published, consented to, necessary and within what was agreed."),
        checks: ScopeChecks + PersonalInformationBasics.CollectionAndUseChecks + PersonalInformationBasics.ConsentUnlessLawProvidesChecks,
        notModelled: "Art. 41 states no exception to consent; another legal basis dispenses with it only from 2021-11-01 (PIPL Art. 13), before then it leaves the rule open; information unrelated to the service beyond the necessity of recognition");

    /// <summary>CN-CSL-42.</summary>
    public static Rule Art42 { get; } = new Rule(
        "CN-CSL-42",
        Instrument,
        "Art. 42 (Art. 44 from 2026-01-01)",
        "A network operator must not leak, tamper with or damage the personal information it collects, nor provide it to others without the persons' consent (unless it is processed so that no one can be identified); it must take technical and other measures to keep it secure and, on a leak, damage or loss, remedy it at once, tell the users and report to the authorities.",
        Verification.VerifiedPrimary,
        (in RuleContext a) => Checklist.Unless(Gate(a)).SecurityAndProvision(a, notify: true).Verdict(
            violated: "The network operator does not keep the biometric information as CSL Art. 42 requires: ",
            undetermined: "Whether the information is provided to others without consent, leaked unprotected, and whether a leak was told and reported decide this rule.",
            satisfied: "The information is provided to others only with consent, no unprotected leak occurred, and any leak was told and reported."),
        checks: ScopeChecks + PersonalInformationBasics.SecurityAndProvisionChecks + PersonalInformationBasics.NotificationChecks,
        notModelled: "information processed so that no one can be identified; technical measures other than encryption; the remedial measures after a leak");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art41, Art42 };

    /// <summary>Arts. 41–42 bind network operators; whether the processor is one is never assumed.</summary>
    private static Verdict? Gate(in RuleContext a)
    {
        var networkOperator = a.NetworkOperator();
        return networkOperator.IsFalse ? Verdict.NotApplicable("Arts. 41–42 bind network operators; the processor is not one.")
            : networkOperator.IsUnknown ? Verdict.Undetermined("Arts. 41–42 bind network operators (owners and managers of networks and network service providers, Art. 76(3)); whether the processor is one decides whether they apply.", networkOperator)
            : (Verdict?)null;
    }
}
