using System;
using System.Text.Json.Nodes;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Tests.Policy
{
    /// <summary>
    /// An activity document to vary one fact at a time: <c>ActivityDoc.Compliant().Set("consent.separate", false)</c>.
    /// Paths are dotted, without the leading <c>$.</c>.
    /// </summary>
    internal sealed class ActivityDoc
    {
        // A consent-based payment/entry terminal in a Shanghai mall in 2022 that meets every modelled rule.
        private const string CompliantJson = @"{
          ""id"": ""compliant"",
          ""jurisdiction"": ""CN-SH"",
          ""period"": { ""start"": ""2022-01-01"", ""end"": ""2022-12-31"" },
          ""processor"": { ""name"": ""Mall operator"", ""kinds"": [""BusinessOperator""] },
          ""venue"": ""Mall"",
          ""publicPlace"": true,
          ""modalities"": [""Face""],
          ""function"": ""Verification"",
          ""purposes"": [""AccessControl""],
          ""subjects"": { ""kinds"": [""Consumer""], ""includesMinorsUnder14"": false, ""storedPersons"": 2000 },
          ""legalBasis"": ""Consent"",
          ""consent"": { ""obtained"": true, ""separate"": true, ""written"": false, ""bundled"": false, ""conditionOfService"": false,
                         ""guardianForMinors"": false, ""withdrawalChannel"": true, ""explicit"": true },
          ""notice"": { ""given"": true, ""beforeProcessing"": true, ""conspicuousSigns"": true,
                        ""elements"": [""ProcessorIdentity"", ""Purpose"", ""Method"", ""DataCategories"", ""Retention"", ""Necessity"", ""Impact"", ""RightsExercise""] },
          ""necessity"": { ""necessaryForService"": false, ""nonBiometricAlternativeExists"": true, ""alternativeOffered"": true,
                           ""soleVerificationMethod"": false, ""serviceRefusedWithoutConsent"": false },
          ""impactAssessment"": { ""done"": true, ""completedOn"": ""2021-12-01"" },
          ""storage"": { ""onDeviceOnly"": true, ""transmittedOverInternet"": false, ""encrypted"": true, ""crossBorder"": false,
                         ""crossBorderMechanism"": ""None"", ""retention"": ""P30D"", ""retentionPolicyPublished"": true },
          ""sharing"": { ""sharedWithThirdParties"": false, ""separateConsentForSharing"": false, ""sold"": false },
          ""security"": { ""incident"": false, ""individualsNotified"": false, ""regulatorNotified"": false },
          ""contractTerms"": { ""irrevocableOrPerpetualGrant"": false },
          ""changes"": { ""purposeExtendedBeyondOriginal"": false, ""reconsentObtained"": false, ""entryMethodSwitchedUnilaterally"": false },
          ""scraping"": { ""untargetedFromInternetOrCctv"": false },
          ""realTimeRemoteIdentification"": false
        }";

        private readonly JsonObject root;

        private ActivityDoc(JsonObject root) => this.root = root;

        public static ActivityDoc Compliant() => new ActivityDoc(JsonNode.Parse(CompliantJson)!.AsObject());

        public static ActivityDoc From(string json) => new ActivityDoc(JsonNode.Parse(json)!.AsObject());

        /// <summary>Sets a value; string arrays are given as string[].</summary>
        public ActivityDoc Set(string path, object? value)
        {
            (JsonObject parent, string name) = Locate(path, create: true);
            parent[name] = value switch
            {
                null => null,
                string[] items => new JsonArray(Array.ConvertAll(items, i => (JsonNode?)JsonValue.Create(i))),
                bool b => JsonValue.Create(b),
                long l => JsonValue.Create(l),
                int i => JsonValue.Create(i),
                string s => JsonValue.Create(s),
                _ => throw new ArgumentException("Unsupported value type " + value.GetType(), nameof(value)),
            };
            return this;
        }

        public ActivityDoc Remove(string path)
        {
            (JsonObject parent, string name) = Locate(path, create: false);
            parent.Remove(name);
            return this;
        }

        public string Json => root.ToJsonString();

        public Activity Parse() => ActivityJson.Parse(Json);

        public Assessment Assess() => TestData.Assessor.Assess(Parse());

        public Finding Finding(string ruleId) =>
            Assess().Find(ruleId) ?? throw new InvalidOperationException($"{ruleId} does not cover {root["jurisdiction"]}.");

        private (JsonObject Parent, string Name) Locate(string path, bool create)
        {
            string[] parts = path.Split('.');
            JsonObject current = root;
            for (int i = 0; i < parts.Length - 1; i++)
            {
                if (current[parts[i]] is JsonObject next)
                {
                    current = next;
                }
                else if (create)
                {
                    next = new JsonObject();
                    current[parts[i]] = next;
                    current = next;
                }
                else
                {
                    throw new InvalidOperationException("No object at " + parts[i]);
                }
            }

            return (current, parts[parts.Length - 1]);
        }
    }
}
