using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Serialization;
using Xunit;

namespace BiometricConsent.Tests.Policy.Rules;

/// <summary>Unknown is never compliant, and no valid activity makes a rule throw.</summary>
public class RuleRobustnessTests
{
    private static bool Chinese(Finding f) => f.RuleId.StartsWith("CN-PIPL-", StringComparison.Ordinal) || f.RuleId.StartsWith("CN-CAC-FRT-", StringComparison.Ordinal) || f.RuleId.StartsWith("CN-NDSMR-", StringComparison.Ordinal);

    [Fact]
    public void An_activity_with_no_facts_is_undetermined_wherever_a_rule_is_in_force()
    {
        var result = TestData.Assessor.Assess(TestData.Parse("", period: "{ \"start\": \"2026-01-05\", \"end\": \"2026-01-31\" }"));
        foreach (var f in result.Findings.Where(Chinese).Where(f => !f.RuleId.StartsWith("CN-NDSMR-D2021-", StringComparison.Ordinal)))
        {
            Assert.True(f.Outcome == Outcome.Undetermined, $"{f.RuleId} is {f.Outcome}: {f.Reason}");
            Assert.NotEmpty(f.MissingFacts);
            Assert.All(f.MissingFacts, p => Assert.StartsWith("$.", p));
        }
    }

    [Fact]
    public void Random_valid_activities_keep_the_finding_invariants()
    {
        var random = new Random(20250601);
        var assessed = 0;
        for (var i = 0; i < 3000; i++)
        {
            var activity = TryParse(RandomDocument(random));
            if (activity is null)
            {
                continue;
            }

            assessed++;
            foreach (var f in TestData.Assessor.Assess(activity).Findings.Where(Chinese))
            {
                Assert.Equal(f.Outcome == Outcome.Undetermined, f.MissingFacts.Count > 0);
                Assert.Equal(f.Outcome == Outcome.Violated, f.Penalty != null);
                Assert.False(string.IsNullOrWhiteSpace(f.Reason));
            }
        }

        Assert.True(assessed > 500, $"only {assessed} random documents were valid");
    }

    private static Activity? TryParse(string json)
    {
        try
        {
            return ActivityJson.Parse(json);
        }
        catch (ActivityFormatException)
        {
            return null; // a random contradiction, rejected by the reader as it should be
        }
    }

    private static string RandomDocument(Random r)
    {
        string B() => r.Next(3) switch { 0 => "true", 1 => "false", _ => "null" };
        string Pick(params string[] options) => options[r.Next(options.Length)];
        string Section(params string[] fields) => "{ " + string.Join(", ", fields.Select(f => $"\"{f}\": {B()}")) + " }";
        var parts = new List<string>
        {
            "\"jurisdiction\": \"CN-BJ\"",
            "\"period\": " + Pick("{ \"start\": \"2025-05-20\", \"end\": \"2025-08-31\" }", "{ \"start\": \"2024-12-01\" }", "{ \"start\": \"2026-03-01\", \"end\": \"2026-03-01\" }"),
            "\"venue\": " + Pick("null", "\"HotelRoom\"", "\"Mall\"", "\"School\"", "\"PublicToilet\""),
            "\"publicPlace\": " + B(),
            "\"function\": " + Pick("null", "\"Verification\"", "\"Identification\"", "\"AttributeAnalysis\"", "\"Detection\"", "\"EmotionRecognition\"", "\"BiometricCategorisation\""),
            "\"purposes\": " + Pick("null", "[\"AccessControl\"]", "[\"PublicSecurity\"]", "[\"ResearchTraining\"]", "[\"CustomerAnalytics\", \"Marketing\"]"),
            "\"legalBasis\": " + Pick("null", "\"Consent\"", "\"Contract\"", "\"StatutoryDuty\"", "\"PublicSecurity\"", "\"None\""),
            "\"processor\": { \"kinds\": " + Pick("null", "[\"BusinessOperator\"]", "[\"CriticalInformationInfrastructureOperator\"]") + " }",
            "\"subjects\": { \"includesMinorsUnder14\": " + B() + ", \"storedPersons\": " + Pick("null", "5", "100000", "2000000") + " }",
            "\"consent\": " + Section("obtained", "separate", "written", "bundled", "conditionOfService", "guardianForMinors", "withdrawalChannel", "explicit"),
            "\"notice\": { \"given\": " + B() + ", \"beforeProcessing\": " + B() + ", \"elements\": " + Pick("null", "[]", "[\"Purpose\", \"Necessity\", \"Impact\"]") + " }",
            "\"necessity\": " + Section("necessaryForService", "nonBiometricAlternativeExists", "alternativeOffered", "soleVerificationMethod", "serviceRefusedWithoutConsent"),
            "\"impactAssessment\": { \"done\": " + B() + ", \"completedOn\": " + Pick("null", "\"2025-05-01\"", "\"2025-07-01\"") + " }",
            "\"storage\": { \"onDeviceOnly\": " + B() + ", \"transmittedOverInternet\": " + B() + ", \"encrypted\": " + B() + ", \"crossBorder\": " + B() +
                ", \"crossBorderMechanism\": " + Pick("null", "\"None\"", "\"SecurityAssessment\"") + ", \"retention\": " + Pick("null", "\"P0D\"", "\"P6M\"") + " }",
            "\"sharing\": " + Section("sharedWithThirdParties", "separateConsentForSharing"),
            "\"filing\": { \"thresholdReachedOn\": " + Pick("null", "\"2025-01-10\"", "\"2025-07-15\"") + ", \"filedOn\": " + Pick("null", "\"2025-08-01\"", "\"2025-09-30\"") + " }",
            "\"security\": " + Section("incident", "individualsNotified", "regulatorNotified"),
            "\"changes\": " + Section("purposeExtendedBeyondOriginal", "reconsentObtained", "entryMethodSwitchedUnilaterally"),
        };
        var json = new StringBuilder("{ ");
        json.Append(string.Join(", ", parts.Where((_, index) => index < 2 || r.Next(5) > 0)));
        return json.Append(" }").ToString();
    }
}
