using System;
using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Model;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Policy.Rules;

/// <summary>
/// One obligation or prohibition of one <see cref="Instrument"/>, declared once: its citation, the law in one line
/// (<see cref="Statement"/>), the facts it decides on (<see cref="Checks"/>) or names in its reasons
/// (<see cref="Mentions"/>), what the article asks that the activity model does not capture
/// (<see cref="NotModelled"/>), and an evaluation that can read no other fact. Built once (typically as a static
/// property of an instrument's rule class) and evaluated many times, without reflection.
/// </summary>
public sealed class Rule
{
    private readonly RuleEvaluator evaluate;
    private readonly FactMask readMask;

    /// <summary>Creates a rule.</summary>
    /// <param name="id">The rule ID: the instrument's ID, a dash and the article reference, e.g. <c>CN-SPC-FR-2.3</c>.</param>
    /// <param name="instrument">The instrument the rule belongs to.</param>
    /// <param name="article">The article cited, e.g. <c>Art. 2(3)</c> or <c>Art. 29 ¶1</c>.</param>
    /// <param name="statement">The rule in one line.</param>
    /// <param name="verification">How sure the catalog is of the rule.</param>
    /// <param name="evaluate">The evaluation; called only while the rule is in force.</param>
    /// <param name="penalty">The penalty exposure of a violation, or <c>null</c> to use the instrument's.</param>
    /// <param name="effectiveFrom">The first day this rule applies, when later than the instrument's (e.g. an amendment).</param>
    /// <param name="effectiveTo">The last day this rule applies, when earlier than the instrument's.</param>
    /// <param name="checks">The facts that decide the outcome; the evaluation may read these and <paramref name="mentions"/> only.</param>
    /// <param name="mentions">The facts the evaluation names in a reason without their deciding the outcome.</param>
    /// <param name="notModelled">What the article asks that the activity model does not capture, or <c>null</c> for nothing.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> does not start with the instrument's ID and a dash, a text is empty, the dates are out of order, a fact is both checked and mentioned, or advice (<see cref="IsAdvice"/>) has a penalty.</exception>
    public Rule(
        string id,
        Instrument instrument,
        string article,
        string statement,
        Verification verification,
        RuleEvaluator evaluate,
        string? penalty = null,
        LocalDate? effectiveFrom = null,
        LocalDate? effectiveTo = null,
        FactSet? checks = null,
        FactSet? mentions = null,
        string? notModelled = null)
    {
        Instrument = Preconditions.CheckNotNull(instrument, nameof(instrument));
        Id = RuleText.Required(id, nameof(id));
        if (!id.StartsWith(instrument.Id + "-", StringComparison.Ordinal) || id.Length == instrument.Id.Length + 1 || id.IndexOf(' ') >= 0)
        {
            throw new ArgumentException($"Rule ID '{id}' must be the instrument ID '{instrument.Id}', a dash and an article reference, without spaces.", nameof(id));
        }

        Article = RuleText.Required(article, nameof(article));
        Statement = RuleText.Required(statement, nameof(statement));
        if (verification < Verification.VerifiedPrimary || verification > Verification.Recalled)
        {
            throw new ArgumentException($"{verification} is not a defined Verification.", nameof(verification));
        }

        Verification = verification;
        if (instrument.IsAdvisory && penalty != null)
        {
            throw new ArgumentException($"Rule {id} is advice (a recommended standard) and has no penalty.", nameof(penalty));
        }

        this.evaluate = Preconditions.CheckNotNull(evaluate, nameof(evaluate));
        Penalty = penalty ?? instrument.Penalty;
        EffectiveFrom = Later(effectiveFrom, instrument.EffectiveFrom);
        EffectiveTo = Earlier(effectiveTo, instrument.EffectiveTo);
        if (EffectiveTo < EffectiveFrom)
        {
            throw new ArgumentException($"The rule's effective interval {EffectiveFrom}..{EffectiveTo} is empty.", nameof(effectiveTo));
        }

        Checks = checks ?? FactSet.None;
        Mentions = mentions ?? FactSet.None;
        if (!(Checks.Mask & Mentions.Mask).IsEmpty)
        {
            throw new ArgumentException("A fact is both checked and mentioned; a mentioned fact is one that does not decide the outcome.", nameof(mentions));
        }

        readMask = Checks.Mask | Mentions.Mask;
        NotModelled = notModelled is null ? null : RuleText.Required(notModelled, nameof(notModelled));

        // Precomputed so that assessing allocates no text for rules that are not in force.
        NotInForceReason = instrument.Status == InstrumentStatus.Draft
            ? $"{instrument.ShortName} is a draft for comment and never binds."
            : $"Not in force on any day of the assessed period: {instrument.ShortName} {Interval()}" +
              (instrument.TemporalNote is string note ? $" ({note})." : ".");
        PartlyInForceNote = $" Considered only for the part of the period {Interval()}.";
    }

    /// <summary>The rule ID, e.g. <c>CN-SPC-FR-2.3</c>.</summary>
    public string Id { get; }

    /// <summary>The instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>The article cited, e.g. <c>Art. 2(3)</c>.</summary>
    public string Article { get; }

    /// <summary>The rule in one line.</summary>
    public string Statement { get; }

    /// <summary>How sure the catalog is of the rule.</summary>
    public Verification Verification { get; }

    /// <summary>
    /// Whether the rule is advice from a recommended national standard (<see cref="EnforcementChannel.Advisory"/>)
    /// rather than an obligation: its <c>Violated</c> means "not followed", and its findings are kept apart from
    /// the binding ones (docs/policy-model.md, "Advice").
    /// </summary>
    public bool IsAdvice => Instrument.IsAdvisory;

    /// <summary>The facts that decide the outcome: changing any other fact never changes it.</summary>
    public FactSet Checks { get; }

    /// <summary>The facts the reasons name without their deciding the outcome (e.g. a consent that does not cure a prohibition).</summary>
    public FactSet Mentions { get; }

    /// <summary>What the article asks that the activity model does not capture, or <c>null</c> for nothing.</summary>
    public string? NotModelled { get; }

    /// <summary>The penalty exposure of a violation (the rule's own, else the instrument's), or <c>null</c>.</summary>
    public string? Penalty { get; }

    /// <summary>The first day the rule applies to acts, or <c>null</c> (no lower bound, or a draft).</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>The last day the rule applies to acts, or <c>null</c> while in force.</summary>
    public LocalDate? EffectiveTo { get; }

    /// <summary>The reason given when the rule is not in force for an activity.</summary>
    internal string NotInForceReason { get; }

    /// <summary>Appended to the reason when the rule is in force for only part of the period.</summary>
    internal string PartlyInForceNote { get; }

    /// <summary>Evaluates the rule for <paramref name="activity"/> from <paramref name="from"/> to <paramref name="to"/> (the caller has checked that it is in force then).</summary>
    internal Verdict Evaluate(Activity activity, LocalDate from, LocalDate to, IWorkingDayCalendar calendar, ReadLog? log = null) =>
        evaluate(new RuleContext(this, activity, from, to, calendar, log));

    /// <summary>Whether the rule declares fact <paramref name="fact"/> (a <see cref="FactIndex"/> number), checked or mentioned.</summary>
    internal bool Reads(int fact) => readMask.Has(fact);

    /// <summary>The ID.</summary>
    /// <returns>The ID.</returns>
    public override string ToString() => Id;

    private string Interval()
    {
        var from = EffectiveFrom is LocalDate f ? LocalDatePattern.Iso.Format(f) : null;
        var to = EffectiveTo is LocalDate t ? LocalDatePattern.Iso.Format(t) : null;
        if (from != null)
        {
            return to is null ? $"in force from {from}" : $"in force from {from} to {to}";
        }

        return to is null ? "(no effective dates)" : $"in force until {to}";
    }

    private static LocalDate? Later(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static LocalDate? Earlier(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
