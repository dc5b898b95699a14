using System;
using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using NodaTime;

namespace BiometricConsent.Policy.Engine;

/// <summary>
/// Assesses activities against a <see cref="RuleCatalog"/> (docs/policy-model.md, "Outcomes and engine semantics").
/// Thread-safe; build one and reuse it.
/// </summary>
/// <remarks>
/// <para>Every rule of every instrument covering the activity's jurisdiction yields exactly one finding.</para>
/// <para>
/// Dating: the assessed period is the activity's local dates (an ongoing activity runs to today in its
/// jurisdiction's zone per <see cref="AssessorOptions.Clock"/>, or to its start if that is later). A rule whose
/// effective interval does not overlap the assessed period, or whose instrument is a draft, is
/// <see cref="Outcome.NotInForce"/>. A rule in force for only part of the period is evaluated for that part
/// (the facts describe the whole period, so they are taken to hold in that part) and its reason says so.
/// </para>
/// </remarks>
public sealed class Assessor
{
    private readonly IWorkingDayCalendar calendar;
    private readonly IClock clock;

    /// <summary>Creates an assessor.</summary>
    /// <param name="catalog">The rules; <see cref="RuleCatalog.Default"/> when <c>null</c>.</param>
    /// <param name="options">The options; <see cref="AssessorOptions.Default"/> when <c>null</c>.</param>
    public Assessor(RuleCatalog? catalog = null, AssessorOptions? options = null)
    {
        Catalog = catalog ?? RuleCatalog.Default;
        Options = options ?? AssessorOptions.Default;
        calendar = Options.Calendar;
        clock = Options.Clock;
    }

    /// <summary>The rules.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>The options.</summary>
    public AssessorOptions Options { get; }

    /// <summary>Assesses <paramref name="activity"/> over its whole period.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public Assessment Assess(Activity activity)
    {
        Preconditions.CheckNotNull(activity, nameof(activity));

        var dates = activity.Dates;
        var to = dates.End ?? Max(dates.Start, clock.GetCurrentInstant().InZone(activity.Jurisdiction.TimeZone).Date);
        return Run(activity, dates, null, dates.Start, to);
    }

    /// <summary>Assesses <paramref name="activity"/> on the single day <paramref name="asOf"/>.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="asOf">The day (a local date in the jurisdiction's zone) within the activity's period; for an ongoing activity any day from its start.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside the activity's period.</exception>
    public Assessment Assess(Activity activity, LocalDate asOf)
    {
        Preconditions.CheckNotNull(activity, nameof(activity));

        if (!activity.Dates.Contains(asOf))
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"The day is outside the activity's period {activity.Dates}.");
        }

        return Run(activity, new LocalDateRange(asOf, asOf), asOf, asOf, asOf);
    }

    private Assessment Run(Activity activity, LocalDateRange period, LocalDate? asOf, LocalDate from, LocalDate to)
    {
        var rules = Catalog.RulesFor(activity.Jurisdiction);
        var adviceCount = 0;
        foreach (var rule in rules)
        {
            adviceCount += rule.IsAdvice ? 1 : 0;
        }

        // Advice is kept apart so that no count, coverage or exit code that speaks of the law can include it.
        var findings = new Finding[rules.Length - adviceCount];
        var advice = adviceCount == 0 ? Array.Empty<Finding>() : new Finding[adviceCount];
        var binding = adviceCount == 0 ? rules : new Rule[findings.Length];
        var log = new ReadLog();
        var counts = new Counts();
        var adviceCounts = new Counts();
        int f = 0, a = 0;
        foreach (var rule in rules)
        {
            var finding = Evaluate(rule, activity, from, to, log);
            if (rule.IsAdvice)
            {
                advice[a++] = finding;
                adviceCounts.Add(finding.Outcome);
            }
            else
            {
                binding[f] = rule;
                findings[f++] = finding;
                counts.Add(finding.Outcome);
            }
        }

        return new Assessment(activity, period, asOf, findings, counts.Summary(),
            new AssessmentCoverage(activity.Jurisdiction, period, binding, findings.Length - counts.NotInForce),
            advice, adviceCounts.Summary());
    }

    private Finding Evaluate(Rule rule, Activity activity, LocalDate from, LocalDate to, ReadLog log)
    {
        if (rule.Instrument.Status == InstrumentStatus.Draft)
        {
            return new Finding(rule, Outcome.NotInForce, rule.NotInForceReason, null);
        }

        var start = rule.EffectiveFrom is LocalDate f && f > from ? f : from;
        var end = rule.EffectiveTo is LocalDate t && t < to ? t : to;
        if (start > end)
        {
            return new Finding(rule, Outcome.NotInForce, rule.NotInForceReason, null);
        }

        log.Reset();
        var verdict = rule.Evaluate(activity, start, end, calendar, log);
        if (verdict.Reason is null)
        {
            throw new InvalidOperationException($"Rule {rule.Id} returned default(Verdict); use the Verdict factory methods.");
        }

        var reason = start == from && end == to ? verdict.Reason : verdict.Reason + rule.PartlyInForceNote;
        // The facts the rule named as deciding, else every checked fact it read and found known; never a mentioned one.
        var checks = rule.Checks.Mask;
        var deciding = verdict.DecidingMask & checks;
        if (deciding.IsEmpty)
        {
            deciding = log.Known & checks;
        }

        foreach (var missing in verdict.MissingFacts)
        {
            var index = FactIndex.Of(missing);
            deciding &= index < 0 ? FactMask.All : ~FactMask.Of(index);
        }

        return new Finding(rule, verdict.Outcome, reason, verdict.MissingFacts, deciding);
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    /// <summary>The outcome counts of one list of findings.</summary>
    private struct Counts
    {
        private int violated, satisfied, notApplicable, undetermined;

        public int NotInForce { get; private set; }

        public void Add(Outcome outcome)
        {
            switch (outcome)
            {
                case Outcome.Violated: violated++; break;
                case Outcome.Satisfied: satisfied++; break;
                case Outcome.NotApplicable: notApplicable++; break;
                case Outcome.NotInForce: NotInForce++; break;
                default: undetermined++; break;
            }
        }

        public readonly AssessmentSummary Summary() => new AssessmentSummary(violated, satisfied, notApplicable, NotInForce, undetermined);
    }
}
