using System;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// When the processing happens, as given: a start and, unless the activity is ongoing, an end, each a date or
/// an instant. Both ends are inclusive. Use <see cref="InZone"/> to obtain the local dates.
/// </summary>
public sealed class ActivityPeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first moment or day of processing.</param>
    /// <param name="end">The last moment or day of processing, or <c>null</c> when the activity is ongoing.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/> (when both are of the same kind; mixed kinds are compared in the jurisdiction's zone by <see cref="Activity"/>), or a bound is outside the years 1900 to 2999.</exception>
    public ActivityPeriod(PeriodBound start, PeriodBound? end = null)
    {
        if (!start.IsInstant && start.Date is null)
        {
            throw FactGuard.Invalid(FactPaths.Period.Start, "The start is the default PeriodBound; create it with FromDate or FromInstant.");
        }

        CheckRange(start, FactPaths.Period.Start);
        if (end is PeriodBound last)
        {
            CheckRange(last, FactPaths.Period.End);
        }

        if (end is PeriodBound e)
        {
            if (!e.IsInstant && e.Date is null)
            {
                throw FactGuard.Invalid(FactPaths.Period.End, "The end is the default PeriodBound; create it with FromDate or FromInstant.");
            }

            if ((start.Date is LocalDate sd && e.Date is LocalDate ed && ed < sd) ||
                (start.Instant is Instant si && e.Instant is Instant ei && ei < si))
            {
                throw FactGuard.Invalid(FactPaths.Period.End, $"The end {e} is before the start {start}.");
            }
        }

        Start = start;
        End = end;
    }

    /// <summary>
    /// The first date a period, or a dated fact, may fall on: facial-recognition law has nothing to say about
    /// earlier days, and a bound this close to today leaves every date the rules compute from it (deadlines,
    /// local dates in any time zone) representable.
    /// </summary>
    internal static LocalDate EarliestDate { get; } = new LocalDate(1900, 1, 1);

    /// <summary>The last date a period, or a dated fact, may fall on (see <see cref="EarliestDate"/>).</summary>
    internal static LocalDate LatestDate { get; } = new LocalDate(2999, 12, 31);

    /// <summary>The reason to reject <paramref name="written"/>, a date or instant outside <see cref="EarliestDate"/> to <see cref="LatestDate"/>.</summary>
    internal static string OutOfRange(string written) =>
        $"'{written}' is outside the dates this library assesses, {LocalDatePattern.Iso.Format(EarliestDate)} to {LocalDatePattern.Iso.Format(LatestDate)} (instants in UTC).";

    /// <summary>Whether <paramref name="date"/> lies from <see cref="EarliestDate"/> to <see cref="LatestDate"/>.</summary>
    internal static bool InRange(LocalDate date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>Whether <paramref name="bound"/> (an instant by its date in UTC) lies from <see cref="EarliestDate"/> to <see cref="LatestDate"/>.</summary>
    internal static bool InRange(PeriodBound bound) =>
        InRange(bound.Instant is Instant instant ? instant.InUtc().Date : bound.Date!.Value);

    private static void CheckRange(PeriodBound bound, string path)
    {
        if (!InRange(bound))
        {
            throw FactGuard.Invalid(path, OutOfRange(bound.ToString()));
        }
    }

    /// <summary>Creates a period from dates.</summary>
    /// <param name="start">The first day of processing.</param>
    /// <param name="end">The last day of processing, or <c>null</c> when ongoing.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static ActivityPeriod FromDates(LocalDate start, LocalDate? end = null) =>
        new ActivityPeriod(PeriodBound.FromDate(start), end is LocalDate e ? PeriodBound.FromDate(e) : (PeriodBound?)null);

    /// <summary>The first moment or day of processing.</summary>
    public PeriodBound Start { get; }

    /// <summary>The last moment or day of processing, or <c>null</c> when the activity is ongoing.</summary>
    public PeriodBound? End { get; }

    /// <summary>Whether the activity has no end.</summary>
    public bool IsOngoing => End is null;

    /// <summary>The local dates of this period in <paramref name="zone"/>.</summary>
    /// <param name="zone">The jurisdiction's time zone.</param>
    /// <returns>The dates.</returns>
    /// <exception cref="ArgumentException">In <paramref name="zone"/>, the end falls before the start.</exception>
    public LocalDateRange InZone(DateTimeZone zone)
    {
        var start = Start.ToLocalDate(zone);
        var end = End?.ToLocalDate(zone);
        if (end < start)
        {
            throw new ArgumentException(
                $"The end {End} falls on {LocalDatePattern.Iso.Format(end.Value)}, before the start {Start} ({LocalDatePattern.Iso.Format(start)}) in {zone.Id}.",
                nameof(zone));
        }

        return new LocalDateRange(start, end);
    }

    /// <summary>The period as text, e.g. <c>2021-01-01/2021-06-30</c> or <c>2021-01-01/..</c> when ongoing.</summary>
    /// <returns>The ISO-8601 interval text.</returns>
    public override string ToString() => $"{Start}/{(End is PeriodBound e ? e.ToString() : "..")}";
}
