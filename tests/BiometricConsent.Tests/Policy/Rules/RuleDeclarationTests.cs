using System.Collections.Generic;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Tests.Policy.Support;

namespace BiometricConsent.Tests.Policy.Rules;

/// <summary>
/// Each rule's declaration (<see cref="Rule.Checks"/>, <see cref="Rule.Mentions"/>) says exactly what its
/// evaluation reads, over the whole catalog and generated activities (<see cref="DeclarationSurvey"/>).
/// </summary>
public class RuleDeclarationTests : IClassFixture<DeclarationSurvey>
{
    private readonly DeclarationSurvey survey;

    public RuleDeclarationTests(DeclarationSurvey survey) => this.survey = survey;

    [Fact]
    public void Changing_a_fact_a_rule_does_not_declare_never_changes_its_finding()
    {
        Assert.True(survey.Comparisons > 1_000_000, $"Only {survey.Comparisons} comparisons.");
        Assert.Empty(survey.UndeclaredChanges);
    }

    [Fact]
    public void Removing_a_checked_fact_never_yields_Satisfied_where_a_value_of_it_is_a_breach_or_undetermined()
    {
        Assert.Empty(survey.SatisfiedWhileUnknown);
    }

    [Fact]
    public void Every_checked_fact_can_change_the_outcome_and_every_mentioned_fact_the_reason()
    {
        var idle = new List<string>();
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            idle.AddRange(rule.Checks.Paths.Where(p => !survey.ChangedOutcome(rule, p)).Select(p => $"{rule.Id} checks {p}"));
            idle.AddRange(rule.Mentions.Paths.Where(p => !survey.ChangedReason(rule, p)).Select(p => $"{rule.Id} mentions {p}"));
        }

        Assert.True(idle.Count == 0, string.Join("\n", idle));
    }

    [Fact]
    public void Verdicts_name_only_declared_facts()
    {
        Assert.Empty(survey.UndeclaredPaths);
    }

    [Fact]
    public void Every_rule_declares_what_it_checks()
    {
        Assert.All(RuleCatalog.Default.Rules, r => Assert.False(r.Checks.IsEmpty, r.Id));
    }
}
