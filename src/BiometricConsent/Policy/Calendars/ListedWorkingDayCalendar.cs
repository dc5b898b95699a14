using System;
using System.Collections.Generic;
using NodaTime;

namespace BiometricConsent.Policy.Calendars
{
    /// <summary>
    /// Monday to Friday are working days, except listed public holidays; listed make-up working days (调休, a
    /// Saturday or Sunday worked to bridge a holiday) are working days too. Build one from the State Council's
    /// annual holiday notice.
    /// </summary>
    public sealed class ListedWorkingDayCalendar : IWorkingDayCalendar
    {
        private readonly HashSet<LocalDate> holidays;
        private readonly HashSet<LocalDate> makeUpWorkingDays;

        /// <summary>Creates a calendar.</summary>
        /// <param name="holidays">Weekdays that are not working days.</param>
        /// <param name="makeUpWorkingDays">Saturdays or Sundays that are working days.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">A holiday is a weekend day (it would change nothing, so it is probably a typo), or a make-up working day is a weekday.</exception>
        public ListedWorkingDayCalendar(IEnumerable<LocalDate> holidays, IEnumerable<LocalDate> makeUpWorkingDays)
        {
            this.holidays = new HashSet<LocalDate>(holidays ?? throw new ArgumentNullException(nameof(holidays)));
            this.makeUpWorkingDays = new HashSet<LocalDate>(makeUpWorkingDays ?? throw new ArgumentNullException(nameof(makeUpWorkingDays)));
            foreach (LocalDate day in this.holidays)
            {
                if (WorkingDays.IsWeekend(day))
                {
                    throw new ArgumentException($"Holiday {day:uuuu-MM-dd} is a {day.DayOfWeek}; list only weekdays that are not worked.", nameof(holidays));
                }
            }

            foreach (LocalDate day in this.makeUpWorkingDays)
            {
                if (!WorkingDays.IsWeekend(day))
                {
                    throw new ArgumentException($"Make-up working day {day:uuuu-MM-dd} is a {day.DayOfWeek}; list only Saturdays or Sundays that are worked.", nameof(makeUpWorkingDays));
                }
            }
        }

        /// <inheritdoc />
        public bool IsWorkingDay(LocalDate date) =>
            WorkingDays.IsWeekend(date) ? makeUpWorkingDays.Contains(date) : !holidays.Contains(date);

        /// <inheritdoc />
        public LocalDate AddWorkingDays(LocalDate date, int days) => WorkingDays.Add(this, date, days);
    }
}
