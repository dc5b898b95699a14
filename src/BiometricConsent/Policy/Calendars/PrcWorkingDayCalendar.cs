using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace BiometricConsent.Policy.Calendars;

/// <summary>
/// The official working-day calendar of the People's Republic of China, from the State Council General Office's
/// annual notices on public-holiday arrangements (国务院办公厅关于部分节假日安排的通知): the weekdays given off for
/// New Year, Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn and National Day, and the Saturdays
/// and Sundays worked in exchange (调休). The default calendar for Chinese deadlines in working days.
/// </summary>
/// <remarks>
/// <para>
/// It holds the notices for the years in which a rule of this library counts working days: the only such duty,
/// the CAC filing of CAC FRT Measures Art. 15, arose on 2025-06-01. Held: 2025 (国办发明电〔2024〕12号, of
/// 2024-11-12, the first under the holiday regulations as amended in November 2024) and 2026 (notice of
/// 2025-11-04). Outside those years it answers Monday to Friday and <see cref="Covers"/> says false, so a rule
/// whose deadline runs into an unpublished year can say its count is not exact. Add each year's notice when
/// the State Council publishes it (usually in November of the year before).
/// </para>
/// <para>
/// With this calendar, 30 working days from 2025-06-01 end on 2025-07-14 (2 June was the Dragon Boat holiday), the
/// date the CAC gave for processors already above the filing threshold when the Measures took effect.
/// </para>
/// </remarks>
public sealed class PrcWorkingDayCalendar : IWorkingDayCalendar
{
    private readonly ListedWorkingDayCalendar listed;

    private PrcWorkingDayCalendar()
    {
        var notices = Notices;
        CoveredDays = new DateInterval(new LocalDate(notices[0].Year, 1, 1), new LocalDate(notices[notices.Count - 1].Year, 12, 31));
        listed = new ListedWorkingDayCalendar(
            notices.SelectMany(n => n.DaysOff).Where(d => !WorkingDays.IsWeekend(d)),
            notices.SelectMany(n => n.MakeUpWorkingDays),
            CoveredDays);
    }

    /// <summary>The State Council notices the calendar is built from, oldest first.</summary>
    internal static IReadOnlyList<HolidayNotice> Notices { get; } = new[]
    {
        // 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号), 2024-11-12.
        new HolidayNotice(2025, "国办发明电〔2024〕12号 (2024-11-12)",
            daysOff: new[]
            {
                Days(2025, 1, 1, 1),   // New Year: 1 Jan (Wed), no exchange
                Days(2025, 1, 28, 8),  // Spring Festival: 28 Jan (New Year's Eve) to 4 Feb
                Days(2025, 4, 4, 3),   // Qingming: 4 to 6 Apr
                Days(2025, 5, 1, 5),   // Labour Day: 1 to 5 May
                Days(2025, 5, 31, 3),  // Dragon Boat: 31 May to 2 Jun
                Days(2025, 10, 1, 8),  // National Day and Mid-Autumn: 1 to 8 Oct
            },
            makeUpWorkingDays: new[]
            {
                new LocalDate(2025, 1, 26), new LocalDate(2025, 2, 8), new LocalDate(2025, 4, 27),
                new LocalDate(2025, 9, 28), new LocalDate(2025, 10, 11),
            }),

        // 国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04.
        new HolidayNotice(2026, "State Council General Office notice of 2025-11-04",
            daysOff: new[]
            {
                Days(2026, 1, 1, 3),   // New Year: 1 to 3 Jan
                Days(2026, 2, 15, 9),  // Spring Festival: 15 to 23 Feb
                Days(2026, 4, 4, 3),   // Qingming: 4 to 6 Apr
                Days(2026, 5, 1, 5),   // Labour Day: 1 to 5 May
                Days(2026, 6, 19, 3),  // Dragon Boat: 19 to 21 Jun
                Days(2026, 9, 25, 3),  // Mid-Autumn: 25 to 27 Sep
                Days(2026, 10, 1, 7),  // National Day: 1 to 7 Oct
            },
            makeUpWorkingDays: new[]
            {
                new LocalDate(2026, 1, 4), new LocalDate(2026, 2, 14), new LocalDate(2026, 2, 28),
                new LocalDate(2026, 5, 9), new LocalDate(2026, 9, 20), new LocalDate(2026, 10, 10),
            }),
    };

    // Declared after Notices: static initialisers run in textual order, and the constructor reads Notices.

    /// <summary>The calendar.</summary>
    public static PrcWorkingDayCalendar Instance { get; } = new PrcWorkingDayCalendar();

    /// <summary>The first and last day of the years whose holiday notices the calendar holds.</summary>
    public DateInterval CoveredDays { get; }

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date) => listed.IsWorkingDay(date);

    /// <inheritdoc />
    public bool Covers(LocalDate date) => listed.Covers(date);

    /// <inheritdoc />
    public LocalDate AddWorkingDays(LocalDate date, int days) => WorkingDays.Add(this, date, days);

    private static IEnumerable<LocalDate> Days(int year, int month, int day, int count) =>
        Enumerable.Range(0, count).Select(i => new LocalDate(year, month, day).PlusDays(i));

    /// <summary>One year's State Council holiday notice: the days off (weekends included, as the notice counts them) and the make-up working days.</summary>
    internal sealed class HolidayNotice
    {
        internal HolidayNotice(int year, string source, IEnumerable<IEnumerable<LocalDate>> daysOff, IReadOnlyList<LocalDate> makeUpWorkingDays)
        {
            Year = year;
            Source = source;
            DaysOff = daysOff.SelectMany(d => d).ToArray();
            MakeUpWorkingDays = makeUpWorkingDays;
        }

        internal int Year { get; }

        internal string Source { get; }

        internal IReadOnlyList<LocalDate> DaysOff { get; }

        internal IReadOnlyList<LocalDate> MakeUpWorkingDays { get; }
    }
}
