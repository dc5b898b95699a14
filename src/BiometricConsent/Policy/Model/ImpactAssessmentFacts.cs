using System;
using NodaTime;

namespace BiometricConsent.Policy.Model;

/// <summary>The personal-information protection impact assessment (<c>impactAssessment</c> in docs/activity-format.md; PIPL Art. 55–56, CAC FRT Art. 9).</summary>
public sealed class ImpactAssessmentFacts
{
    /// <summary>Creates the facts; omit what is unknown.</summary>
    /// <param name="done">Whether an impact assessment was carried out.</param>
    /// <param name="completedOn">When it was completed (a local date in the jurisdiction's zone).</param>
    /// <exception cref="ArgumentException"><paramref name="completedOn"/> is given while <paramref name="done"/> is false.</exception>
    public ImpactAssessmentFacts(bool? done = null, LocalDate? completedOn = null)
    {
        if (completedOn != null && done == false)
        {
            throw FactGuard.Invalid(FactPaths.ImpactAssessment.CompletedOn, "completedOn is given but done is false; the two contradict each other.");
        }

        Done = done;
        CompletedOn = completedOn;
    }

    /// <summary>Whether an impact assessment was carried out. JSON <c>$.impactAssessment.done</c>.</summary>
    public bool? Done { get; }

    /// <summary>When it was completed. JSON <c>$.impactAssessment.completedOn</c>.</summary>
    public LocalDate? CompletedOn { get; }
}
