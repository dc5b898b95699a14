using BiometricConsent.Policy.Model;

namespace BiometricConsent.Policy.Rules
{
    /// <summary>
    /// The yes/no facts of an <see cref="Activity"/> as <see cref="Fact"/> values carrying their JSON paths, so
    /// that rule code reads like the law and reports missing facts by path.
    /// </summary>
    public static class ActivityFacts
    {
        /// <summary>Whether the venue is a public place (<c>$.publicPlace</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact PublicPlace(this Activity activity) => new Fact(activity.PublicPlace, FactPaths.PublicPlace);

        /// <summary>Whether this is real-time remote identification (<c>$.realTimeRemoteIdentification</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact RealTimeRemoteIdentification(this Activity activity) => new Fact(activity.RealTimeRemoteIdentification, FactPaths.RealTimeRemoteIdentification);

        /// <summary>Whether minors under 14 are among the individuals (<c>$.subjects.includesMinorsUnder14</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact IncludesMinorsUnder14(this Activity activity) => new Fact(activity.Subjects?.IncludesMinorsUnder14, FactPaths.Subjects.IncludesMinorsUnder14);

        /// <summary>Whether consent was obtained (<c>$.consent.obtained</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact ConsentObtained(this Activity activity) => new Fact(activity.Consent?.Obtained, FactPaths.Consent.Obtained);

        /// <summary>Whether consent was separate (<c>$.consent.separate</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact ConsentSeparate(this Activity activity) => new Fact(activity.Consent?.Separate, FactPaths.Consent.Separate);

        /// <summary>Whether consent was written (<c>$.consent.written</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact ConsentWritten(this Activity activity) => new Fact(activity.Consent?.Written, FactPaths.Consent.Written);

        /// <summary>Whether consent was bundled with other authorisations (<c>$.consent.bundled</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact ConsentBundled(this Activity activity) => new Fact(activity.Consent?.Bundled, FactPaths.Consent.Bundled);

        /// <summary>Whether consent was a condition of service (<c>$.consent.conditionOfService</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact ConsentConditionOfService(this Activity activity) => new Fact(activity.Consent?.ConditionOfService, FactPaths.Consent.ConditionOfService);

        /// <summary>Whether a guardian consented for minors under 14 (<c>$.consent.guardianForMinors</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact GuardianConsentForMinors(this Activity activity) => new Fact(activity.Consent?.GuardianForMinors, FactPaths.Consent.GuardianForMinors);

        /// <summary>Whether a convenient withdrawal channel exists (<c>$.consent.withdrawalChannel</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact WithdrawalChannel(this Activity activity) => new Fact(activity.Consent?.WithdrawalChannel, FactPaths.Consent.WithdrawalChannel);

        /// <summary>Whether the release was signed electronically (<c>$.consent.electronicSignature</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact ElectronicSignature(this Activity activity) => new Fact(activity.Consent?.ElectronicSignature, FactPaths.Consent.ElectronicSignature);

        /// <summary>Whether consent was explicit (<c>$.consent.explicit</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact ConsentExplicit(this Activity activity) => new Fact(activity.Consent?.Explicit, FactPaths.Consent.Explicit);

        /// <summary>Whether a notice is given (<c>$.notice.given</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact NoticeGiven(this Activity activity) => new Fact(activity.Notice?.Given, FactPaths.Notice.Given);

        /// <summary>Whether the notice precedes processing (<c>$.notice.beforeProcessing</c>); false when no notice is given.</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact NoticeBeforeProcessing(this Activity activity) =>
            new Fact(activity.Notice?.Given == false ? false : activity.Notice?.BeforeProcessing, FactPaths.Notice.BeforeProcessing);

        /// <summary>Whether conspicuous signs are posted (<c>$.notice.conspicuousSigns</c>); false when no notice is given.</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact ConspicuousSigns(this Activity activity) =>
            new Fact(activity.Notice?.Given == false ? false : activity.Notice?.ConspicuousSigns, FactPaths.Notice.ConspicuousSigns);

        /// <summary>Whether recognition is necessary for the service (<c>$.necessity.necessaryForService</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact NecessaryForService(this Activity activity) => new Fact(activity.Necessity?.NecessaryForService, FactPaths.Necessity.NecessaryForService);

        /// <summary>Whether a non-biometric method could serve the purpose (<c>$.necessity.nonBiometricAlternativeExists</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact NonBiometricAlternativeExists(this Activity activity) => new Fact(activity.Necessity?.NonBiometricAlternativeExists, FactPaths.Necessity.NonBiometricAlternativeExists);

        /// <summary>Whether a non-biometric alternative is offered (<c>$.necessity.alternativeOffered</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact AlternativeOffered(this Activity activity) => new Fact(activity.Necessity?.AlternativeOffered, FactPaths.Necessity.AlternativeOffered);

        /// <summary>Whether recognition is the only verification method (<c>$.necessity.soleVerificationMethod</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact SoleVerificationMethod(this Activity activity) => new Fact(activity.Necessity?.SoleVerificationMethod, FactPaths.Necessity.SoleVerificationMethod);

        /// <summary>Whether service is refused without consent (<c>$.necessity.serviceRefusedWithoutConsent</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact ServiceRefusedWithoutConsent(this Activity activity) => new Fact(activity.Necessity?.ServiceRefusedWithoutConsent, FactPaths.Necessity.ServiceRefusedWithoutConsent);

        /// <summary>Whether an impact assessment was done (<c>$.impactAssessment.done</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact ImpactAssessmentDone(this Activity activity) => new Fact(activity.ImpactAssessment?.Done, FactPaths.ImpactAssessment.Done);

        /// <summary>Whether the information stays on the device (<c>$.storage.onDeviceOnly</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact OnDeviceOnly(this Activity activity) => new Fact(activity.Storage?.OnDeviceOnly, FactPaths.Storage.OnDeviceOnly);

        /// <summary>Whether the information is transmitted over the internet (<c>$.storage.transmittedOverInternet</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact TransmittedOverInternet(this Activity activity) => new Fact(activity.Storage?.TransmittedOverInternet, FactPaths.Storage.TransmittedOverInternet);

        /// <summary>Whether the information is stored encrypted (<c>$.storage.encrypted</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact Encrypted(this Activity activity) => new Fact(activity.Storage?.Encrypted, FactPaths.Storage.Encrypted);

        /// <summary>Whether the information leaves the jurisdiction (<c>$.storage.crossBorder</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact CrossBorder(this Activity activity) => new Fact(activity.Storage?.CrossBorder, FactPaths.Storage.CrossBorder);

        /// <summary>Whether a retention policy is published (<c>$.storage.retentionPolicyPublished</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact RetentionPolicyPublished(this Activity activity) => new Fact(activity.Storage?.RetentionPolicyPublished, FactPaths.Storage.RetentionPolicyPublished);

        /// <summary>Whether the information is provided to third parties (<c>$.sharing.sharedWithThirdParties</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact SharedWithThirdParties(this Activity activity) => new Fact(activity.Sharing?.SharedWithThirdParties, FactPaths.Sharing.SharedWithThirdParties);

        /// <summary>Whether separate consent covers the sharing (<c>$.sharing.separateConsentForSharing</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact SeparateConsentForSharing(this Activity activity) => new Fact(activity.Sharing?.SeparateConsentForSharing, FactPaths.Sharing.SeparateConsentForSharing);

        /// <summary>Whether the information is sold (<c>$.sharing.sold</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact Sold(this Activity activity) => new Fact(activity.Sharing?.Sold, FactPaths.Sharing.Sold);

        /// <summary>Whether a leak, tampering or loss occurred (<c>$.security.incident</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact SecurityIncident(this Activity activity) => new Fact(activity.Security?.Incident, FactPaths.Security.Incident);

        /// <summary>Whether the individuals were notified (<c>$.security.individualsNotified</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact IndividualsNotified(this Activity activity) => new Fact(activity.Security?.IndividualsNotified, FactPaths.Security.IndividualsNotified);

        /// <summary>Whether the regulator was notified (<c>$.security.regulatorNotified</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact RegulatorNotified(this Activity activity) => new Fact(activity.Security?.RegulatorNotified, FactPaths.Security.RegulatorNotified);

        /// <summary>Whether a standard-form clause grants an irrevocable or perpetual right (<c>$.contractTerms.irrevocableOrPerpetualGrant</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact IrrevocableOrPerpetualGrant(this Activity activity) => new Fact(activity.ContractTerms?.IrrevocableOrPerpetualGrant, FactPaths.ContractTerms.IrrevocableOrPerpetualGrant);

        /// <summary>Whether the purpose was extended beyond the original (<c>$.changes.purposeExtendedBeyondOriginal</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact PurposeExtendedBeyondOriginal(this Activity activity) => new Fact(activity.Changes?.PurposeExtendedBeyondOriginal, FactPaths.Changes.PurposeExtendedBeyondOriginal);

        /// <summary>Whether fresh consent was obtained (<c>$.changes.reconsentObtained</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact ReconsentObtained(this Activity activity) => new Fact(activity.Changes?.ReconsentObtained, FactPaths.Changes.ReconsentObtained);

        /// <summary>Whether the entry method was switched unilaterally (<c>$.changes.entryMethodSwitchedUnilaterally</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact EntryMethodSwitchedUnilaterally(this Activity activity) => new Fact(activity.Changes?.EntryMethodSwitchedUnilaterally, FactPaths.Changes.EntryMethodSwitchedUnilaterally);

        /// <summary>Whether faces are scraped untargeted from the internet or CCTV (<c>$.scraping.untargetedFromInternetOrCctv</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <returns>The fact.</returns>
        public static Fact UntargetedScraping(this Activity activity) => new Fact(activity.Scraping?.UntargetedFromInternetOrCctv, FactPaths.Scraping.UntargetedFromInternetOrCctv);

        /// <summary>Whether the processor is of <paramref name="kind"/> (<c>$.processor.kinds</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <param name="kind">The kind.</param>
        /// <returns>The fact.</returns>
        public static Fact ProcessorIs(this Activity activity, ProcessorKind kind) => new Fact(activity.Processor?.Includes(kind), FactPaths.Processor.Kinds);

        /// <summary>Whether the individuals include <paramref name="kind"/> (<c>$.subjects.kinds</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <param name="kind">The kind.</param>
        /// <returns>The fact.</returns>
        public static Fact SubjectsInclude(this Activity activity, SubjectKind kind) => new Fact(activity.Subjects?.Includes(kind), FactPaths.Subjects.Kinds);

        /// <summary>Whether the purposes include <paramref name="purpose"/> (<c>$.purposes</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <param name="purpose">The purpose.</param>
        /// <returns>The fact.</returns>
        public static Fact ServesPurpose(this Activity activity, Purpose purpose) => new Fact(activity.Serves(purpose), FactPaths.Purposes);

        /// <summary>Whether the legal basis is <paramref name="basis"/> (<c>$.legalBasis</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <param name="basis">The basis.</param>
        /// <returns>The fact.</returns>
        public static Fact LegalBasisIs(this Activity activity, LegalBasis basis) => Fact.Is(activity.LegalBasis, basis, FactPaths.LegalBasis);

        /// <summary>Whether the venue is <paramref name="venue"/> (<c>$.venue</c>).</summary>
        /// <param name="activity">The activity.</param>
        /// <param name="venue">The venue.</param>
        /// <returns>The fact.</returns>
        public static Fact VenueIs(this Activity activity, Venue venue) => Fact.Is(activity.Venue, venue, FactPaths.Venue);

        /// <summary>Whether the notice states <paramref name="element"/>; false when no notice is given (<c>$.notice.elements</c>, or <c>$.notice.given</c> when the notice section is missing).</summary>
        /// <param name="activity">The activity.</param>
        /// <param name="element">The element.</param>
        /// <returns>The fact.</returns>
        public static Fact NoticeStates(this Activity activity, NoticeElement element) =>
            activity.Notice is NoticeFacts notice
                ? new Fact(notice.States(element), notice.Given is null && notice.Elements is null ? FactPaths.Notice.Given : FactPaths.Notice.Elements)
                : new Fact(null, FactPaths.Notice.Given);
    }
}
