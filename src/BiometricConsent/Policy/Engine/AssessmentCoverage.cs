using System;
using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Policy.Engine;

/// <summary>
/// What an <see cref="Assessment"/> was measured against: the instruments whose scope covers the activity's
/// jurisdiction, how many of their rules there are, and how many were in force on some day of the period. An
/// assessment with no rule in force (<see cref="IsEmpty"/>) says nothing about the activity: it must not be read
/// as a pass (docs/policy-model.md, "Coverage"). Recommended national standards are not counted: their findings are
/// advice (<see cref="Assessment.Advice"/>), and advice alone assesses nothing under law.
/// </summary>
public sealed class AssessmentCoverage
{
    internal AssessmentCoverage(Jurisdiction jurisdiction, LocalDateRange period, Rule[] rules, int rulesInForce)
    {
        var instruments = new List<Instrument>();
        foreach (var rule in rules)
        {
            if (!instruments.Contains(rule.Instrument))
            {
                instruments.Add(rule.Instrument);
            }
        }

        Instruments = instruments.AsReadOnly();
        Rules = rules.Length;
        RulesInForce = rulesInForce;
        Note = rules.Length == 0
            ? $"Nothing was assessed: no instrument of the catalog covers {jurisdiction.Code} (nor a jurisdiction it lies within), so no rule applies. This is not a pass."
            : rulesInForce == 0
                ? $"Nothing was assessed: none of the {rules.Length} rules covering {jurisdiction.Code} is in force on any day of the period {period}. This is not a pass."
                : null;
    }

    /// <summary>The instruments whose scope is the jurisdiction or one of its parents, in the order of their first rule (by rule ID).</summary>
    public IReadOnlyList<Instrument> Instruments { get; }

    /// <summary>How many rules cover the jurisdiction (one finding each).</summary>
    public int Rules { get; }

    /// <summary>How many of those rules were in force on some day of the assessed period (the findings other than <see cref="Outcome.NotInForce"/>).</summary>
    public int RulesInForce { get; }

    /// <summary>Whether any rule covers the jurisdiction; <c>false</c> for a jurisdiction no instrument of the catalog is scoped to (e.g. <c>US-IL</c>, <c>DE</c>).</summary>
    public bool CoversAnyRule => Rules > 0;

    /// <summary>
    /// Whether nothing was assessed: no rule covers the jurisdiction, or none of those that do is in force on any
    /// day of the period (every finding is <see cref="Outcome.NotInForce"/>). Such an assessment has no
    /// violation, yet it is no pass; the command-line tool exits with 4.
    /// </summary>
    public bool IsEmpty => RulesInForce == 0;

    /// <summary>The sentence reports print when <see cref="IsEmpty"/>, else <c>null</c>.</summary>
    public string? Note { get; }

    /// <summary>The counts, for debugging.</summary>
    /// <returns>E.g. <c>62 rules of 8 instruments, 60 in force</c>.</returns>
    public override string ToString() => $"{Rules} rules of {Instruments.Count} instruments, {RulesInForce} in force";
}
