using System;
using System.Collections.Generic;
using NodaTime;

namespace BiometricConsent.Policy.Calendars;

/// <summary>
/// Monday to Friday are working days, except listed public holidays; listed make-up working days (调休, a
/// Saturday or Sunday worked to bridge a holiday) are working days too. Build one from the State Council's
/// annual holiday notice.
/// </summary>
public sealed class ListedWorkingDayCalendar : IWorkingDayCalendar
{
    private readonly HashSet<LocalDate> holidays;
    private readonly HashSet<LocalDate> makeUpWorkingDays;
    private readonly DateInterval? covered;

    /// <summary>Creates a calendar.</summary>
    /// <param name="holidays">Weekdays that are not working days.</param>
    /// <param name="makeUpWorkingDays">Saturdays or Sundays that are working days.</param>
    /// <param name="covered">
    /// The days the lists are complete for (e.g. the years whose holiday notices they hold); outside it the
    /// calendar answers Monday to Friday and <see cref="Covers"/> says false. Null: the lists are complete for
    /// every day.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> or <paramref name="makeUpWorkingDays"/> is null.</exception>
    /// <exception cref="ArgumentException">A holiday is a weekend day (it would change nothing, so it is probably a typo), a make-up working day is a weekday, or a listed day lies outside <paramref name="covered"/>.</exception>
    public ListedWorkingDayCalendar(IEnumerable<LocalDate> holidays, IEnumerable<LocalDate> makeUpWorkingDays, DateInterval? covered = null)
    {
        this.covered = covered;
        this.holidays = new HashSet<LocalDate>(Preconditions.CheckNotNull(holidays, nameof(holidays)));
        this.makeUpWorkingDays = new HashSet<LocalDate>(Preconditions.CheckNotNull(makeUpWorkingDays, nameof(makeUpWorkingDays)));
        foreach (var day in this.holidays)
        {
            if (WorkingDays.IsWeekend(day))
            {
                throw new ArgumentException($"Holiday {day:uuuu-MM-dd} is a {day.DayOfWeek}; list only weekdays that are not worked.", nameof(holidays));
            }
        }

        foreach (var day in this.makeUpWorkingDays)
        {
            if (!WorkingDays.IsWeekend(day))
            {
                throw new ArgumentException($"Make-up working day {day:uuuu-MM-dd} is a {day.DayOfWeek}; list only Saturdays or Sundays that are worked.", nameof(makeUpWorkingDays));
            }
        }

        RequireCovered(this.holidays, covered, nameof(holidays));
        RequireCovered(this.makeUpWorkingDays, covered, nameof(makeUpWorkingDays));
    }

    private static void RequireCovered(HashSet<LocalDate> days, DateInterval? covered, string paramName)
    {
        foreach (var day in days)
        {
            if (covered is not null && !covered.Contains(day))
            {
                throw new ArgumentException($"{day:uuuu-MM-dd} lies outside the covered days {covered.Start:uuuu-MM-dd} to {covered.End:uuuu-MM-dd}.", paramName);
            }
        }
    }

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date) =>
        WorkingDays.IsWeekend(date) ? makeUpWorkingDays.Contains(date) : !holidays.Contains(date);

    /// <inheritdoc />
    public bool Covers(LocalDate date) => covered is null || covered.Contains(date);

    /// <inheritdoc />
    public LocalDate AddWorkingDays(LocalDate date, int days) => WorkingDays.Add(this, date, days);
}
