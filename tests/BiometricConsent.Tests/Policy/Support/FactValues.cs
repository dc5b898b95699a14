using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using BiometricConsent.Policy.Model;

namespace BiometricConsent.Tests.Policy.Support;

/// <summary>
/// Every fact a rule can read, by JSON path, with the values the generated activities give it: each value of
/// an enum, both booleans, list variants, boundary counts and dates around the periods the generator uses.
/// <c>null</c> stands for "absent" (the field removed: unknown).
/// </summary>
internal static class FactValues
{
    private static readonly JsonNode?[] Booleans = { true, false, null };

    private static readonly IReadOnlyDictionary<string, JsonNode?[]> ByPath = new Dictionary<string, JsonNode?[]>(StringComparer.Ordinal)
    {
        [FactPaths.Venue] = Names(
            "Store", "Mall", "Hotel", "HotelRoom", "Bank", "Station", "Airport", "Stadium", "EntertainmentVenue", "PublicBathhouse",
            "ChangingRoom", "PublicToilet", "ResidentialCompound", "Office", "School", "Hospital", "PublicSquare", "Online", "Other",
            "Dormitory", "NursingRoom", "FittingRoom"),
        [FactPaths.PublicPlace] = Booleans,
        [FactPaths.Modalities] = Lists(new[] { "Face" }, new[] { "Fingerprint" }, new[] { "Face", "Fingerprint" }, new[] { "Iris" }, new[] { "Voice", "Face" }, new[] { "Gait" }),
        [FactPaths.Function] = Names("Verification", "Identification", "AttributeAnalysis", "Detection", "EmotionRecognition", "BiometricCategorisation"),
        [FactPaths.Purposes] = Lists(
            new[] { "AccessControl" }, new[] { "Payment" }, new[] { "Login" }, new[] { "Attendance" }, new[] { "CustomerAnalytics" },
            new[] { "Marketing" }, new[] { "PublicSecurity" }, new[] { "PublicHealthEmergency" }, new[] { "NewsReporting" },
            new[] { "FraudPrevention" }, new[] { "ResearchTraining" }, new[] { "Other" }, new[] { "AccessControl", "Marketing" },
            new[] { "PublicSecurity", "CustomerAnalytics" }, new[] { "ResearchTraining", "Other" }, new[] { "DrivingSafety" },
            new[] { "DrivingSafety", "Marketing" }),
        [FactPaths.LegalBasis] = Names("Consent", "Contract", "StatutoryDuty", "PublicHealthEmergency", "PublicSecurity", "NewsReporting", "None"),
        [FactPaths.RealTimeRemoteIdentification] = Booleans,
        [FactPaths.Processor.Kinds] = Lists(
            new[] { "BusinessOperator" }, new[] { "PropertyManager" }, new[] { "MarketCreditInformationProvider" },
            new[] { "CriticalInformationInfrastructureOperator" }, new[] { "StateOrgan" }, new[] { "LawEnforcement" }, new[] { "Other" },
            new[] { "BusinessOperator", "CriticalInformationInfrastructureOperator" }, new[] { "StateOrgan", "LawEnforcement" },
            new[] { "MarketCreditInformationProvider", "BusinessOperator" }, new[] { "AutomobileDataProcessor" },
            new[] { "BusinessOperator", "AutomobileDataProcessor" }),
        [FactPaths.Processor.MandatedByLaw] = Booleans,
        [FactPaths.Subjects.Kinds] = Lists(
            new[] { "Consumer" }, new[] { "Employee" }, new[] { "Resident" }, new[] { "Member" }, new[] { "Student" }, new[] { "Patient" },
            new[] { "Public" }, new[] { "Consumer", "Public" }),
        [FactPaths.Subjects.IncludesMinorsUnder14] = Booleans,
        [FactPaths.Subjects.StoredPersons] = Numbers(0, 420, 99_999, 100_000, 431_623, 999_999, 1_000_000, 5_000_000),
        [FactPaths.Consent.Obtained] = Booleans,
        [FactPaths.Consent.Separate] = Booleans,
        [FactPaths.Consent.Written] = Booleans,
        [FactPaths.Consent.Bundled] = Booleans,
        [FactPaths.Consent.ConditionOfService] = Booleans,
        [FactPaths.Consent.GuardianForMinors] = Booleans,
        [FactPaths.Consent.WithdrawalChannel] = Booleans,
        [FactPaths.Consent.ElectronicSignature] = Booleans,
        [FactPaths.Consent.Explicit] = Booleans,
        [FactPaths.Notice.Given] = Booleans,
        [FactPaths.Notice.BeforeProcessing] = Booleans,
        [FactPaths.Notice.ConspicuousSigns] = Booleans,
        [FactPaths.Notice.Elements] = Lists(
            Array.Empty<string>(), new[] { "ProcessorIdentity", "Purpose", "Method", "DataCategories", "Retention", "Necessity", "Impact", "RightsExercise" },
            new[] { "ProcessorIdentity", "Purpose", "Method", "DataCategories", "Retention", "RightsExercise" }, new[] { "Purpose", "Method" },
            new[] { "Necessity", "Impact" }, new[] { "Purpose", "Method", "DataCategories" }, new[] { "ProcessorIdentity" },
            new[] { "ProcessorIdentity", "Purpose", "Method", "Retention", "Necessity", "Impact", "RightsExercise" }),
        [FactPaths.Necessity.NecessaryForService] = Booleans,
        [FactPaths.Necessity.NonBiometricAlternativeExists] = Booleans,
        [FactPaths.Necessity.AlternativeOffered] = Booleans,
        [FactPaths.Necessity.SoleVerificationMethod] = Booleans,
        [FactPaths.Necessity.ServiceRefusedWithoutConsent] = Booleans,
        [FactPaths.ImpactAssessment.Done] = Booleans,
        [FactPaths.ImpactAssessment.CompletedOn] = Names("2019-01-01", "2021-10-15", "2021-12-01", "2025-05-01", "2025-12-01", "2026-02-01"),
        [FactPaths.ImpactAssessment.Covers] = Lists(
            Array.Empty<string>(), new[] { "LawfulnessAndNecessity", "ImpactAndRisks", "MeasuresAdequacy" }, new[] { "LawfulnessAndNecessity" },
            new[] { "ImpactAndRisks", "MeasuresAdequacy" }),
        [FactPaths.ImpactAssessment.ReportKeptThreeYears] = Booleans,
        [FactPaths.Storage.OnDeviceOnly] = Booleans,
        [FactPaths.Storage.TransmittedOverInternet] = Booleans,
        [FactPaths.Storage.Encrypted] = Booleans,
        [FactPaths.Storage.CrossBorder] = Booleans,
        [FactPaths.Storage.CrossBorderMechanism] = Names("None", "SecurityAssessment", "Certification", "StandardContract"),
        [FactPaths.Storage.Retention] = Names("P0D", "P30D", "P6M", "P1Y", "P3Y", "P100Y"),
        [FactPaths.Storage.RetentionPolicyPublished] = Booleans,
        [FactPaths.Storage.RawImagesRetained] = Booleans,
        [FactPaths.Storage.SeparatedFromIdentity] = Booleans,
        [FactPaths.Storage.EncryptedInTransit] = Booleans,
        [FactPaths.Storage.SensitivePersonsExportedThisYear] = Numbers(0, 9_999, 10_000),
        [FactPaths.Storage.PersonsExportedThisYear] = Numbers(0, 99_999, 999_999, 1_000_000),
        [FactPaths.Storage.CrossBorderExemption] = Names("None", "ContractNecessity", "HumanResources", "Emergency"),
        [FactPaths.Sharing.SharedWithThirdParties] = Booleans,
        [FactPaths.Sharing.SeparateConsentForSharing] = Booleans,
        [FactPaths.Sharing.Sold] = Booleans,
        [FactPaths.Filing.ThresholdReachedOn] = Names("2024-03-01", "2025-06-10", "2025-09-01", "2025-12-20", "2026-03-02", "2027-01-04"),
        [FactPaths.Filing.FiledOn] = Names("2024-01-01", "2025-06-30", "2025-10-01", "2026-01-10", "2026-06-01"),
        [FactPaths.Security.Incident] = Booleans,
        [FactPaths.Security.IndividualsNotified] = Booleans,
        [FactPaths.Security.RegulatorNotified] = Booleans,
        [FactPaths.Security.Measures] = Lists(
            Array.Empty<string>(),
            new[] { "InternalRules", "ClassifiedManagement", "AccessControl", "StaffTraining", "IncidentResponsePlan", "SecurityAudit", "AuthorisationManagement", "IntrusionDetection" },
            new[] { "InternalRules", "ClassifiedManagement", "AccessControl", "StaffTraining", "IncidentResponsePlan" },
            new[] { "SecurityAudit", "AccessControl", "AuthorisationManagement", "IntrusionDetection" }, new[] { "AccessControl" }),
        [FactPaths.ContractTerms.IrrevocableOrPerpetualGrant] = Booleans,
        [FactPaths.Changes.PurposeExtendedBeyondOriginal] = Booleans,
        [FactPaths.Changes.ReconsentObtained] = Booleans,
        [FactPaths.Changes.EntryMethodSwitchedUnilaterally] = Booleans,
        [FactPaths.Scraping.UntargetedFromInternetOrCctv] = Booleans,
        [FactPaths.Processor.NetworkOperator] = Booleans,
        [FactPaths.Notice.RulesPublished] = Booleans,
        [FactPaths.Sharing.ConsentForSharing] = Booleans,
        [FactPaths.Sharing.RecipientDisclosed] = Booleans,
        [FactPaths.Sharing.AgreementTerms] = AgreementTerms(),
        [FactPaths.Sharing.RecipientsSupervised] = Booleans,
        [FactPaths.Sharing.RecordsKeptThreeYears] = Booleans,
        [FactPaths.Entrustment.Entrusted] = Booleans,
        [FactPaths.Entrustment.AgreementTerms] = AgreementTerms(),
        [FactPaths.Entrustment.Supervised] = Booleans,
        [FactPaths.Entrustment.ProcessedBeyondAgreement] = Booleans,
        [FactPaths.Entrustment.SubEntrustedWithoutConsent] = Booleans,
        [FactPaths.Entrustment.RetainedAfterEnd] = Booleans,
        [FactPaths.Entrustment.RecordsKeptThreeYears] = Booleans,
        [FactPaths.Audit.Done] = Booleans,
        [FactPaths.Audit.LastAuditOn] = Names("2020-01-01", "2024-06-01", "2025-06-30", "2026-06-01"),
        [FactPaths.Audit.PersonsProcessed] = Numbers(420, 10_000_000, 10_000_001, 25_000_000),
        [FactPaths.Necessity.NecessaryForLegalBasis] = Booleans,
        [FactPaths.Storage.RetentionNecessary] = Booleans,
        [FactPaths.UsBiometric.GovernmentEntity] = Booleans,
        [FactPaths.UsBiometric.CommercialPurpose] = Booleans,
        [FactPaths.UsBiometric.NoticeInWriting] = Booleans,
        [FactPaths.UsBiometric.ProfitFromData] = Booleans,
        [FactPaths.UsBiometric.DisclosureGrounds] = Lists(
            Array.Empty<string>(), new[] { "FinancialTransaction" }, new[] { "RequiredByStatute", "Warrant" }, new[] { "Subpoena" },
            new[] { "PermittedByStatute" }, new[] { "RequiredByMunicipalOrdinance" }, new[] { "IdentificationOnDisappearanceOrDeath" }),
        [FactPaths.UsBiometric.ReasonableCare] = Booleans,
        [FactPaths.UsBiometric.ProtectedAsOtherConfidentialData] = Booleans,
        [FactPaths.UsBiometric.KeptAfterPurposeEnds] = Names("P0D", "P30D", "P1Y", "P1Y1D"),
        [FactPaths.UsBiometric.KeptAfterLastInteraction] = Names("P0D", "P3Y", "P3Y1D"),
        [FactPaths.Gdpr.Article9Condition] = Names(
            "ExplicitConsent", "EmploymentAndSocialSecurityLaw", "VitalInterests", "NotForProfitBody", "ManifestlyMadePublic", "LegalClaims",
            "SubstantialPublicInterest", "HealthOrSocialCare", "PublicHealth", "ArchivingResearchOrStatistics", "None"),
        [FactPaths.Gdpr.LargeScale] = Booleans,
        [FactPaths.Gdpr.SystematicMonitoring] = Booleans,
        [FactPaths.AiSystem.WorkplaceOrEducation] = Booleans,
        [FactPaths.AiSystem.MedicalOrSafetyReasons] = Booleans,
        [FactPaths.AiSystem.InfersSensitiveTraits] = Booleans,
        [FactPaths.AiSystem.DatasetLabellingOrFiltering] = Booleans,
        [FactPaths.AiSystem.LawEnforcement] = Booleans,
        [FactPaths.AiSystem.LawEnforcementObjective] = Names("TargetedVictimSearch", "ImminentThreatPrevention", "SeriousCrimeSuspect", "Other"),
        [FactPaths.AiSystem.Authorisation] = Names("Prior", "UrgentRequestedWithin24Hours", "Refused", "None"),
        [FactPaths.Period.Self] = Periods(
            ("2019-04-27", "2019-10-28"), ("2021-01-01", "2021-06-30"), ("2021-06-01", "2021-12-31"), ("2022-01-01", "2022-12-31"),
            ("2025-06-01", "2025-12-31"), ("2025-09-01", "2026-03-31"), ("2026-01-05", "2026-12-31"),
            ("2027-06-01", "2027-12-31")),
    };

    // An agreement fixing nothing, the NDSMR Art. 12 terms, all six of PIPL Art. 21, and one term.
    private static JsonNode?[] AgreementTerms() => Lists(
        Array.Empty<string>(), new[] { "Purpose", "Method", "DataCategories", "ProtectionMeasures" },
        new[] { "Purpose", "Period", "Method", "DataCategories", "ProtectionMeasures", "RightsAndDuties" }, new[] { "Purpose" });

    /// <summary>The paths of every fact, in a fixed order.</summary>
    public static IReadOnlyList<string> Paths { get; } = ByPath.Keys.ToArray();

    /// <summary>The values of the fact at <paramref name="path"/>, <c>null</c> (absent) included where the fact is optional.</summary>
    public static IReadOnlyList<JsonNode?> Of(string path) => ByPath[path];

    /// <summary>A copy of <paramref name="value"/> (a node can have only one parent).</summary>
    public static JsonNode? Copy(JsonNode? value) => value?.DeepClone();

    /// <summary>Sets the fact at <paramref name="path"/> (<c>$.a.b</c>) in <paramref name="document"/>, or removes it when <paramref name="value"/> is null.</summary>
    public static void Set(JsonObject document, string path, JsonNode? value)
    {
        var parts = path.Substring(2).Split('.');
        var parent = document;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parent[parts[i]] is not JsonObject next)
            {
                if (value is null)
                {
                    return;
                }

                next = new JsonObject();
                parent[parts[i]] = next;
            }

            parent = next;
        }

        if (value is null)
        {
            parent.Remove(parts[^1]);
        }
        else
        {
            parent[parts[^1]] = Copy(value);
        }
    }

    /// <summary>The fact at <paramref name="path"/> in <paramref name="document"/>, or null when absent.</summary>
    public static JsonNode? Get(JsonObject document, string path)
    {
        JsonNode? node = document;
        foreach (var part in path.Substring(2).Split('.'))
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node;
    }

    private static JsonNode?[] Names(params string[] names) => names.Select(n => (JsonNode?)JsonValue.Create(n)).Append(null).ToArray();

    private static JsonNode?[] Numbers(params long[] numbers) => numbers.Select(n => (JsonNode?)JsonValue.Create(n)).Append(null).ToArray();

    private static JsonNode?[] Lists(params string[][] lists) =>
        lists.Select(l => (JsonNode?)new JsonArray(l.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray())).Append(null).ToArray();

    // The period is required: no "absent" value.
    private static JsonNode?[] Periods(params (string Start, string End)[] periods) =>
        periods.Select(p => (JsonNode?)new JsonObject { ["start"] = p.Start, ["end"] = p.End }).ToArray();
}
