using System;
using System.Collections.Generic;

namespace BiometricConsent.Policy.Rules;

/// <summary>
/// What a rule's evaluation decided: an outcome other than <see cref="Outcome.NotInForce"/> (the engine decides
/// that), the reason, and for <see cref="Outcome.Undetermined"/> the missing facts.
/// </summary>
public readonly struct Verdict
{
    private static readonly string[] NoFacts = Array.Empty<string>();
    private readonly string[]? missingFacts;

    private Verdict(Outcome outcome, string reason, string[]? missingFacts, FactMask decidingFacts = default)
    {
        Outcome = outcome;
        Reason = RuleText.Required(reason, nameof(reason));
        this.missingFacts = missingFacts;
        DecidingMask = decidingFacts;
    }

    /// <summary>The outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>Which facts decided the outcome, in one or two sentences.</summary>
    public string Reason { get; }

    /// <summary>The JSON paths of the missing deciding facts (empty unless <see cref="Outcome.Undetermined"/>).</summary>
    public IReadOnlyList<string> MissingFacts => missingFacts ?? NoFacts;

    /// <summary>
    /// The JSON paths of the known facts the rule named as deciding this verdict (<see cref="Violated(string, Fact[])"/>,
    /// or the <c>Checklist</c> steps that decided), in the order of the activity format (FactPaths); empty when it named none
    /// (the engine then names the known checked facts the evaluation read, <see cref="Engine.Finding.DecidingFacts"/>).
    /// </summary>
    public IReadOnlyList<string> DecidingFacts => DecidingMask.IsEmpty ? NoFacts : FactIndex.PathsOf(DecidingMask);

    /// <summary>The deciding facts as a <see cref="FactIndex"/> mask.</summary>
    internal FactMask DecidingMask { get; }

    /// <summary>The facts breach the rule.</summary>
    /// <param name="reason">Which facts decided it.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Violated(string reason) => new Verdict(Outcome.Violated, reason, null);

    /// <summary>
    /// The facts breach the rule; <paramref name="facts"/> are the facts that decided it, so that reports can
    /// point at them in the activity document. Unknown facts among them, and paths no rule can read, are skipped.
    /// </summary>
    /// <param name="reason">Which facts decided it.</param>
    /// <param name="facts">The deciding facts.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static Verdict Violated(string reason, params Fact[] facts)
    {
        Preconditions.CheckNotNull(facts, nameof(facts));

        return new Verdict(Outcome.Violated, reason, null, MaskOf(facts));
    }

    /// <summary>A violation decided by the facts of <paramref name="facts"/> (a <see cref="FactIndex"/> mask).</summary>
    internal static Verdict Violated(string reason, FactMask facts) => new Verdict(Outcome.Violated, reason, null, facts);

    /// <summary>A not-applicable verdict decided by the facts of <paramref name="facts"/> (a <see cref="FactIndex"/> mask).</summary>
    internal static Verdict NotApplicable(string reason, FactMask facts) => new Verdict(Outcome.NotApplicable, reason, null, facts);

    /// <summary>The mask of the known facts among <paramref name="facts"/> (unknown ones, placeholders and paths no rule reads are skipped).</summary>
    internal static FactMask MaskOf(params Fact[] facts)
    {
        var mask = FactMask.Empty;
        foreach (var f in facts)
        {
            mask |= MaskOf(f);
        }

        return mask;
    }

    /// <summary>The bit of <paramref name="fact"/> when it is known, else 0.</summary>
    internal static FactMask MaskOf(in Fact fact)
    {
        var index = fact.IsUnknown || fact.Path is null ? -1 : FactIndex.Of(fact.Path);
        return index < 0 ? FactMask.Empty : FactMask.Of(index);
    }

    /// <summary>The rule applies and the facts meet it.</summary>
    /// <param name="reason">Which facts decided it.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Satisfied(string reason) => new Verdict(Outcome.Satisfied, reason, null);

    /// <summary>The rule's trigger is absent.</summary>
    /// <param name="reason">Which absent trigger decided it.</param>
    /// <returns>The verdict.</returns>
    public static Verdict NotApplicable(string reason) => new Verdict(Outcome.NotApplicable, reason, null);

    /// <summary>
    /// The deciding facts are missing. Lists the paths of those of <paramref name="facts"/> that are unknown
    /// (known ones, and <c>default(Fact)</c> placeholders, are skipped).
    /// </summary>
    /// <param name="reason">What would decide the rule.</param>
    /// <param name="facts">The deciding facts; at least one must be unknown.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentException">None of <paramref name="facts"/> is unknown (a bug in the rule: an undetermined verdict must name what is missing).</exception>
    public static Verdict Undetermined(string reason, params Fact[] facts)
    {
        Preconditions.CheckNotNull(facts, nameof(facts));

        var unknown = 0;
        foreach (var f in facts)
        {
            unknown += f.IsUnknown && f.Path != null ? 1 : 0;
        }

        Preconditions.CheckArgument(unknown != 0, nameof(facts), "An undetermined verdict must name at least one unknown fact.");

        var paths = new string[unknown];
        var i = 0;
        foreach (var f in facts)
        {
            if (f.IsUnknown && f.Path != null && Array.IndexOf(paths, f.Path, 0, i) < 0)
            {
                paths[i++] = f.Path;
            }
        }

        if (i < paths.Length)
        {
            Array.Resize(ref paths, i);
        }

        return new Verdict(Outcome.Undetermined, reason, paths);
    }

    /// <summary>The deciding fact at <paramref name="path"/> (e.g. a whole section) is missing.</summary>
    /// <param name="reason">What would decide the rule.</param>
    /// <param name="path">The JSON path of the missing fact.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Undetermined(string reason, string path) =>
        new Verdict(Outcome.Undetermined, reason, new[] { RuleText.Required(path, nameof(path)) });

    /// <summary>The outcome and reason, for debugging.</summary>
    /// <returns>E.g. <c>Violated: no notice.</c>.</returns>
    public override string ToString() => $"{Outcome}: {Reason}";
}
