using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Consumer Rights Protection Law of the PRC (2013 amendment, effective 2014-03-15), Art. 29: business
/// operators' duties towards consumers' personal information (the XPeng penalty). Each rule's statement, checked
/// facts and gaps are listed in docs/rules-catalog.md.
/// </summary>
public static class CrplRules
{
    /// <summary>
    /// The penalty of Art. 56 ¶1(9) and ¶2 (the XPeng decision applied ¶1(9)), which yields where another law or
    /// regulation sets the penalty (Art. 56 ¶1, opening words).
    /// </summary>
    public const string Art56Penalty =
        "CRPL Art. 56 ¶1(9), unless another law or regulation sets the penalty (for network operators Cybersecurity Law Art. 64 from 2017-06-01; for personal information PIPL Art. 66 from 2021-11-01): " +
        "order to correct, warning, confiscation of illegal gains, a fine of 1 to 10 times the illegal gains or up to CNY 500,000 where there are none; " +
        "if serious, suspension of business or revocation of the business licence; ¶2: the violation is entered in the business operator's credit file and published";

    /// <summary>What the gate of every rule reads.</summary>
    private static readonly FactSet ScopeChecks = FactSet.Of(FactPaths.Processor.Kinds, FactPaths.Subjects.Kinds);

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-CRPL",
        name: "Consumer Rights Protection Law",
        shortName: "CRPL",
        chineseTitle: "中华人民共和国消费者权益保护法",
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2014, 3, 15),
        penalty: Art56Penalty,
        temporalNote: "Art. 29 was added by the 2013 amendment, effective 2014-03-15");

    /// <summary>CN-CRPL-29.1.</summary>
    public static Rule Art29Para1 { get; } = new Rule(
        "CN-CRPL-29.1",
        Instrument,
        "Art. 29 ¶1",
        "A business operator collecting or using consumers' personal information must do so lawfully, legitimately and necessarily, publish its collection and use rules, expressly state the purpose, method and scope, obtain the consumers' consent, and not exceed what was agreed.",
        Verification.VerifiedPrimary,
        (in RuleContext a) => Checklist.Unless(Gate(a)).CollectionAndUse(a).Verdict(
            violated: "Consumers' biometric information falls short of Art. 29 ¶1: ",
            undetermined: "Whether consumers were told the purpose, method and scope, the rules were published, they consented, the collection is necessary and the use stays within what was agreed decide this rule.",
            satisfied: "Consumers were told the purpose, method and scope under published rules, consented, the collection is necessary, and the use stays within what was agreed."),
        checks: ScopeChecks + PersonalInformationBasics.CollectionAndUseChecks,
        notModelled: "use beyond the agreed method or scope (only a purpose extended beyond the original is described); lawfulness and legitimacy beyond the limbs listed");

    /// <summary>CN-CRPL-29.2.</summary>
    public static Rule Art29Para2 { get; } = new Rule(
        "CN-CRPL-29.2",
        Instrument,
        "Art. 29 ¶2",
        "A business operator must keep consumers' personal information strictly confidential, must not leak or sell it or provide it to others unlawfully (without the consumers' consent, which need not be separate), and must take technical measures to keep it secure.",
        Verification.VerifiedPrimary,
        (in RuleContext a) => Checklist.Unless(Gate(a))
            .ViolatedIf(a.Sold().IsTrue, "The business operator sells consumers' biometric information.", a.Sold())
            .Needs(a.Sold())
            .SecurityAndProvision(a, notify: false)
            .Verdict(
                violated: "Consumers' biometric information is not kept as Art. 29 ¶2 requires: ",
                undetermined: "Whether the information is sold or provided to others without consent, and whether it leaked unprotected, decides this rule.",
                satisfied: "The information is not sold, is provided to others only with consent, and no unprotected leak occurred."),
        checks: ScopeChecks.With(FactPaths.Sharing.Sold) + PersonalInformationBasics.SecurityAndProvisionChecks,
        notModelled: "technical measures other than encryption: only a leak, tampering or loss of unencrypted information shows the measures were missing; the remedial measures after one");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art29Para1, Art29Para2 };

    /// <summary>Art. 29 binds business operators in respect of consumers' information.</summary>
    private static Verdict? Gate(in RuleContext a) => ConsumerGate(a, "Art. 29");

    /// <summary>
    /// The scope of the consumer-protection articles (CRPL Art. 29, Implementing Regulations Art. 23): business
    /// operators towards consumers; <paramref name="article"/> names the article in the reasons.
    /// </summary>
    internal static Verdict? ConsumerGate(in RuleContext a, string article)
    {
        var operatorFact = a.ProcessorIs(ProcessorKind.BusinessOperator);
        var consumers = a.SubjectsInclude(SubjectKind.Consumer);
        return operatorFact.IsFalse ? Verdict.NotApplicable(article + " binds business operators; the processor is not one.")
            : consumers.IsFalse ? Verdict.NotApplicable(article + " protects consumers; the individuals are not consumers.")
            : operatorFact.IsUnknown || consumers.IsUnknown ? Verdict.Undetermined(article + " binds business operators towards consumers.", operatorFact, consumers)
            : (Verdict?)null;
    }
}
