using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Tests.Policy.Rules;

/// <summary>
/// Every rule has tests that name its behaviour: in the test class of its instrument (<c>PiplRules</c> →
/// <c>PiplRulesTests</c>), methods <c>Art29_is_violated_…</c>, <c>Art29_is_satisfied_…</c> or
/// <c>Art29_does_not_apply_…</c>, and <c>Art29_is_undetermined_…</c> (holdings: <c>Holding1_4_…</c>). A defence
/// fires when it is satisfied.
/// </summary>
public class RuleTestCoverageTests
{
    private static readonly string[] Defences = { "CN-SPC-FR-5.1", "CN-SPC-FR-5.2", "CN-SPC-FR-5.3", "CN-SPC-FR-5.4" };

    // PIPL Art. 54 fixes no audit interval, so no facts show a breach of "regularly" (docs/policy-rules-notes.md);
    // the interval the CAC set for large processors is CN-CAC-PICA-19, which does fire.
    private static readonly string[] NeverViolated = { "CN-PIPL-54" };

    [Fact]
    public void Every_rule_has_a_firing_a_quiet_and_an_undetermined_test()
    {
        var gaps = new List<string>();
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var instrument = InstrumentClass(rule);
            // The test class lives in the namespace of the rule class, under Tests (…Rules.China → …Tests.Policy.Rules.China).
            var tests = typeof(RuleTestCoverageTests).Assembly.GetType($"BiometricConsent.Tests.Policy.Rules.{instrument.Namespace!.Substring(RulesNamespace.Length)}.{instrument.Name}Tests");
            if (tests is null)
            {
                gaps.Add($"{rule.Id}: no test class {instrument.Name}Tests");
                continue;
            }

            var label = (rule.Instrument.Status == InstrumentStatus.CaseLaw ? "Holding" : "Art") + rule.Id.Substring(rule.Instrument.Id.Length + 1).Replace('.', '_') + "_";
            var names = tests.GetMethods().Where(m => m.GetCustomAttribute<FactAttribute>() != null && m.Name.StartsWith(label, StringComparison.Ordinal))
                .Select(m => m.Name.Substring(label.Length)).ToArray();
            var defence = Array.IndexOf(Defences, rule.Id) >= 0;
            if (Array.IndexOf(NeverViolated, rule.Id) < 0)
            {
                Require(gaps, rule, names, defence ? "is_satisfied" : "is_violated");
            }

            Require(gaps, rule, names, defence ? "does_not_apply" : "is_satisfied", "does_not_apply");
            Require(gaps, rule, names, "is_undetermined");
        }

        Assert.Empty(gaps);
    }

    private static void Require(List<string> gaps, Rule rule, string[] names, params string[] behaviours)
    {
        if (!names.Any(n => behaviours.Any(b => n.StartsWith(b, StringComparison.Ordinal))))
        {
            gaps.Add($"{rule.Id}: no test named …_{string.Join(" or …_", behaviours)}_…");
        }
    }

    private const string RulesNamespace = "BiometricConsent.Policy.Rules.";

    private static Type InstrumentClass(Rule rule) =>
        typeof(Rule).Assembly.GetTypes().Single(t => t.Namespace is string ns && ns.StartsWith(RulesNamespace, StringComparison.Ordinal) &&
            t.GetProperty("Instrument", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) == rule.Instrument);
}
