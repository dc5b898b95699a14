using System;
using System.Linq;
using System.Text.Json.Nodes;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Serialization;
using BiometricConsent.Tests.Policy.Support;

namespace BiometricConsent.Tests.Policy;

public class CatalogTests
{
    [Fact]
    public void EveryDefaultRuleIsCitedAndDated()
    {
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            Assert.StartsWith(rule.Instrument.Id + "-", rule.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(rule.Article));
            Assert.False(string.IsNullOrWhiteSpace(rule.Statement));
            Assert.True(Enum.IsDefined(typeof(Verification), rule.Verification));
            var dated = rule.Instrument.Status == InstrumentStatus.InForce || rule.Instrument.Status == InstrumentStatus.Superseded;
            Assert.Equal(dated, rule.EffectiveFrom != null);
            Assert.Same(rule, RuleCatalog.Default.Find(rule.Id));
        }

        Assert.Equal(RuleCatalog.Default.Rules.Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal), RuleCatalog.Default.Rules.Select(r => r.Id));
        Assert.Null(RuleCatalog.Default.Find("CN-NOPE-1"));
    }

    [Fact]
    public void JurisdictionsSeeTheirOwnAndTheirParentsRules()
    {
        Assert.Contains(RuleCatalog.Default.For(Jurisdiction.Tianjin), r => r.Id == "CN-TJ-SCR-16.2");
        Assert.Contains(RuleCatalog.Default.For(Jurisdiction.Tianjin), r => r.Id == "CN-SPC-FR-2.3");
        Assert.DoesNotContain(RuleCatalog.Default.For(Jurisdiction.Parse("CN-SH")), r => r.Id.StartsWith("CN-TJ-", StringComparison.Ordinal));
        Assert.DoesNotContain(RuleCatalog.Default.For(Jurisdiction.China), r => r.Id.StartsWith("CN-TJ-", StringComparison.Ordinal));
        Assert.DoesNotContain(RuleCatalog.Default.For(Jurisdiction.Parse("US-IL")), r => r.Id.StartsWith("CN-", StringComparison.Ordinal));
        Assert.Contains(RuleCatalog.Default.Instruments, i => i.Id == "CN-SPC-FR");
    }

    /// <summary>
    /// Knocks random facts out of the compliant document (deterministically): no rule may throw, an Undetermined
    /// finding always names missing facts, and no other outcome does.
    /// </summary>
    [Fact]
    public void RulesNeverThrowAndOnlyUndeterminedFindingsNameMissingFacts()
    {
        var random = new Random(20210801);
        string[] jurisdictions = { "CN-SH", "CN-TJ", "CN" };
        for (var round = 0; round < 400; round++)
        {
            var root = JsonNode.Parse(TestActivity.Mall.Json)!.AsObject();
            root["jurisdiction"] = jurisdictions[round % jurisdictions.Length];
            KnockOut(root, random, keep: new[] { "jurisdiction", "period" });
            Activity a;
            try
            {
                a = ActivityJson.Parse(root.ToJsonString());
            }
            catch (ActivityFormatException)
            {
                continue; // knocking out e.g. consent.obtained alone never contradicts, but be safe.
            }

            foreach (var f in TestData.Assessor.Assess(a).Findings)
            {
                Assert.Equal(f.Outcome == Outcome.Undetermined, f.MissingFacts.Count > 0);
                Assert.All(f.MissingFacts, p => Assert.StartsWith("$.", p, StringComparison.Ordinal));
            }
        }
    }

    private static void KnockOut(JsonObject obj, Random random, string[] keep)
    {
        foreach (var name in obj.Select(p => p.Key).ToArray())
        {
            if (Array.IndexOf(keep, name) >= 0)
            {
                continue;
            }

            if (obj[name] is JsonObject child && random.Next(3) > 0)
            {
                KnockOut(child, random, Array.Empty<string>());
            }
            else if (random.Next(3) == 0)
            {
                obj.Remove(name);
            }
        }
    }
}
