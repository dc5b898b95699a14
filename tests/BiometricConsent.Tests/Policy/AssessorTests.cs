using System;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using NodaTime;

namespace BiometricConsent.Tests.Policy;

public class AssessorTests
{
    [Fact]
    public void EveryCoveringRuleAppearsOnceInOrdinalOrder()
    {
        var result = TestData.Assessor.Assess(TestData.Example("tianjin-credit-provider.json"));
        var ids = result.Findings.Select(f => f.RuleId).ToArray();
        var covering = RuleCatalog.Default.Rules.Where(r => Jurisdiction.Tianjin.IsWithin(r.Instrument.Scope)).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        Assert.Equal(covering.Where(r => !r.IsAdvice).Select(r => r.Id), ids);

        // Advice is listed apart, once each, and never counted with the findings under law.
        Assert.Equal(covering.Where(r => r.IsAdvice).Select(r => r.Id), result.Advice.Select(f => f.RuleId));
        Assert.NotEmpty(result.Advice);
        Assert.All(result.Advice, f => Assert.True(f.IsAdvice));
        Assert.All(result.Findings, f => Assert.False(f.IsAdvice));
        Assert.Equal(result.Advice.Count, result.AdviceSummary.Total);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal(ids.Length, result.Summary.Total);
        Assert.Equal(result.Findings.Count(f => f.Outcome == Outcome.Violated), result.Summary.Violated);
    }

    [Fact]
    public void ForeignJurisdictionsGetNoChineseRules()
    {
        var a = TestData.Parse("", jurisdiction: "US-IL");
        Assert.DoesNotContain(TestData.Assessor.Assess(a).Findings, f => f.RuleId.StartsWith("CN-", StringComparison.Ordinal));
        var de = TestData.Parse("", jurisdiction: "DE");
        Assert.DoesNotContain(TestData.Assessor.Assess(de).Findings, f => f.RuleId.StartsWith("CN-", StringComparison.Ordinal));
    }

    [Fact]
    public void TianjinRegulationIsNotInForceBefore2021()
    {
        var a = TestData.Parse("\"processor\": { \"kinds\": [\"MarketCreditInformationProvider\"] }", jurisdiction: "CN-TJ",
            period: "{ \"start\": \"2020-06-01\", \"end\": \"2020-12-31T15:59:59Z\" }");
        var result = TestData.Assessor.Assess(a);
        var f = result.Find("CN-TJ-SCR-16.2")!;
        Assert.Equal(Outcome.NotInForce, f.Outcome);
        Assert.Null(f.Penalty);
        Assert.Contains("2021-01-01", f.Reason);

        // One second later is 2021-01-01 in Tianjin.
        var b = TestData.Parse("\"processor\": { \"kinds\": [\"MarketCreditInformationProvider\"] }", jurisdiction: "CN-TJ",
            period: "{ \"start\": \"2020-06-01\", \"end\": \"2020-12-31T16:00:00Z\" }");
        var g = TestData.Assessor.Assess(b).Find("CN-TJ-SCR-16.2")!;
        Assert.Equal(Outcome.Violated, g.Outcome);
        Assert.Contains("Considered only for the part of the period in force from 2021-01-01", g.Reason);
    }

    [Fact]
    public void MissingDecidingFactsAreUndeterminedWithPaths()
    {
        var a = TestData.Parse("\"processor\": { \"kinds\": [\"BusinessOperator\"] }");
        var f = TestData.Assessor.Assess(a).Find("CN-CRPL-29.1")!;
        Assert.Equal(Outcome.Undetermined, f.Outcome);
        Assert.Equal(new[] { FactPaths.Subjects.Kinds }, f.MissingFacts);
    }

    [Fact]
    public void AsOfNarrowsThePeriodToOneDay()
    {
        var a = TestData.Parse("\"processor\": { \"kinds\": [\"MarketCreditInformationProvider\"] }", jurisdiction: "CN-TJ",
            period: "{ \"start\": \"2020-06-01\" }");
        Assert.Equal(Outcome.NotInForce, TestData.Assessor.Assess(a, new LocalDate(2020, 12, 31)).Find("CN-TJ-SCR-16.2")!.Outcome);
        var later = TestData.Assessor.Assess(a, new LocalDate(2021, 1, 1));
        Assert.Equal(Outcome.Violated, later.Find("CN-TJ-SCR-16.2")!.Outcome);
        Assert.Equal(new LocalDateRange(new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 1)), later.Period);
        Assert.Equal(new LocalDate(2021, 1, 1), later.AsOf);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TestData.Assessor.Assess(a, new LocalDate(2020, 5, 31)));
        Assert.Equal("asOf", e.ParamName);
    }

    [Fact]
    public void DraftsNeverBind()
    {
        var draft = new Instrument("XX-DRAFT", "A draft", "Draft", null, Jurisdiction.China, InstrumentStatus.Draft, EnforcementChannel.Administrative);
        var rule = new Rule("XX-DRAFT-1", draft, "Art. 1", "Always violated.", Verification.Recalled, (in RuleContext c) => Verdict.Violated("always"));
        var assessor = new Assessor(new RuleCatalog(new[] { rule }), new AssessorOptions { Clock = new NodaTime.Testing.FakeClock(TestData.Now) });
        var f = assessor.Assess(TestData.Parse("")).Findings.Single();
        Assert.Equal(Outcome.NotInForce, f.Outcome);
        Assert.Contains("draft", f.Reason);
    }

    [Fact]
    public void OngoingActivitiesRunToTodayOnTheClock()
    {
        var future = new Instrument("XX-LATER", "Later law", "Later", null, Jurisdiction.China, InstrumentStatus.InForce, EnforcementChannel.Administrative, effectiveFrom: new LocalDate(2030, 1, 1));
        var rule = new Rule("XX-LATER-1", future, "Art. 1", "Always violated.", Verification.Recalled, (in RuleContext c) => Verdict.Violated("always"));
        var catalog = new RuleCatalog(new[] { rule });
        var ongoing = TestData.Parse("", period: "{ \"start\": \"2022-01-01\" }");
        var now = new Assessor(catalog, new AssessorOptions { Clock = new NodaTime.Testing.FakeClock(TestData.Now) });
        Assert.Equal(Outcome.NotInForce, now.Assess(ongoing).Findings.Single().Outcome);
        var in2031 = new Assessor(catalog, new AssessorOptions { Clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2031, 1, 1, 0, 0)) });
        Assert.Equal(Outcome.Violated, in2031.Assess(ongoing).Findings.Single().Outcome);
    }

    [Fact]
    public void CatalogRejectsDuplicateIds()
    {
        var e = Assert.Throws<ArgumentException>(() => new RuleCatalog(CrplRules.All.Concat(CrplRules.All)));
        Assert.Equal("rules", e.ParamName);
        var twin = new Instrument("CN-CRPL", "Twin", "Twin", null, Jurisdiction.China, InstrumentStatus.InForce, EnforcementChannel.Administrative);
        var rule = new Rule("CN-CRPL-99", twin, "Art. 99", "s", Verification.Recalled, (in RuleContext c) => Verdict.Satisfied("ok"));
        Assert.Equal("rules", Assert.Throws<ArgumentException>(() => new RuleCatalog(CrplRules.All.Append(rule))).ParamName);
    }
}
