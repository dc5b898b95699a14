using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Regulations for the Implementation of the Consumer Rights Protection Law (State Council Order No. 778, effective
/// 2024-07-01), Art. 23: business operators must not over-collect consumers' personal information nor force consent
/// by blanket, default or bundled authorisation or by refusing service; sensitive information (biometric
/// information included) only as the laws allow. Each rule's statement, checked facts and gaps are listed in
/// docs/rules-catalog.md.
/// </summary>
public static class CrplImplementingRegulationsRules
{
    /// <summary>What the gate reads (that of CRPL Art. 29).</summary>
    private static readonly FactSet ScopeChecks = FactSet.Of(FactPaths.Processor.Kinds, FactPaths.Subjects.Kinds);

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-CRPL-IR",
        name: "Regulations for the Implementation of the Consumer Rights Protection Law (State Council Order No. 778)",
        shortName: "CRPL Implementing Regulations",
        chineseTitle: "中华人民共和国消费者权益保护法实施条例",
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2024, 7, 1),
        penalty: "Art. 50: punished under CRPL Art. 56 unless another law sets the penalty — for personal information PIPL Art. 66 [R]");

    /// <summary>CN-CRPL-IR-23.</summary>
    public static Rule Art23 { get; } = new Rule(
        "CN-CRPL-IR-23",
        Instrument,
        "Art. 23 ¶1–2",
        "A business operator must not over-collect consumers' personal information, nor force consent to collecting information not directly related to its business by a bundled authorisation or by refusing service; sensitive information such as biometric information only as the laws allow.",
        Verification.VerifiedSecondary,
        (in RuleContext a) => Checklist.Unless(CrplRules.ConsumerGate(a, "Art. 23"))
            .Forbids(a.ConsentBundled(), "consent is bundled with other authorisations")
            .NoForcedConsent(a, switchForces: false)
            .Necessity(a)
            .Verdict(
                violated: "The business operator collects consumers' biometric information in breach of Art. 23: ",
                undetermined: "Whether consent is bundled or forced and whether the collection is necessary decide this rule.",
                satisfied: "Consent is neither bundled nor forced, and the collection is necessary or an opt-in beside an offered alternative."),
        checks: ScopeChecks + ChineseDuties.ForcedConsentChecks + ChineseDuties.NecessityChecks + FactSet.Of(FactPaths.Consent.Bundled),
        notModelled: "blanket (one-time) and default authorisations, and refusing installation or use, other than through a bundled consent or a refused service; the laws on sensitive information (¶2) are the PIPL rules of this catalog");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art23 };
}
