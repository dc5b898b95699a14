namespace BiometricConsent.Policy.Model;

/// <summary>
/// The JSON paths of the activity facts (docs/activity-format.md), as reported in <c>missingFacts</c> and in
/// input errors, and as the model's checks name a rejected fact (<see cref="FactGuard"/>). Nested classes group the
/// facts of one section. The reader's table of the format is their definition: a test checks that every constant
/// is a path of it and that every field of it has a constant.
/// </summary>
public static class FactPaths
{
    /// <summary><c>$.id</c></summary>
    public const string Id = "$.id";

    /// <summary><c>$.jurisdiction</c></summary>
    public const string Jurisdiction = "$.jurisdiction";

    /// <summary><c>$.venue</c></summary>
    public const string Venue = "$.venue";

    /// <summary><c>$.publicPlace</c></summary>
    public const string PublicPlace = "$.publicPlace";

    /// <summary><c>$.modalities</c></summary>
    public const string Modalities = "$.modalities";

    /// <summary><c>$.function</c></summary>
    public const string Function = "$.function";

    /// <summary><c>$.purposes</c></summary>
    public const string Purposes = "$.purposes";

    /// <summary><c>$.legalBasis</c></summary>
    public const string LegalBasis = "$.legalBasis";

    /// <summary><c>$.realTimeRemoteIdentification</c></summary>
    public const string RealTimeRemoteIdentification = "$.realTimeRemoteIdentification";

    /// <summary>The paths under <c>$.period</c>.</summary>
    public static class Period
    {
        /// <summary><c>$.period</c></summary>
        public const string Self = "$.period";

        /// <summary><c>$.period.start</c></summary>
        public const string Start = "$.period.start";

        /// <summary><c>$.period.end</c></summary>
        public const string End = "$.period.end";
    }

    /// <summary>The paths under <c>$.processor</c>.</summary>
    public static class Processor
    {
        /// <summary><c>$.processor</c></summary>
        public const string Self = "$.processor";

        /// <summary><c>$.processor.name</c></summary>
        public const string Name = "$.processor.name";

        /// <summary><c>$.processor.kinds</c></summary>
        public const string Kinds = "$.processor.kinds";

        /// <summary><c>$.processor.networkOperator</c></summary>
        public const string NetworkOperator = "$.processor.networkOperator";
        /// <summary><c>$.processor.mandatedByLaw</c></summary>
        public const string MandatedByLaw = "$.processor.mandatedByLaw";
    }

    /// <summary>The paths under <c>$.subjects</c>.</summary>
    public static class Subjects
    {
        /// <summary><c>$.subjects</c></summary>
        public const string Self = "$.subjects";

        /// <summary><c>$.subjects.kinds</c></summary>
        public const string Kinds = "$.subjects.kinds";

        /// <summary><c>$.subjects.includesMinorsUnder14</c></summary>
        public const string IncludesMinorsUnder14 = "$.subjects.includesMinorsUnder14";

        /// <summary><c>$.subjects.storedPersons</c></summary>
        public const string StoredPersons = "$.subjects.storedPersons";
    }

    /// <summary>The paths under <c>$.consent</c>.</summary>
    public static class Consent
    {
        /// <summary><c>$.consent</c></summary>
        public const string Self = "$.consent";

        /// <summary><c>$.consent.obtained</c></summary>
        public const string Obtained = "$.consent.obtained";

        /// <summary><c>$.consent.separate</c></summary>
        public const string Separate = "$.consent.separate";

        /// <summary><c>$.consent.written</c></summary>
        public const string Written = "$.consent.written";

        /// <summary><c>$.consent.bundled</c></summary>
        public const string Bundled = "$.consent.bundled";

        /// <summary><c>$.consent.conditionOfService</c></summary>
        public const string ConditionOfService = "$.consent.conditionOfService";

        /// <summary><c>$.consent.guardianForMinors</c></summary>
        public const string GuardianForMinors = "$.consent.guardianForMinors";

        /// <summary><c>$.consent.withdrawalChannel</c></summary>
        public const string WithdrawalChannel = "$.consent.withdrawalChannel";

        /// <summary><c>$.consent.electronicSignature</c></summary>
        public const string ElectronicSignature = "$.consent.electronicSignature";

        /// <summary><c>$.consent.explicit</c></summary>
        public const string Explicit = "$.consent.explicit";
    }

    /// <summary>The paths under <c>$.notice</c>.</summary>
    public static class Notice
    {
        /// <summary><c>$.notice</c></summary>
        public const string Self = "$.notice";

        /// <summary><c>$.notice.given</c></summary>
        public const string Given = "$.notice.given";

        /// <summary><c>$.notice.beforeProcessing</c></summary>
        public const string BeforeProcessing = "$.notice.beforeProcessing";

        /// <summary><c>$.notice.conspicuousSigns</c></summary>
        public const string ConspicuousSigns = "$.notice.conspicuousSigns";

        /// <summary><c>$.notice.elements</c></summary>
        public const string Elements = "$.notice.elements";

        /// <summary><c>$.notice.rulesPublished</c></summary>
        public const string RulesPublished = "$.notice.rulesPublished";
    }

    /// <summary>The paths under <c>$.necessity</c>.</summary>
    public static class Necessity
    {
        /// <summary><c>$.necessity</c></summary>
        public const string Self = "$.necessity";

        /// <summary><c>$.necessity.necessaryForService</c></summary>
        public const string NecessaryForService = "$.necessity.necessaryForService";

        /// <summary><c>$.necessity.nonBiometricAlternativeExists</c></summary>
        public const string NonBiometricAlternativeExists = "$.necessity.nonBiometricAlternativeExists";

        /// <summary><c>$.necessity.alternativeOffered</c></summary>
        public const string AlternativeOffered = "$.necessity.alternativeOffered";

        /// <summary><c>$.necessity.soleVerificationMethod</c></summary>
        public const string SoleVerificationMethod = "$.necessity.soleVerificationMethod";

        /// <summary><c>$.necessity.serviceRefusedWithoutConsent</c></summary>
        public const string ServiceRefusedWithoutConsent = "$.necessity.serviceRefusedWithoutConsent";

        /// <summary><c>$.necessity.necessaryForLegalBasis</c></summary>
        public const string NecessaryForLegalBasis = "$.necessity.necessaryForLegalBasis";
    }

    /// <summary>The paths under <c>$.impactAssessment</c>.</summary>
    public static class ImpactAssessment
    {
        /// <summary><c>$.impactAssessment</c></summary>
        public const string Self = "$.impactAssessment";

        /// <summary><c>$.impactAssessment.done</c></summary>
        public const string Done = "$.impactAssessment.done";

        /// <summary><c>$.impactAssessment.completedOn</c></summary>
        public const string CompletedOn = "$.impactAssessment.completedOn";

        /// <summary><c>$.impactAssessment.covers</c></summary>
        public const string Covers = "$.impactAssessment.covers";

        /// <summary><c>$.impactAssessment.reportKeptThreeYears</c></summary>
        public const string ReportKeptThreeYears = "$.impactAssessment.reportKeptThreeYears";
    }

    /// <summary>The paths under <c>$.storage</c>.</summary>
    public static class Storage
    {
        /// <summary><c>$.storage</c></summary>
        public const string Self = "$.storage";

        /// <summary><c>$.storage.onDeviceOnly</c></summary>
        public const string OnDeviceOnly = "$.storage.onDeviceOnly";

        /// <summary><c>$.storage.transmittedOverInternet</c></summary>
        public const string TransmittedOverInternet = "$.storage.transmittedOverInternet";

        /// <summary><c>$.storage.encrypted</c></summary>
        public const string Encrypted = "$.storage.encrypted";

        /// <summary><c>$.storage.crossBorder</c></summary>
        public const string CrossBorder = "$.storage.crossBorder";

        /// <summary><c>$.storage.crossBorderMechanism</c></summary>
        public const string CrossBorderMechanism = "$.storage.crossBorderMechanism";

        /// <summary><c>$.storage.retention</c></summary>
        public const string Retention = "$.storage.retention";

        /// <summary><c>$.storage.retentionPolicyPublished</c></summary>
        public const string RetentionPolicyPublished = "$.storage.retentionPolicyPublished";

        /// <summary><c>$.storage.sensitivePersonsExportedThisYear</c></summary>
        public const string SensitivePersonsExportedThisYear = "$.storage.sensitivePersonsExportedThisYear";

        /// <summary><c>$.storage.personsExportedThisYear</c></summary>
        public const string PersonsExportedThisYear = "$.storage.personsExportedThisYear";

        /// <summary><c>$.storage.crossBorderExemption</c></summary>
        public const string CrossBorderExemption = "$.storage.crossBorderExemption";

        /// <summary><c>$.storage.rawImagesRetained</c></summary>
        public const string RawImagesRetained = "$.storage.rawImagesRetained";

        /// <summary><c>$.storage.separatedFromIdentity</c></summary>
        public const string SeparatedFromIdentity = "$.storage.separatedFromIdentity";

        /// <summary><c>$.storage.encryptedInTransit</c></summary>
        public const string EncryptedInTransit = "$.storage.encryptedInTransit";

        /// <summary><c>$.storage.retentionNecessary</c></summary>
        public const string RetentionNecessary = "$.storage.retentionNecessary";
    }

    /// <summary>The paths under <c>$.sharing</c>.</summary>
    public static class Sharing
    {
        /// <summary><c>$.sharing</c></summary>
        public const string Self = "$.sharing";

        /// <summary><c>$.sharing.sharedWithThirdParties</c></summary>
        public const string SharedWithThirdParties = "$.sharing.sharedWithThirdParties";

        /// <summary><c>$.sharing.separateConsentForSharing</c></summary>
        public const string SeparateConsentForSharing = "$.sharing.separateConsentForSharing";

        /// <summary><c>$.sharing.sold</c></summary>
        public const string Sold = "$.sharing.sold";

        /// <summary><c>$.sharing.consentForSharing</c></summary>
        public const string ConsentForSharing = "$.sharing.consentForSharing";

        /// <summary><c>$.sharing.recipientDisclosed</c></summary>
        public const string RecipientDisclosed = "$.sharing.recipientDisclosed";

        /// <summary><c>$.sharing.agreementTerms</c></summary>
        public const string AgreementTerms = "$.sharing.agreementTerms";

        /// <summary><c>$.sharing.recipientsSupervised</c></summary>
        public const string RecipientsSupervised = "$.sharing.recipientsSupervised";

        /// <summary><c>$.sharing.recordsKeptThreeYears</c></summary>
        public const string RecordsKeptThreeYears = "$.sharing.recordsKeptThreeYears";
    }

    /// <summary>The paths under <c>$.filing</c>.</summary>
    public static class Filing
    {
        /// <summary><c>$.filing</c></summary>
        public const string Self = "$.filing";

        /// <summary><c>$.filing.thresholdReachedOn</c></summary>
        public const string ThresholdReachedOn = "$.filing.thresholdReachedOn";

        /// <summary><c>$.filing.filedOn</c></summary>
        public const string FiledOn = "$.filing.filedOn";
    }

    /// <summary>The paths under <c>$.security</c>.</summary>
    public static class Security
    {
        /// <summary><c>$.security</c></summary>
        public const string Self = "$.security";

        /// <summary><c>$.security.incident</c></summary>
        public const string Incident = "$.security.incident";

        /// <summary><c>$.security.individualsNotified</c></summary>
        public const string IndividualsNotified = "$.security.individualsNotified";

        /// <summary><c>$.security.regulatorNotified</c></summary>
        public const string RegulatorNotified = "$.security.regulatorNotified";

        /// <summary><c>$.security.measures</c></summary>
        public const string Measures = "$.security.measures";
    }

    /// <summary>The paths under <c>$.contractTerms</c>.</summary>
    public static class ContractTerms
    {
        /// <summary><c>$.contractTerms</c></summary>
        public const string Self = "$.contractTerms";

        /// <summary><c>$.contractTerms.irrevocableOrPerpetualGrant</c></summary>
        public const string IrrevocableOrPerpetualGrant = "$.contractTerms.irrevocableOrPerpetualGrant";
    }

    /// <summary>The paths under <c>$.changes</c>.</summary>
    public static class Changes
    {
        /// <summary><c>$.changes</c></summary>
        public const string Self = "$.changes";

        /// <summary><c>$.changes.purposeExtendedBeyondOriginal</c></summary>
        public const string PurposeExtendedBeyondOriginal = "$.changes.purposeExtendedBeyondOriginal";

        /// <summary><c>$.changes.reconsentObtained</c></summary>
        public const string ReconsentObtained = "$.changes.reconsentObtained";

        /// <summary><c>$.changes.entryMethodSwitchedUnilaterally</c></summary>
        public const string EntryMethodSwitchedUnilaterally = "$.changes.entryMethodSwitchedUnilaterally";
    }

    /// <summary>The paths under <c>$.scraping</c>.</summary>
    public static class Scraping
    {
        /// <summary><c>$.scraping</c></summary>
        public const string Self = "$.scraping";

        /// <summary><c>$.scraping.untargetedFromInternetOrCctv</c></summary>
        public const string UntargetedFromInternetOrCctv = "$.scraping.untargetedFromInternetOrCctv";
    }

    /// <summary>The paths under <c>$.entrustment</c>.</summary>
    public static class Entrustment
    {
        /// <summary><c>$.entrustment</c></summary>
        public const string Self = "$.entrustment";

        /// <summary><c>$.entrustment.entrusted</c></summary>
        public const string Entrusted = "$.entrustment.entrusted";

        /// <summary><c>$.entrustment.agreementTerms</c></summary>
        public const string AgreementTerms = "$.entrustment.agreementTerms";

        /// <summary><c>$.entrustment.supervised</c></summary>
        public const string Supervised = "$.entrustment.supervised";

        /// <summary><c>$.entrustment.processedBeyondAgreement</c></summary>
        public const string ProcessedBeyondAgreement = "$.entrustment.processedBeyondAgreement";

        /// <summary><c>$.entrustment.subEntrustedWithoutConsent</c></summary>
        public const string SubEntrustedWithoutConsent = "$.entrustment.subEntrustedWithoutConsent";

        /// <summary><c>$.entrustment.retainedAfterEnd</c></summary>
        public const string RetainedAfterEnd = "$.entrustment.retainedAfterEnd";

        /// <summary><c>$.entrustment.recordsKeptThreeYears</c></summary>
        public const string RecordsKeptThreeYears = "$.entrustment.recordsKeptThreeYears";
    }

    /// <summary>The paths under <c>$.audit</c>.</summary>
    public static class Audit
    {
        /// <summary><c>$.audit</c></summary>
        public const string Self = "$.audit";

        /// <summary><c>$.audit.done</c></summary>
        public const string Done = "$.audit.done";

        /// <summary><c>$.audit.lastAuditOn</c></summary>
        public const string LastAuditOn = "$.audit.lastAuditOn";

        /// <summary><c>$.audit.personsProcessed</c></summary>
        public const string PersonsProcessed = "$.audit.personsProcessed";
    }

    /// <summary>The paths under <c>$.usBiometric</c> (Illinois BIPA, Texas § 503.001).</summary>
    public static class UsBiometric
    {
        /// <summary><c>$.usBiometric</c></summary>
        public const string Self = "$.usBiometric";

        /// <summary><c>$.usBiometric.governmentEntity</c></summary>
        public const string GovernmentEntity = "$.usBiometric.governmentEntity";

        /// <summary><c>$.usBiometric.commercialPurpose</c></summary>
        public const string CommercialPurpose = "$.usBiometric.commercialPurpose";

        /// <summary><c>$.usBiometric.noticeInWriting</c></summary>
        public const string NoticeInWriting = "$.usBiometric.noticeInWriting";

        /// <summary><c>$.usBiometric.profitFromData</c></summary>
        public const string ProfitFromData = "$.usBiometric.profitFromData";

        /// <summary><c>$.usBiometric.disclosureGrounds</c></summary>
        public const string DisclosureGrounds = "$.usBiometric.disclosureGrounds";

        /// <summary><c>$.usBiometric.reasonableCare</c></summary>
        public const string ReasonableCare = "$.usBiometric.reasonableCare";

        /// <summary><c>$.usBiometric.protectedAsOtherConfidentialData</c></summary>
        public const string ProtectedAsOtherConfidentialData = "$.usBiometric.protectedAsOtherConfidentialData";

        /// <summary><c>$.usBiometric.keptAfterPurposeEnds</c></summary>
        public const string KeptAfterPurposeEnds = "$.usBiometric.keptAfterPurposeEnds";

        /// <summary><c>$.usBiometric.keptAfterLastInteraction</c></summary>
        public const string KeptAfterLastInteraction = "$.usBiometric.keptAfterLastInteraction";
    }

    /// <summary>The paths under <c>$.gdpr</c>.</summary>
    public static class Gdpr
    {
        /// <summary><c>$.gdpr</c></summary>
        public const string Self = "$.gdpr";

        /// <summary><c>$.gdpr.article9Condition</c></summary>
        public const string Article9Condition = "$.gdpr.article9Condition";

        /// <summary><c>$.gdpr.largeScale</c></summary>
        public const string LargeScale = "$.gdpr.largeScale";

        /// <summary><c>$.gdpr.systematicMonitoring</c></summary>
        public const string SystematicMonitoring = "$.gdpr.systematicMonitoring";
    }

    /// <summary>The paths under <c>$.aiSystem</c>.</summary>
    public static class AiSystem
    {
        /// <summary><c>$.aiSystem</c></summary>
        public const string Self = "$.aiSystem";

        /// <summary><c>$.aiSystem.workplaceOrEducation</c></summary>
        public const string WorkplaceOrEducation = "$.aiSystem.workplaceOrEducation";

        /// <summary><c>$.aiSystem.medicalOrSafetyReasons</c></summary>
        public const string MedicalOrSafetyReasons = "$.aiSystem.medicalOrSafetyReasons";

        /// <summary><c>$.aiSystem.infersSensitiveTraits</c></summary>
        public const string InfersSensitiveTraits = "$.aiSystem.infersSensitiveTraits";

        /// <summary><c>$.aiSystem.datasetLabellingOrFiltering</c></summary>
        public const string DatasetLabellingOrFiltering = "$.aiSystem.datasetLabellingOrFiltering";

        /// <summary><c>$.aiSystem.lawEnforcement</c></summary>
        public const string LawEnforcement = "$.aiSystem.lawEnforcement";

        /// <summary><c>$.aiSystem.lawEnforcementObjective</c></summary>
        public const string LawEnforcementObjective = "$.aiSystem.lawEnforcementObjective";

        /// <summary><c>$.aiSystem.authorisation</c></summary>
        public const string Authorisation = "$.aiSystem.authorisation";
    }
}
