using System;
using System.Collections.Generic;
using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules;

/// <summary>
/// What a rule evaluates: the facts of the activity, the part of its period during which the rule is in force,
/// and the assessor's working-day calendar. A rule reads the activity only through these members, and only the
/// facts it declares (<see cref="Rule.Checks"/>, <see cref="Rule.Mentions"/>): reading any other throws
/// <see cref="InvalidOperationException"/>, so an evaluation cannot depend on a fact its declaration does not name.
/// </summary>
/// <remarks>
/// Yes/no facts come as <see cref="Fact"/> values carrying their JSON paths, so that an evaluation reports what
/// is missing by path: <c>c.ConsentSeparate()</c>, <c>c.NoticeGiven()</c>, <c>c.ProcessorIs(ProcessorKind.PropertyManager)</c>,
/// <c>c.ServesPurpose(Purpose.AccessControl)</c>, <c>c.NoticeStates(NoticeElement.Retention)</c>. Other facts come
/// as their values (<see cref="LegalBasis"/>, <see cref="Purposes"/>, <see cref="Retention"/>, …), <c>null</c> when unknown.
/// </remarks>
public readonly partial struct RuleContext
{
    private readonly Rule rule;
    private readonly Activity activity;
    private readonly LocalDate from;
    private readonly LocalDate to;
    private readonly ReadLog? log;

    internal RuleContext(Rule rule, Activity activity, LocalDate from, LocalDate to, IWorkingDayCalendar calendar, ReadLog? log = null)
    {
        this.rule = rule;
        this.log = log;
        this.activity = activity;
        this.from = from;
        this.to = to;
        Calendar = calendar;
    }

    /// <summary>The first day of the period the rule is considered for (the in-force part of the activity's period). Fact <c>$.period</c>.</summary>
    public LocalDate From => Read(FactIndex.Period, from);

    /// <summary>The last day of the period the rule is considered for (for an ongoing activity: the assessment day). Fact <c>$.period</c>.</summary>
    public LocalDate To => Read(FactIndex.Period, to);

    /// <summary>The working-day calendar for deadlines in working days.</summary>
    public IWorkingDayCalendar Calendar { get; }

    /// <summary>Where recognition takes place (<c>$.venue</c>), or <c>null</c>.</summary>
    public Venue? Venue => Read(FactIndex.Venue, activity.Venue);

    /// <summary>What the recognition does (<c>$.function</c>), or <c>null</c>.</summary>
    public RecognitionFunction? Function => Read(FactIndex.Function, activity.Function);

    /// <summary>Why the information is processed (<c>$.purposes</c>), or <c>null</c>.</summary>
    public IReadOnlyList<Purpose>? Purposes => Read(FactIndex.Purposes, activity.Purposes);

    /// <summary>The basis relied on (<c>$.legalBasis</c>), or <c>null</c>.</summary>
    public LegalBasis? LegalBasis => Read(FactIndex.LegalBasis, activity.LegalBasis);

    /// <summary>The kinds of processor (<c>$.processor.kinds</c>), or <c>null</c>.</summary>
    public IReadOnlyList<ProcessorKind>? ProcessorKinds => Read(FactIndex.ProcessorKinds, activity.Processor?.Kinds);

    /// <summary>How many persons' information is stored (<c>$.subjects.storedPersons</c>), or <c>null</c>.</summary>
    public long? StoredPersons => Read(FactIndex.StoredPersons, activity.Subjects?.StoredPersons);

    /// <summary>When the last compliance audit was completed (<c>$.audit.lastAuditOn</c>), or <c>null</c>.</summary>
    public LocalDate? LastAuditOn => Read(FactIndex.LastAuditOn, activity.Audit?.LastAuditOn);

    /// <summary>How many persons' personal information the processor handles (<c>$.audit.personsProcessed</c>), or <c>null</c>.</summary>
    public long? PersonsProcessed => Read(FactIndex.PersonsProcessed, activity.Audit?.PersonsProcessed);

    /// <summary>How long the information is kept (<c>$.storage.retention</c>), or <c>null</c>.</summary>
    public Period? Retention => Read(FactIndex.Retention, activity.Storage?.Retention);

    /// <summary>The mechanism of a transfer abroad (<c>$.storage.crossBorderMechanism</c>), or <c>null</c>.</summary>
    public CrossBorderMechanism? CrossBorderMechanism => Read(FactIndex.CrossBorderMechanism, activity.Storage?.CrossBorderMechanism);

    /// <summary>Persons whose sensitive personal information was provided abroad since 1 January of the year (<c>$.storage.sensitivePersonsExportedThisYear</c>), or <c>null</c>.</summary>
    public long? SensitivePersonsExportedThisYear => Read(FactIndex.SensitivePersonsExportedThisYear, activity.Storage?.SensitivePersonsExportedThisYear);

    /// <summary>Persons whose personal information was provided abroad since 1 January of the year (<c>$.storage.personsExportedThisYear</c>), or <c>null</c>.</summary>
    public long? PersonsExportedThisYear => Read(FactIndex.PersonsExportedThisYear, activity.Storage?.PersonsExportedThisYear);

    /// <summary>The exemption the transfer relies on (<c>$.storage.crossBorderExemption</c>), or <c>null</c>.</summary>
    public CrossBorderExemption? CrossBorderExemption => Read(FactIndex.CrossBorderExemption, activity.Storage?.CrossBorderExemption);

    /// <summary>The day the impact assessment was completed (<c>$.impactAssessment.completedOn</c>), or <c>null</c>.</summary>
    public LocalDate? ImpactAssessmentCompletedOn => Read(FactIndex.ImpactAssessmentCompletedOn, activity.ImpactAssessment?.CompletedOn);

    /// <summary>The day the CAC filing threshold was reached (<c>$.filing.thresholdReachedOn</c>), or <c>null</c>.</summary>
    public LocalDate? ThresholdReachedOn => Read(FactIndex.ThresholdReachedOn, activity.Filing?.ThresholdReachedOn);

    /// <summary>The day the CAC filing was made (<c>$.filing.filedOn</c>), or <c>null</c>.</summary>
    public LocalDate? FiledOn => Read(FactIndex.FiledOn, activity.Filing?.FiledOn);

    /// <summary>Whether the venue is a public place (<c>$.publicPlace</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact PublicPlace() => Bool(FactIndex.PublicPlace, activity.PublicPlace);

    /// <summary>Whether this is real-time remote identification (<c>$.realTimeRemoteIdentification</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact RealTimeRemoteIdentification() => Bool(FactIndex.RealTimeRemoteIdentification, activity.RealTimeRemoteIdentification);

    /// <summary>Whether minors under 14 are among the individuals (<c>$.subjects.includesMinorsUnder14</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact IncludesMinorsUnder14() => Bool(FactIndex.IncludesMinorsUnder14, activity.Subjects?.IncludesMinorsUnder14);

    /// <summary>Whether consent was obtained (<c>$.consent.obtained</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ConsentObtained() => Bool(FactIndex.ConsentObtained, activity.Consent?.Obtained);

    /// <summary>Whether consent was separate (<c>$.consent.separate</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ConsentSeparate() => Bool(FactIndex.ConsentSeparate, activity.Consent?.Separate);

    /// <summary>Whether consent was written (<c>$.consent.written</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ConsentWritten() => Bool(FactIndex.ConsentWritten, activity.Consent?.Written);

    /// <summary>Whether consent was bundled with other authorisations (<c>$.consent.bundled</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ConsentBundled() => Bool(FactIndex.ConsentBundled, activity.Consent?.Bundled);

    /// <summary>Whether consent was a condition of service (<c>$.consent.conditionOfService</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ConsentConditionOfService() => Bool(FactIndex.ConsentConditionOfService, activity.Consent?.ConditionOfService);

    /// <summary>Whether a guardian consented for minors under 14 (<c>$.consent.guardianForMinors</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact GuardianConsentForMinors() => Bool(FactIndex.GuardianForMinors, activity.Consent?.GuardianForMinors);

    /// <summary>Whether a convenient withdrawal channel exists (<c>$.consent.withdrawalChannel</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact WithdrawalChannel() => Bool(FactIndex.WithdrawalChannel, activity.Consent?.WithdrawalChannel);

    /// <summary>Whether the release was signed electronically (<c>$.consent.electronicSignature</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ElectronicSignature() => Bool(FactIndex.ElectronicSignature, activity.Consent?.ElectronicSignature);

    /// <summary>Whether consent was explicit (<c>$.consent.explicit</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ConsentExplicit() => Bool(FactIndex.ConsentExplicit, activity.Consent?.Explicit);

    /// <summary>Whether a notice is given (<c>$.notice.given</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact NoticeGiven() => Bool(FactIndex.NoticeGiven, activity.Notice?.Given);

    /// <summary>Whether the notice precedes processing (<c>$.notice.beforeProcessing</c>); false when no notice is given (so <c>$.notice.given</c> is read too).</summary>
    /// <returns>The fact.</returns>
    public Fact NoticeBeforeProcessing()
    {
        Check(FactIndex.NoticeBeforeProcessing);
        return activity.Notice?.Given == false
            ? Bool(FactIndex.NoticeGiven, false)
            : Bool(FactIndex.NoticeBeforeProcessing, activity.Notice?.BeforeProcessing);
    }

    /// <summary>Whether conspicuous signs are posted (<c>$.notice.conspicuousSigns</c>); false when no notice is given (so <c>$.notice.given</c> is read too).</summary>
    /// <returns>The fact.</returns>
    public Fact ConspicuousSigns()
    {
        Check(FactIndex.ConspicuousSigns);
        return activity.Notice?.Given == false
            ? Bool(FactIndex.NoticeGiven, false)
            : Bool(FactIndex.ConspicuousSigns, activity.Notice?.ConspicuousSigns);
    }

    /// <summary>
    /// Whether the notice states <paramref name="element"/> (<c>$.notice.elements</c>); false when no notice is given.
    /// Reads <c>$.notice.given</c> too, and names it as the missing fact when the notice section is missing.
    /// </summary>
    /// <param name="element">The element.</param>
    /// <returns>The fact.</returns>
    public Fact NoticeStates(NoticeElement element)
    {
        Check(FactIndex.NoticeGiven);
        Check(FactIndex.NoticeElements);
        if (!(activity.Notice is NoticeFacts notice))
        {
            return Bool(FactIndex.NoticeGiven, null);
        }

        // The deciding fact: the elements when listed, else whether a notice was given (false: none states anything).
        var states = notice.States(element);
        var fact = notice.Given == false || (notice.Given is null && notice.Elements is null) ? FactIndex.NoticeGiven : FactIndex.NoticeElements;
        log?.Record(fact, states.HasValue);
        return new Fact(states, FactIndex.Path(fact));
    }

    /// <summary>Whether recognition is necessary for the service (<c>$.necessity.necessaryForService</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact NecessaryForService() => Bool(FactIndex.NecessaryForService, activity.Necessity?.NecessaryForService);

    /// <summary>Whether a non-biometric alternative exists (<c>$.necessity.nonBiometricAlternativeExists</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact NonBiometricAlternativeExists() => Bool(FactIndex.NonBiometricAlternativeExists, activity.Necessity?.NonBiometricAlternativeExists);

    /// <summary>Whether the alternative is offered (<c>$.necessity.alternativeOffered</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact AlternativeOffered() => Bool(FactIndex.AlternativeOffered, activity.Necessity?.AlternativeOffered);

    /// <summary>Whether recognition is the sole verification method (<c>$.necessity.soleVerificationMethod</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact SoleVerificationMethod() => Bool(FactIndex.SoleVerificationMethod, activity.Necessity?.SoleVerificationMethod);

    /// <summary>Whether service is refused without consent (<c>$.necessity.serviceRefusedWithoutConsent</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ServiceRefusedWithoutConsent() => Bool(FactIndex.ServiceRefusedWithoutConsent, activity.Necessity?.ServiceRefusedWithoutConsent);

    /// <summary>Whether an impact assessment was done (<c>$.impactAssessment.done</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ImpactAssessmentDone() => Bool(FactIndex.ImpactAssessmentDone, activity.ImpactAssessment?.Done);

    /// <summary>Whether the information stays on the device (<c>$.storage.onDeviceOnly</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact OnDeviceOnly() => Bool(FactIndex.OnDeviceOnly, activity.Storage?.OnDeviceOnly);

    /// <summary>Whether the information is transmitted over the internet (<c>$.storage.transmittedOverInternet</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact TransmittedOverInternet() => Bool(FactIndex.TransmittedOverInternet, activity.Storage?.TransmittedOverInternet);

    /// <summary>Whether the information is stored encrypted (<c>$.storage.encrypted</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact Encrypted() => Bool(FactIndex.Encrypted, activity.Storage?.Encrypted);

    /// <summary>Whether raw face images are kept after enrolment or recognition (<c>$.storage.rawImagesRetained</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact RawImagesRetained() => Bool(FactIndex.RawImagesRetained, activity.Storage?.RawImagesRetained);

    /// <summary>Whether the biometric information is stored apart from identity information (<c>$.storage.separatedFromIdentity</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact SeparatedFromIdentity() => Bool(FactIndex.SeparatedFromIdentity, activity.Storage?.SeparatedFromIdentity);

    /// <summary>Whether the information is encrypted in transmission (<c>$.storage.encryptedInTransit</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact EncryptedInTransit() => Bool(FactIndex.EncryptedInTransit, activity.Storage?.EncryptedInTransit);

    /// <summary>Whether the information leaves the PRC (<c>$.storage.crossBorder</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact CrossBorder() => Bool(FactIndex.CrossBorder, activity.Storage?.CrossBorder);

    /// <summary>Whether a retention policy is published (<c>$.storage.retentionPolicyPublished</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact RetentionPolicyPublished() => Bool(FactIndex.RetentionPolicyPublished, activity.Storage?.RetentionPolicyPublished);

    /// <summary>Whether the information is shared with third parties (<c>$.sharing.sharedWithThirdParties</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact SharedWithThirdParties() => Bool(FactIndex.SharedWithThirdParties, activity.Sharing?.SharedWithThirdParties);

    /// <summary>Whether separate consent covers sharing (<c>$.sharing.separateConsentForSharing</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact SeparateConsentForSharing() => Bool(FactIndex.SeparateConsentForSharing, activity.Sharing?.SeparateConsentForSharing);

    /// <summary>Whether the information is sold (<c>$.sharing.sold</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact Sold() => Bool(FactIndex.Sold, activity.Sharing?.Sold);

    /// <summary>Whether a leak, tampering or loss occurred (<c>$.security.incident</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact SecurityIncident() => Bool(FactIndex.SecurityIncident, activity.Security?.Incident);

    /// <summary>Whether the individuals were notified (<c>$.security.individualsNotified</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact IndividualsNotified() => Bool(FactIndex.IndividualsNotified, activity.Security?.IndividualsNotified);

    /// <summary>Whether the regulator was notified (<c>$.security.regulatorNotified</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact RegulatorNotified() => Bool(FactIndex.RegulatorNotified, activity.Security?.RegulatorNotified);

    /// <summary>Whether a standard-form clause grants an irrevocable or perpetual right (<c>$.contractTerms.irrevocableOrPerpetualGrant</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact IrrevocableOrPerpetualGrant() => Bool(FactIndex.IrrevocableOrPerpetualGrant, activity.ContractTerms?.IrrevocableOrPerpetualGrant);

    /// <summary>Whether the purpose was extended beyond the original (<c>$.changes.purposeExtendedBeyondOriginal</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact PurposeExtendedBeyondOriginal() => Bool(FactIndex.PurposeExtendedBeyondOriginal, activity.Changes?.PurposeExtendedBeyondOriginal);

    /// <summary>Whether fresh consent was obtained (<c>$.changes.reconsentObtained</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ReconsentObtained() => Bool(FactIndex.ReconsentObtained, activity.Changes?.ReconsentObtained);

    /// <summary>Whether the entry method was switched unilaterally (<c>$.changes.entryMethodSwitchedUnilaterally</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact EntryMethodSwitchedUnilaterally() => Bool(FactIndex.EntryMethodSwitchedUnilaterally, activity.Changes?.EntryMethodSwitchedUnilaterally);

    /// <summary>Whether faces are scraped untargeted from the internet or CCTV (<c>$.scraping.untargetedFromInternetOrCctv</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact UntargetedScraping() => Bool(FactIndex.UntargetedScraping, activity.Scraping?.UntargetedFromInternetOrCctv);

    /// <summary>Whether the processor is a network operator (<c>$.processor.networkOperator</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact NetworkOperator() => Bool(FactIndex.NetworkOperator, activity.Processor?.NetworkOperator);

    /// <summary>Whether the collection and use rules are published (<c>$.notice.rulesPublished</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact RulesPublished() => Bool(FactIndex.RulesPublished, activity.Notice?.RulesPublished);

    /// <summary>
    /// Whether the individuals consented to the provision to third parties (<c>$.sharing.consentForSharing</c>); true
    /// when they consented separately (so <c>$.sharing.separateConsentForSharing</c> is read too).
    /// </summary>
    /// <returns>The fact.</returns>
    public Fact ConsentForSharing()
    {
        Check(FactIndex.ConsentForSharing);
        return activity.Sharing?.SeparateConsentForSharing == true
            ? Bool(FactIndex.SeparateConsentForSharing, true)
            : Bool(FactIndex.ConsentForSharing, activity.Sharing?.ConsentForSharing);
    }

    /// <summary>Whether a law or administrative regulation mandates the processor's processing (<c>$.processor.mandatedByLaw</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact MandatedByLaw() => Bool(FactIndex.MandatedByLaw, activity.Processor?.MandatedByLaw);

    /// <summary>Whether the impact assessment covers <paramref name="element"/> (<c>$.impactAssessment.covers</c>; false when none was done).</summary>
    /// <param name="element">The element.</param>
    /// <returns>The fact.</returns>
    public Fact ImpactAssessmentCovers(ImpactAssessmentElement element) => Bool(FactIndex.ImpactAssessmentCovers, activity.ImpactAssessment?.Includes(element));

    /// <summary>Whether the impact assessment's report is kept at least 3 years (<c>$.impactAssessment.reportKeptThreeYears</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ReportKeptThreeYears() => Bool(FactIndex.ReportKeptThreeYears, activity.ImpactAssessment?.ReportKeptThreeYears);

    /// <summary>Whether individuals were told each recipient's identity, contact, purpose, method and categories (<c>$.sharing.recipientDisclosed</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact RecipientDisclosed() => Bool(FactIndex.RecipientDisclosed, activity.Sharing?.RecipientDisclosed);

    /// <summary>Whether the agreements with recipients fix <paramref name="term"/> (<c>$.sharing.agreementTerms</c>).</summary>
    /// <param name="term">The term.</param>
    /// <returns>The fact.</returns>
    public Fact SharingAgreementFixes(AgreementTerm term) => Bool(FactIndex.SharingAgreementTerms, activity.Sharing?.Fixes(term));

    /// <summary>Whether the processor supervises the recipients (<c>$.sharing.recipientsSupervised</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact RecipientsSupervised() => Bool(FactIndex.RecipientsSupervised, activity.Sharing?.RecipientsSupervised);

    /// <summary>Whether records of the provision are kept 3 years (<c>$.sharing.recordsKeptThreeYears</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact SharingRecordsKept() => Bool(FactIndex.SharingRecordsKept, activity.Sharing?.RecordsKeptThreeYears);

    /// <summary>Whether the processing is entrusted to another party (<c>$.entrustment.entrusted</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact Entrusted() => Bool(FactIndex.Entrusted, activity.Entrustment?.Entrusted);

    /// <summary>Whether the entrustment agreement fixes <paramref name="term"/> (<c>$.entrustment.agreementTerms</c>).</summary>
    /// <param name="term">The term.</param>
    /// <returns>The fact.</returns>
    public Fact EntrustmentAgreementFixes(AgreementTerm term) => Bool(FactIndex.EntrustmentAgreementTerms, activity.Entrustment?.Fixes(term));

    /// <summary>Whether the processor supervises the entrusted party (<c>$.entrustment.supervised</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact EntrustedPartySupervised() => Bool(FactIndex.EntrustmentSupervised, activity.Entrustment?.Supervised);

    /// <summary>Whether the entrusted party processes beyond the agreement (<c>$.entrustment.processedBeyondAgreement</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ProcessedBeyondAgreement() => Bool(FactIndex.ProcessedBeyondAgreement, activity.Entrustment?.ProcessedBeyondAgreement);

    /// <summary>Whether the entrusted party sub-entrusted without consent (<c>$.entrustment.subEntrustedWithoutConsent</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact SubEntrustedWithoutConsent() => Bool(FactIndex.SubEntrustedWithoutConsent, activity.Entrustment?.SubEntrustedWithoutConsent);

    /// <summary>Whether the entrusted party kept the information after the agreement ended (<c>$.entrustment.retainedAfterEnd</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact RetainedAfterEnd() => Bool(FactIndex.RetainedAfterEnd, activity.Entrustment?.RetainedAfterEnd);

    /// <summary>Whether records of the entrusted processing are kept 3 years (<c>$.entrustment.recordsKeptThreeYears</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact EntrustmentRecordsKept() => Bool(FactIndex.EntrustmentRecordsKept, activity.Entrustment?.RecordsKeptThreeYears);

    /// <summary>Whether the retention is the shortest the purpose needs (<c>$.storage.retentionNecessary</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact RetentionNecessary() => Bool(FactIndex.RetentionNecessary, activity.Storage?.RetentionNecessary);

    /// <summary>Whether a compliance audit was ever done (<c>$.audit.done</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact AuditDone() => Bool(FactIndex.AuditDone, activity.Audit?.Done);

    /// <summary>Whether the processing is necessary for the emergency or news-reporting basis it claims (<c>$.necessity.necessaryForLegalBasis</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact NecessaryForLegalBasis() => Bool(FactIndex.NecessaryForLegalBasis, activity.Necessity?.NecessaryForLegalBasis);

    /// <summary>Whether the processor takes <paramref name="measure"/> (<c>$.security.measures</c>).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The fact.</returns>
    public Fact TakesSecurityMeasure(SecurityMeasure measure) => Bool(FactIndex.SecurityMeasures, activity.Security?.Takes(measure));

    /// <summary>Whether the processor is of <paramref name="kind"/> (<c>$.processor.kinds</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The fact.</returns>
    public Fact ProcessorIs(ProcessorKind kind) => Bool(FactIndex.ProcessorKinds, activity.Processor?.Includes(kind));

    /// <summary>Whether the individuals include <paramref name="kind"/> (<c>$.subjects.kinds</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The fact.</returns>
    public Fact SubjectsInclude(SubjectKind kind) => Bool(FactIndex.SubjectsKinds, activity.Subjects?.Includes(kind));

    /// <summary>Whether the purposes include <paramref name="purpose"/> (<c>$.purposes</c>).</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The fact.</returns>
    public Fact ServesPurpose(Purpose purpose) => Bool(FactIndex.Purposes, activity.Serves(purpose));

    /// <summary>Whether the legal basis is <paramref name="basis"/> (<c>$.legalBasis</c>).</summary>
    /// <param name="basis">The basis.</param>
    /// <returns>The fact.</returns>
    public Fact LegalBasisIs(LegalBasis basis) => Fact.Is(Read(FactIndex.LegalBasis, activity.LegalBasis), basis, FactPaths.LegalBasis);

    /// <summary>Whether the venue is <paramref name="venue"/> (<c>$.venue</c>).</summary>
    /// <param name="venue">The venue.</param>
    /// <returns>The fact.</returns>
    public Fact VenueIs(Venue venue) => Fact.Is(Read(FactIndex.Venue, activity.Venue), venue, FactPaths.Venue);

    /// <summary>Whether the modalities include <paramref name="modality"/> (<c>$.modalities</c>, face only when not given).</summary>
    /// <param name="modality">The modality.</param>
    /// <returns>Whether it is used.</returns>
    public bool Uses(Modality modality) => Read(FactIndex.Modalities, activity.Uses(modality));

    /// <summary>The condition of GDPR Art. 9(2) relied on (<c>$.gdpr.article9Condition</c>), or <c>null</c>.</summary>
    public Article9Condition? Article9Condition => Read(FactIndex.Article9Condition, activity.Gdpr?.Article9Condition);

    /// <summary>The objective of a law-enforcement use (<c>$.aiSystem.lawEnforcementObjective</c>), or <c>null</c>.</summary>
    public LawEnforcementObjective? LawEnforcementObjective => Read(FactIndex.LawEnforcementObjective, activity.AiSystem?.LawEnforcementObjective);

    /// <summary>The authorisation of a law-enforcement use of real-time remote identification (<c>$.aiSystem.authorisation</c>), or <c>null</c>.</summary>
    public RemoteIdentificationAuthorisation? Authorisation => Read(FactIndex.Authorisation, activity.AiSystem?.Authorisation);

    /// <summary>Whether the processing is on a large scale (<c>$.gdpr.largeScale</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact LargeScale() => Bool(FactIndex.LargeScale, activity.Gdpr?.LargeScale);

    /// <summary>Whether the processing systematically monitors the area (<c>$.gdpr.systematicMonitoring</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact SystematicMonitoring() => Bool(FactIndex.SystematicMonitoring, activity.Gdpr?.SystematicMonitoring);

    /// <summary>Whether the AI system is used in the workplace or an education institution (<c>$.aiSystem.workplaceOrEducation</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact WorkplaceOrEducation() => Bool(FactIndex.WorkplaceOrEducation, activity.AiSystem?.WorkplaceOrEducation);

    /// <summary>Whether the AI system is put in place for medical or safety reasons (<c>$.aiSystem.medicalOrSafetyReasons</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact MedicalOrSafetyReasons() => Bool(FactIndex.MedicalOrSafetyReasons, activity.AiSystem?.MedicalOrSafetyReasons);

    /// <summary>Whether the AI system deduces or infers sensitive traits (<c>$.aiSystem.infersSensitiveTraits</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact InfersSensitiveTraits() => Bool(FactIndex.InfersSensitiveTraits, activity.AiSystem?.InfersSensitiveTraits);

    /// <summary>Whether the AI system only labels or filters lawfully acquired biometric datasets (<c>$.aiSystem.datasetLabellingOrFiltering</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact DatasetLabellingOrFiltering() => Bool(FactIndex.DatasetLabellingOrFiltering, activity.AiSystem?.DatasetLabellingOrFiltering);

    /// <summary>Whether the AI system is used for the purposes of law enforcement (<c>$.aiSystem.lawEnforcement</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact LawEnforcement() => Bool(FactIndex.LawEnforcement, activity.AiSystem?.LawEnforcement);

    private Fact Bool(int fact, bool? value) => new Fact(Read(fact, value), FactIndex.Path(fact));

    private T Read<T>(int fact, T value)
    {
        Check(fact);
        log?.Record(fact, value != null);
        return value;
    }

    private void Check(int fact)
    {
        if (!rule.Reads(fact))
        {
            throw new InvalidOperationException(
                $"Rule {rule.Id} read {FactIndex.Path(fact)}, which it does not declare: add it to the facts the rule checks (or mentions).");
        }
    }
}
