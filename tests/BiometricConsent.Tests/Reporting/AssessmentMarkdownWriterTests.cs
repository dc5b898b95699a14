using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Tests.Reporting;

public class AssessmentMarkdownWriterTests
{
    private static readonly Rule NotApplicable = ReportingKit.Rule("2", (in RuleContext _) => Verdict.NotApplicable("No trigger."));

    [Fact]
    public void Violations_get_a_section_with_escaped_reason_and_penalty()
    {
        var a = ReportingKit.Assess(ReportingKit.NoConsent, ReportingKit.ConsentRule, NotApplicable);
        var md = AssessmentMarkdownWriter.ToMarkdown(new[] { new AssessedDocument(a, "acts/no consent.json") });
        Assert.StartsWith("# Biometric consent assessment\n\n❌ **1 violation**.\n", md);
        Assert.Contains("| no-consent | `acts/no consent.json` | CN-BJ | 2023-05-01 to 2023-05-31 | 1 | 0 | 0 | 1 | 0 |\n", md);
        Assert.Contains("### Violations (1)\n\n#### CN-TEST-1 · Test Measures, Art. 1 \\[V-P\\]\n\nNo consent \\| \\*none\\*.\n\n**Penalty:** TM Art. 9: a fine \\| or \\*worse\\*\n", md);
        Assert.Contains("<details>\n<summary>Satisfied (0), not applicable (1), not in force (0)</summary>", md);
        Assert.Contains("| [CN-TEST-2](https://github.com/biometric-consent/BiometricConsent/blob/main/docs/rules-catalog.md#cn-test-2) | Test Measures, Art. 2 \\[V-P\\] | not applicable | No trigger. |", md);
    }

    [Fact]
    public void Without_violations_says_so_and_lists_facts_to_supply()
    {
        var a = ReportingKit.Assess(ReportingKit.NoConsent.Replace("\"obtained\": false", "\"bundled\": false"), ReportingKit.ConsentRule);
        var md = AssessmentMarkdownWriter.ToMarkdown(new[] { new AssessedDocument(a, "x.json") });
        Assert.Contains("✅ **No violations**.", md);
        Assert.Contains("No violations.\n", md);
        Assert.Contains("### Undetermined (1): facts to supply\n", md);
        Assert.Contains("  Missing: `$.consent.obtained`\n", md);
        Assert.DoesNotContain("<details>", md);
        Assert.DoesNotContain("Penalty", md);
    }

    [Fact]
    public void Several_activities_share_one_summary_table()
    {
        var bad = ReportingKit.Assess(ReportingKit.NoConsent, ReportingKit.ConsentRule);
        var good = ReportingKit.Assess(ReportingKit.NoConsent.Replace("\"obtained\": false", "\"obtained\": true"), ReportingKit.ConsentRule);
        var md = AssessmentMarkdownWriter.ToMarkdown(new[] { new AssessedDocument(bad, "bad.json"), new AssessedDocument(good, "good.json") });
        Assert.Contains("❌ **1 violation** in 1 of 2 activities.", md);
        Assert.Contains("| `bad.json` |", md);
        Assert.Contains("| `good.json` |", md);
    }
}
