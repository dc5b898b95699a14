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
    /// <summary>The penalty the XPeng decision applied (Art. 56 ¶1(9)).</summary>
    public const string Art56Penalty = "CRPL Art. 56 ¶1(9): up to CNY 500,000 where there are no illegal gains";

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
        "A business operator collecting or using consumers' personal information must expressly state the purpose, method and scope, obtain the consumers' consent, and not exceed what was agreed.",
        Verification.VerifiedPrimary,
        EvaluateArt29Para1,
        checks: ScopeChecks + ChineseDuties.NoticeContentChecks + ChineseDuties.PurposeChangeChecks + FactSet.Of(FactPaths.Consent.Obtained),
        notModelled: "use beyond the agreed method or scope (only a purpose extended beyond the original is described); publishing the collection and use rules");

    /// <summary>CN-CRPL-29.2.</summary>
    public static Rule Art29Para2 { get; } = new Rule(
        "CN-CRPL-29.2",
        Instrument,
        "Art. 29 ¶2",
        "A business operator must keep consumers' personal information strictly confidential, must not leak, sell or illegally provide it, and must take technical measures to keep it secure.",
        Verification.VerifiedPrimary,
        EvaluateArt29Para2,
        checks: ScopeChecks.With(FactPaths.Sharing.Sold, FactPaths.Sharing.SharedWithThirdParties, FactPaths.Sharing.SeparateConsentForSharing, FactPaths.Security.Incident, FactPaths.Storage.Encrypted),
        notModelled: "technical measures other than encryption: only a leak, tampering or loss of unencrypted information shows the measures were missing; the remedial measures after one");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art29Para1, Art29Para2 };

    private static readonly NoticeElement[] PurposeMethodScope = { NoticeElement.Purpose, NoticeElement.Method, NoticeElement.DataCategories };

    private static Verdict EvaluateArt29Para1(in RuleContext a)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        var notice = a.NoticeGiven();
        var stated = ChineseDuties.NoticeStates(a, PurposeMethodScope, out _);
        var consent = a.ConsentObtained();
        var extended = a.PurposeExtendedBeyondOriginal();
        var reconsent = a.ReconsentObtained();
        var beyondAgreement = extended.IsTrue && reconsent.IsFalse;
        if (notice.IsFalse || stated.IsFalse || consent.IsFalse || beyondAgreement)
        {
            var reason = "The business operator processes consumers' biometric information";
            reason += notice.IsFalse ? " without telling them the purpose, method and scope"
                : stated.IsFalse ? " with a notice that omits the purpose, method or scope" : "";
            reason += consent.IsFalse ? (stated.IsFalse ? " and" : "") + " without their consent" : "";
            reason += beyondAgreement ? "; it uses the information beyond the agreed purpose without fresh consent" : "";
            return Verdict.Violated(reason + ".",
                notice.IsFalse ? notice : stated.IsFalse ? stated : default,
                consent.IsFalse ? consent : default,
                beyondAgreement ? extended : default,
                beyondAgreement ? reconsent : default);
        }

        if (notice.IsUnknown || stated.IsUnknown || consent.IsUnknown || extended.IsUnknown || (extended.IsTrue && reconsent.IsUnknown))
        {
            return Verdict.Undetermined(
                "Whether consumers were told the purpose, method and scope and consented, within what was agreed, decides this rule.",
                notice, stated, consent, extended, extended.IsTrue ? reconsent : extended);
        }

        return Verdict.Satisfied("Consumers were told the purpose, method and scope, consented, and the use stays within what was agreed.");
    }

    private static Verdict EvaluateArt29Para2(in RuleContext a)
    {
        var sold = a.Sold();
        var shared = a.SharedWithThirdParties();
        var sharingConsent = a.SeparateConsentForSharing();
        var incident = a.SecurityIncident();
        var encrypted = a.Encrypted();
        return Checklist.Unless(Gate(a))
            .ViolatedIf(sold.IsTrue, "The business operator sells consumers' biometric information.", sold)
            .ViolatedIf(shared.IsTrue && sharingConsent.IsFalse, "The business operator provides consumers' biometric information to third parties without their consent.", shared, sharingConsent)
            .ViolatedIf(incident.IsTrue && encrypted.IsFalse, "Consumers' biometric information leaked, was tampered with or lost while stored unencrypted: the necessary technical measures were not taken.", incident, encrypted)
            .Needs(sold)
            .Needs(shared)
            .Needs(sharingConsent, when: shared.IsTrue)
            .Needs(incident)
            .Needs(encrypted, when: incident.IsTrue)
            .Verdict(
                violated: "",
                undetermined: "Whether the information is sold or provided to others without consent, and whether it leaked unprotected, decides this rule.",
                satisfied: "The information is not sold, is provided to others only with consent, and no unprotected leak occurred.");
    }

    /// <summary>Art. 29 binds business operators in respect of consumers' information.</summary>
    private static Verdict? Gate(in RuleContext a)
    {
        var operatorFact = a.ProcessorIs(ProcessorKind.BusinessOperator);
        var consumers = a.SubjectsInclude(SubjectKind.Consumer);
        if (operatorFact.IsFalse)
        {
            return Verdict.NotApplicable("Art. 29 binds business operators; the processor is not one.");
        }

        if (consumers.IsFalse)
        {
            return Verdict.NotApplicable("Art. 29 protects consumers; the individuals are not consumers.");
        }

        if (operatorFact.IsUnknown || consumers.IsUnknown)
        {
            return Verdict.Undetermined("Art. 29 binds business operators towards consumers.", operatorFact, consumers);
        }

        return null;
    }
}
