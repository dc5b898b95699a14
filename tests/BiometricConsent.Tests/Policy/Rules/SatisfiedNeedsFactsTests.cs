using System.Collections.Generic;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;

namespace BiometricConsent.Tests.Policy.Rules;

/// <summary>
/// "Satisfied needs facts", over the whole catalog: an activity in which the facts a rule declares it reads are
/// absent never gets <see cref="Outcome.Satisfied"/> from that rule, whatever the other facts say. Generated,
/// seeded activities (<see cref="ActivityGenerator"/>): the examples, the rule tests' activities and random variations.
/// </summary>
public class SatisfiedNeedsFactsTests
{
    private const int Seed = 909;

    private const int Activities = 400;

    // The period is required and absent modalities mean "face only": neither can be made unknown.
    private static readonly string[] NotRemovable = { FactPaths.Period.Self, FactPaths.Modalities };

    [Fact]
    public void No_rule_is_Satisfied_when_the_facts_it_declares_are_absent()
    {
        var satisfied = new List<string>();
        var evaluated = new HashSet<string>();
        foreach (var document in ActivityGenerator.Documents(Seed, Activities))
        {
            foreach (var rule in RuleCatalog.Default.Rules)
            {
                var without = document.DeepClone().AsObject();
                foreach (var path in rule.Checks.Paths.Concat(rule.Mentions.Paths).Where(p => !NotRemovable.Contains(p)))
                {
                    FactValues.Set(without, path, null);
                }

                // Removing facts cannot create a contradiction the model rejects, except a filing date left without
                // its threshold date; such a document is simply not an activity.
                if (ActivityGenerator.TryParse(without) is not Activity activity || DeclarationSurvey.Evaluate(rule, activity) is not Verdict verdict)
                {
                    continue;
                }

                evaluated.Add(rule.Id);
                if (verdict.Outcome == Outcome.Satisfied && satisfied.Count < 20)
                {
                    satisfied.Add($"{rule.Id} in {document["id"]}: {verdict.Reason}");
                }
            }
        }

        Assert.Empty(satisfied);
        // Every rule was actually evaluated without its facts on some generated activity.
        Assert.Empty(RuleCatalog.Default.Rules.Select(r => r.Id).Except(evaluated));
    }

    [Fact]
    public void The_principle_catches_a_rule_that_is_Satisfied_by_default()
    {
        // A rule that declares a fact but passes without it: the very defect the property test exists to catch.
        var careless = new Rule("CN-PIPL-999", PiplRules.Instrument, "Art. 999", "Careless.", Verification.Recalled,
            (in RuleContext c) => c.Encrypted().IsFalse ? Verdict.Violated("Not encrypted.") : Verdict.Satisfied("Fine."),
            checks: FactSet.Of(FactPaths.Storage.Encrypted));
        var activity = ActivityGenerator.TryParse(TestActivity.Office.With("storage.encrypted", null).Document)!;
        Assert.Equal(Outcome.Satisfied, DeclarationSurvey.Evaluate(careless, activity)?.Outcome);
    }
}
