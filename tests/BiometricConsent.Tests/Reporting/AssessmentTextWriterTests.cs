using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Tests.Reporting;

public class AssessmentTextWriterTests
{
    private static readonly Rule Quiet = ReportingKit.Rule("3", (in RuleContext _) => Verdict.Satisfied("All good."), Verification.VerifiedSecondary);

    [Fact]
    public void Violations_come_first_with_citation_and_penalty()
    {
        var text = AssessmentTextWriter.ToText(ReportingKit.Assess(ReportingKit.NoConsent, Quiet, ReportingKit.ConsentRule), "a/b.json");
        Assert.StartsWith("Assessment of no-consent (a/b.json)\n", text);
        Assert.Contains("  Result:       1 violated, 0 undetermined, 1 satisfied, 0 not applicable, 0 not in force\n", text);
        Assert.Contains(
            "VIOLATED (1)\n  CN-TEST-1  Test Measures, Art. 1 [V-P], in force from 2020-01-01\n      No consent | *none*.\n      Penalty: TM Art. 9: a fine | or *worse*\n",
            text);
        Assert.True(text.IndexOf("VIOLATED") < text.IndexOf("SATISFIED"));
        Assert.Contains("SATISFIED (1)\n  CN-TEST-3  Test Measures, Art. 3 [V-S], in force from 2020-01-01\n      All good.\n", text);
        Assert.DoesNotContain("NOT APPLICABLE", text);
        Assert.DoesNotContain("UNDETERMINED", text);
    }

    [Fact]
    public void Penalty_appears_only_for_violations_and_missing_facts_for_undetermined()
    {
        var text = AssessmentTextWriter.ToText(ReportingKit.Assess(ReportingKit.NoConsent.Replace("\"obtained\": false", "\"bundled\": false"), ReportingKit.ConsentRule));
        Assert.StartsWith("Assessment of no-consent\n", text);
        Assert.DoesNotContain("Penalty:", text);
        Assert.Contains("UNDETERMINED (1)\n", text);
        Assert.Contains("      Missing: $.consent.obtained\n", text);
    }

    [Fact]
    public void Period_says_when_the_assessment_was_narrowed_to_one_day_or_is_ongoing()
    {
        var day = new Assessor().Assess(Policy.TestData.Example("xpeng-shanghai-2021.json"), new NodaTime.LocalDate(2021, 3, 1));
        Assert.Contains("  Period:       2021-03-01 (that day only)\n", AssessmentTextWriter.ToText(day));
        var ongoing = Policy.TestData.Assessor.Assess(Policy.TestData.Example("tianjin-credit-provider.json"));
        Assert.Contains("  Period:       2022-03-01, ongoing (assessed up to today)\n", AssessmentTextWriter.ToText(ongoing));
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        Assert.Equal("output", Assert.Throws<System.ArgumentNullException>(() => AssessmentTextWriter.Write(null!, ReportingKit.Assess(ReportingKit.NoConsent, Quiet))).ParamName);
        Assert.Equal("assessment", Assert.Throws<System.ArgumentNullException>(() => AssessmentTextWriter.ToText(null!)).ParamName);
    }
}
