using System.Linq;
using System.Text.Json;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Rules;
using NodaTime;

namespace BiometricConsent.Tests.Reporting;

/// <summary>
/// Advice (docs/policy-model.md, "Advice"): a recommended standard's finding is kept apart from the findings under
/// law, never counts as a violation or as coverage, can be left out, and every format marks it.
/// </summary>
public class AdviceReportingTests
{
    private static readonly Instrument Standard = new(
        "CN-STD", "A Recommended Standard", "GB/T 1", null, Jurisdiction.China, InstrumentStatus.InForce, EnforcementChannel.Advisory,
        effectiveFrom: new LocalDate(2020, 1, 1));

    private static readonly Rule NotFollowed = new(
        "CN-STD-1", Standard, "§1", "Something should be done.", Verification.VerifiedSecondary,
        (in RuleContext c) => Verdict.Violated("Not followed (recommended standard, not law): it is not done.", c.ConsentObtained()),
        checks: FactSet.Of(FactPaths.Consent.Obtained));

    private static readonly Rule Quiet = ReportingKit.Rule("2", (in RuleContext _) => Verdict.Satisfied("Fine."));

    private static Assessment Assess(params Rule[] rules) => ReportingKit.Assess(ReportingKit.NoConsent, rules);

    [Fact]
    public void Advice_not_followed_is_apart_and_never_a_violation()
    {
        var a = Assess(Quiet, NotFollowed);
        var advice = Assert.Single(a.Advice);
        Assert.Same(advice, a.Find("CN-STD-1"));
        Assert.True(advice.IsAdvice);
        Assert.Equal(Outcome.Violated, advice.Outcome);
        Assert.Null(advice.Penalty);
        Assert.Equal(new[] { "$.consent.obtained" }, advice.DecidingFacts);
        Assert.DoesNotContain(advice, a.Findings);
        Assert.False(a.HasViolations);
        Assert.Equal(1, a.AdviceSummary.Violated);
        Assert.Equal(1, a.Summary.Total);
        Assert.Equal(new[] { ReportingKit.Instrument }, a.Coverage.Instruments);
    }

    [Fact]
    public void Advice_alone_assesses_nothing()
    {
        var a = Assess(NotFollowed);
        Assert.True(a.Coverage.IsEmpty);
        Assert.Empty(a.Findings);
        Assert.Single(a.Advice);
    }

    [Fact]
    public void WithoutAdvice_leaves_the_findings_and_drops_the_advice()
    {
        var a = Assess(Quiet, NotFollowed);
        var law = a.WithoutAdvice();
        Assert.Empty(law.Advice);
        Assert.Equal(0, law.AdviceSummary.Total);
        Assert.Null(law.Find("CN-STD-1"));
        Assert.Same(a.Findings[0], law.Find("CN-TEST-2"));
        Assert.Equal(a.Summary.ToString(), law.Summary.ToString());
        Assert.Same(law, law.WithoutAdvice());
    }

    [Fact]
    public void Every_format_shows_advice_apart_and_marked()
    {
        var a = Assess(Quiet, NotFollowed);
        var document = new AssessedDocument(a, "act.json", ReportingKit.NoConsent);

        var text = AssessmentTextWriter.ToText(a, "act.json");
        Assert.Contains("Result:       0 violated,", text);
        Assert.Contains("ADVICE: RECOMMENDED NATIONAL STANDARDS, NOT LAW (1 not followed, 0 undetermined, 0 followed, 0 not applicable, 0 not in force)", text);
        Assert.Contains("  CN-STD-1  A Recommended Standard, §1 [V-S], in force from 2020-01-01 (not followed)", text);
        Assert.DoesNotContain("VIOLATED (", text);

        var markdown = AssessmentMarkdownWriter.ToMarkdown(new[] { document });
        Assert.Contains("✅ **No violations**.", markdown);
        Assert.Contains("### Advice: recommended national standards (not law)", markdown);
        Assert.Contains("| not followed |", markdown);

        var html = AssessmentHtmlWriter.ToHtml(new[] { document });
        Assert.Contains("<p class=\"verdict clean\">No violations.</p>", html);
        Assert.Contains("<section class=\"advice\">", html);
        Assert.Contains("<tr class=\"advice Violated\" data-rule=\"CN-STD-1\" data-outcome=\"Violated\">", html);
        Assert.Contains("<span class=\"outcome advice Violated\">not followed</span>", html);
        Assert.DoesNotContain("<tr class=\"finding Violated\"", html);

        using var json = JsonDocument.Parse(AssessmentJsonWriter.ToJson(a));
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("violated").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("adviceSummary").GetProperty("violated").GetInt32());
        Assert.Equal("CN-STD-1", json.RootElement.GetProperty("advice")[0].GetProperty("rule").GetString());
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "CN-STD-1");

        using var sarif = JsonDocument.Parse(SarifWriter.ToSarif(new[] { document }, "1.0.0"));
        var run = SarifAssert.Valid(sarif.RootElement);
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("note", result.GetProperty("level").GetString());
        Assert.Equal("advice", result.GetProperty("properties").GetProperty("kind").GetString());
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "CN-STD-1");
        Assert.Equal("note", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Contains("recommended-standard", rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }
}
