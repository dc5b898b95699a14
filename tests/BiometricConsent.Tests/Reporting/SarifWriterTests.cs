using System.IO;
using System.Linq;
using System.Text.Json;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Tests.Policy;

namespace BiometricConsent.Tests.Reporting;

public class SarifWriterTests
{
    private static readonly Rule Quiet = ReportingKit.Rule("2", (in RuleContext _) => Verdict.NotApplicable("No trigger."));

    [Fact]
    public void Every_example_gives_a_valid_log_with_one_error_per_violation()
    {
        var documents = Directory.GetFiles(Path.Combine(TestData.RepositoryRoot, "docs", "examples"), "*.json")
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => new AssessedDocument(TestData.Assessor.Assess(TestData.Example(Path.GetFileName(p))), "docs/examples/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();
        using var log = JsonDocument.Parse(SarifWriter.ToSarif(documents, "9.9.9"));
        var run = SarifAssert.Valid(log.RootElement);

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("biometric-consent", driver.GetProperty("name").GetString());
        Assert.Equal("9.9.9", driver.GetProperty("version").GetString());
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(
            documents.SelectMany(d => d.Assessment.Findings.Concat(d.Assessment.Advice)).Select(f => f.RuleId).Distinct().OrderBy(i => i, System.StringComparer.Ordinal),
            ruleIds);

        // The violations (level error), then the advice not followed (level note): advice never fails a gate on errors.
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        var violations = documents.SelectMany(d => d.Assessment.Findings).Where(f => f.Outcome == Outcome.Violated).ToArray();
        var advice = documents.SelectMany(d => d.Assessment.Advice).Where(f => f.Outcome == Outcome.Violated).ToArray();
        Assert.NotEmpty(violations);
        Assert.Equal(violations.Concat(advice).Select(v => v.RuleId), results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.All(results.Take(violations.Length), r => Assert.Equal("error", r.GetProperty("level").GetString()));
        Assert.All(results.Skip(violations.Length), r => Assert.Equal("note", r.GetProperty("level").GetString()));
        Assert.All(results.Skip(violations.Length), r => Assert.Equal("advice", r.GetProperty("properties").GetProperty("kind").GetString()));
        Assert.All(results, r => Assert.StartsWith("docs/examples/", Uri(r)));
    }

    [Fact]
    public void Rule_descriptors_carry_the_citation()
    {
        var a = TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json"));
        using var log = JsonDocument.Parse(SarifWriter.ToSarif(new[] { new AssessedDocument(a, "x.json") }));
        var rule = SarifAssert.Valid(log.RootElement).GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray().Single(r => r.GetProperty("id").GetString() == "CN-CRPL-29.1");
        Assert.Equal("CnCrpl29_1", rule.GetProperty("name").GetString());
        Assert.Equal("https://github.com/biometric-consent/BiometricConsent/blob/main/docs/rules-catalog.md#cn-crpl-291", rule.GetProperty("helpUri").GetString());
        var properties = rule.GetProperty("properties");
        Assert.Equal("Consumer Rights Protection Law", properties.GetProperty("instrument").GetString());
        Assert.Equal("Art. 29 ¶1", properties.GetProperty("article").GetString());
        Assert.Equal("VerifiedPrimary", properties.GetProperty("verification").GetString());
        Assert.Contains("Penalty: CRPL Art. 56", rule.GetProperty("fullDescription").GetProperty("text").GetString());
    }

    [Fact]
    public void Result_message_is_reason_and_penalty_and_points_at_the_deciding_fact()
    {
        var a = ReportingKit.Assess(ReportingKit.NoConsent, ReportingKit.ConsentRule, Quiet);
        Assert.Equal(new[] { "$.consent.obtained" }, a.Find("CN-TEST-1")!.DecidingFacts);
        using var log = JsonDocument.Parse(SarifWriter.ToSarif(new[] { new AssessedDocument(a, "acts/no-consent.json", ReportingKit.NoConsent) }));
        var result = SarifAssert.Valid(log.RootElement).GetProperty("results").EnumerateArray().Single();
        Assert.Equal("No consent | *none*. Penalty: TM Art. 9: a fine | or *worse*", result.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(0, result.GetProperty("ruleIndex").GetInt32());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(7, region.GetProperty("startLine").GetInt32());
        Assert.Equal(5, region.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Without_a_located_fact_the_region_is_line_1()
    {
        var silent = ReportingKit.Rule("3", (in RuleContext _) => Verdict.Violated("Breached."));
        var a = ReportingKit.Assess(ReportingKit.NoConsent, silent);
        Assert.Empty(a.Find("CN-TEST-3")!.DecidingFacts);
        foreach (var json in new[] { ReportingKit.NoConsent, null })
        {
            using var log = JsonDocument.Parse(SarifWriter.ToSarif(new[] { new AssessedDocument(a, "a.json", json) }));
            var region = SarifAssert.Valid(log.RootElement).GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.Equal(1, region.GetProperty("startLine").GetInt32());
            Assert.Equal(1, region.GetProperty("startColumn").GetInt32());
        }
    }

    [Fact]
    public void No_violation_means_no_result_but_the_rules_are_described()
    {
        var a = ReportingKit.Assess(ReportingKit.NoConsent, Quiet);
        using var log = JsonDocument.Parse(SarifWriter.ToSarif(new[] { new AssessedDocument(a, "a.json") }));
        var run = SarifAssert.Valid(log.RootElement);
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        Assert.Equal(1, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    [Theory]
    [InlineData("docs/examples/a.json", "docs/examples/a.json")]
    [InlineData("docs\\examples\\a.json", "docs/examples/a.json")]
    [InlineData("my acts/café #1.json", "my%20acts/caf%C3%A9%20%231.json")]
    [InlineData("../shared/a.json", "../shared/a.json")]
    public void Artifact_uri_is_relative_with_forward_slashes_and_escaped(string path, string uri)
    {
        var a = ReportingKit.Assess(ReportingKit.NoConsent, ReportingKit.ConsentRule);
        using var log = JsonDocument.Parse(SarifWriter.ToSarif(new[] { new AssessedDocument(a, path) }));
        Assert.Equal(uri, Uri(SarifAssert.Valid(log.RootElement).GetProperty("results")[0]));
    }

    [Fact]
    public void Default_version_is_the_library_version_without_build_metadata()
    {
        var a = ReportingKit.Assess(ReportingKit.NoConsent, Quiet);
        using var log = JsonDocument.Parse(SarifWriter.ToSarif(new[] { new AssessedDocument(a, "a.json") }));
        var version = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("version").GetString()!;
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", version);
    }

    [Fact]
    public void Violated_with_facts_skips_unknown_ones()
    {
        var v = Verdict.Violated("x", Fact.Of(false, "$.consent.separate"), Fact.Of(null, "$.notice.given"), Fact.Of(true, "$.venue"), Fact.Of(false, "$.consent.separate"), Fact.Of(true, "$.a"));
        Assert.Equal(new[] { "$.venue", "$.consent.separate" }, v.DecidingFacts); // activity-format order; unknown facts and paths no rule reads are skipped
        Assert.Empty(Verdict.Violated("x").DecidingFacts);
        Assert.Empty(Verdict.Satisfied("x").DecidingFacts);
    }

    private static string Uri(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
}
