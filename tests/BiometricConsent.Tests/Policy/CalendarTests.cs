using System;
using BiometricConsent.Policy.Calendars;
using NodaTime;

namespace BiometricConsent.Tests.Policy
{
    public class CalendarTests
    {
        [Fact]
        public void WeekdayCalendarSkipsWeekends()
        {
            var cal = WeekdayCalendar.Instance;
            var friday = new LocalDate(2025, 6, 6);
            Assert.Equal(friday, cal.AddWorkingDays(friday, 0));
            Assert.Equal(new LocalDate(2025, 6, 9), cal.AddWorkingDays(friday, 1));
            // 30 working days = 6 weeks from a Friday.
            Assert.Equal(new LocalDate(2025, 7, 18), cal.AddWorkingDays(friday, 30));
            // Counting from a Saturday: Monday is the first working day.
            Assert.Equal(new LocalDate(2025, 6, 9), cal.AddWorkingDays(new LocalDate(2025, 6, 7), 1));
            Assert.False(cal.IsWorkingDay(new LocalDate(2025, 6, 8)));
        }

        [Fact]
        public void NegativeDaysAreRejected()
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => WeekdayCalendar.Instance.AddWorkingDays(new LocalDate(2025, 1, 1), -1));
            Assert.Equal("days", e.ParamName);
        }

        [Fact]
        public void ListedCalendarHonoursHolidaysAndMakeUpDays()
        {
            // National Day 2025: 1–8 October off (1–3, 6–8 are weekdays); Sunday 28 Sep and Saturday 11 Oct worked.
            var cal = new ListedWorkingDayCalendar(
                new[] { new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 2), new LocalDate(2025, 10, 3), new LocalDate(2025, 10, 6), new LocalDate(2025, 10, 7), new LocalDate(2025, 10, 8) },
                new[] { new LocalDate(2025, 9, 28), new LocalDate(2025, 10, 11) });
            Assert.True(cal.IsWorkingDay(new LocalDate(2025, 9, 28)));
            Assert.False(cal.IsWorkingDay(new LocalDate(2025, 10, 1)));
            // From Friday 26 Sep: Sun 28, Mon 29, Tue 30, then Thu 9, Fri 10, Sat 11, Mon 13.
            Assert.Equal(new LocalDate(2025, 10, 13), cal.AddWorkingDays(new LocalDate(2025, 9, 26), 7));
            Assert.Equal(new LocalDate(2025, 10, 6), WeekdayCalendar.Instance.AddWorkingDays(new LocalDate(2025, 9, 26), 6));
        }

        [Fact]
        public void ListedCalendarRejectsMisplacedDays()
        {
            Assert.Equal("holidays", Assert.Throws<ArgumentException>(() => new ListedWorkingDayCalendar(new[] { new LocalDate(2025, 10, 4) }, Array.Empty<LocalDate>())).ParamName);
            Assert.Equal("makeUpWorkingDays", Assert.Throws<ArgumentException>(() => new ListedWorkingDayCalendar(Array.Empty<LocalDate>(), new[] { new LocalDate(2025, 10, 10) })).ParamName);
            Assert.Equal("holidays", Assert.Throws<ArgumentNullException>(() => new ListedWorkingDayCalendar(null!, Array.Empty<LocalDate>())).ParamName);
        }
    }
}
