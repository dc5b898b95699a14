using System;
using System.Linq;
using System.Text.Json.Nodes;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Serialization;
using NodaTime;
using Xunit;

namespace BiometricConsent.Tests.Policy.ChinaSeedCases
{
    /// <summary>
    /// Builds activities by patching an example file (JSON merge patch, RFC 7386: <c>null</c> removes a field, which
    /// the model reads as unknown) and assesses one rule of them. Patches may use single quotes for readability.
    /// </summary>
    internal static class Scenario
    {
        /// <summary>The compliant baseline: a 2026 Shanghai office access-control deployment.</summary>
        public const string Office = "office-access-2026.json";

        public static Activity Build(string patch, string example = Office)
        {
            JsonObject document = JsonNode.Parse(TestData.ExampleText(example))!.AsObject();
            Merge(document, JsonNode.Parse(patch.Replace('\'', '"'))!.AsObject());
            return ActivityJson.Parse(document.ToJsonString());
        }

        public static Finding Assess(string ruleId, string patch, string example = Office, Assessor? assessor = null)
        {
            Finding? finding = (assessor ?? TestData.Assessor).Assess(Build(patch, example)).Find(ruleId);
            Assert.True(finding != null, $"{ruleId} is not in the assessment.");
            return finding!;
        }

        /// <summary>Asserts the outcome, and for <see cref="Outcome.Undetermined"/> the missing facts (comma-separated JSON paths).</summary>
        public static Finding Expect(string ruleId, string patch, Outcome outcome, string? missing = null, string example = Office)
        {
            Finding f = Assess(ruleId, patch, example);
            Assert.True(outcome == f.Outcome, $"{ruleId}: expected {outcome}, was {f.Outcome}: {f.Reason}");
            string[] expectedMissing = missing is null ? Array.Empty<string>() : missing.Split(',').Select(p => p.Trim()).ToArray();
            Assert.Equal(expectedMissing.OrderBy(p => p, StringComparer.Ordinal), f.MissingFacts.OrderBy(p => p, StringComparer.Ordinal));
            if (outcome == Outcome.Violated)
            {
                Assert.False(string.IsNullOrEmpty(f.Penalty), $"{ruleId} is violated without a penalty.");
            }
            else
            {
                Assert.Null(f.Penalty);
            }

            return f;
        }

        private static void Merge(JsonObject target, JsonObject patch)
        {
            foreach (var (name, value) in patch.ToArray())
            {
                if (value is null)
                {
                    target.Remove(name);
                }
                else if (value is JsonObject inner && target[name] is JsonObject existing)
                {
                    Merge(existing, inner);
                }
                else
                {
                    patch.Remove(name);
                    target[name] = value;
                }
            }
        }
    }
}
