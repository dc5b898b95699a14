using System;
using BiometricConsent.Policy.Calendars;
using NodaTime;

namespace BiometricConsent.Policy.Engine;

/// <summary>Settings of an <see cref="Assessor"/>.</summary>
public sealed class AssessorOptions
{
    private IWorkingDayCalendar calendar = PrcWorkingDayCalendar.Instance;
    private IClock clock = SystemClock.Instance;

    /// <summary>The default options: <see cref="PrcWorkingDayCalendar"/> and the system clock.</summary>
    public static AssessorOptions Default { get; } = new AssessorOptions();

    /// <summary>
    /// The working-day calendar for deadlines in working days. Defaults to <see cref="PrcWorkingDayCalendar"/>,
    /// the official PRC calendar of public holidays and make-up working days for the years whose State Council
    /// notice it holds (every working-day deadline of the rules is a Chinese one).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IWorkingDayCalendar Calendar
    {
        get => calendar;
        init => calendar = Preconditions.CheckNotNull(value, nameof(value));
    }

    /// <summary>
    /// The clock that says what "today" is: an ongoing activity is assessed up to today in its jurisdiction's
    /// zone. Defaults to <see cref="SystemClock.Instance"/>; pass a fixed clock for reproducible results.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IClock Clock
    {
        get => clock;
        init => clock = Preconditions.CheckNotNull(value, nameof(value));
    }
}
