using System;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Policy.Serialization;
using NodaTime;

namespace BiometricConsent.Tests.Policy
{
    /// <summary>The documented enforcement cases, as example files in docs/examples (docs/rules-catalog.md cites their instruments).</summary>
    public class SeedCaseTests
    {
        [Fact]
        public void XPengShanghai2021()
        {
            Assessment result = TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json"));

            Finding crpl = result.Find("CN-CRPL-29.1")!;
            Assert.Equal(Outcome.Violated, crpl.Outcome);
            Assert.Equal(CrplRules.Art56Penalty, crpl.Penalty);
            Assert.Contains("without their consent", crpl.Reason);
            Assert.Equal("xpeng-shanghai-2021", result.ActivityId);
            Assert.Equal(new LocalDateRange(new LocalDate(2021, 1, 1), new LocalDate(2021, 6, 30)), result.Period);

            // January–June 2021 predates the SPC FR Provisions (2021-08-01) — and PIPL (2021-11-01).
            Assert.All(result.Findings.Where(f => f.RuleId.StartsWith("CN-SPC-FR-", StringComparison.Ordinal)), f => Assert.Equal(Outcome.NotInForce, f.Outcome));
            Assert.All(result.Findings.Where(f => f.RuleId.StartsWith("CN-PIPL-", StringComparison.Ordinal)), f => Assert.Equal(Outcome.NotInForce, f.Outcome));
            Assert.Equal(SpcFrProvisionsRules.All.Count, result.Findings.Count(f => f.RuleId.StartsWith("CN-SPC-FR-", StringComparison.Ordinal)));
            Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("CN-TJ-", StringComparison.Ordinal));
        }

        [Fact]
        public void TianjinCreditProviderWithWrittenSeparateConsent()
        {
            Assessment result = TestData.Assessor.Assess(TestData.Example("tianjin-credit-provider.json"));
            Finding f = result.Find("CN-TJ-SCR-16.2")!;
            Assert.Equal(Outcome.Violated, f.Outcome);
            Assert.Contains("written or separate consent obtained does not cure it", f.Reason);
            Assert.Equal(Outcome.Satisfied, result.Find("CN-TJ-SCR-16.1")!.Outcome);
        }

        [Fact]
        public void TheSameFactsInShanghaiHaveNoTianjinFinding()
        {
            string json = TestData.ExampleText("tianjin-credit-provider.json").Replace("\"CN-TJ\"", "\"CN-SH\"");
            Assessment result = TestData.Assessor.Assess(ActivityJson.Parse(json));
            Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("CN-TJ-", StringComparison.Ordinal));
            Assert.False(result.HasViolations, string.Join("; ", result.Findings.Where(f => f.Outcome == Outcome.Violated)));
        }

        [Fact]
        public void GuoBingSafariPark()
        {
            Assessment result = TestData.Assessor.Assess(TestData.Example("guo-bing-safari-park.json"));
            Assert.Equal(Outcome.Violated, result.Find("CN-CASE-GB-1.4")!.Outcome);
            Assert.Equal(Outcome.Violated, result.Find("CN-CASE-GB-2.3")!.Outcome);
            Assert.Equal(Outcome.Violated, result.Find("CN-CASE-GB-2.4")!.Outcome);
            // 2019: the SPC FR Provisions were not yet in force; the CRPL was (no consent to the new purpose).
            Assert.All(result.Findings.Where(f => f.RuleId.StartsWith("CN-SPC-FR-", StringComparison.Ordinal)), f => Assert.Equal(Outcome.NotInForce, f.Outcome));
            Assert.Equal(Outcome.Violated, result.Find("CN-CRPL-29.1")!.Outcome);
        }

        [Fact]
        public void GuoBingFactsAfter2021WouldBreachTheSpcProvisions()
        {
            string json = TestData.ExampleText("guo-bing-safari-park.json")
                .Replace("\"start\": \"2019-04-27\", \"end\": \"2019-10-28\"", "\"start\": \"2021-09-01\", \"end\": \"2021-10-31\"");
            Assessment result = TestData.Assessor.Assess(ActivityJson.Parse(json));
            Assert.Equal(Outcome.Violated, result.Find("CN-SPC-FR-2.4")!.Outcome);
            Assert.Equal(Outcome.Violated, result.Find("CN-SPC-FR-12")!.Outcome);
            Assert.Equal(Outcome.Violated, result.Find("CN-SPC-FR-2.8")!.Outcome);
        }
    }
}
