using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Tianjin Municipal Social Credit Regulation (effective 2021-01-01), Art. 16: what market credit information
/// providers may collect within Tianjin. Applies to <c>CN-TJ</c> only. Each rule's statement, checked facts and
/// gaps are listed in docs/rules-catalog.md.
/// </summary>
public static class TianjinSocialCreditRules
{
    /// <summary>What the gate of every rule reads.</summary>
    private static readonly FactSet ScopeChecks = FactSet.Of(FactPaths.Processor.Kinds);

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-TJ-SCR",
        name: "Tianjin Municipal Social Credit Regulation",
        shortName: "Tianjin SCR",
        chineseTitle: "天津市社会信用条例",
        scope: Jurisdiction.Tianjin,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2021, 1, 1));

    /// <summary>CN-TJ-SCR-16.1.</summary>
    public static Rule Art16Para1 { get; } = new Rule(
        "CN-TJ-SCR-16.1",
        Instrument,
        "Art. 16 ¶1",
        "A market credit information provider collecting a natural person's information must obtain the person's consent and agree the use, unless laws or administrative regulations provide otherwise.",
        Verification.VerifiedSecondary,
        EvaluateArt16Para1,
        checks: ScopeChecks + ChineseDuties.NoticeContentChecks + FactSet.Of(FactPaths.LegalBasis, FactPaths.Consent.Obtained),
        notModelled: "the agreement on the use itself: a notice stating the purpose is read as the use agreed; which law provides otherwise (a statutory-duty basis is taken to be one)");

    /// <summary>CN-TJ-SCR-16.2.</summary>
    public static Rule Art16Para2 { get; } = new Rule(
        "CN-TJ-SCR-16.2",
        Instrument,
        "Art. 16 ¶2",
        "A market credit information provider must not collect biometric information (nor religious belief, blood type, disease and medical history); consent does not cure this.",
        Verification.VerifiedSecondary,
        (in RuleContext c) => Gate(c) ?? Verdict.Violated(c.ConsentWritten().IsTrue || c.ConsentSeparate().IsTrue
            ? "A market credit information provider collects biometric information, which Art. 16 ¶2 forbids outright; the written or separate consent obtained does not cure it."
            : "A market credit information provider collects biometric information, which Art. 16 ¶2 forbids outright; consent would not cure it.",
            c.ProcessorIs(ProcessorKind.MarketCreditInformationProvider)),
        checks: ScopeChecks,
        mentions: FactSet.Of(FactPaths.Consent.Written, FactPaths.Consent.Separate),
        notModelled: "the other forbidden categories (religious belief, blood type, disease and medical history): every modality of the model is biometric, so any activity of a provider collects biometric information");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art16Para1, Art16Para2 };

    private static Verdict EvaluateArt16Para1(in RuleContext a)
    {
        var consent = a.ConsentObtained();
        var use = a.NoticeStates(NoticeElement.Purpose);
        return Checklist.Unless(Gate(a))
            .AndUnless(a.LegalBasisIs(LegalBasis.StatutoryDuty).IsTrue
                ? Verdict.Satisfied("The collection rests on a statutory duty, which Art. 16 ¶1 exempts from consent (laws or administrative regulations provide otherwise).")
                : (Verdict?)null)
            .ViolatedIf(consent.IsFalse, "The market credit information provider collects the person's information without consent.", consent)
            .ViolatedIf(use.IsFalse, "The market credit information provider obtained consent but did not agree the use with the person.", use)
            .Needs(consent)
            .Needs(use)
            .Verdict(
                violated: "",
                undetermined: "Whether the person consented and the use was agreed decides this rule.",
                satisfied: "The person consented and the use was stated.");
    }

    private static Verdict? Gate(in RuleContext a)
    {
        var provider = a.ProcessorIs(ProcessorKind.MarketCreditInformationProvider);
        if (provider.IsFalse)
        {
            return Verdict.NotApplicable("Art. 16 binds market credit information providers; the processor is not one.");
        }

        return provider.IsUnknown
            ? Verdict.Undetermined("Art. 16 binds market credit information providers.", provider)
            : (Verdict?)null;
    }
}
