using System;
using System.Collections.Generic;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Policy.Engine;

/// <summary>The outcome of one rule for one activity, with the reason (docs/policy-model.md, "Outcomes and engine semantics").</summary>
public sealed class Finding
{
    private static readonly string[] None = Array.Empty<string>();
    private readonly FactMask decidingMask;
    private IReadOnlyList<string>? decidingFacts;

    internal Finding(Rule rule, Outcome outcome, string reason, IReadOnlyList<string>? missingFacts, FactMask decidingFacts = default)
    {
        Rule = rule;
        Outcome = outcome;
        Reason = reason;
        MissingFacts = missingFacts ?? None;
        decidingMask = decidingFacts;
    }

    /// <summary>The rule.</summary>
    public Rule Rule { get; }

    /// <summary>The rule's ID.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The outcome. For advice (<see cref="IsAdvice"/>) <see cref="Outcome.Violated"/> means "the recommendation is not followed".</summary>
    public Outcome Outcome { get; }

    /// <summary>
    /// Whether the finding is advice from a recommended national standard rather than a finding under law: it is
    /// listed in <see cref="Assessment.Advice"/>, never in <see cref="Assessment.Findings"/>, and never counts as a
    /// violation.
    /// </summary>
    public bool IsAdvice => Rule.IsAdvice;

    /// <summary>Which facts decided the outcome.</summary>
    public string Reason { get; }

    /// <summary>The penalty exposure: the rule's penalty when <see cref="Outcome"/> is <see cref="Outcome.Violated"/>, otherwise <c>null</c>.</summary>
    public string? Penalty => Outcome == Outcome.Violated ? Rule.Penalty : null;

    /// <summary>The JSON paths of the missing deciding facts (non-empty exactly when <see cref="Outcome"/> is <see cref="Outcome.Undetermined"/>).</summary>
    public IReadOnlyList<string> MissingFacts { get; }

    /// <summary>
    /// The JSON paths of the known facts that decided the finding, in the order of the activity format, always
    /// among the rule's <see cref="Rule.Checks"/>: those the rule named (<see cref="Verdict.DecidingFacts"/>: the
    /// breached requirements of a violation, the absent trigger of a not-applicable finding), else every checked
    /// fact the evaluation read and found known. A fact may be a default absent from the document
    /// (<c>$.modalities</c>; <c>$.notice.given</c> false standing for the notice's timing, signs and contents).
    /// Empty for <see cref="Outcome.NotInForce"/> (the engine decides it from the rule's dates) and when nothing
    /// known was read. Reports use them to point into the activity document (the SARIF region).
    /// </summary>
    public IReadOnlyList<string> DecidingFacts =>
        decidingFacts ??= decidingMask.IsEmpty ? None : Array.AsReadOnly(FactIndex.PathsOf(decidingMask));

    /// <summary>The rule ID, outcome and reason, for debugging.</summary>
    /// <returns>E.g. <c>CN-CRPL-29.1 Violated: ...</c>.</returns>
    public override string ToString() => $"{Rule.Id} {Outcome}: {Reason}";
}
