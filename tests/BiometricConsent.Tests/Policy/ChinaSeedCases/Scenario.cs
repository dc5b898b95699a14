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

        /// <summary>Patch fields: no consent (the consent details the model ties to consent removed).</summary>
        public const string NoConsent = "'consent': { 'obtained': false, 'separate': null, 'written': null, 'electronicSignature': null, 'explicit': null }";

        /// <summary>Patch fields: minors under 14 among the individuals.</summary>
        public const string Minors = "'subjects': { 'includesMinorsUnder14': true }";

        /// <summary>Patch fields: stored abroad under the standard contract.</summary>
        public const string CrossBorder = "'storage': { 'onDeviceOnly': false, 'crossBorder': true, 'crossBorderMechanism': 'StandardContract' }";

        private static readonly string[] Prefixes = { "CN-PIPL-", "CN-CAC-FRT-", "CN-NDSMR-" };

        /// <summary>Whether the finding is of a PIPL, CAC FRT or NDSMR (final or draft) rule.</summary>
        public static bool Mine(Finding f) => Array.Exists(Prefixes, p => f.RuleId.StartsWith(p, StringComparison.Ordinal));

        public static Activity Build(string patch, string example = Office) => ActivityJson.Parse(Document(patch, example));

        /// <summary>The JSON text of the example with the patch applied.</summary>
        public static string Document(string patch, string example = Office)
        {
            JsonObject document = JsonNode.Parse(TestData.ExampleText(example))!.AsObject();
            Merge(document, JsonNode.Parse(patch.Replace('\'', '"'))!.AsObject());
            return document.ToJsonString();
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

        /// <summary>
        /// Asserts that every rule of <paramref name="rules"/> is not in force for an activity ending the day before
        /// <paramref name="effectiveFrom"/> (ISO date; <paramref name="lastInstantBefore"/> is the last UTC instant
        /// before it in Shanghai), and that <paramref name="firing"/> fires once the period reaches it.
        /// </summary>
        public static void ExpectNotInForceBefore(System.Collections.Generic.IEnumerable<Rule> rules, string effectiveFrom, string lastInstantBefore, string firing, string firingPatch)
        {
            foreach (Rule rule in rules)
            {
                Finding f = Assess(rule.Id, "{ 'period': { 'start': '2020-01-01', 'end': '" + lastInstantBefore + "' }, " + firingPatch + " }");
                Assert.Equal(Outcome.NotInForce, f.Outcome);
                Assert.Contains("in force from " + effectiveFrom, f.Reason);
                Assert.Empty(f.MissingFacts);
                Assert.Null(f.Penalty);
            }

            // One second later it is the effective day in Shanghai.
            string oneSecondLater = lastInstantBefore.Replace("15:59:59Z", "16:00:00Z");
            Finding first = Assess(firing, "{ 'period': { 'start': '2020-01-01', 'end': '" + oneSecondLater + "' }, " + firingPatch + " }");
            Assert.Equal(Outcome.Violated, first.Outcome);
            Assert.Contains("Considered only for the part of the period in force from " + effectiveFrom, first.Reason);
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
