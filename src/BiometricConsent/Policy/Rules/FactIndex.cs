using System;
using System.Collections.Generic;
using BiometricConsent.Policy.Model;

namespace BiometricConsent.Policy.Rules;

/// <summary>
/// The facts a rule can read, numbered: bit <c>n</c> of a <see cref="FactSet"/> mask stands for fact <c>n</c>.
/// One line per fact; the paths are those of <see cref="FactPaths"/>. <see cref="Period"/> stands for the dates
/// a rule is considered for (<see cref="RuleContext.From"/>, <see cref="RuleContext.To"/>).
/// </summary>
internal static class FactIndex
{
    private static readonly List<string> Table = new List<string>(FactMask.Capacity);

    internal static readonly int Venue = Add(FactPaths.Venue);
    internal static readonly int PublicPlace = Add(FactPaths.PublicPlace);
    internal static readonly int Modalities = Add(FactPaths.Modalities);
    internal static readonly int Function = Add(FactPaths.Function);
    internal static readonly int Purposes = Add(FactPaths.Purposes);
    internal static readonly int LegalBasis = Add(FactPaths.LegalBasis);
    internal static readonly int RealTimeRemoteIdentification = Add(FactPaths.RealTimeRemoteIdentification);
    internal static readonly int ProcessorKinds = Add(FactPaths.Processor.Kinds);
    internal static readonly int MandatedByLaw = Add(FactPaths.Processor.MandatedByLaw);
    internal static readonly int SubjectsKinds = Add(FactPaths.Subjects.Kinds);
    internal static readonly int IncludesMinorsUnder14 = Add(FactPaths.Subjects.IncludesMinorsUnder14);
    internal static readonly int StoredPersons = Add(FactPaths.Subjects.StoredPersons);
    internal static readonly int ConsentObtained = Add(FactPaths.Consent.Obtained);
    internal static readonly int ConsentSeparate = Add(FactPaths.Consent.Separate);
    internal static readonly int ConsentWritten = Add(FactPaths.Consent.Written);
    internal static readonly int ConsentBundled = Add(FactPaths.Consent.Bundled);
    internal static readonly int ConsentConditionOfService = Add(FactPaths.Consent.ConditionOfService);
    internal static readonly int GuardianForMinors = Add(FactPaths.Consent.GuardianForMinors);
    internal static readonly int WithdrawalChannel = Add(FactPaths.Consent.WithdrawalChannel);
    internal static readonly int ElectronicSignature = Add(FactPaths.Consent.ElectronicSignature);
    internal static readonly int ConsentExplicit = Add(FactPaths.Consent.Explicit);
    internal static readonly int NoticeGiven = Add(FactPaths.Notice.Given);
    internal static readonly int NoticeBeforeProcessing = Add(FactPaths.Notice.BeforeProcessing);
    internal static readonly int ConspicuousSigns = Add(FactPaths.Notice.ConspicuousSigns);
    internal static readonly int NoticeElements = Add(FactPaths.Notice.Elements);
    internal static readonly int NecessaryForService = Add(FactPaths.Necessity.NecessaryForService);
    internal static readonly int NonBiometricAlternativeExists = Add(FactPaths.Necessity.NonBiometricAlternativeExists);
    internal static readonly int AlternativeOffered = Add(FactPaths.Necessity.AlternativeOffered);
    internal static readonly int SoleVerificationMethod = Add(FactPaths.Necessity.SoleVerificationMethod);
    internal static readonly int ServiceRefusedWithoutConsent = Add(FactPaths.Necessity.ServiceRefusedWithoutConsent);
    internal static readonly int ImpactAssessmentDone = Add(FactPaths.ImpactAssessment.Done);
    internal static readonly int ImpactAssessmentCompletedOn = Add(FactPaths.ImpactAssessment.CompletedOn);
    internal static readonly int ImpactAssessmentCovers = Add(FactPaths.ImpactAssessment.Covers);
    internal static readonly int ReportKeptThreeYears = Add(FactPaths.ImpactAssessment.ReportKeptThreeYears);
    internal static readonly int OnDeviceOnly = Add(FactPaths.Storage.OnDeviceOnly);
    internal static readonly int TransmittedOverInternet = Add(FactPaths.Storage.TransmittedOverInternet);
    internal static readonly int Encrypted = Add(FactPaths.Storage.Encrypted);
    internal static readonly int CrossBorder = Add(FactPaths.Storage.CrossBorder);
    internal static readonly int CrossBorderMechanism = Add(FactPaths.Storage.CrossBorderMechanism);
    internal static readonly int Retention = Add(FactPaths.Storage.Retention);
    internal static readonly int RetentionPolicyPublished = Add(FactPaths.Storage.RetentionPolicyPublished);
    internal static readonly int SensitivePersonsExportedThisYear = Add(FactPaths.Storage.SensitivePersonsExportedThisYear);
    internal static readonly int PersonsExportedThisYear = Add(FactPaths.Storage.PersonsExportedThisYear);
    internal static readonly int CrossBorderExemption = Add(FactPaths.Storage.CrossBorderExemption);
    internal static readonly int SharedWithThirdParties = Add(FactPaths.Sharing.SharedWithThirdParties);
    internal static readonly int SeparateConsentForSharing = Add(FactPaths.Sharing.SeparateConsentForSharing);
    internal static readonly int Sold = Add(FactPaths.Sharing.Sold);
    internal static readonly int ThresholdReachedOn = Add(FactPaths.Filing.ThresholdReachedOn);
    internal static readonly int FiledOn = Add(FactPaths.Filing.FiledOn);
    internal static readonly int SecurityIncident = Add(FactPaths.Security.Incident);
    internal static readonly int IndividualsNotified = Add(FactPaths.Security.IndividualsNotified);
    internal static readonly int RegulatorNotified = Add(FactPaths.Security.RegulatorNotified);
    internal static readonly int SecurityMeasures = Add(FactPaths.Security.Measures);
    internal static readonly int IrrevocableOrPerpetualGrant = Add(FactPaths.ContractTerms.IrrevocableOrPerpetualGrant);
    internal static readonly int PurposeExtendedBeyondOriginal = Add(FactPaths.Changes.PurposeExtendedBeyondOriginal);
    internal static readonly int ReconsentObtained = Add(FactPaths.Changes.ReconsentObtained);
    internal static readonly int EntryMethodSwitchedUnilaterally = Add(FactPaths.Changes.EntryMethodSwitchedUnilaterally);
    internal static readonly int UntargetedScraping = Add(FactPaths.Scraping.UntargetedFromInternetOrCctv);
    internal static readonly int Period = Add(FactPaths.Period.Self);

    // CRPL, Cybersecurity Law and Civil Code (issue 9, instruments).
    internal static readonly int NetworkOperator = Add(FactPaths.Processor.NetworkOperator);
    internal static readonly int RulesPublished = Add(FactPaths.Notice.RulesPublished);
    internal static readonly int ConsentForSharing = Add(FactPaths.Sharing.ConsentForSharing);

    // Recommended national standards GB/T 35273-2020 and GB/T 41819-2022 (issue 9, advice).
    internal static readonly int RawImagesRetained = Add(FactPaths.Storage.RawImagesRetained);
    internal static readonly int SeparatedFromIdentity = Add(FactPaths.Storage.SeparatedFromIdentity);
    internal static readonly int EncryptedInTransit = Add(FactPaths.Storage.EncryptedInTransit);

    // Vendors and recipients, audits, the emergency and news bases (issue 9).
    internal static readonly int RecipientDisclosed = Add(FactPaths.Sharing.RecipientDisclosed);
    internal static readonly int SharingAgreementTerms = Add(FactPaths.Sharing.AgreementTerms);
    internal static readonly int RecipientsSupervised = Add(FactPaths.Sharing.RecipientsSupervised);
    internal static readonly int SharingRecordsKept = Add(FactPaths.Sharing.RecordsKeptThreeYears);
    internal static readonly int Entrusted = Add(FactPaths.Entrustment.Entrusted);
    internal static readonly int EntrustmentAgreementTerms = Add(FactPaths.Entrustment.AgreementTerms);
    internal static readonly int EntrustmentSupervised = Add(FactPaths.Entrustment.Supervised);
    internal static readonly int ProcessedBeyondAgreement = Add(FactPaths.Entrustment.ProcessedBeyondAgreement);
    internal static readonly int SubEntrustedWithoutConsent = Add(FactPaths.Entrustment.SubEntrustedWithoutConsent);
    internal static readonly int RetainedAfterEnd = Add(FactPaths.Entrustment.RetainedAfterEnd);
    internal static readonly int EntrustmentRecordsKept = Add(FactPaths.Entrustment.RecordsKeptThreeYears);
    internal static readonly int AuditDone = Add(FactPaths.Audit.Done);
    internal static readonly int LastAuditOn = Add(FactPaths.Audit.LastAuditOn);
    internal static readonly int PersonsProcessed = Add(FactPaths.Audit.PersonsProcessed);
    internal static readonly int NecessaryForLegalBasis = Add(FactPaths.Necessity.NecessaryForLegalBasis);
    internal static readonly int RetentionNecessary = Add(FactPaths.Storage.RetentionNecessary);

    // Illinois BIPA and Texas § 503.001 (issue 13).
    internal static readonly int GovernmentEntity = Add(FactPaths.UsBiometric.GovernmentEntity);
    internal static readonly int CommercialPurpose = Add(FactPaths.UsBiometric.CommercialPurpose);
    internal static readonly int NoticeInWriting = Add(FactPaths.UsBiometric.NoticeInWriting);
    internal static readonly int ProfitFromData = Add(FactPaths.UsBiometric.ProfitFromData);
    internal static readonly int DisclosureGrounds = Add(FactPaths.UsBiometric.DisclosureGrounds);
    internal static readonly int ReasonableCare = Add(FactPaths.UsBiometric.ReasonableCare);
    internal static readonly int ProtectedAsOtherConfidentialData = Add(FactPaths.UsBiometric.ProtectedAsOtherConfidentialData);
    internal static readonly int KeptAfterPurposeEnds = Add(FactPaths.UsBiometric.KeptAfterPurposeEnds);
    internal static readonly int KeptAfterLastInteraction = Add(FactPaths.UsBiometric.KeptAfterLastInteraction);
    // GDPR and the EU AI Act (issue 13, EU).
    internal static readonly int Article9Condition = Add(FactPaths.Gdpr.Article9Condition);
    internal static readonly int LargeScale = Add(FactPaths.Gdpr.LargeScale);
    internal static readonly int SystematicMonitoring = Add(FactPaths.Gdpr.SystematicMonitoring);
    internal static readonly int WorkplaceOrEducation = Add(FactPaths.AiSystem.WorkplaceOrEducation);
    internal static readonly int MedicalOrSafetyReasons = Add(FactPaths.AiSystem.MedicalOrSafetyReasons);
    internal static readonly int InfersSensitiveTraits = Add(FactPaths.AiSystem.InfersSensitiveTraits);
    internal static readonly int DatasetLabellingOrFiltering = Add(FactPaths.AiSystem.DatasetLabellingOrFiltering);
    internal static readonly int LawEnforcement = Add(FactPaths.AiSystem.LawEnforcement);
    internal static readonly int LawEnforcementObjective = Add(FactPaths.AiSystem.LawEnforcementObjective);
    internal static readonly int Authorisation = Add(FactPaths.AiSystem.Authorisation);

    /// <summary>The paths, indexed by fact number.</summary>
    internal static IReadOnlyList<string> Paths => Table;

    /// <summary>The path of fact <paramref name="index"/>.</summary>
    internal static string Path(int index) => Table[index];

    /// <summary>The paths of the facts of <paramref name="mask"/>, in the order of the activity format (of this table).</summary>
    internal static string[] PathsOf(FactMask mask)
    {
        var paths = new string[mask.Count];
        var n = 0;
        for (var i = 0; i < Table.Count && n < paths.Length; i++)
        {
            if (mask.Has(i))
            {
                paths[n++] = Table[i];
            }
        }

        return paths;
    }

    /// <summary>The number of the fact at <paramref name="path"/>, or -1 when no rule can read it.</summary>
    internal static int Of(string path) => Table.IndexOf(path);

    private static int Add(string path)
    {
        if (Table.Count == FactMask.Capacity)
        {
            throw new InvalidOperationException($"A fact mask holds {FactMask.Capacity} facts; widen FactMask.");
        }

        Table.Add(path);
        return Table.Count - 1;
    }
}
