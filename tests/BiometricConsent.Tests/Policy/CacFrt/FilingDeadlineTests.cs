using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Tests.Policy.ChinaSeedCases;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace BiometricConsent.Tests.Policy.CacFrt
{
    /// <summary>CN-CAC-FRT-15.1: filing within 30 working days of storing 100,000 persons' facial information.</summary>
    public class FilingDeadlineTests
    {
        private const string Rule = "CN-CAC-FRT-15.1";

        // Threshold reached Thursday 2025-07-03. Monday–Friday: the 30th working day after it is Thursday 2025-08-14.
        // With Friday 2025-07-04 and Friday 2025-08-15 as holidays the count crosses the weekend to Monday 2025-08-18.
        private static readonly Assessor WithHolidays = new Assessor(options: new AssessorOptions
        {
            Calendar = new ListedWorkingDayCalendar(new[] { new LocalDate(2025, 7, 4), new LocalDate(2025, 8, 15) }, new LocalDate[0]),
            Clock = new FakeClock(TestData.Now),
        });

        private static readonly Assessor Weekdays = new Assessor(options: new AssessorOptions
        {
            Calendar = WeekdayCalendar.Instance,
            Clock = new FakeClock(TestData.Now),
        });

        private static string Filing(string? filedOn, string reached = "2025-07-03") =>
            "{ 'period': { 'start': '2025-06-01', 'end': '2025-12-31' }, 'subjects': { 'storedPersons': 150000 }, " +
            $"'filing': {{ 'thresholdReachedOn': '{reached}', 'filedOn': {(filedOn is null ? "null" : $"'{filedOn}'")} }} }}";

        [Fact]
        public void FiledOnTheLastWorkingDayOfACustomCalendarIsInTime()
        {
            Finding f = Scenario.Assess(Rule, Filing("2025-08-18"), assessor: WithHolidays);
            Assert.Equal(Outcome.Satisfied, f.Outcome);
            Assert.Contains("due by 2025-08-18, 30 working days after 2025-07-03", f.Reason);
            Assert.Contains("supplied working-day calendar", f.Reason);
        }

        [Fact]
        public void TheWeekdayCalendarIgnoresHolidaysAndSaysSo()
        {
            Finding f = Scenario.Assess(Rule, Filing("2025-08-18"), assessor: Weekdays);
            Assert.Equal(Outcome.Violated, f.Outcome);
            Assert.Contains("Filed with the CAC on 2025-08-18, late", f.Reason);
            Assert.Contains("due by 2025-08-14", f.Reason);
            Assert.Contains("Monday–Friday calendar, which ignores public holidays and adjusted working weekends", f.Reason);
            Assert.StartsWith("Via PIPL Art. 66 [R]", f.Penalty);
            Assert.Equal(Outcome.Satisfied, Scenario.Assess(Rule, Filing("2025-08-14"), assessor: Weekdays).Outcome);
        }

        [Fact]
        public void TheDefaultCalendarIsTheOfficialPrcOneAndSaysSo()
        {
            // No public holiday between 3 July and mid-August 2025: the official count equals the weekday one.
            Finding f = Scenario.Assess(Rule, Filing("2025-08-14"));
            Assert.Equal(Outcome.Satisfied, f.Outcome);
            Assert.Contains("due by 2025-08-14", f.Reason);
            Assert.Contains("official PRC working-day calendar", f.Reason);
            Assert.DoesNotContain("provisional", f.Reason);
        }

        [Fact]
        public void A_count_into_a_year_without_a_holiday_notice_is_called_provisional()
        {
            // Reached 2026-12-10: the 30 working days run into 2027, whose arrangement the calendar does not hold.
            Finding f = Scenario.Assess(Rule,
                "{ 'period': { 'start': '2026-06-01', 'end': '2027-03-31' }, 'subjects': { 'storedPersons': 150000 }, 'filing': { 'thresholdReachedOn': '2026-12-10', 'filedOn': '2027-01-05' } }");
            Assert.Equal(Outcome.Satisfied, f.Outcome);
            Assert.Contains("runs into 2027", f.Reason);
            Assert.Contains("from 2027-01-01 it counts Monday to Friday, so the deadline is provisional", f.Reason);
        }

        [Fact]
        public void FiledAfterTheCustomDeadlineIsLate()
        {
            Assert.Equal(Outcome.Violated, Scenario.Assess(Rule, Filing("2025-08-19"), assessor: WithHolidays).Outcome);
        }

        [Fact]
        public void NotFiledIsSatisfiedUntilTheDeadlinePassesThenViolated()
        {
            Activity notFiled = Scenario.Build(Filing(null));
            Finding onDeadline = WithHolidays.Assess(notFiled, new LocalDate(2025, 8, 18)).Find(Rule)!;
            Assert.Equal(Outcome.Satisfied, onDeadline.Outcome);
            Assert.StartsWith("Not yet overdue on 2025-08-18.", onDeadline.Reason);

            Finding dayAfter = WithHolidays.Assess(notFiled, new LocalDate(2025, 8, 19)).Find(Rule)!;
            Assert.Equal(Outcome.Violated, dayAfter.Outcome);
            Assert.StartsWith("Not filed with the CAC by 2025-08-19", dayAfter.Reason);

            // Over the whole period (to 2025-12-31) the deadline has passed.
            Assert.Equal(Outcome.Violated, WithHolidays.Assess(notFiled).Find(Rule)!.Outcome);
        }

        [Fact]
        public void NationalDayWithMakeUpWorkingWeekends()
        {
            // 2025 arrangement: 1–8 October off (weekdays 1–3 and 6–8), Sunday 28 September and Saturday 11 October worked.
            var calendar = new ListedWorkingDayCalendar(
                new[] { new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 2), new LocalDate(2025, 10, 3), new LocalDate(2025, 10, 6), new LocalDate(2025, 10, 7), new LocalDate(2025, 10, 8) },
                new[] { new LocalDate(2025, 9, 28), new LocalDate(2025, 10, 11) });
            var assessor = new Assessor(options: new AssessorOptions { Calendar = calendar, Clock = new FakeClock(TestData.Now) });
            Assert.Contains("due by 2025-11-13", Scenario.Assess(Rule, Filing("2025-11-13", reached: "2025-09-26"), assessor: assessor).Reason);
            Assert.Equal(Outcome.Satisfied, Scenario.Assess(Rule, Filing("2025-11-13", reached: "2025-09-26"), assessor: assessor).Outcome);

            // The official calendar, the default, holds the same arrangement.
            Assert.Contains("due by 2025-11-13", Scenario.Assess(Rule, Filing("2025-11-13", reached: "2025-09-26")).Reason);

            // The weekday calendar puts the deadline a week early.
            Finding weekdays = Scenario.Assess(Rule, Filing("2025-11-13", reached: "2025-09-26"), assessor: Weekdays);
            Assert.Equal(Outcome.Violated, weekdays.Outcome);
            Assert.Contains("due by 2025-11-07", weekdays.Reason);
        }

        [Fact]
        public void AThresholdReachedBeforeTheMeasuresTookEffectCountsFromTheirFirstDay()
        {
            Finding f = Scenario.Assess(Rule, "{ 'period': { 'start': '2025-03-01', 'end': '2025-12-31' }, 'subjects': { 'storedPersons': 150000 }, 'filing': { 'thresholdReachedOn': '2025-03-03' } }");
            Assert.Equal(Outcome.Violated, f.Outcome);
            // The CAC's date for processors above the threshold on 2025-06-01: 2 June was the Dragon Boat holiday.
            Assert.Contains("due by 2025-07-14, 30 working days after 2025-06-01", f.Reason);
            Assert.Contains("due by 2025-07-11", Scenario.Assess(Rule, "{ 'period': { 'start': '2025-03-01', 'end': '2025-12-31' }, 'subjects': { 'storedPersons': 150000 }, 'filing': { 'thresholdReachedOn': '2025-03-03' } }", assessor: Weekdays).Reason);
            Assert.Contains("Considered only for the part of the period in force from 2025-06-01", f.Reason);
        }

        [Fact]
        public void FilingBeforeTheThresholdIsInTime()
        {
            Assert.Equal(Outcome.Satisfied, Scenario.Assess(Rule, Filing("2025-06-20")).Outcome);
        }

        [Fact]
        public void AThresholdReachedAfterTheAssessedDayDoesNotApply()
        {
            Activity a = Scenario.Build(Filing(null, reached: "2025-09-01"));
            Assert.Equal(Outcome.NotApplicable, TestData.Assessor.Assess(a, new LocalDate(2025, 8, 31)).Find(Rule)!.Outcome);
            Assert.Equal(Outcome.Satisfied, TestData.Assessor.Assess(a, new LocalDate(2025, 9, 1)).Find(Rule)!.Outcome);
        }

        [Theory]
        [InlineData("{ 'subjects': { 'storedPersons': 99999 } }", Outcome.NotApplicable, null)]
        [InlineData("{ 'subjects': { 'storedPersons': 100000 } }", Outcome.Undetermined, "$.filing.thresholdReachedOn")]
        [InlineData("{ 'subjects': { 'storedPersons': null } }", Outcome.Undetermined, "$.subjects.storedPersons")]
        [InlineData("{ 'subjects': { 'storedPersons': 150000 }, 'function': 'AttributeAnalysis' }", Outcome.NotApplicable, null)]
        public void ThresholdFacts(string patch, Outcome outcome, string? missing) => Scenario.Expect(Rule, patch, outcome, missing);

        [Fact]
        public void NotInForceForXPeng2021()
        {
            Finding f = TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json")).Find(Rule)!;
            Assert.Equal(Outcome.NotInForce, f.Outcome);
        }
    }
}
