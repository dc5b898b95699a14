using System;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Tests.Policy;

/// <summary>
/// The top-level <c>accepted</c> list (docs/activity-format.md "accepted"): read strictly, never a fact — the
/// assessment of an activity is the same with or without it.
/// </summary>
public class ActivityJsonAcceptedTests
{
    private const string NoConsent = "\"legalBasis\": \"Consent\", \"consent\": { \"obtained\": false }";

    [Fact]
    public void Reads_each_acceptance_with_its_rule_and_justification()
    {
        var activity = ActivityJson.Parse(TestData.Document(
            NoConsent + ", \"accepted\": [ { \"rule\": \"CN-PIPL-29\", \"justification\": \"Paper consent at the desk\" }, { \"rule\": \"CN-PIPL-55\", \"justification\": \"PIA 2022-03\" } ]"));

        Assert.Equal(new[] { "CN-PIPL-29", "CN-PIPL-55" }, activity.Accepted.Select(a => a.Rule));
        Assert.Equal(new[] { "Paper consent at the desk", "PIA 2022-03" }, activity.Accepted.Select(a => a.Justification));
        Assert.All(activity.Accepted, a => Assert.True(a.IsJustified));
        Assert.Empty(ActivityJson.Parse(TestData.Document(NoConsent)).Accepted);
        Assert.Empty(ActivityJson.Parse(TestData.Document(NoConsent + ", \"accepted\": []")).Accepted);
        Assert.Empty(ActivityJson.Parse(TestData.Document(NoConsent + ", \"accepted\": null")).Accepted);
    }

    [Fact]
    public void An_acceptance_changes_no_finding()
    {
        var plain = ActivityJson.Parse(TestData.Document(NoConsent));
        var accepted = ActivityJson.Parse(TestData.Document(NoConsent + ", \"accepted\": [ { \"rule\": \"CN-PIPL-29\", \"justification\": \"Accepted by the board\" } ]"));
        var assessor = new Assessor();

        var before = assessor.Assess(plain).Findings.Select(f => f.ToString()).ToArray();
        var after = assessor.Assess(accepted).Findings.Select(f => f.ToString()).ToArray();

        Assert.Contains(assessor.Assess(accepted).Findings, f => f.Rule.Id == "CN-PIPL-29" && f.Outcome == Outcome.Violated);
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("CN-PIPL-92", "$.accepted[0].rule: 'CN-PIPL-92' is not the ID of a rule of the catalog; did you mean")]
    [InlineData("cn-pipl-29", "$.accepted[0].rule: 'cn-pipl-29' is not the ID of a rule of the catalog; did you mean 'CN-PIPL-29'?")]
    [InlineData("Consent", "$.accepted[0].rule: 'Consent' is not the ID of a rule of the catalog; docs/rules-catalog.md lists them.")]
    public void Rejects_a_rule_the_catalog_does_not_have(string rule, string error)
    {
        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(TestData.Document(
            NoConsent + $", \"accepted\": [ {{ \"rule\": \"{rule}\", \"justification\": \"x\" }} ]")));

        Assert.Contains(error, e.Errors.Single().ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    public void Reads_a_blank_justification_as_one_that_accepts_nothing(string justification)
    {
        var activity = ActivityJson.Parse(TestData.Document(NoConsent + $", \"accepted\": [ {{ \"rule\": \"CN-PIPL-29\", \"justification\": {justification} }} ]"));

        Assert.False(activity.Accepted.Single().IsJustified);
    }

    [Theory]
    [InlineData("{ \"rule\": \"CN-PIPL-29\" }", "$.accepted[0].justification: The required field is missing (e.g. \"Signs at both doors since 2026-03; legal opinion 2026-014 on file\").")]
    [InlineData("{ \"rule\": \"CN-PIPL-29\", \"justification\": null }", "$.accepted[0].justification: The required field is null")]
    [InlineData("{ \"justification\": \"x\" }", "$.accepted[0].rule: The required field is missing (e.g. \"CN-PIPL-29\").")]
    [InlineData("{ \"rule\": \"CN-PIPL-29\", \"justification\": \"x\", \"reason\": \"y\" }", "$.accepted[0].reason: Unknown field 'reason'; the fields of $.accepted[0] are rule, justification.")]
    [InlineData("{ \"rule\": \"CN-PIPL-29\", \"justification\": \"two\\nlines\" }", "$.accepted[0].justification: The text holds the control character \\n")]
    [InlineData("\"CN-PIPL-29\"", "$.accepted[0]: Expected an object, found the string \"CN-PIPL-29\".")]
    public void Rejects_a_malformed_entry(string entry, string error)
    {
        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(TestData.Document(NoConsent + $", \"accepted\": [ {entry} ]")));

        Assert.Contains(error, e.Errors.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_accepted_object_instead_of_a_list()
    {
        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(TestData.Document(NoConsent + ", \"accepted\": { \"rule\": \"CN-PIPL-29\" }")));

        Assert.EndsWith("$.accepted: Expected an array of { \"rule\": ..., \"justification\": ... } objects, found an object.", e.Errors.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_rule_accepted_twice_at_the_second_entry()
    {
        var json = "{\n" +
            "  \"jurisdiction\": \"CN-SH\", \"period\": { \"start\": \"2022-01-01\" },\n" +
            "  \"accepted\": [\n" +
            "    { \"rule\": \"CN-PIPL-29\", \"justification\": \"a\" },\n" +
            "    { \"rule\": \"CN-PIPL-29\", \"justification\": \"b\" }\n" +
            "  ]\n" +
            "}";

        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(json));

        Assert.Equal("5:7: $.accepted[1].rule: The rule CN-PIPL-29 is accepted more than once; give one justification.", e.Errors.Single().ToString());
    }

    [Fact]
    public void The_model_rejects_a_rule_accepted_twice_and_a_null_acceptance()
    {
        var period = new ActivityPeriod(PeriodBound.FromDate(new NodaTime.LocalDate(2022, 1, 1)));
        var twice = new[] { new AcceptedFinding("CN-PIPL-29", "a"), new AcceptedFinding("CN-PIPL-29", "b") };

        var e = Assert.Throws<ArgumentException>(() => new Activity(Jurisdiction.Parse("CN-SH"), period, accepted: twice));
        Assert.Equal("accepted", e.ParamName);
        Assert.Throws<ArgumentNullException>(() => new Activity(Jurisdiction.Parse("CN-SH"), period, accepted: new AcceptedFinding[] { null! }));
        Assert.Throws<ArgumentNullException>(() => new AcceptedFinding("CN-PIPL-29", null!));
    }
}
