using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules
{
    /// <summary>
    /// What a rule evaluates: the activity, the part of its period during which the rule is in force, and the
    /// assessor's working-day calendar.
    /// </summary>
    public readonly struct RuleContext
    {
        /// <summary>Creates a context.</summary>
        /// <param name="activity">The activity.</param>
        /// <param name="from">The first day of the period the rule is considered for.</param>
        /// <param name="to">The last day of the period the rule is considered for (for an ongoing activity: the assessment day).</param>
        /// <param name="calendar">The working-day calendar.</param>
        public RuleContext(Activity activity, LocalDate from, LocalDate to, IWorkingDayCalendar calendar)
        {
            Activity = activity;
            From = from;
            To = to;
            Calendar = calendar;
        }

        /// <summary>The activity.</summary>
        public Activity Activity { get; }

        /// <summary>The first day of the period the rule is considered for (the in-force part of the activity's period).</summary>
        public LocalDate From { get; }

        /// <summary>The last day of the period the rule is considered for.</summary>
        public LocalDate To { get; }

        /// <summary>The working-day calendar for deadlines in working days.</summary>
        public IWorkingDayCalendar Calendar { get; }
    }

    /// <summary>Evaluates one rule against one activity. Must be pure and must not throw for any valid activity.</summary>
    /// <param name="context">The activity and the part of its period in force.</param>
    /// <returns>The verdict.</returns>
    public delegate Verdict RuleEvaluator(in RuleContext context);
}
