using System;
using System.Collections.Generic;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Tests.Policy
{
    /// <summary>Table-driven rule tests: variations written as <c>path=value; path=value</c>.</summary>
    internal static class RuleCases
    {
        public static object[] Case(string rule, string variation, Outcome outcome, string? detail = null) =>
            new object[] { rule, variation, outcome, detail! };

        /// <summary>
        /// Applies <c>a.b=value</c> assignments: <c>null</c> removes the value (JSON null), <c>true</c>/<c>false</c>
        /// are booleans, digits are numbers, a value with a comma (or a list-valued field) is a string array.
        /// </summary>
        public static ActivityDoc Apply(ActivityDoc doc, string variation)
        {
            foreach (string assignment in variation.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string[] parts = assignment.Split('=');
                string path = parts[0].Trim();
                string value = parts[1].Trim();
                bool list = path.EndsWith("kinds", StringComparison.Ordinal) || path == "purposes" || path == "modalities" || path.EndsWith("elements", StringComparison.Ordinal);
                doc.Set(path, value switch
                {
                    "null" => null,
                    "true" => true,
                    "false" => false,
                    _ when list => value.Split(','),
                    _ when long.TryParse(value, out long n) => n,
                    _ => value,
                });
            }

            return doc;
        }

        public static void AssertFinding(Finding f, Outcome expected, string? detail)
        {
            Assert.True(expected == f.Outcome, $"{f.RuleId}: expected {expected}, got {f.Outcome}: {f.Reason} [{string.Join(", ", f.MissingFacts)}]");
            if (expected == Outcome.Undetermined)
            {
                Assert.NotEmpty(f.MissingFacts);
                if (detail != null)
                {
                    Assert.Contains(detail, f.MissingFacts);
                }
            }
            else
            {
                Assert.Empty(f.MissingFacts);
                if (detail != null)
                {
                    Assert.Contains(detail, f.Reason, StringComparison.Ordinal);
                }
            }

            Assert.Equal(expected == Outcome.Violated ? f.Rule.Penalty : null, f.Penalty);
        }

        /// <summary>Every rule has a firing case and a quiet one (defences: an available and an unavailable case) and an undetermined one.</summary>
        public static void AssertCoverage(IEnumerable<Rule> rules, IEnumerable<object[]> cases, string[]? defencesAndExemptions = null)
        {
            var byRule = cases.GroupBy(c => (string)c[0]).ToDictionary(g => g.Key, g => g.Select(c => (Outcome)c[2]).ToList());
            foreach (Rule rule in rules)
            {
                Assert.True(byRule.ContainsKey(rule.Id), $"{rule.Id} has no test cases");
                List<Outcome> outcomes = byRule[rule.Id];
                bool defence = defencesAndExemptions?.Contains(rule.Id) == true;
                Outcome fires = defence ? Outcome.Satisfied : Outcome.Violated;
                Outcome quiet = defence ? Outcome.NotApplicable : Outcome.Satisfied;
                Assert.True(outcomes.Contains(fires), $"{rule.Id} has no {fires} case");
                Assert.True(outcomes.Contains(quiet) || outcomes.Contains(Outcome.NotApplicable), $"{rule.Id} has no quiet case");
                Assert.True(outcomes.Contains(Outcome.Undetermined), $"{rule.Id} has no Undetermined case");
            }
        }
    }
}
