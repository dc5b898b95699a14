using System;
using NodaTime;

namespace BiometricConsent.Policy.Calendars;

/// <summary>Counting shared by the calendars.</summary>
internal static class WorkingDays
{
    internal static LocalDate Add(IWorkingDayCalendar calendar, LocalDate date, int days)
    {
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "The number of working days must not be negative.");
        }

        var current = date;
        while (days > 0)
        {
            current = current.PlusDays(1);
            if (calendar.IsWorkingDay(current))
            {
                days--;
            }
        }

        return current;
    }

    internal static bool IsWeekend(LocalDate date) =>
        date.DayOfWeek == IsoDayOfWeek.Saturday || date.DayOfWeek == IsoDayOfWeek.Sunday;
}
