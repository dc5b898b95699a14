using System;
using NodaTime;

namespace BiometricConsent.Policy.Model;

/// <summary>The CAC filing (<c>filing</c> in docs/activity-format.md; CAC FRT Art. 15: 100,000 persons, 30 working days).</summary>
public sealed class FilingFacts
{
    /// <summary>Creates the facts; omit what is unknown.</summary>
    /// <param name="thresholdReachedOn">The day the stored persons reached 100,000, or <c>null</c> (not reached or unknown).</param>
    /// <param name="filedOn">The day the filing was made, or <c>null</c> (not filed or unknown).</param>
    /// <exception cref="ArgumentException"><paramref name="filedOn"/> is given without <paramref name="thresholdReachedOn"/>.</exception>
    /// <remarks>Filing before the threshold is reached is allowed (a proactive filing); a filing date without the threshold date is not, because the deadline cannot then be checked.</remarks>
    public FilingFacts(LocalDate? thresholdReachedOn = null, LocalDate? filedOn = null)
    {
        if (filedOn != null && thresholdReachedOn is null)
        {
            throw FactGuard.Invalid(FactPaths.Filing.FiledOn, "filedOn is given without thresholdReachedOn; give the day the 100,000-person threshold was reached.");
        }

        ThresholdReachedOn = thresholdReachedOn;
        FiledOn = filedOn;
    }

    /// <summary>The day the stored persons reached 100,000. JSON <c>$.filing.thresholdReachedOn</c>.</summary>
    public LocalDate? ThresholdReachedOn { get; }

    /// <summary>The day the filing was made. JSON <c>$.filing.filedOn</c>.</summary>
    public LocalDate? FiledOn { get; }
}
