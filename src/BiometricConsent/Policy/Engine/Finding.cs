using System;
using System.Collections.Generic;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Policy.Engine
{
    /// <summary>The outcome of one rule for one activity, with the reason (docs/policy-model.md, "Outcomes and engine semantics").</summary>
    public sealed class Finding
    {
        private static readonly string[] None = Array.Empty<string>();

        internal Finding(Rule rule, Outcome outcome, string reason, IReadOnlyList<string>? missingFacts, IReadOnlyList<string>? decidingFacts = null)
        {
            Rule = rule;
            Outcome = outcome;
            Reason = reason;
            MissingFacts = missingFacts ?? None;
            DecidingFacts = decidingFacts ?? None;
        }

        /// <summary>The rule.</summary>
        public Rule Rule { get; }

        /// <summary>The rule's ID.</summary>
        public string RuleId => Rule.Id;

        /// <summary>The outcome.</summary>
        public Outcome Outcome { get; }

        /// <summary>Which facts decided the outcome.</summary>
        public string Reason { get; }

        /// <summary>The penalty exposure: the rule's penalty when <see cref="Outcome"/> is <see cref="Outcome.Violated"/>, otherwise <c>null</c>.</summary>
        public string? Penalty => Outcome == Outcome.Violated ? Rule.Penalty : null;

        /// <summary>The JSON paths of the missing deciding facts (non-empty exactly when <see cref="Outcome"/> is <see cref="Outcome.Undetermined"/>).</summary>
        public IReadOnlyList<string> MissingFacts { get; }

        /// <summary>
        /// The JSON paths of the known facts that decided a <see cref="Outcome.Violated"/> finding, when the rule names
        /// them (<see cref="Verdict.DecidingFacts"/>); empty otherwise. Reports use them to point into the activity document.
        /// </summary>
        public IReadOnlyList<string> DecidingFacts { get; }

        /// <summary>The rule ID, outcome and reason, for debugging.</summary>
        /// <returns>E.g. <c>CN-CRPL-29.1 Violated: ...</c>.</returns>
        public override string ToString() => $"{Rule.Id} {Outcome}: {Reason}";
    }
}
