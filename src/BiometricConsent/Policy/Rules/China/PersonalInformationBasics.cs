using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// The two duties the pre-PIPL laws share, word for word in substance: collecting and using personal information
/// lawfully, legitimately and necessarily, with published rules, a stated purpose, method and scope, and consent,
/// within what was agreed (CRPL Art. 29 ¶1, Cybersecurity Law Art. 41, Civil Code Art. 1035); and keeping it secure
/// and not providing it to others without consent (CRPL Art. 29 ¶2, Cybersecurity Law Art. 42, Civil Code
/// Art. 1038). Each is read one way for all three; the readings are recorded in docs/policy-rules-notes.md.
/// </summary>
internal static class PersonalInformationBasics
{
    /// <summary>What <see cref="CollectionAndUse"/> reads (plus <see cref="ConsentUnlessLawProvidesChecks"/> where consent can be dispensed with).</summary>
    internal static readonly FactSet CollectionAndUseChecks =
        ChineseDuties.NoticeContentChecks + ChineseDuties.PurposeChangeChecks + ChineseDuties.NecessityChecks
        + FactSet.Of(FactPaths.Notice.RulesPublished, FactPaths.Consent.Obtained);

    /// <summary>What <see cref="ConsentUnlessLawProvides"/> reads.</summary>
    internal static readonly FactSet ConsentUnlessLawProvidesChecks = FactSet.Of(FactPaths.LegalBasis, FactPaths.Period.Self);

    /// <summary>What <see cref="SecurityAndProvision"/> reads, without the notification facts.</summary>
    internal static readonly FactSet SecurityAndProvisionChecks = FactSet.Of(
        FactPaths.Sharing.SharedWithThirdParties, FactPaths.Sharing.ConsentForSharing, FactPaths.Sharing.SeparateConsentForSharing, FactPaths.Security.Incident, FactPaths.Storage.Encrypted);

    /// <summary>What <see cref="SecurityAndProvision"/> reads when a leak must be notified.</summary>
    internal static readonly FactSet NotificationChecks = FactSet.Of(FactPaths.Security.IndividualsNotified, FactPaths.Security.RegulatorNotified);

    /// <summary>The day the PIPL took effect: from then its Art. 13 ¶1(2)–(7) is the law that dispenses with consent.</summary>
    private static readonly LocalDate PiplInForce = new LocalDate(2021, 11, 1);

    private static readonly NoticeElement[] PurposeMethodScope = { NoticeElement.Purpose, NoticeElement.Method, NoticeElement.DataCategories };

    /// <summary>
    /// Whether consent is needed where the instrument dispenses with it only if "a law or administrative regulation
    /// provides otherwise" (Civil Code Art. 1035 ¶1(1)): yes with a consent basis or none; no with another basis from
    /// 2021-11-01, when PIPL Art. 13 ¶1(2)–(7) is that law; before then, unknown, because which law could dispense
    /// with consent for that basis is not modelled.
    /// </summary>
    internal static Fact ConsentUnlessLawProvides(in RuleContext a)
    {
        if (!(a.LegalBasis is LegalBasis basis))
        {
            return new Fact(null, FactPaths.LegalBasis);
        }

        var needed = basis == LegalBasis.Consent || basis == LegalBasis.None ? true : a.From >= PiplInForce ? false : (bool?)null;
        return new Fact(needed, FactPaths.LegalBasis);
    }

    /// <summary>
    /// Collection and use: a notice states the purpose, method and scope; the collection and use rules are
    /// published; the individuals consented (when <paramref name="consentNeeded"/> is true, or always when it is
    /// null); the processing is necessary (read as <see cref="ChineseDuties.Necessity"/>); and the information is
    /// not used beyond the agreed purpose without fresh consent.
    /// </summary>
    internal static Checklist CollectionAndUse(this Checklist c, in RuleContext a, Fact? consentNeeded = null)
    {
        var given = a.NoticeGiven();
        var stated = ChineseDuties.NoticeStates(a, PurposeMethodScope, out var omitted);
        var consent = a.ConsentObtained();
        var needed = consentNeeded ?? default;
        var consentApplies = consentNeeded is null || needed.IsTrue;
        var extended = a.PurposeExtendedBeyondOriginal();
        var reconsent = a.ReconsentObtained();
        return c
            .Breach(given.IsFalse, "it is processed without telling them the purpose, method and scope", given)
            .Breach(!given.IsFalse && stated.IsFalse, "the notice omits the purpose, method or scope (" + omitted + ")", stated)
            .Needs(stated, when: !given.IsFalse)
            .Requires(a.RulesPublished(), "the collection and use rules are not published")
            .Breach(consentApplies && consent.IsFalse, "it is processed without their consent", consent, consentNeeded is null ? default : needed)
            .Needs(needed, when: consentNeeded != null)
            .Needs(consent, when: consentApplies || needed.IsUnknown)
            .Necessity(a)
            .Breach(extended.IsTrue && reconsent.IsFalse, "it is used beyond the agreed purpose without fresh consent", extended, reconsent)
            .Needs(extended)
            .Needs(reconsent, when: extended.IsTrue);
    }

    /// <summary>
    /// Security and provision: not provided to others without the individuals' consent (any consent, separate or
    /// not); no leak, tampering or loss while stored unencrypted (the technical measures missing); and, with
    /// <paramref name="notify"/>, after a leak the individuals told and the authorities informed.
    /// </summary>
    internal static Checklist SecurityAndProvision(this Checklist c, in RuleContext a, bool notify)
    {
        var shared = a.SharedWithThirdParties();
        var consent = a.ConsentForSharing();
        var incident = a.SecurityIncident();
        var encrypted = a.Encrypted();
        c = c.Breach(shared.IsTrue && consent.IsFalse, "it is provided to third parties without their consent", shared, consent)
            .Needs(shared)
            .Needs(consent, when: shared.IsTrue)
            .Breach(incident.IsTrue && encrypted.IsFalse, "it leaked, was tampered with or lost while stored unencrypted: the necessary technical measures were not taken", incident, encrypted)
            .Needs(incident)
            .Needs(encrypted, when: incident.IsTrue);
        return notify
            ? c.Requires(a.IndividualsNotified(), "the individuals were not told of the leak", when: incident.IsTrue)
                .Requires(a.RegulatorNotified(), "the competent authorities were not informed of the leak", when: incident.IsTrue)
            : c;
    }
}
