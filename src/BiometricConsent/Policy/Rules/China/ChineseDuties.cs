using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Policy.Rules.China
{
    /// <summary>
    /// Requirements that the PIPL, the CAC FRT Measures and the NDSMR share (separate consent, guardian consent,
    /// notice, impact assessment, necessity, encryption), checked one way for all of them. See
    /// docs/policy-rules-notes.md for the reading of each.
    /// </summary>
    internal static class ChineseDuties
    {
        /// <summary>What <see cref="ConsentGate"/> reads.</summary>
        internal static readonly FactSet ConsentBasisChecks = FactSet.Of(FactPaths.LegalBasis);

        /// <summary>What <see cref="SeparateConsent"/> reads.</summary>
        internal static readonly FactSet SeparateConsentChecks = FactSet.Of(FactPaths.Consent.Obtained, FactPaths.Consent.Separate);

        /// <summary>What <see cref="GuardianConsent"/> reads.</summary>
        internal static readonly FactSet GuardianConsentChecks = FactSet.Of(
            FactPaths.Subjects.IncludesMinorsUnder14, FactPaths.LegalBasis, FactPaths.Consent.Obtained, FactPaths.Consent.GuardianForMinors);

        /// <summary>What <see cref="Notice"/> reads when the notice need not precede processing.</summary>
        internal static readonly FactSet NoticeContentChecks = FactSet.Of(FactPaths.Notice.Given, FactPaths.Notice.Elements);

        /// <summary>What <see cref="Notice"/> reads when the notice must precede processing (except in a public-health emergency).</summary>
        internal static readonly FactSet PriorNoticeChecks = NoticeContentChecks.With(FactPaths.Notice.BeforeProcessing, FactPaths.LegalBasis);

        /// <summary>What <see cref="PriorImpactAssessment"/> reads.</summary>
        internal static readonly FactSet PriorImpactAssessmentChecks = FactSet.Of(FactPaths.ImpactAssessment.Done, FactPaths.ImpactAssessment.CompletedOn, FactPaths.Period.Self);

        /// <summary>What <see cref="Necessity"/> reads.</summary>
        internal static readonly FactSet NecessityChecks = FactSet.Of(FactPaths.Necessity.NecessaryForService, FactPaths.Necessity.AlternativeOffered);

        /// <summary>What <see cref="LeastImpact"/> reads.</summary>
        internal static readonly FactSet LeastImpactChecks = FactSet.Of(FactPaths.Necessity.NonBiometricAlternativeExists, FactPaths.Necessity.AlternativeOffered);

        /// <summary>What <see cref="Encrypted"/> reads.</summary>
        internal static readonly FactSet EncryptionChecks = FactSet.Of(FactPaths.Storage.Encrypted);

        /// <summary>What <see cref="NoForcedConsent"/> reads (without the entry-method switch).</summary>
        internal static readonly FactSet ForcedConsentChecks = FactSet.Of(
            FactPaths.Necessity.ServiceRefusedWithoutConsent, FactPaths.Consent.ConditionOfService, FactPaths.Necessity.NecessaryForService);

        /// <summary>What <see cref="WithinConsentedPurpose"/> reads.</summary>
        internal static readonly FactSet PurposeChangeChecks = FactSet.Of(FactPaths.Changes.PurposeExtendedBeyondOriginal, FactPaths.Changes.ReconsentObtained);

        /// <summary>What <see cref="PublicPlaceEquipment"/> reads.</summary>
        internal static readonly FactSet PublicPlaceEquipmentChecks = FactSet.Of(
            FactPaths.PublicPlace, FactPaths.Notice.Given, FactPaths.Notice.ConspicuousSigns, FactPaths.Purposes, FactPaths.Consent.Separate);

        /// <summary>What <see cref="CrossBorder"/> reads.</summary>
        internal static readonly FactSet CrossBorderChecks = FactSet.Of(FactPaths.Storage.OnDeviceOnly, FactPaths.Storage.CrossBorder);

        /// <summary>Adds the requirements of a rule to <paramref name="c"/>.</summary>
        internal delegate void Requirements(ref Checklist c, Activity a);

        /// <summary>
        /// Whether the consent rules bind: the basis is consent, or there is no basis at all (consent is then what
        /// the processing lacks). Another basis of PIPL Art. 13 ¶1(2)–(7) dispenses with consent (Art. 13 ¶2).
        /// </summary>
        internal static Fact ConsentRequired(Activity a) =>
            new Fact(a.LegalBasis is LegalBasis b ? b == LegalBasis.Consent || b == LegalBasis.None : (bool?)null, FactPaths.LegalBasis);

        /// <summary>Not applicable when another basis dispenses with consent; undetermined when the basis is unknown.</summary>
        internal static Verdict? ConsentGate(Activity a)
        {
            Fact required = ConsentRequired(a);
            if (required.IsFalse)
            {
                return Verdict.NotApplicable("The processing relies on a legal basis other than consent, which dispenses with consent (PIPL Art. 13 ¶2).");
            }

            return required.IsUnknown
                ? Verdict.Undetermined("Whether the processing relies on consent decides whether this consent rule applies.", required)
                : (Verdict?)null;
        }

        /// <summary>
        /// The common shape of a rule with several requirements: <paramref name="gate"/> (not applicable or
        /// undetermined) when not null, else the <see cref="Checklist"/> verdict of <paramref name="requirements"/>.
        /// </summary>
        internal static Verdict Check(Verdict? gate, Activity a, Requirements requirements, string violated, string undetermined, string satisfied)
        {
            if (gate is Verdict decided)
            {
                return decided;
            }

            var c = default(Checklist);
            requirements(ref c, a);
            return c.Verdict(violated, undetermined, satisfied);
        }

        /// <summary>Separate consent (PIPL Art. 29, NDSMR Art. 22(1)(2)) for processing that needs consent.</summary>
        internal static Verdict SeparateConsentRule(Activity a) => Check(
            ConsentGate(a), a, SeparateConsent,
            "Biometric information is processed without separate consent: ",
            "Whether separate consent was obtained decides this rule.",
            "Separate consent to processing the facial information was obtained.");

        /// <summary>Consent was obtained and was separate (a bundled consent is not separate).</summary>
        internal static void SeparateConsent(ref Checklist c, Activity a)
        {
            Fact obtained = a.ConsentObtained();
            Fact separate = a.ConsentSeparate();
            c.Breach(obtained.IsFalse, "no consent was obtained");
            c.Breach(obtained.IsTrue && separate.IsFalse, "the consent obtained was not separate");
            c.Need(obtained);
            if (!obtained.IsFalse)
            {
                c.Need(separate);
            }
        }

        /// <summary>
        /// Guardian consent for minors under 14 (PIPL Art. 31, CAC FRT Art. 7, NDSMR Art. 22(1)(3)): not applicable
        /// without such minors or when another basis dispenses with consent.
        /// </summary>
        internal static Verdict GuardianConsent(Activity a)
        {
            Fact minors = a.IncludesMinorsUnder14();
            Fact required = ConsentRequired(a);
            if (minors.IsFalse)
            {
                return Verdict.NotApplicable("No minors under 14 are among the individuals.");
            }

            if (required.IsFalse)
            {
                return Verdict.NotApplicable("The processing relies on a legal basis other than consent, so no guardian consent is needed (PIPL Art. 13 ¶2).");
            }

            var c = default(Checklist);
            c.Need(minors);
            c.Need(required);
            Fact obtained = a.ConsentObtained();
            Fact guardian = a.GuardianConsentForMinors();
            c.Breach(minors.IsTrue && required.IsTrue && (obtained.IsFalse || guardian.IsFalse), "no parent or guardian consented");
            if (!obtained.IsFalse)
            {
                c.Need(guardian);
            }

            return c.Verdict(
                "Facial information of minors under 14 is processed, but ",
                "Whether minors under 14 are included, the basis, and whether a parent or guardian consented decide this rule.",
                "A parent or guardian consented to processing the facial information of minors under 14.");
        }

        /// <summary>
        /// A notice stating <paramref name="required"/> was given, before processing when <paramref name="beforeProcessing"/>
        /// (in a public-health emergency it may follow, PIPL Art. 18 ¶2).
        /// </summary>
        internal static Verdict Notice(Activity a, NoticeElement[] required, bool beforeProcessing, string satisfied)
        {
            Fact given = a.NoticeGiven();
            if (given.IsFalse)
            {
                return Verdict.Violated("No notice is given: individuals are not told about the processing.");
            }

            var c = default(Checklist);
            c.Need(given);

            if (beforeProcessing && !a.LegalBasisIs(LegalBasis.PublicHealthEmergency).IsTrue)
            {
                Fact before = a.NoticeBeforeProcessing();
                c.Breach(before.IsFalse, "the notice came only after processing began");
                c.Need(before);
            }

            string? omitted = null;
            foreach (NoticeElement element in required)
            {
                Fact states = a.NoticeStates(element);
                if (states.IsFalse)
                {
                    omitted = omitted is null ? element.ToString() : omitted + ", " + element;
                }

                c.Need(states);
            }

            c.Breach(omitted != null, "the notice omits " + omitted);
            return c.Verdict(
                "The notice falls short: ",
                "Whether a notice was given, when, and what it states decide this rule.",
                satisfied);
        }

        /// <summary>
        /// A personal-information protection impact assessment completed no later than <paramref name="from"/>, the
        /// first day the rule is considered for (processing under the rule may not precede it).
        /// </summary>
        internal static Verdict PriorImpactAssessment(Activity a, LocalDate from)
        {
            Fact done = a.ImpactAssessmentDone();
            if (done.IsFalse)
            {
                return Verdict.Violated("No personal-information protection impact assessment was done before processing the facial information.");
            }

            if (done.IsUnknown)
            {
                return Verdict.Undetermined("Whether an impact assessment was done before processing decides this rule.", done);
            }

            if (!(a.ImpactAssessment!.CompletedOn is LocalDate completed))
            {
                return Verdict.Undetermined("An impact assessment was done; the day it was completed decides whether it came before processing.", FactPaths.ImpactAssessment.CompletedOn);
            }

            return completed > from
                ? Verdict.Violated($"The impact assessment was completed on {Iso(completed)}, after the processing under this rule began on {Iso(from)}; it must come first.")
                : Verdict.Satisfied("An impact assessment was completed before the processing began.");
        }

        /// <summary>
        /// Sufficient necessity: recognition is necessary for the service, or it is an opt-in beside an offered
        /// non-biometric alternative (the reading CAC FRT Art. 10 confirms by allowing recognition where alternatives are offered).
        /// </summary>
        internal static void Necessity(ref Checklist c, Activity a)
        {
            Fact necessary = a.NecessaryForService();
            Fact offered = a.AlternativeOffered();
            c.Breach(necessary.IsFalse && offered.IsFalse, "recognition is not necessary for the service and no non-biometric alternative is offered");
            if (!necessary.IsTrue && !offered.IsTrue)
            {
                c.Need(necessary);
                c.Need(offered);
            }
        }

        /// <summary>The least-impact method: where a non-biometric method exists, it is offered.</summary>
        internal static void LeastImpact(ref Checklist c, Activity a)
        {
            Fact exists = a.NonBiometricAlternativeExists();
            Fact offered = a.AlternativeOffered();
            c.Breach(exists.IsTrue && offered.IsFalse, "a less intrusive non-biometric method exists but is not offered");
            if (!offered.IsTrue && !exists.IsFalse)
            {
                c.Need(exists);
                c.Need(offered);
            }
        }

        /// <summary>Strict protection: the facial information is stored encrypted.</summary>
        internal static void Encrypted(ref Checklist c, Activity a)
        {
            Fact encrypted = a.Encrypted();
            c.Breach(encrypted.IsFalse, "the facial information is not stored encrypted");
            c.Need(encrypted);
        }

        /// <summary>
        /// No forced consent: service is not refused, nor consent made a condition of it, unless recognition is
        /// necessary for the service; with <paramref name="switchForces"/>, a unilateral switch of the entry method
        /// to recognition also forces it (Guo Bing).
        /// </summary>
        internal static void NoForcedConsent(ref Checklist c, Activity a, bool switchForces)
        {
            Fact refused = a.ServiceRefusedWithoutConsent();
            Fact condition = a.ConsentConditionOfService();
            Fact necessary = a.NecessaryForService();
            bool demands = refused.IsTrue || condition.IsTrue;
            c.Breach(demands && necessary.IsFalse, "service is refused to, or made conditional on consent of, individuals although recognition is not necessary for it");
            if (demands)
            {
                c.Need(necessary);
            }
            else
            {
                c.Need(refused);
                c.Need(condition);
            }

            if (switchForces)
            {
                Fact switched = a.EntryMethodSwitchedUnilaterally();
                c.Breach(switched.IsTrue, "the entry method was switched to recognition unilaterally");
                c.Need(switched);
            }
        }

        /// <summary>Processing stays within what was consented to: a purpose extended beyond the original needs fresh consent.</summary>
        internal static void WithinConsentedPurpose(ref Checklist c, Activity a)
        {
            Fact extended = a.PurposeExtendedBeyondOriginal();
            Fact reconsent = a.ReconsentObtained();
            c.Breach(extended.IsTrue && reconsent.IsFalse, "the purpose was extended beyond the original without fresh consent");
            c.Need(extended);
            if (extended.IsTrue)
            {
                c.Need(reconsent);
            }
        }

        /// <summary>
        /// Recognition equipment in a public place (PIPL Art. 26, CAC FRT Art. 13 ¶1): conspicuous signs, and public
        /// security as the only purpose unless the individuals separately consented to others.
        /// </summary>
        internal static Verdict PublicPlaceEquipment(Activity a, Verdict? gate, string violated)
        {
            Fact publicPlace = a.PublicPlace();
            if (publicPlace.IsFalse)
            {
                return Verdict.NotApplicable("The equipment is not installed in a public place.");
            }

            return Check(
                gate, a,
                (ref Checklist c, Activity activity) =>
                {
                    Fact inPublic = activity.PublicPlace();
                    Fact signs = activity.ConspicuousSigns();
                    c.Need(inPublic);
                    c.Breach(inPublic.IsTrue && signs.IsFalse, "no conspicuous signs are posted");
                    c.Need(signs);
                    bool? onlyPublicSecurity = activity.Purposes is IReadOnlyList<Purpose> purposes
                        ? purposes.Count == 1 && purposes[0] == Purpose.PublicSecurity
                        : (bool?)null;
                    c.NeedValue(onlyPublicSecurity is null, FactPaths.Purposes);
                    if (onlyPublicSecurity == false)
                    {
                        Fact separate = activity.ConsentSeparate();
                        c.Breach(inPublic.IsTrue && separate.IsFalse, "the equipment serves purposes beyond public security without the individuals' separate consent");
                        c.Need(separate);
                    }
                },
                violated,
                "Whether the place is public, whether signs are posted, and which purposes the equipment serves (with separate consent for any beyond public security) decide this rule.",
                "The equipment in the public place is marked by conspicuous signs and serves public security, or other purposes with separate consent.");
        }

        /// <summary>Whether the information leaves the PRC: <c>$.storage.crossBorder</c>, known false when it stays on the device.</summary>
        internal static Fact CrossBorder(Activity a) =>
            a.OnDeviceOnly().IsTrue ? new Fact(false, FactPaths.Storage.CrossBorder) : a.CrossBorder();

        /// <summary>A date as <c>uuuu-MM-dd</c>.</summary>
        internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
    }
}
