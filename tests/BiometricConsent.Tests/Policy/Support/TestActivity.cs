using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Tests.Policy.Support;

/// <summary>
/// The one way the tests build an activity: a JSON document, from a baseline, varied one fact at a time —
/// <c>TestActivity.Office.With("consent.separate", false)</c> or with a JSON merge patch (RFC 7386, single quotes
/// allowed) <c>TestActivity.Office.Patch("{ 'consent': { 'separate': false } }")</c> — then parsed, assessed, or
/// checked against one rule with <see cref="Expect"/>. A JSON <c>null</c> (or a field removed) means unknown.
/// </summary>
internal sealed class TestActivity
{
    /// <summary>Patch fields: no consent (the consent details the model ties to consent removed).</summary>
    public const string NoConsent = "'consent': { 'obtained': false, 'separate': null, 'written': null, 'electronicSignature': null, 'explicit': null }";

    /// <summary>Patch fields: minors under 14 among the individuals.</summary>
    public const string Minors = "'subjects': { 'includesMinorsUnder14': true }";

    /// <summary>Patch fields: stored abroad under the standard contract.</summary>
    public const string CrossBorder = "'storage': { 'onDeviceOnly': false, 'crossBorder': true, 'crossBorderMechanism': 'StandardContract', " +
        "'sensitivePersonsExportedThisYear': 420, 'personsExportedThisYear': 420, 'crossBorderExemption': 'None' }";

    // A consent-based payment/entry terminal in a Shanghai mall in 2022 that meets every modelled rule.
    private const string MallJson = @"{
          ""id"": ""compliant"",
          ""jurisdiction"": ""CN-SH"",
          ""period"": { ""start"": ""2022-01-01"", ""end"": ""2022-12-31"" },
          ""processor"": { ""name"": ""Mall operator"", ""kinds"": [""BusinessOperator""], ""networkOperator"": true },
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
                        ""elements"": [""ProcessorIdentity"", ""Purpose"", ""Method"", ""DataCategories"", ""Retention"", ""Necessity"", ""Impact"", ""RightsExercise""],
                        ""rulesPublished"": true },
          ""necessity"": { ""necessaryForService"": false, ""nonBiometricAlternativeExists"": true, ""alternativeOffered"": true,
                           ""soleVerificationMethod"": false, ""serviceRefusedWithoutConsent"": false },
          ""impactAssessment"": { ""done"": true, ""completedOn"": ""2021-12-01"", ""covers"": [""LawfulnessAndNecessity"", ""ImpactAndRisks"", ""MeasuresAdequacy""],
                                  ""reportKeptThreeYears"": true },
          ""storage"": { ""onDeviceOnly"": true, ""transmittedOverInternet"": false, ""encrypted"": true, ""crossBorder"": false,
                         ""crossBorderMechanism"": ""None"", ""retention"": ""P30D"", ""retentionPolicyPublished"": true, ""retentionNecessary"": true },
          ""sharing"": { ""sharedWithThirdParties"": false, ""separateConsentForSharing"": false, ""sold"": false },
          ""security"": { ""incident"": false, ""individualsNotified"": false, ""regulatorNotified"": false,
                          ""measures"": [""InternalRules"", ""ClassifiedManagement"", ""AccessControl"", ""StaffTraining"", ""IncidentResponsePlan"",
                                         ""SecurityAudit"", ""AuthorisationManagement"", ""IntrusionDetection""] },
          ""contractTerms"": { ""irrevocableOrPerpetualGrant"": false },
          ""changes"": { ""purposeExtendedBeyondOriginal"": false, ""reconsentObtained"": false, ""entryMethodSwitchedUnilaterally"": false },
          ""scraping"": { ""untargetedFromInternetOrCctv"": false },
          ""realTimeRemoteIdentification"": false,
          ""entrustment"": { ""entrusted"": false },
          ""audit"": { ""done"": true, ""lastAuditOn"": ""2022-06-01"", ""personsProcessed"": 2000 }
        }";

    private static readonly AsyncLocal<List<string>?> Recording = new AsyncLocal<List<string>?>();

    private readonly JsonObject root;

    private TestActivity(JsonObject root) => this.root = root;

    /// <summary>
    /// A consent-based entry terminal in a Shanghai mall (a public place) in 2022 that meets every modelled rule:
    /// the baseline of the SPC FR, CRPL, Tianjin and Guo Bing tests.
    /// </summary>
    public static TestActivity Mall => FromJson(MallJson);

    /// <summary>docs/examples/office-access-2026.json, a compliant office access control: the baseline of the PIPL, CAC and NDSMR tests.</summary>
    public static TestActivity Office => Example("office-access-2026.json");

    /// <summary>An example of docs/examples.</summary>
    public static TestActivity Example(string file) => Of(TestData.ExampleText(file));

    /// <summary>The required fields (a Shanghai activity in 2022 unless given) and <paramref name="fields"/>, JSON members without braces.</summary>
    public static TestActivity Minimal(string fields = "", string jurisdiction = "CN-SH", string period = "{ \"start\": \"2022-01-01\", \"end\": \"2022-12-31\" }") =>
        Of($"{{ \"jurisdiction\": \"{jurisdiction}\", \"period\": {period}{(fields.Length > 0 ? ", " + fields : "")} }}");

    /// <summary>A document; single quotes stand for double quotes.</summary>
    public static TestActivity FromJson(string json) => Of(json.Replace('\'', '"'));

    /// <summary>A document, as it is.</summary>
    public static TestActivity Of(string json) => new TestActivity(JsonNode.Parse(json)!.AsObject());

    /// <summary>The document as JSON.</summary>
    public string Json => root.ToJsonString();

    /// <summary>A copy of the document.</summary>
    public JsonObject Document => root.DeepClone().AsObject();

    /// <summary>
    /// Sets the fact at the dotted <paramref name="path"/> (<c>consent.separate</c>, without <c>$.</c>): booleans,
    /// numbers and strings as given, a <c>string[]</c> as a list, <c>null</c> as JSON null (unknown).
    /// </summary>
    public TestActivity With(string path, object? value)
    {
        var parts = path.Split('.');
        var parent = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parent[parts[i]] is not JsonObject next)
            {
                next = new JsonObject();
                parent[parts[i]] = next;
            }

            parent = next;
        }

        parent[parts[^1]] = value switch
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

    /// <summary>Applies a JSON merge patch (RFC 7386: <c>null</c> removes a field); single quotes stand for double quotes.</summary>
    public TestActivity Patch(string patch)
    {
        Merge(root, JsonNode.Parse(patch.Replace('\'', '"'))!.AsObject());
        return this;
    }

    public Activity Parse()
    {
        Recording.Value?.Add(Json);
        return ActivityJson.Parse(Json);
    }

    /// <summary>The documents of the activities <paramref name="run"/> parses (on this async flow), in order.</summary>
    public static IReadOnlyList<string> Record(Action run)
    {
        var documents = new List<string>();
        Recording.Value = documents;
        try
        {
            run();
        }
        finally
        {
            Recording.Value = null;
        }

        return documents;
    }

    public Assessment Assess(Assessor? assessor = null) => (assessor ?? TestData.Assessor).Assess(Parse());

    /// <summary>The finding of <paramref name="ruleId"/>, which must cover the activity's jurisdiction.</summary>
    public Finding Finding(string ruleId, Assessor? assessor = null) =>
        Assess(assessor).Find(ruleId) ?? throw new InvalidOperationException($"{ruleId} does not cover {root["jurisdiction"]}.");

    /// <summary>
    /// The verdict of <paramref name="ruleId"/> evaluated directly, for the whole period, whatever its dates or
    /// status (a draft's what-if verdict; the engine would say NotInForce).
    /// </summary>
    public Verdict Evaluate(string ruleId)
    {
        var rule = RuleCatalog.Default.Find(ruleId) ?? throw new ArgumentException($"No rule {ruleId}.", nameof(ruleId));
        var a = Parse();
        return rule.Evaluate(a, a.Dates.Start, a.Dates.End ?? TestData.Now.InUtc().Date, WeekdayCalendar.Instance);
    }

    /// <summary>
    /// Asserts the finding of <paramref name="ruleId"/>: its outcome; the missing facts — exactly
    /// <paramref name="missing"/> (comma-separated JSON paths) when given, none unless undetermined, at least
    /// <paramref name="missingIncludes"/>; that the reason contains <paramref name="reason"/>; and a penalty exactly on a violation.
    /// </summary>
    public Finding Expect(string ruleId, Outcome outcome, string? missing = null, string? reason = null, string? missingIncludes = null)
    {
        var f = Finding(ruleId);
        Assert.True(outcome == f.Outcome, $"{ruleId}: expected {outcome}, was {f.Outcome}: {f.Reason} [{string.Join(", ", f.MissingFacts)}]");
        if (missing != null)
        {
            Assert.Equal(Paths(missing).OrderBy(p => p, StringComparer.Ordinal), f.MissingFacts.OrderBy(p => p, StringComparer.Ordinal));
        }
        else if (outcome != Outcome.Undetermined)
        {
            Assert.Empty(f.MissingFacts);
        }
        else
        {
            Assert.NotEmpty(f.MissingFacts);
        }

        foreach (var path in Paths(missingIncludes))
        {
            Assert.Contains(path, f.MissingFacts);
        }

        if (reason != null)
        {
            Assert.Contains(reason, f.Reason, StringComparison.Ordinal);
        }

        if (outcome == Outcome.Violated)
        {
            Assert.Equal(f.Rule.Penalty, f.Penalty);
        }
        else
        {
            Assert.Null(f.Penalty);
        }

        return f;
    }

    /// <summary>
    /// Asserts that every rule of <paramref name="rules"/> is not in force for this activity ending the day
    /// before <paramref name="effectiveFrom"/> (ISO date; <paramref name="lastInstantBefore"/> is the last UTC
    /// instant before it in Shanghai), and that <paramref name="firing"/> fires once the period reaches it.
    /// </summary>
    public void ExpectNotInForceBefore(IEnumerable<Rule> rules, string effectiveFrom, string lastInstantBefore, string firing)
    {
        foreach (var rule in rules)
        {
            var f = Copy().Patch("{ 'period': { 'start': '2020-01-01', 'end': '" + lastInstantBefore + "' } }").Finding(rule.Id);
            Assert.Equal(Outcome.NotInForce, f.Outcome);
            Assert.Contains("in force from " + effectiveFrom, f.Reason);
            Assert.Empty(f.MissingFacts);
            Assert.Null(f.Penalty);
        }

        // One second later it is the effective day in Shanghai.
        var oneSecondLater = lastInstantBefore.Replace("15:59:59Z", "16:00:00Z");
        var first = Copy().Patch("{ 'period': { 'start': '2020-01-01', 'end': '" + oneSecondLater + "' } }").Finding(firing);
        Assert.Equal(Outcome.Violated, first.Outcome);
        Assert.Contains("Considered only for the part of the period in force from " + effectiveFrom, first.Reason);
    }

    private TestActivity Copy() => new TestActivity(Document);

    private static IEnumerable<string> Paths(string? list) =>
        list is null ? Enumerable.Empty<string>() : list.Split(',').Select(p => p.Trim());

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
