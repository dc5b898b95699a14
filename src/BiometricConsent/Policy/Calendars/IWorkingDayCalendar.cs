using System;
using NodaTime;

namespace BiometricConsent.Policy.Calendars;

/// <summary>
/// Says which days are working days, for deadlines counted in working days (CAC FRT Art. 15: file within
/// 30 working days of reaching 100,000 persons).
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is a working day.</returns>
    bool IsWorkingDay(LocalDate date);

    /// <summary>
    /// Whether the calendar knows <paramref name="date"/>: whether <see cref="IsWorkingDay"/> is the official
    /// answer for it rather than a Monday–Friday guess. A calendar built from the State Council's annual holiday
    /// notices knows only the years whose notice it holds; a deadline counted through an unknown day is not exact.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the calendar knows the date.</returns>
    bool Covers(LocalDate date);

    /// <summary>
    /// The day that is <paramref name="days"/> working days after <paramref name="date"/>. The start day itself is
    /// not counted (as PRC law counts periods), so <c>AddWorkingDays(d, 1)</c> is the first working day after
    /// <c>d</c>, and <c>AddWorkingDays(d, 0)</c> is <c>d</c>.
    /// </summary>
    /// <param name="date">The day the period starts running from.</param>
    /// <param name="days">The number of working days; not negative.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    LocalDate AddWorkingDays(LocalDate date, int days);
}
