using System;
using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Requirements that the PIPL, the CAC FRT Measures, the NDSMR and the SPC provisions share (consent basis,
/// separate consent, guardian consent, notice, impact assessment, necessity, encryption, forced consent, fresh
/// consent on change, public-place equipment), each read one way for all of them, with the facts each reads.
/// The readings are recorded in docs/policy-rules-notes.md.
/// </summary>
internal static class ChineseDuties
{
    /// <summary>What <see cref="ConsentGate"/> reads.</summary>
    internal static readonly FactSet ConsentBasisChecks = FactSet.Of(
        FactPaths.LegalBasis, FactPaths.Processor.Kinds, FactPaths.Processor.MandatedByLaw, FactPaths.Purposes, FactPaths.Necessity.NecessaryForLegalBasis);

    /// <summary>What <see cref="SeparateConsent"/> reads.</summary>
    internal static readonly FactSet SeparateConsentChecks = FactSet.Of(FactPaths.Consent.Obtained, FactPaths.Consent.Separate);

    /// <summary>What <see cref="GuardianConsent"/> reads.</summary>
    internal static readonly FactSet GuardianConsentChecks = ConsentBasisChecks.With(
        FactPaths.Subjects.IncludesMinorsUnder14, FactPaths.Consent.Obtained, FactPaths.Consent.GuardianForMinors);

    /// <summary>What <see cref="Notice"/> reads when the notice need not precede processing.</summary>
    internal static readonly FactSet NoticeContentChecks = FactSet.Of(FactPaths.Notice.Given, FactPaths.Notice.Elements);

    /// <summary>What <see cref="Notice"/> reads when the notice must precede processing (except in a public-health emergency).</summary>
    internal static readonly FactSet PriorNoticeChecks = NoticeContentChecks.With(
        FactPaths.Notice.BeforeProcessing, FactPaths.LegalBasis, FactPaths.Purposes, FactPaths.Necessity.NecessaryForLegalBasis);

    /// <summary>What <see cref="PriorImpactAssessment"/> reads.</summary>
    internal static readonly FactSet PriorImpactAssessmentChecks = FactSet.Of(FactPaths.ImpactAssessment.Done, FactPaths.ImpactAssessment.CompletedOn, FactPaths.Period.Self);

    /// <summary>What <see cref="Necessity"/> reads.</summary>
    internal static readonly FactSet NecessityChecks = FactSet.Of(
        FactPaths.Necessity.NecessaryForService, FactPaths.Necessity.AlternativeOffered, FactPaths.ImpactAssessment.Covers);

    /// <summary>What <see cref="LeastImpact"/> reads.</summary>
    internal static readonly FactSet LeastImpactChecks = FactSet.Of(FactPaths.Necessity.NonBiometricAlternativeExists, FactPaths.Necessity.AlternativeOffered);

    /// <summary>What <see cref="Encrypted"/> reads.</summary>
    internal static readonly FactSet EncryptionChecks = FactSet.Of(FactPaths.Storage.Encrypted);

    /// <summary>What <see cref="NoForcedConsent"/> reads (the entry-method switch only when it counts as force).</summary>
    internal static readonly FactSet ForcedConsentChecks = FactSet.Of(
        FactPaths.Necessity.ServiceRefusedWithoutConsent, FactPaths.Consent.ConditionOfService, FactPaths.Necessity.NecessaryForService);

    /// <summary>What <see cref="WithinConsentedPurpose"/> reads.</summary>
    internal static readonly FactSet PurposeChangeChecks = FactSet.Of(FactPaths.Changes.PurposeExtendedBeyondOriginal, FactPaths.Changes.ReconsentObtained);

    /// <summary>What <see cref="PublicPlaceEquipment"/> reads for installing equipment (CAC FRT Art. 13 ¶1), which consent does not extend.</summary>
    internal static readonly FactSet PublicPlaceInstallationChecks = FactSet.Of(
        FactPaths.PublicPlace, FactPaths.Notice.Given, FactPaths.Notice.ConspicuousSigns, FactPaths.Purposes);

    /// <summary>What <see cref="PublicPlaceEquipment"/> reads when separate consent allows other uses (PIPL Art. 26).</summary>
    internal static readonly FactSet PublicPlaceEquipmentChecks = PublicPlaceInstallationChecks.With(FactPaths.Consent.Separate);

    /// <summary>What <see cref="CrossBorder"/> reads.</summary>
    internal static readonly FactSet CrossBorderChecks = FactSet.Of(FactPaths.Storage.OnDeviceOnly, FactPaths.Storage.CrossBorder);

    /// <summary>
    /// Whether the consent rules bind: the basis is consent, or there is no basis at all (consent is then what
    /// the processing lacks). Another basis of PIPL Art. 13 ¶1(2)–(7) dispenses with consent (Art. 13 ¶2) — but a
    /// statutory duty (¶1(3)) or public security under State provisions (¶1(7) with Art. 26) only for a processor
    /// the law assigns that duty or authority (<see cref="MandatedByLaw"/>): for anyone else consent stays required.
    /// </summary>
    internal static Fact ConsentRequired(in RuleContext a)
    {
        switch (a.LegalBasis)
        {
            case null:
                return new Fact(null, FactPaths.LegalBasis);
            case LegalBasis.StatutoryDuty or LegalBasis.PublicSecurity:
                var mandated = MandatedByLaw(a);
                return new Fact(mandated.IsUnknown ? (bool?)null : mandated.IsFalse, mandated.Path);
            case LegalBasis.PublicHealthEmergency or LegalBasis.NewsReporting:
                var shown = ClaimedBasisShown(a);
                return new Fact(shown.IsUnknown ? (bool?)null : shown.IsFalse, shown.Path);
            case LegalBasis b:
                return new Fact(b == LegalBasis.Consent || b == LegalBasis.None, FactPaths.LegalBasis);
        }
    }

    /// <summary>
    /// Whether the law assigns the processor the duty or authority its basis claims: true for a state organ or law
    /// enforcement (PIPL Arts. 33–34), else <c>$.processor.mandatedByLaw</c>; false only when the processor is known
    /// to be neither and no mandate is stated. A shop declaring "public security" has no basis of its own: PIPL
    /// Art. 13 gives none to private operators, and State Council Order 799 (2025-04-01) places public-security video
    /// systems under the public-security organs, other operators installing them only as a law or regulation requires.
    /// </summary>
    internal static Fact MandatedByLaw(in RuleContext a)
    {
        var state = a.ProcessorIs(ProcessorKind.StateOrgan);
        if (state.IsTrue)
        {
            return state;
        }

        var police = a.ProcessorIs(ProcessorKind.LawEnforcement);
        if (police.IsTrue)
        {
            return police;
        }

        var mandated = a.MandatedByLaw();
        return mandated.IsTrue || mandated.IsUnknown ? mandated
            : state.IsFalse ? mandated
            : state;
    }

    /// <summary>
    /// Whether the emergency (PIPL Art. 13 ¶1(4)) or news-reporting (¶1(5)) basis claimed is shown: a stated purpose is
    /// that emergency or reporting (<c>$.purposes</c>) and the processing is necessary for it
    /// (<c>$.necessity.necessaryForLegalBasis</c>). Declaring the basis shows nothing: a shop capturing faces for its
    /// ordinary operations neither responds to an emergency nor reports news. False names the fact that defeats it.
    /// </summary>
    internal static Fact ClaimedBasisShown(in RuleContext a)
    {
        var serves = a.ServesPurpose(a.LegalBasis == LegalBasis.PublicHealthEmergency ? Purpose.PublicHealthEmergency : Purpose.NewsReporting);
        if (serves.IsFalse)
        {
            return serves;
        }

        var necessary = a.NecessaryForLegalBasis();
        return necessary.IsFalse || serves.IsTrue ? necessary : serves;
    }

    /// <summary>Not applicable when another basis dispenses with consent; undetermined when the basis, or the processor's mandate for it, is unknown.</summary>
    internal static Verdict? ConsentGate(in RuleContext a)
    {
        var required = ConsentRequired(a);
        if (required.IsFalse)
        {
            return Verdict.NotApplicable("The processing relies on a legal basis other than consent, which dispenses with consent (PIPL Art. 13 ¶2).");
        }

        return !required.IsUnknown ? (Verdict?)null
            : a.LegalBasis is null ? Verdict.Undetermined("Whether the processing relies on consent decides whether this consent rule applies.", required)
            : a.LegalBasis is LegalBasis.PublicHealthEmergency or LegalBasis.NewsReporting ? Verdict.Undetermined(
                "The processing claims an emergency or news-reporting basis, which dispenses with consent only when a stated purpose is that emergency or reporting and the processing is necessary for it; whether it is decides whether this consent rule applies.",
                required)
            : Verdict.Undetermined(
                "The processing relies on a statutory duty or public security, which dispense with consent only for a state organ or a processor a law or administrative regulation mandates; whether this processor is one decides whether this consent rule applies.",
                required);
    }

    /// <summary>Separate consent (PIPL Art. 29, NDSMR Art. 22(1)(2)) for processing that needs consent.</summary>
    internal static Verdict SeparateConsentRule(in RuleContext a) =>
        Checklist.Unless(ConsentGate(a)).SeparateConsent(a).Verdict(
            violated: "Biometric information is processed without separate consent: ",
            undetermined: "Whether separate consent was obtained decides this rule.",
            satisfied: "Separate consent to processing the facial information was obtained.");

    /// <summary>
    /// The agreement with the entrusted party (<paramref name="entrustment"/>, PIPL Art. 21) or with the recipients
    /// (NDSMR Art. 12) fixes every one of <paramref name="terms"/>: a term it leaves out is a breach naming it, unknown
    /// terms a missing fact. An empty list of terms (no agreement) leaves them all out.
    /// </summary>
    internal static Checklist FixesTerms(this Checklist c, in RuleContext a, AgreementTerm[] terms, bool entrustment)
    {
        string? missing = null;
        Fact unknown = default;
        foreach (var term in terms)
        {
            var fixes = entrustment ? a.EntrustmentAgreementFixes(term) : a.SharingAgreementFixes(term);
            missing = fixes.IsFalse ? (missing is null ? term.ToString() : missing + ", " + term) : missing;
            unknown = fixes.IsUnknown ? fixes : unknown;
        }

        var path = entrustment ? FactPaths.Entrustment.AgreementTerms : FactPaths.Sharing.AgreementTerms;
        var agreement = entrustment ? "the entrustment agreement does not fix " : "the agreements with the recipients do not fix ";
        return c.Breach(missing != null, agreement + missing, new Fact(true, path)).Needs(unknown, when: unknown.Path != null);
    }

    /// <summary>Consent was obtained and was separate (a bundled consent is not separate).</summary>
    internal static Checklist SeparateConsent(this Checklist c, in RuleContext a)
    {
        var obtained = a.ConsentObtained();
        var separate = a.ConsentSeparate();
        return c.Requires(obtained, "no consent was obtained")
            .Breach(obtained.IsTrue && separate.IsFalse, "the consent obtained was not separate", separate)
            .Needs(separate, when: !obtained.IsFalse);
    }

    /// <summary>
    /// Guardian consent for minors under 14 (PIPL Art. 31, CAC FRT Art. 7, NDSMR Art. 22(1)(3)): not applicable
    /// without such minors or when another basis dispenses with consent.
    /// </summary>
    internal static Verdict GuardianConsent(in RuleContext a)
    {
        var minors = a.IncludesMinorsUnder14();
        var required = ConsentRequired(a);
        var obtained = a.ConsentObtained();
        var guardian = a.GuardianConsentForMinors();
        return Checklist.Start
            .AppliesWhen(minors, "No minors under 14 are among the individuals.")
            .AppliesWhen(required, "The processing relies on a legal basis other than consent, so no guardian consent is needed (PIPL Art. 13 ¶2).")
            .Breach(minors.IsTrue && required.IsTrue && (obtained.IsFalse || guardian.IsFalse), "no parent or guardian consented", minors, obtained.IsFalse ? obtained : guardian)
            .Needs(guardian, when: !obtained.IsFalse)
            .Verdict(
                violated: "Facial information of minors under 14 is processed, but ",
                undetermined: "Whether minors under 14 are included, the basis, and whether a parent or guardian consented decide this rule.",
                satisfied: "A parent or guardian consented to processing the facial information of minors under 14.");
    }

    /// <summary>
    /// Whether the notice states every element of <paramref name="required"/>: false when it omits one (listed in
    /// <paramref name="omitted"/>) or no notice is given, unknown when an element is unknown. The one reading of
    /// the notice's contents every rule uses.
    /// </summary>
    internal static Fact NoticeStates(in RuleContext a, NoticeElement[] required, out string? omitted)
    {
        omitted = null;
        Fact all = default;
        foreach (var element in required)
        {
            var states = a.NoticeStates(element);
            if (states.IsFalse)
            {
                omitted = omitted is null ? element.ToString() : omitted + ", " + element;
            }

            if (all.Path is null || (all.IsTrue && !states.IsTrue) || (all.IsUnknown && states.IsFalse))
            {
                all = states;
            }
        }

        return all;
    }

    /// <summary>
    /// A notice stating <paramref name="required"/> was given, before processing when <paramref name="beforeProcessing"/>
    /// (in a public-health emergency it may follow, PIPL Art. 18 ¶2 — only an emergency shown by <see cref="ClaimedBasisShown"/>:
    /// a late notice under a merely declared emergency is undetermined, under one known not to be necessary a breach).
    /// </summary>
    internal static Verdict Notice(in RuleContext a, NoticeElement[] required, bool beforeProcessing, string satisfied)
    {
        var given = a.NoticeGiven();
        var c = Checklist.Start
            .ViolatedIf(given.IsFalse, "No notice is given: individuals are not told about the processing.", given)
            .Needs(given);
        // Only rules whose notice must precede processing read the basis (NoticeContentChecks does not declare it).
        var deferred = !beforeProcessing ? default
            : a.LegalBasisIs(LegalBasis.PublicHealthEmergency).IsTrue ? ClaimedBasisShown(a) : new Fact(false, FactPaths.LegalBasis);
        if (beforeProcessing && !deferred.IsTrue)
        {
            var before = a.NoticeBeforeProcessing();
            c = deferred.IsUnknown && before.IsFalse
                ? c.Needs(deferred)
                : c.Requires(before, "the notice came only after processing began");
        }

        return c.Requires(NoticeStates(a, required, out var omitted), "the notice omits " + omitted).Verdict(
            violated: "The notice falls short: ",
            undetermined: "Whether a notice was given, when, and what it states decide this rule.",
            satisfied: satisfied);
    }

    /// <summary>
    /// A personal-information protection impact assessment completed no later than <see cref="RuleContext.From"/>,
    /// the first day the rule is considered for (processing under the rule may not precede it).
    /// </summary>
    internal static Verdict PriorImpactAssessment(in RuleContext a)
    {
        var done = a.ImpactAssessmentDone();
        if (done.IsFalse)
        {
            return Verdict.Violated("No personal-information protection impact assessment was done before processing the facial information.", done);
        }

        if (done.IsUnknown)
        {
            return Verdict.Undetermined("Whether an impact assessment was done before processing decides this rule.", done);
        }

        if (!(a.ImpactAssessmentCompletedOn is LocalDate completed))
        {
            return Verdict.Undetermined("An impact assessment was done; the day it was completed decides whether it came before processing.", FactPaths.ImpactAssessment.CompletedOn);
        }

        var from = a.From;
        return completed > from
            ? Verdict.Violated($"The impact assessment was completed on {Iso(completed)}, after the processing under this rule began on {Iso(from)}; it must come first.", new Fact(true, FactPaths.ImpactAssessment.CompletedOn))
            : Verdict.Satisfied("An impact assessment was completed before the processing began.");
    }

    /// <summary>
    /// Sufficient necessity (PIPL Art. 28): recognition is necessary for the service; or, where it is not, individuals
    /// may choose an offered non-biometric alternative <em>and</em> an impact assessment weighed the necessity of the
    /// purpose and method (PIPL Art. 56 ¶1(1)). An offered alternative alone shows no necessity: it only makes the
    /// processing optional. Not necessary and no alternative is a breach; otherwise the judgement stays open.
    /// </summary>
    internal static Checklist Necessity(this Checklist c, in RuleContext a)
    {
        var necessary = a.NecessaryForService();
        if (necessary.IsTrue)
        {
            return c;
        }

        var offered = a.AlternativeOffered();
        var weighed = a.ImpactAssessmentCovers(ImpactAssessmentElement.LawfulnessAndNecessity);
        if (offered.IsTrue && weighed.IsTrue)
        {
            return c;
        }

        return c.Breach(necessary.IsFalse && offered.IsFalse, "recognition is not necessary for the service and no non-biometric alternative is offered", necessary, offered)
            .Needs(necessary, when: !offered.IsFalse || necessary.IsUnknown)
            .Needs(offered, when: !necessary.IsFalse || offered.IsUnknown)
            // Known not to cover necessity, the assessment is still what would settle it: name it as the missing fact.
            .Needs(new Fact(null, FactPaths.ImpactAssessment.Covers), when: necessary.IsFalse && offered.IsTrue);
    }

    /// <summary>The least-impact method: where a non-biometric method exists, it is offered.</summary>
    internal static Checklist LeastImpact(this Checklist c, in RuleContext a)
    {
        var exists = a.NonBiometricAlternativeExists();
        var offered = a.AlternativeOffered();
        var open = !offered.IsTrue && !exists.IsFalse;
        return c.Breach(exists.IsTrue && offered.IsFalse, "a less intrusive non-biometric method exists but is not offered", exists, offered)
            .Needs(exists, when: open)
            .Needs(offered, when: open);
    }

    /// <summary>
    /// The security measures of <paramref name="required"/> are taken (<c>security.measures</c>): a breach naming those
    /// known to be missing, undetermined while the measures are unknown.
    /// </summary>
    internal static Checklist TakesMeasures(this Checklist c, in RuleContext a, SecurityMeasure[] required)
    {
        string? missing = null;
        Fact all = default;
        foreach (var measure in required)
        {
            var takes = a.TakesSecurityMeasure(measure);
            missing = takes.IsFalse ? (missing is null ? measure.ToString() : missing + ", " + measure) : missing;
            all = all.Path is null || takes.IsFalse || (all.IsTrue && takes.IsUnknown) ? takes : all;
        }

        return c.Requires(all, "these measures are not taken: " + missing);
    }

    /// <summary>Strict protection: the facial information is stored encrypted.</summary>
    internal static Checklist Encrypted(this Checklist c, in RuleContext a) =>
        c.Requires(a.Encrypted(), "the facial information is not stored encrypted");

    /// <summary>
    /// No forced consent: service is not refused, nor consent made a condition of it, unless recognition is
    /// necessary for the service; with <paramref name="switchForces"/>, a unilateral switch of the entry method
    /// to recognition also forces it (Guo Bing).
    /// </summary>
    internal static Checklist NoForcedConsent(this Checklist c, in RuleContext a, bool switchForces)
    {
        var refused = a.ServiceRefusedWithoutConsent();
        var condition = a.ConsentConditionOfService();
        var necessary = a.NecessaryForService();
        var demands = refused.IsTrue || condition.IsTrue;
        c = c.Breach(demands && necessary.IsFalse, "service is refused to, or made conditional on consent of, individuals although recognition is not necessary for it",
                refused.IsTrue ? refused : condition, necessary)
            .Needs(necessary, when: demands)
            .Needs(refused, when: !demands)
            .Needs(condition, when: !demands);
        return switchForces ? c.Forbids(a.EntryMethodSwitchedUnilaterally(), "the entry method was switched to recognition unilaterally") : c;
    }

    /// <summary>
    /// Processing stays within what was consented to: a purpose extended beyond the original needs fresh consent.
    /// The breach is a clause of the rule's reason, or, with <paramref name="violated"/>, the whole reason.
    /// </summary>
    internal static Checklist WithinConsentedPurpose(this Checklist c, in RuleContext a, string? violated = null)
    {
        var extended = a.PurposeExtendedBeyondOriginal();
        var reconsent = a.ReconsentObtained();
        var beyond = extended.IsTrue && reconsent.IsFalse;
        return (violated is null ? c.Breach(beyond, "the purpose was extended beyond the original without fresh consent", extended, reconsent) : c.ViolatedIf(beyond, violated, extended, reconsent))
            .Needs(extended)
            .Needs(reconsent, when: extended.IsTrue);
    }

    /// <summary>
    /// Recognition equipment in a public place: conspicuous signs, and public security as the only purpose. With
    /// <paramref name="consentAllowsOtherUses"/> (PIPL Art. 26), the images collected may serve other purposes with
    /// the individuals' separate consent; without it (CAC FRT Art. 13 ¶1, on installing the equipment) consent does
    /// not extend what the equipment may be installed for.
    /// </summary>
    internal static Verdict PublicPlaceEquipment(in RuleContext a, Verdict? gate, string violated, bool consentAllowsOtherUses)
    {
        var inPublic = a.PublicPlace();
        var signs = a.ConspicuousSigns();
        var onlyPublicSecurity = a.Purposes is IReadOnlyList<Purpose> purposes
            ? purposes.Count == 1 && purposes[0] == Purpose.PublicSecurity
            : (bool?)null;
        var otherPurposes = onlyPublicSecurity == false;
        var c = Checklist.Start
            .AppliesWhen(inPublic, "The equipment is not installed in a public place.")
            .AndUnless(gate)
            .Breach(inPublic.IsTrue && signs.IsFalse, "no conspicuous signs are posted", signs)
            .Needs(signs)
            .NeedsValue(onlyPublicSecurity, FactPaths.Purposes);
        if (!consentAllowsOtherUses)
        {
            return c.Breach(otherPurposes && inPublic.IsTrue, "it serves purposes other than public security, and Art. 13 allows installing it in a public place only where maintaining public security makes it necessary (consent does not extend that)", new Fact(true, FactPaths.Purposes))
                .Verdict(
                    violated,
                    undetermined: "Whether the place is public, whether signs are posted, and whether the equipment serves public security alone decide this rule.",
                    satisfied: "The equipment in the public place serves public security alone and is marked by conspicuous signs.");
        }

        var separate = a.ConsentSeparate();
        return c.Breach(otherPurposes && inPublic.IsTrue && separate.IsFalse, "the equipment serves purposes beyond public security without the individuals' separate consent", new Fact(true, FactPaths.Purposes), separate)
            .Needs(separate, when: otherPurposes)
            .Verdict(
                violated,
                undetermined: "Whether the place is public, whether signs are posted, and which purposes the equipment serves (with separate consent for any beyond public security) decide this rule.",
                satisfied: "The equipment in the public place is marked by conspicuous signs and serves public security, or other purposes with separate consent.");
    }

    /// <summary>Whether the information leaves the PRC: <c>$.storage.crossBorder</c>, known false when it stays on the device.</summary>
    internal static Fact CrossBorder(in RuleContext a) =>
        a.OnDeviceOnly().IsTrue ? new Fact(false, FactPaths.Storage.OnDeviceOnly) : a.CrossBorder();

    /// <summary>A date as <c>uuuu-MM-dd</c>.</summary>
    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
