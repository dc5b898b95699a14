using System;
using System.Collections.Generic;
using BiometricConsent.Policy.Model;

namespace BiometricConsent.Policy.Engine;

/// <summary>
/// The findings for one activity: every rule of every instrument covering its jurisdiction, exactly once, ordered
/// by rule ID (ordinal).
/// </summary>
public sealed class Assessment
{
    private readonly Finding[] findings;

    internal Assessment(Activity activity, LocalDateRange period, NodaTime.LocalDate? asOf, Finding[] findings, AssessmentSummary summary, AssessmentCoverage coverage)
    {
        Coverage = coverage;
        Activity = activity;
        Period = period;
        AsOf = asOf;
        this.findings = findings;
        Findings = Array.AsReadOnly(findings);
        Summary = summary;
    }

    /// <summary>The activity assessed.</summary>
    public Activity Activity { get; }

    /// <summary>The activity's ID, or <c>null</c>.</summary>
    public string? ActivityId => Activity.Id;

    /// <summary>The activity's jurisdiction.</summary>
    public Jurisdiction Jurisdiction => Activity.Jurisdiction;

    /// <summary>
    /// The period assessed, as local dates in the jurisdiction's zone: the activity's dates, or the single day
    /// <see cref="AsOf"/>. The end is <c>null</c> for an ongoing activity.
    /// </summary>
    public LocalDateRange Period { get; }

    /// <summary>The day the assessment was narrowed to, or <c>null</c> when the whole period was assessed.</summary>
    public NodaTime.LocalDate? AsOf { get; }

    /// <summary>The findings, ordered by rule ID (ordinal).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The outcome counts.</summary>
    public AssessmentSummary Summary { get; }

    /// <summary>
    /// What the activity was assessed against: the instruments covering its jurisdiction and how many of their
    /// rules were in force. When <see cref="AssessmentCoverage.IsEmpty"/>, nothing was assessed and the absence of
    /// violations means nothing.
    /// </summary>
    public AssessmentCoverage Coverage { get; }

    /// <summary>Whether any finding is <see cref="Rules.Outcome.Violated"/>.</summary>
    public bool HasViolations => Summary.Violated > 0;

    /// <summary>The finding for <paramref name="ruleId"/>, or <c>null</c> when that rule does not cover the jurisdiction.</summary>
    /// <param name="ruleId">The rule ID, e.g. <c>CN-CRPL-29.1</c>.</param>
    /// <returns>The finding, or <c>null</c>.</returns>
    public Finding? Find(string ruleId)
    {
        Preconditions.CheckNotNull(ruleId, nameof(ruleId));

        int lo = 0, hi = findings.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = string.CompareOrdinal(findings[mid].RuleId, ruleId);
            if (c == 0)
            {
                return findings[mid];
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }
}
