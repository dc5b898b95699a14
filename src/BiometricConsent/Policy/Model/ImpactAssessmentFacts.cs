using System;
using System.Collections.Generic;
using NodaTime;

namespace BiometricConsent.Policy.Model;

/// <summary>The personal-information protection impact assessment (<c>impactAssessment</c> in docs/activity-format.md; PIPL Art. 55–56, CAC FRT Art. 9).</summary>
public sealed class ImpactAssessmentFacts
{
    private readonly ulong coverMask;

    /// <summary>Creates the facts; omit what is unknown.</summary>
    /// <param name="done">Whether an impact assessment was carried out.</param>
    /// <param name="completedOn">When it was completed (a local date in the jurisdiction's zone).</param>
    /// <param name="covers">What the assessment covers (may be empty; PIPL Art. 56 ¶1), or <c>null</c> when unknown.</param>
    /// <param name="reportKeptThreeYears">Whether its report and the processing records are kept at least 3 years (PIPL Art. 56 ¶2).</param>
    /// <exception cref="ArgumentException">A detail of the assessment is given while <paramref name="done"/> is false, or <paramref name="covers"/> repeats an element or holds an undefined value.</exception>
    public ImpactAssessmentFacts(bool? done = null, LocalDate? completedOn = null, IEnumerable<ImpactAssessmentElement>? covers = null, bool? reportKeptThreeYears = null)
    {
        if (completedOn != null && done == false)
        {
            throw FactGuard.Invalid(FactPaths.ImpactAssessment.CompletedOn, "completedOn is given but done is false; the two contradict each other.");
        }

        Covers = FactGuard.EnumList(covers, FactPaths.ImpactAssessment.Covers, allowEmpty: true, out coverMask);
        if (done == false && Covers?.Count > 0)
        {
            throw FactGuard.Invalid(FactPaths.ImpactAssessment.Covers, "covers lists what the assessment covers but done is false; the two contradict each other.");
        }

        FactGuard.TrueOnlyIf(reportKeptThreeYears, FactPaths.ImpactAssessment.ReportKeptThreeYears, done, FactPaths.ImpactAssessment.Done);
        Done = done;
        CompletedOn = completedOn;
        ReportKeptThreeYears = reportKeptThreeYears;
    }

    /// <summary>Whether an impact assessment was carried out. JSON <c>$.impactAssessment.done</c>.</summary>
    public bool? Done { get; }

    /// <summary>When it was completed. JSON <c>$.impactAssessment.completedOn</c>.</summary>
    public LocalDate? CompletedOn { get; }

    /// <summary>What the assessment covers, or <c>null</c> when unknown. JSON <c>$.impactAssessment.covers</c>.</summary>
    public IReadOnlyList<ImpactAssessmentElement>? Covers { get; }

    /// <summary>Whether the report and processing records are kept at least 3 years. JSON <c>$.impactAssessment.reportKeptThreeYears</c>.</summary>
    public bool? ReportKeptThreeYears { get; }

    /// <summary>
    /// Whether the assessment covers <paramref name="element"/>: <c>false</c> when none was done, <c>null</c> when
    /// what it covers is unknown.
    /// </summary>
    /// <param name="element">The element.</param>
    public bool? Includes(ImpactAssessmentElement element) =>
        Done == false ? false : Covers is null ? (bool?)null : FactGuard.Has(coverMask, (int)element);
}
