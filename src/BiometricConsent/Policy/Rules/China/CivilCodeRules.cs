using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Civil Code of the PRC (effective 2021-01-01), Book IV Chapter 6, Arts. 1034–1038: privacy and personal
/// information. Art. 1034 makes biometric information personal information; Art. 1035 sets the conditions of
/// processing, Art. 1036 the cases without liability, Art. 1037 the person's rights and Art. 1038 the processor's
/// security duties. It bound face capture before the PIPL (the XPeng captures of January–June 2021 included), and
/// still does. Each rule's statement, checked facts and gaps are listed in docs/rules-catalog.md.
/// </summary>
public static class CivilCodeRules
{
    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-CC",
        name: "Civil Code of the People's Republic of China",
        shortName: "Civil Code",
        chineseTitle: "中华人民共和国民法典",
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.CivilCourt,
        effectiveFrom: new LocalDate(2021, 1, 1),
        penalty: "Civil liability, not a fine: stopping the infringement, removing its effects, apology and damages (Civil Code Arts. 995, 1165, 1182; SPC FR Provisions Art. 8 from 2021-08-01)");

    /// <summary>CN-CC-1035.</summary>
    public static Rule Art1035 { get; } = new Rule(
        "CN-CC-1035",
        Instrument,
        "Art. 1035 ¶1 (with Art. 1034 ¶2)",
        "Processing personal information, biometric information included, must be lawful, legitimate and necessary and not excessive: with the person's (or guardian's) consent unless a law or administrative regulation provides otherwise, under published processing rules, with the purpose, method and scope expressly stated, and within the law and what was agreed.",
        Verification.VerifiedSecondary,
        (in RuleContext a) => Checklist.Start.CollectionAndUse(a, PersonalInformationBasics.ConsentUnlessLawProvides(a)).Verdict(
            violated: "The biometric information is processed in breach of Civil Code Art. 1035: ",
            undetermined: "Whether the persons were told the purpose, method and scope, the rules were published, they consented (or a law dispenses with consent), the processing is necessary and stays within what was agreed decide this rule.",
            satisfied: "The processing is told, published, consented to (or dispensed from consent by law), necessary and within what was agreed."),
        checks: PersonalInformationBasics.CollectionAndUseChecks + PersonalInformationBasics.ConsentUnlessLawProvidesChecks,
        notModelled: "the cases without liability of Art. 1036 beyond the legal basis (information the person made public, reasonable processing in the public interest); which law dispenses with consent before 2021-11-01 (from then, PIPL Art. 13)");

    /// <summary>CN-CC-1038.</summary>
    public static Rule Art1038 { get; } = new Rule(
        "CN-CC-1038",
        Instrument,
        "Art. 1038",
        "A processor must not leak or tamper with the personal information it collects or stores, nor provide it to others without the person's consent (unless processed so that no one can be identified); it must take technical and other measures to keep it secure and, on a leak, tampering or loss, remedy it, tell the persons and report to the authorities.",
        Verification.VerifiedSecondary,
        (in RuleContext a) => Checklist.Start.SecurityAndProvision(a, notify: true).Verdict(
            violated: "The biometric information is not kept as Civil Code Art. 1038 requires: ",
            undetermined: "Whether the information is provided to others without consent, leaked unprotected, and whether a leak was told and reported decide this rule.",
            satisfied: "The information is provided to others only with consent, no unprotected leak occurred, and any leak was told and reported."),
        checks: PersonalInformationBasics.SecurityAndProvisionChecks + PersonalInformationBasics.NotificationChecks,
        notModelled: "information processed so that no one can be identified (which may be provided without consent); technical measures other than encryption; the person's rights to access, copy, correct and delete (Art. 1037)");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art1035, Art1038 };
}
