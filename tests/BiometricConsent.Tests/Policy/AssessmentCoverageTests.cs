using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Tests.Reporting;

namespace BiometricConsent.Tests.Policy;

/// <summary><see cref="Assessment.Coverage"/>: what an assessment was measured against, and when it was measured against nothing.</summary>
public class AssessmentCoverageTests
{
    // Since issue 13 every jurisdiction the reader accepts is covered by the default catalog (China, US-IL, US-TX, the
    // EU); a catalog without the EU rules is how an application with a narrower catalog meets the uncovered case.
    private static readonly Assessor WithoutEuRules = new(new RuleCatalog(
        RuleCatalog.Default.Rules.Where(r => r.Instrument.Scope.Code != "EU")));

    [Theory]
    [InlineData("DE")]
    [InlineData("PT-20")]
    public void A_jurisdiction_no_instrument_covers_is_nothing_assessed(string code)
    {
        var a = WithoutEuRules.Assess(TestData.Parse(@"""legalBasis"": ""None""", jurisdiction: code));
        Assert.Empty(a.Findings);
        Assert.False(a.HasViolations);
        Assert.False(a.Coverage.CoversAnyRule);
        Assert.True(a.Coverage.IsEmpty);
        Assert.Empty(a.Coverage.Instruments);
        Assert.Equal(0, a.Coverage.Rules);
        Assert.Contains($"no instrument of the catalog covers {code}", a.Coverage.Note);
        Assert.Contains("  Coverage:     Nothing was assessed: ", AssessmentTextWriter.ToText(a, "a.json"));
    }

    [Theory]
    [InlineData("CN", "CN-CRPL")]
    [InlineData("CN-SH", "CN-PIPL")]
    [InlineData("CN-TJ", "CN-TJ-SCR")]
    [InlineData("US-IL", "US-IL-BIPA")]
    [InlineData("US-TX", "US-TX-CUBI")]
    [InlineData("DE", "EU-GDPR")]
    [InlineData("PT-20", "EU-AIA")]
    public void A_covered_jurisdiction_lists_its_instruments(string code, string instrument)
    {
        var a = TestData.Assessor.Assess(TestData.Parse("", jurisdiction: code));
        Assert.True(a.Coverage.CoversAnyRule);
        Assert.False(a.Coverage.IsEmpty);
        Assert.Null(a.Coverage.Note);
        Assert.Contains(a.Coverage.Instruments, i => i.Id == instrument);
        Assert.Equal(a.Findings.Count, a.Coverage.Rules);
        Assert.Equal(a.Findings.Count(f => f.Outcome != Outcome.NotInForce), a.Coverage.RulesInForce);
        Assert.Equal(a.Findings.Select(f => f.Rule.Instrument).Distinct(), a.Coverage.Instruments);
        Assert.DoesNotContain("Coverage:", AssessmentTextWriter.ToText(a));
    }

    [Fact]
    public void Shanghai_never_gets_Tianjin()
    {
        var a = TestData.Assessor.Assess(TestData.Parse("", jurisdiction: "CN-SH"));
        Assert.DoesNotContain(a.Coverage.Instruments, i => i.Id == "CN-TJ-SCR");
    }

    [Fact]
    public void Rules_none_of_which_is_in_force_are_nothing_assessed()
    {
        // The test instrument is in force from 2020-01-01; the activity ends in 2019.
        var a = ReportingKit.Assess(
            TestData.Document(@"""legalBasis"": ""Consent"", ""consent"": { ""obtained"": false }", "CN-BJ", @"{ ""start"": ""2019-01-01"", ""end"": ""2019-12-31"" }"),
            ReportingKit.ConsentRule);
        Assert.Equal(new[] { "NotInForce" }, ReportingKit.Outcomes(a));
        Assert.True(a.Coverage.CoversAnyRule);
        Assert.True(a.Coverage.IsEmpty);
        Assert.Equal(0, a.Coverage.RulesInForce);
        Assert.Equal(1, a.Coverage.Rules);
        Assert.Equal("none of the 1 rules covering CN-BJ is in force on any day of the period 2019-01-01/2019-12-31", a.Coverage.Note!.Split(": ", 2)[1].Split(". ")[0]);
        Assert.Contains("\"nothingAssessed\": true", AssessmentJsonWriter.ToJson(a));
        Assert.Contains("Nothing assessed", AssessmentMarkdownWriter.ToMarkdown(new[] { new AssessedDocument(a, "a.json") }));
        Assert.Contains("toolExecutionNotifications", SarifWriter.ToSarif(new[] { new AssessedDocument(a, "a.json") }));
    }

    [Fact]
    public void An_EU_activity_before_the_GDPR_is_nothing_assessed()
    {
        // Issue 13: member states are covered; before 2018-05-25 (and the AI Act) no rule of theirs is in force.
        var a = TestData.Assessor.Assess(TestData.Parse(@"""legalBasis"": ""None""", jurisdiction: "DE", period: @"{ ""start"": ""2015-01-01"", ""end"": ""2017-12-31"" }"));
        Assert.True(a.Coverage.CoversAnyRule);
        Assert.True(a.Coverage.IsEmpty);
        Assert.Equal(0, a.Coverage.RulesInForce);
        Assert.Equal(new[] { "EU-GDPR", "EU-AIA" }, a.Coverage.Instruments.Select(i => i.Id).OrderByDescending(id => id, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Seed_cases_are_covered()
    {
        foreach (var name in new[] { "xpeng-shanghai-2021.json", "guo-bing-safari-park.json", "tianjin-credit-provider.json" })
        {
            Assert.False(TestData.Assessor.Assess(TestData.Example(name)).Coverage.IsEmpty, name);
        }
    }
}
