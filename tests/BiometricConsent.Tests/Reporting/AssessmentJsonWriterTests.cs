using System.Linq;
using System.Text.Json;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Tests.Policy;
using NodaTime;

namespace BiometricConsent.Tests.Reporting;

/// <summary>The assessment JSON (docs/cli.md, "json"): field names, order, types, and what each field holds.</summary>
public class AssessmentJsonWriterTests
{
    [Fact]
    public void Has_exactly_the_contract_fields_in_order_plus_verification_deciding_facts_and_coverage()
    {
        using var doc = JsonDocument.Parse(AssessmentJsonWriter.ToJson(TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json"))));
        var root = doc.RootElement;
        Assert.Equal(new[] { "activity", "jurisdiction", "period", "findings", "summary", "coverage", "advice", "adviceSummary" }, Names(root));
        Assert.Equal(new[] { "violated", "satisfied", "notApplicable", "notInForce", "undetermined" }, Names(root.GetProperty("adviceSummary")));
        Assert.Equal(new[] { "instruments", "rules", "rulesInForce", "nothingAssessed", "note" }, Names(root.GetProperty("coverage")));
        Assert.Equal(new[] { "start", "end" }, Names(root.GetProperty("period")));
        Assert.Equal(new[] { "violated", "satisfied", "notApplicable", "notInForce", "undetermined" }, Names(root.GetProperty("summary")));
        foreach (var finding in root.GetProperty("findings").EnumerateArray().Concat(root.GetProperty("advice").EnumerateArray()))
        {
            Assert.Equal(
                new[] { "rule", "instrument", "article", "effectiveFrom", "status", "outcome", "reason", "penalty", "missingFacts", "verification", "decidingFacts" },
                Names(finding));
        }
    }

    [Fact]
    public void Writes_the_xpeng_violation_as_the_contract_example_does()
    {
        using var doc = JsonDocument.Parse(AssessmentJsonWriter.ToJson(TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json"))));
        var root = doc.RootElement;
        Assert.Equal("xpeng-shanghai-2021", root.GetProperty("activity").GetString());
        Assert.Equal("CN-SH", root.GetProperty("jurisdiction").GetString());
        Assert.Equal("2021-01-01", root.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2021-06-30", root.GetProperty("period").GetProperty("end").GetString());
        var crpl = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "CN-CRPL-29.1");
        Assert.Equal("Consumer Rights Protection Law", crpl.GetProperty("instrument").GetString());
        Assert.Equal("Art. 29 ¶1", crpl.GetProperty("article").GetString());
        Assert.Equal("2014-03-15", crpl.GetProperty("effectiveFrom").GetString());
        Assert.Equal("InForce", crpl.GetProperty("status").GetString());
        Assert.Equal("Violated", crpl.GetProperty("outcome").GetString());
        Assert.Equal(BiometricConsent.Policy.Rules.China.CrplRules.Art56Penalty, crpl.GetProperty("penalty").GetString());
        Assert.StartsWith("CRPL Art. 56 ¶1(9)", crpl.GetProperty("penalty").GetString());
        Assert.Equal(0, crpl.GetProperty("missingFacts").GetArrayLength());
        Assert.Equal("VerifiedPrimary", crpl.GetProperty("verification").GetString());
    }

    [Fact]
    public void Findings_are_ordered_by_rule_id_and_the_summary_counts_them()
    {
        var b = ReportingKit.Rule("2", (in RuleContext _) => Verdict.NotApplicable("Not triggered."), Verification.Recalled);
        var a = ReportingKit.ConsentRule;
        var assessment = ReportingKit.Assess(ReportingKit.NoConsent, b, a);
        using var doc = JsonDocument.Parse(AssessmentJsonWriter.ToJson(assessment));
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(new[] { "CN-TEST-1", "CN-TEST-2" }, findings.Select(f => f.GetProperty("rule").GetString()));
        Assert.Equal(JsonValueKind.Null, findings[1].GetProperty("penalty").ValueKind);
        Assert.Equal("Recalled", findings[1].GetProperty("verification").GetString());
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("violated").GetInt32());
        Assert.Equal(1, summary.GetProperty("notApplicable").GetInt32());
        Assert.Equal(0, summary.GetProperty("undetermined").GetInt32());
    }

    [Fact]
    public void Undetermined_findings_list_their_missing_facts()
    {
        var assessment = ReportingKit.Assess(ReportingKit.NoConsent.Replace("\"obtained\": false", "\"bundled\": false"), ReportingKit.ConsentRule);
        using var doc = JsonDocument.Parse(AssessmentJsonWriter.ToJson(assessment));
        var finding = doc.RootElement.GetProperty("findings")[0];
        Assert.Equal("Undetermined", finding.GetProperty("outcome").GetString());
        Assert.Equal(new[] { "$.consent.obtained" }, finding.GetProperty("missingFacts").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Ongoing_activity_has_a_null_end_and_instants_become_local_dates()
    {
        var json = """{ "jurisdiction": "CN-SH", "period": { "start": "2021-07-31T17:00:00Z" } }""";
        using var doc = JsonDocument.Parse(AssessmentJsonWriter.ToJson(ReportingKit.Assess(json, ReportingKit.ConsentRule)));
        Assert.Equal("2021-08-01", doc.RootElement.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("period").GetProperty("end").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("activity").ValueKind);
    }

    [Fact]
    public void As_of_period_is_the_single_day()
    {
        var assessment = TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json"), new LocalDate(2021, 3, 1));
        using var doc = JsonDocument.Parse(AssessmentJsonWriter.ToJson(assessment));
        Assert.Equal("2021-03-01", doc.RootElement.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2021-03-01", doc.RootElement.GetProperty("period").GetProperty("end").GetString());
    }

    [Fact]
    public void Several_assessments_are_an_array_and_non_ascii_is_not_escaped()
    {
        var x = TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json"));
        var json = AssessmentJsonWriter.ToJson(new[] { x, x });
        Assert.Contains("¶", json);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        Assert.Equal("assessment", Assert.Throws<System.ArgumentNullException>(() => AssessmentJsonWriter.ToJson((Assessment)null!)).ParamName);
        Assert.Equal("assessments", Assert.Throws<System.ArgumentNullException>(() => AssessmentJsonWriter.ToJson(new Assessment[] { null! })).ParamName);
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
