using System;
using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Serialization;

/// <summary>
/// The activity format as a table: every object, its fields in the order of the model constructor's parameters,
/// and the kind of each value: the one definition of the facts. The reader works from it, its "did you mean" hints
/// come from it, <see cref="ActivitySchemaGenerator"/> writes <c>docs/schema/activity.schema.json</c> from it, and
/// the tests check <see cref="FactPaths"/> and the model constructors against it.
/// </summary>
internal static class ActivityFormat
{
    /// <summary>The top-level name of the optional JSON schema reference, accepted and ignored.</summary>
    public const string SchemaProperty = "$schema";

    private static readonly SectionSpec Period = SectionSpec.Of(
        v => new ActivityPeriod((PeriodBound)v[0]!, (PeriodBound?)v[1]),
        FieldSpec.PeriodBound("start", "a date such as \"2021-01-01\" or an instant such as \"2021-07-31T16:00:00Z\""),
        FieldSpec.PeriodBound("end"));

    private static readonly SectionSpec Processor = SectionSpec.Of(
        v => new ProcessorFacts((string?)v[0], (IReadOnlyList<ProcessorKind>?)v[1], (bool?)v[2], (bool?)v[3]),
        FieldSpec.Text("name"),
        FieldSpec.EnumList<ProcessorKind>("kinds"),

        // Cybersecurity Law (issue 9, instruments).
        FieldSpec.Boolean("networkOperator"),

        // Who may rely on a statutory duty or public security (issue 9, finding 2).
        FieldSpec.Boolean("mandatedByLaw"));

    private static readonly SectionSpec Subjects = SectionSpec.Of(
        v => new SubjectsFacts((IReadOnlyList<SubjectKind>?)v[0], (bool?)v[1], (long?)v[2]),
        FieldSpec.EnumList<SubjectKind>("kinds"),
        FieldSpec.Boolean("includesMinorsUnder14"),
        FieldSpec.Count("storedPersons"));

    private static readonly SectionSpec Consent = Flags(
        b => new ConsentFacts(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8]),
        "obtained", "separate", "written", "bundled", "conditionOfService", "guardianForMinors", "withdrawalChannel", "electronicSignature", "explicit");

    private static readonly SectionSpec Notice = SectionSpec.Of(
        v => new NoticeFacts((bool?)v[0], (bool?)v[1], (bool?)v[2], (IReadOnlyList<NoticeElement>?)v[3], (bool?)v[4]),
        FieldSpec.Boolean("given"),
        FieldSpec.Boolean("beforeProcessing"),
        FieldSpec.Boolean("conspicuousSigns"),
        FieldSpec.EnumList<NoticeElement>("elements", allowsEmpty: true),

        // CRPL, Cybersecurity Law and Civil Code (issue 9, instruments).
        FieldSpec.Boolean("rulesPublished"));

    private static readonly SectionSpec Necessity = Flags(
        b => new NecessityFacts(b[0], b[1], b[2], b[3], b[4], b[5]),
        "necessaryForService", "nonBiometricAlternativeExists", "alternativeOffered", "soleVerificationMethod", "serviceRefusedWithoutConsent",

        // The emergency and news bases of PIPL Art. 13 ¶1(4)-(5) (issue 9).
        "necessaryForLegalBasis");

    private static readonly SectionSpec ImpactAssessment = SectionSpec.Of(
        v => new ImpactAssessmentFacts((bool?)v[0], (LocalDate?)v[1], (IReadOnlyList<ImpactAssessmentElement>?)v[2], (bool?)v[3]),
        FieldSpec.Boolean("done"),
        FieldSpec.Date("completedOn"),
        FieldSpec.EnumList<ImpactAssessmentElement>("covers", allowsEmpty: true),
        FieldSpec.Boolean("reportKeptThreeYears"));

    private static readonly SectionSpec Storage = SectionSpec.Of(
        v => new StorageFacts(
            (bool?)v[0], (bool?)v[1], (bool?)v[2], (bool?)v[3], (CrossBorderMechanism?)v[4], (NodaTime.Period?)v[5], (bool?)v[6],
            (long?)v[7], (long?)v[8], (CrossBorderExemption?)v[9], (bool?)v[10], (bool?)v[11], (bool?)v[12], (bool?)v[13]),
        FieldSpec.Boolean("onDeviceOnly"),
        FieldSpec.Boolean("transmittedOverInternet"),
        FieldSpec.Boolean("encrypted"),
        FieldSpec.Boolean("crossBorder"),
        FieldSpec.Enum<CrossBorderMechanism>("crossBorderMechanism"),
        FieldSpec.IsoPeriod("retention"),
        FieldSpec.Boolean("retentionPolicyPublished"),
        FieldSpec.Count("sensitivePersonsExportedThisYear"),
        FieldSpec.Count("personsExportedThisYear"),
        FieldSpec.Enum<CrossBorderExemption>("crossBorderExemption"),

        // Recommended national standards GB/T 35273-2020 and GB/T 41819-2022 (issue 9, advice).
        FieldSpec.Boolean("rawImagesRetained"),
        FieldSpec.Boolean("separatedFromIdentity"),
        FieldSpec.Boolean("encryptedInTransit"),

        // PIPL Art. 47 without a product threshold (issue 9).
        FieldSpec.Boolean("retentionNecessary"));

    private static readonly SectionSpec Sharing = SectionSpec.Of(
        v => new SharingFacts(
            (bool?)v[0], (bool?)v[1], (bool?)v[2], (bool?)v[3], (bool?)v[4], (IReadOnlyList<AgreementTerm>?)v[5], (bool?)v[6], (bool?)v[7]),
        FieldSpec.Boolean("sharedWithThirdParties"),
        FieldSpec.Boolean("separateConsentForSharing"),
        FieldSpec.Boolean("sold"),

        // CRPL, Cybersecurity Law and Civil Code (issue 9, instruments).
        FieldSpec.Boolean("consentForSharing"),

        // Recipients: PIPL Art. 23, NDSMR Art. 12 (issue 9).
        FieldSpec.Boolean("recipientDisclosed"),
        FieldSpec.EnumList<AgreementTerm>("agreementTerms", allowsEmpty: true),
        FieldSpec.Boolean("recipientsSupervised"),
        FieldSpec.Boolean("recordsKeptThreeYears"));

    private static readonly SectionSpec Filing = SectionSpec.Of(
        v => new FilingFacts((LocalDate?)v[0], (LocalDate?)v[1]),
        FieldSpec.Date("thresholdReachedOn"),
        FieldSpec.Date("filedOn"));

    private static readonly SectionSpec Security = SectionSpec.Of(
        v => new SecurityFacts((bool?)v[0], (bool?)v[1], (bool?)v[2], (IReadOnlyList<SecurityMeasure>?)v[3]),
        FieldSpec.Boolean("incident"),
        FieldSpec.Boolean("individualsNotified"),
        FieldSpec.Boolean("regulatorNotified"),
        FieldSpec.EnumList<SecurityMeasure>("measures", allowsEmpty: true));

    private static readonly SectionSpec ContractTerms = Flags(b => new ContractTermsFacts(b[0]), "irrevocableOrPerpetualGrant");

    private static readonly SectionSpec Changes = Flags(
        b => new ChangesFacts(b[0], b[1], b[2]),
        "purposeExtendedBeyondOriginal", "reconsentObtained", "entryMethodSwitchedUnilaterally");

    private static readonly SectionSpec Scraping = Flags(b => new ScrapingFacts(b[0]), "untargetedFromInternetOrCctv");

    private static readonly SectionSpec Entrustment = SectionSpec.Of(
        v => new EntrustmentFacts((bool?)v[0], (IReadOnlyList<AgreementTerm>?)v[1], (bool?)v[2], (bool?)v[3], (bool?)v[4], (bool?)v[5], (bool?)v[6]),
        FieldSpec.Boolean("entrusted"),
        FieldSpec.EnumList<AgreementTerm>("agreementTerms", allowsEmpty: true),
        FieldSpec.Boolean("supervised"),
        FieldSpec.Boolean("processedBeyondAgreement"),
        FieldSpec.Boolean("subEntrustedWithoutConsent"),
        FieldSpec.Boolean("retainedAfterEnd"),
        FieldSpec.Boolean("recordsKeptThreeYears"));

    private static readonly SectionSpec Audit = SectionSpec.Of(
        v => new AuditFacts((bool?)v[0], (LocalDate?)v[1], (long?)v[2]),
        FieldSpec.Boolean("done"),
        FieldSpec.Date("lastAuditOn"),
        FieldSpec.Count("personsProcessed"));

    // Illinois BIPA and Texas § 503.001 (issue 13).
    private static readonly SectionSpec UsBiometric = SectionSpec.Of(
        v => new UsBiometricFacts(
            (bool?)v[0], (bool?)v[1], (bool?)v[2], (bool?)v[3], (IReadOnlyList<DisclosureGround>?)v[4], (bool?)v[5], (bool?)v[6],
            (NodaTime.Period?)v[7], (NodaTime.Period?)v[8]),
        FieldSpec.Boolean("governmentEntity"),
        FieldSpec.Boolean("commercialPurpose"),
        FieldSpec.Boolean("noticeInWriting"),
        FieldSpec.Boolean("profitFromData"),
        FieldSpec.EnumList<DisclosureGround>("disclosureGrounds", allowsEmpty: true),
        FieldSpec.Boolean("reasonableCare"),
        FieldSpec.Boolean("protectedAsOtherConfidentialData"),
        FieldSpec.IsoPeriod("keptAfterPurposeEnds"),
        FieldSpec.IsoPeriod("keptAfterLastInteraction"));
    // GDPR and the EU AI Act (issue 13, EU).
    private static readonly SectionSpec Gdpr = SectionSpec.Of(
        v => new GdprFacts((Article9Condition?)v[0], (bool?)v[1], (bool?)v[2]),
        FieldSpec.Enum<Article9Condition>("article9Condition"),
        FieldSpec.Boolean("largeScale"),
        FieldSpec.Boolean("systematicMonitoring"));

    private static readonly SectionSpec AiSystem = SectionSpec.Of(
        v => new AiSystemFacts(
            (bool?)v[0], (bool?)v[1], (bool?)v[2], (bool?)v[3], (bool?)v[4], (LawEnforcementObjective?)v[5], (RemoteIdentificationAuthorisation?)v[6]),
        FieldSpec.Boolean("workplaceOrEducation"),
        FieldSpec.Boolean("medicalOrSafetyReasons"),
        FieldSpec.Boolean("infersSensitiveTraits"),
        FieldSpec.Boolean("datasetLabellingOrFiltering"),
        FieldSpec.Boolean("lawEnforcement"),
        FieldSpec.Enum<LawEnforcementObjective>("lawEnforcementObjective"),
        FieldSpec.Enum<RemoteIdentificationAuthorisation>("authorisation"));

    // Not facts: what the team accepts of the assessment (issue 14). The rules never see it.
    private static readonly SectionSpec Acceptance = SectionSpec.Of(
        v => new AcceptedFinding((string)v[0]!, (string)v[1]!),
        FieldSpec.RuleId("rule", "\"CN-PIPL-29\""),
        FieldSpec.Text("justification", "\"Signs at both doors since 2026-03; legal opinion 2026-014 on file\""));

    /// <summary>The activity document.</summary>
    public static SectionSpec Activity { get; } = SectionSpec.Of(
        v => new Activity(
            (Jurisdiction)v[1]!, (ActivityPeriod)v[2]!, (string?)v[3], (ProcessorFacts?)v[4], (Venue?)v[5], (bool?)v[6],
            (IReadOnlyList<Modality>?)v[7], (RecognitionFunction?)v[8], (IReadOnlyList<Purpose>?)v[9], (SubjectsFacts?)v[10],
            (LegalBasis?)v[11], (ConsentFacts?)v[12], (NoticeFacts?)v[13], (NecessityFacts?)v[14], (ImpactAssessmentFacts?)v[15],
            (StorageFacts?)v[16], (SharingFacts?)v[17], (FilingFacts?)v[18], (SecurityFacts?)v[19], (ContractTermsFacts?)v[20],
            (ChangesFacts?)v[21], (ScrapingFacts?)v[22], (bool?)v[23], (EntrustmentFacts?)v[24], (AuditFacts?)v[25],
            (UsBiometricFacts?)v[26], (GdprFacts?)v[27], (AiSystemFacts?)v[28],
            (IReadOnlyList<AcceptedFinding>?)v[29]),

        FieldSpec.SchemaReference(SchemaProperty),
        FieldSpec.Jurisdiction("jurisdiction", "\"CN-SH\""),
        FieldSpec.Object("period", Period, "{ \"start\": \"2021-01-01\" }"),
        FieldSpec.Text("id"),
        FieldSpec.Object("processor", Processor),
        FieldSpec.Enum<Venue>("venue"),
        FieldSpec.Boolean("publicPlace"),
        FieldSpec.EnumList<Modality>("modalities"),
        FieldSpec.Enum<RecognitionFunction>("function"),
        FieldSpec.EnumList<Purpose>("purposes"),
        FieldSpec.Object("subjects", Subjects),
        FieldSpec.Enum<LegalBasis>("legalBasis"),
        FieldSpec.Object("consent", Consent),
        FieldSpec.Object("notice", Notice),
        FieldSpec.Object("necessity", Necessity),
        FieldSpec.Object("impactAssessment", ImpactAssessment),
        FieldSpec.Object("storage", Storage),
        FieldSpec.Object("sharing", Sharing),
        FieldSpec.Object("filing", Filing),
        FieldSpec.Object("security", Security),
        FieldSpec.Object("contractTerms", ContractTerms),
        FieldSpec.Object("changes", Changes),
        FieldSpec.Object("scraping", Scraping),
        FieldSpec.Boolean("realTimeRemoteIdentification"),

        // Vendors and compliance audits (issue 9).
        FieldSpec.Object("entrustment", Entrustment),
        FieldSpec.Object("audit", Audit),

        // Illinois BIPA and Texas § 503.001 (issue 13).
        FieldSpec.Object("usBiometric", UsBiometric),
        // GDPR and the EU AI Act (issue 13, EU).
        FieldSpec.Object("gdpr", Gdpr),
        FieldSpec.Object("aiSystem", AiSystem),

        // Findings accepted with a justification (issue 14): not a fact, see AcceptedFinding.
        FieldSpec.Acceptances("accepted", Acceptance));

    /// <summary>A section whose fields are all <c>true</c>/<c>false</c>/<c>null</c>, named in constructor order.</summary>
    private static SectionSpec Flags<T>(Func<bool?[], T> create, params string[] names)
        where T : class
    {
        var fields = new FieldSpec[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            fields[i] = FieldSpec.Boolean(names[i]);
        }

        return SectionSpec.Of(
            v =>
            {
                var flags = new bool?[v.Length];
                for (var i = 0; i < v.Length; i++)
                {
                    flags[i] = (bool?)v[i];
                }

                return create(flags);
            },
            fields);
    }
}
