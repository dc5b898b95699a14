using System;
using NodaTime;

namespace BiometricConsent.Policy.Calendars;

/// <summary>
/// Monday to Friday are working days; nothing else is known. This is the default calendar: it ignores PRC public
/// holidays (Spring Festival, National Day, ...) and the adjusted working weekends (调休) the State Council
/// announces each year, so around holidays its deadlines come out early. Supply a
/// <see cref="ListedWorkingDayCalendar"/> with the year's notice for exact deadlines.
/// </summary>
public sealed class WeekdayCalendar : IWorkingDayCalendar
{
    private WeekdayCalendar()
    {
    }

    /// <summary>The calendar.</summary>
    public static WeekdayCalendar Instance { get; } = new WeekdayCalendar();

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date) => !WorkingDays.IsWeekend(date);

    /// <summary>Always true: this calendar's rule, Monday to Friday, is all it claims.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/>.</returns>
    public bool Covers(LocalDate date) => true;

    /// <inheritdoc />
    public LocalDate AddWorkingDays(LocalDate date, int days) => WorkingDays.Add(this, date, days);
}
