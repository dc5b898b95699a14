using System;
using System.Collections.Generic;
using BiometricConsent.Policy.Model;

namespace BiometricConsent.Policy.Engine;

/// <summary>
/// The findings for one activity: every rule of every instrument covering its jurisdiction, exactly once, ordered
/// by rule ID (ordinal) — the findings under law in <see cref="Findings"/>, the advice of recommended national
/// standards apart in <see cref="Advice"/> (docs/policy-model.md, "Advice").
/// </summary>
public sealed class Assessment
{
    private static readonly Finding[] NoAdvice = Array.Empty<Finding>();
    private readonly Finding[] findings;
    private readonly Finding[] advice;

    internal Assessment(
        Activity activity,
        LocalDateRange period,
        NodaTime.LocalDate? asOf,
        Finding[] findings,
        AssessmentSummary summary,
        AssessmentCoverage coverage,
        Finding[] advice,
        AssessmentSummary adviceSummary)
    {
        Coverage = coverage;
        Activity = activity;
        Period = period;
        AsOf = asOf;
        this.findings = findings;
        Findings = Array.AsReadOnly(findings);
        Summary = summary;
        this.advice = advice;
        Advice = Array.AsReadOnly(advice);
        AdviceSummary = adviceSummary;
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

    /// <summary>The findings under law (binding instruments, drafts and case law), ordered by rule ID (ordinal); never advice.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The outcome counts of <see cref="Findings"/> (advice not included).</summary>
    public AssessmentSummary Summary { get; }

    /// <summary>
    /// The advice of the recommended national standards covering the jurisdiction (<see cref="Finding.IsAdvice"/>),
    /// ordered by rule ID (ordinal); empty after <see cref="WithoutAdvice"/>. A <see cref="Rules.Outcome.Violated"/>
    /// advice finding means the recommendation is not followed; it is no violation and has no penalty.
    /// </summary>
    public IReadOnlyList<Finding> Advice { get; }

    /// <summary>The outcome counts of <see cref="Advice"/>.</summary>
    public AssessmentSummary AdviceSummary { get; }

    /// <summary>
    /// What the activity was assessed against: the instruments covering its jurisdiction and how many of their
    /// rules were in force. When <see cref="AssessmentCoverage.IsEmpty"/>, nothing was assessed and the absence of
    /// violations means nothing.
    /// </summary>
    public AssessmentCoverage Coverage { get; }

    /// <summary>Whether any finding under law is <see cref="Rules.Outcome.Violated"/>; advice never counts.</summary>
    public bool HasViolations => Summary.Violated > 0;

    /// <summary>
    /// This assessment without its advice: the same findings, coverage and summary, <see cref="Advice"/> empty. Used
    /// by reports that must show the law only (the command-line tool's <c>--no-advice</c>).
    /// </summary>
    /// <returns>The assessment without advice (this one when it has none).</returns>
    public Assessment WithoutAdvice() =>
        advice.Length == 0 ? this : new Assessment(Activity, Period, AsOf, findings, Summary, Coverage, NoAdvice, default);

    /// <summary>
    /// The finding for <paramref name="ruleId"/> (a finding under law or advice), or <c>null</c> when that rule does
    /// not cover the jurisdiction or its advice was left out.
    /// </summary>
    /// <param name="ruleId">The rule ID, e.g. <c>CN-CRPL-29.1</c>.</param>
    /// <returns>The finding, or <c>null</c>.</returns>
    public Finding? Find(string ruleId)
    {
        Preconditions.CheckNotNull(ruleId, nameof(ruleId));

        return Search(findings, ruleId) ?? Search(advice, ruleId);
    }

    private static Finding? Search(Finding[] findings, string ruleId)
    {
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
