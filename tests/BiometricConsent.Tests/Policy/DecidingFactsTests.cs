using System.Linq;
using System.Text.Json.Nodes;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Tests.Policy.Support;

namespace BiometricConsent.Tests.Policy;

/// <summary><see cref="Finding.DecidingFacts"/> over generated activities: checked facts only, and never empty on a violation.</summary>
public class DecidingFactsTests
{
    [Fact]
    public void Deciding_facts_are_checked_facts_and_every_violation_names_some()
    {
        var violations = 0;
        foreach (var document in ActivityGenerator.Documents(4242, 300))
        {
            if (ActivityGenerator.TryParse(document) is not Activity activity)
            {
                continue;
            }

            foreach (var f in TestData.Assessor.Assess(activity).Findings)
            {
                Assert.All(f.DecidingFacts, p => Assert.True(f.Rule.Checks.Contains(p), $"{f.RuleId} {f.Outcome}: {p} is not among its checks"));
                Assert.Equal(f.DecidingFacts.Distinct().Count(), f.DecidingFacts.Count);
                Assert.DoesNotContain(f.DecidingFacts, f.MissingFacts.Contains);
                if (f.Outcome == Outcome.Violated)
                {
                    violations++;
                    Assert.True(f.DecidingFacts.Count > 0, $"{f.RuleId} is violated but names no deciding fact");
                }

                if (f.Outcome == Outcome.NotInForce)
                {
                    Assert.Empty(f.DecidingFacts);
                }
            }
        }

        Assert.True(violations > 100, $"only {violations} violations");
    }

    [Fact]
    public void Every_violation_names_its_breach_rather_than_falling_back_on_what_was_read()
    {
        var silent = new System.Collections.Generic.SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var document in ActivityGenerator.Documents(777, 300))
        {
            if (ActivityGenerator.TryParse(document) is not Activity activity || activity.Dates.End is not NodaTime.LocalDate end)
            {
                continue;
            }

            foreach (var rule in RuleCatalog.Default.Rules)
            {
                var v = rule.Evaluate(activity, activity.Dates.Start, end, BiometricConsent.Policy.Calendars.WeekdayCalendar.Instance);
                if (v.Outcome == Outcome.Violated && v.DecidingFacts.Count == 0)
                {
                    silent.Add(rule.Id + ": " + v.Reason);
                }
            }
        }

        Assert.Empty(silent);
    }

    [Fact]
    public void A_notice_not_given_decides_for_its_timing_and_contents()
    {
        var a = TestData.Parse(@"""processor"": { ""kinds"": [""BusinessOperator""] }, ""subjects"": { ""kinds"": [""Consumer""] }, ""legalBasis"": ""Consent"", ""consent"": { ""obtained"": true, ""separate"": true }, ""notice"": { ""given"": false }");
        var pipl17 = TestData.Assessor.Assess(a).Find("CN-PIPL-17")!;
        Assert.Equal(Outcome.Violated, pipl17.Outcome);
        Assert.Contains(FactPaths.Notice.Given, pipl17.DecidingFacts);
        Assert.DoesNotContain(FactPaths.Notice.BeforeProcessing, pipl17.DecidingFacts);
    }
}
