using System;
using System.Linq;
using BiometricConsent.Policy.Calendars;
using NodaTime;

namespace BiometricConsent.Tests.Policy;

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

    [Fact]
    public void ThePrcCalendarHoldsTheStateCouncilNoticesOf2025And2026()
    {
        var cal = PrcWorkingDayCalendar.Instance;
        Assert.Equal(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2026, 12, 31)), cal.CoveredDays);

        // 2025: Spring Festival from New Year's Eve (28 Jan) to 4 Feb; Sunday 26 Jan and Saturday 8 Feb worked.
        Assert.False(cal.IsWorkingDay(new LocalDate(2025, 1, 28)));
        Assert.False(cal.IsWorkingDay(new LocalDate(2025, 2, 4)));
        Assert.True(cal.IsWorkingDay(new LocalDate(2025, 1, 26)));
        Assert.True(cal.IsWorkingDay(new LocalDate(2025, 2, 8)));
        Assert.False(cal.IsWorkingDay(new LocalDate(2025, 6, 2)));   // Dragon Boat
        Assert.True(cal.IsWorkingDay(new LocalDate(2025, 4, 27)));   // for Labour Day

        // 2026: Spring Festival 15 to 23 Feb, Saturdays 14 and 28 Feb worked; National Day 1 to 7 Oct.
        Assert.False(cal.IsWorkingDay(new LocalDate(2026, 2, 23)));
        Assert.True(cal.IsWorkingDay(new LocalDate(2026, 2, 14)));
        Assert.True(cal.IsWorkingDay(new LocalDate(2026, 2, 28)));
        Assert.False(cal.IsWorkingDay(new LocalDate(2026, 10, 7)));
        Assert.True(cal.IsWorkingDay(new LocalDate(2026, 10, 10)));
        Assert.True(cal.IsWorkingDay(new LocalDate(2026, 10, 8)));

        // Weekdays off and weekend days worked, as the notices list them.
        Assert.Equal(18, CountWeekdaysOff(cal, 2025));
        Assert.Equal(19, CountWeekdaysOff(cal, 2026));
        Assert.Equal(5, CountWorkedWeekendDays(cal, 2025));
        Assert.Equal(6, CountWorkedWeekendDays(cal, 2026));
    }

    [Fact]
    public void ThePrcCalendarGivesTheCacTransitionalFilingDate()
    {
        // The CAC's notice of 2025-05-28: processors above 100,000 persons on 2025-06-01 file by 2025-07-14.
        Assert.Equal(new LocalDate(2025, 7, 14), PrcWorkingDayCalendar.Instance.AddWorkingDays(new LocalDate(2025, 6, 1), 30));
        Assert.Equal(new LocalDate(2025, 7, 11), WeekdayCalendar.Instance.AddWorkingDays(new LocalDate(2025, 6, 1), 30));
    }

    [Fact]
    public void ThePrcCalendarKnowsOnlyTheYearsOfItsNotices()
    {
        var cal = PrcWorkingDayCalendar.Instance;
        Assert.False(cal.Covers(new LocalDate(2024, 12, 31)));
        Assert.True(cal.Covers(new LocalDate(2025, 1, 1)));
        Assert.True(cal.Covers(new LocalDate(2026, 12, 31)));
        Assert.False(cal.Covers(new LocalDate(2027, 1, 1)));
        Assert.True(cal.IsWorkingDay(new LocalDate(2027, 1, 1)));   // a Friday: Monday to Friday outside its years
        Assert.True(WeekdayCalendar.Instance.Covers(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void AListedCalendarRejectsDaysOutsideTheDaysItCovers()
    {
        var year = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        Assert.Equal("holidays", Assert.Throws<ArgumentException>(() => new ListedWorkingDayCalendar(new[] { new LocalDate(2026, 1, 1) }, Array.Empty<LocalDate>(), year)).ParamName);
        var cal = new ListedWorkingDayCalendar(new[] { new LocalDate(2025, 1, 1) }, Array.Empty<LocalDate>(), year);
        Assert.False(cal.Covers(new LocalDate(2026, 1, 1)));
        Assert.True(cal.Covers(new LocalDate(2025, 6, 1)));
        Assert.True(new ListedWorkingDayCalendar(Array.Empty<LocalDate>(), Array.Empty<LocalDate>()).Covers(new LocalDate(1900, 1, 1)));
    }

    private static int CountWeekdaysOff(IWorkingDayCalendar cal, int year) =>
        Days(year).Count(d => d.DayOfWeek < IsoDayOfWeek.Saturday && !cal.IsWorkingDay(d));

    private static int CountWorkedWeekendDays(IWorkingDayCalendar cal, int year) =>
        Days(year).Count(d => d.DayOfWeek >= IsoDayOfWeek.Saturday && cal.IsWorkingDay(d));

    private static System.Collections.Generic.IEnumerable<LocalDate> Days(int year) =>
        Enumerable.Range(0, new LocalDate(year, 12, 31).DayOfYear).Select(i => new LocalDate(year, 1, 1).PlusDays(i));
}
