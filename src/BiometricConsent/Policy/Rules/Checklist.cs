using System.Collections.Generic;

namespace BiometricConsent.Policy.Rules;

/// <summary>
/// The vocabulary of a rule's evaluation, so that its body reads as its article does:
/// <code>
/// Checklist.Unless(Gate(c))
///     .AppliesWhen(c.SecurityIncident(), "No leak, tampering or loss occurred.")
///     .Requires(c.RegulatorNotified(), "the regulator was not notified", when: c.SecurityIncident().IsTrue)
///     .Verdict(violated: "Facial information leaked, but ", undetermined: "Whether … decide this rule.", satisfied: "…");
/// </code>
/// A requirement whose fact is known and unmet records a breach; whose fact is unknown, a missing fact. The
/// verdict is <see cref="Outcome.Violated"/> when anything is breached (a known breach decides even if other
/// facts are missing), else <see cref="Outcome.Undetermined"/> naming the missing facts, else
/// <see cref="Outcome.Satisfied"/>. A gate or an absent trigger decides first and ends the list: later steps
/// are skipped. Allocates only when something is breached or missing. Each step that decides names its facts
/// (<see cref="Requires"/>, <see cref="Forbids"/> and <see cref="AppliesWhen"/> their own; <see cref="Breach"/> and
/// <see cref="ViolatedIf"/> those passed to them), and the verdict carries them as <see cref="Rules.Verdict.DecidingFacts"/>.
/// </summary>
/// <remarks>A struct passed by value: each step returns the list with the step applied.</remarks>
internal readonly struct Checklist
{
    private readonly Verdict? decided;
    private readonly string? breaches;
    private readonly List<Fact>? unknown;
    private readonly FactMask breachFacts;

    private Checklist(Verdict? decided, string? breaches, List<Fact>? unknown, FactMask breachFacts = default)
    {
        this.decided = decided;
        this.breaches = breaches;
        this.unknown = unknown;
        this.breachFacts = breachFacts;
    }

    /// <summary>An empty list.</summary>
    internal static Checklist Start => default;

    /// <summary>A list decided by <paramref name="gate"/> when it is not null (the rule does not apply, or whether it applies is unknown).</summary>
    internal static Checklist Unless(Verdict? gate) => new Checklist(gate, null, null);

    /// <summary>This list, or, when nothing has decided it yet, the verdict of <paramref name="gate"/> if not null.</summary>
    internal Checklist AndUnless(Verdict? gate) => decided != null || gate is null ? this : new Checklist(gate, null, null);

    /// <summary>
    /// The rule applies only when <paramref name="trigger"/> holds: known false decides <see cref="Outcome.NotApplicable"/>
    /// with <paramref name="notApplicable"/>; unknown is a missing fact.
    /// </summary>
    internal Checklist AppliesWhen(Fact trigger, string notApplicable) =>
        decided != null ? this
        : trigger.IsFalse ? new Checklist(Rules.Verdict.NotApplicable(notApplicable, Rules.Verdict.MaskOf(trigger)), null, null)
        : Needs(trigger);

    /// <summary>
    /// An outright breach: when <paramref name="when"/>, the verdict is <see cref="Outcome.Violated"/> with the whole
    /// <paramref name="reason"/>, decided by the known facts among <paramref name="fact1"/>…<paramref name="fact3"/>.
    /// </summary>
    internal Checklist ViolatedIf(bool when, string reason, Fact fact1 = default, Fact fact2 = default, Fact fact3 = default) =>
        decided != null || !when ? this
        : new Checklist(Rules.Verdict.Violated(reason, Rules.Verdict.MaskOf(fact1) | Rules.Verdict.MaskOf(fact2) | Rules.Verdict.MaskOf(fact3)), null, null);

    /// <summary><paramref name="fact"/> must hold: known false is the breach <paramref name="breach"/>, unknown a missing fact. Skipped unless <paramref name="when"/>.</summary>
    internal Checklist Requires(Fact fact, string breach, bool when = true) =>
        !when ? this : Breach(fact.IsFalse, breach, fact).Needs(fact);

    /// <summary><paramref name="fact"/> must not hold: known true is the breach <paramref name="breach"/>, unknown a missing fact. Skipped unless <paramref name="when"/>.</summary>
    internal Checklist Forbids(Fact fact, string breach, bool when = true) =>
        !when ? this : Breach(fact.IsTrue, breach, fact).Needs(fact);

    /// <summary>
    /// Records <paramref name="what"/> (a clause such as "consent was not separate") when <paramref name="when"/>,
    /// decided by the known facts among <paramref name="fact1"/>…<paramref name="fact3"/>.
    /// </summary>
    internal Checklist Breach(bool when, string what, Fact fact1 = default, Fact fact2 = default, Fact fact3 = default) =>
        decided != null || !when ? this
        : new Checklist(null, breaches is null ? what : breaches + "; " + what, unknown,
            breachFacts | Rules.Verdict.MaskOf(fact1) | Rules.Verdict.MaskOf(fact2) | Rules.Verdict.MaskOf(fact3));

    /// <summary>Records <paramref name="fact"/> as a missing deciding fact when it is unknown (and <paramref name="when"/>).</summary>
    internal Checklist Needs(Fact fact, bool when = true)
    {
        if (decided != null || !when || !fact.IsUnknown)
        {
            return this;
        }

        var facts = unknown ?? new List<Fact>(4);
        facts.Add(fact);
        return new Checklist(null, breaches, facts, breachFacts);
    }

    /// <summary>Records the fact at <paramref name="path"/> as missing when <paramref name="value"/> is null (for lists, dates, counts and periods).</summary>
    internal Checklist NeedsValue(object? value, string path) => value is null ? Needs(new Fact(null, path)) : this;

    /// <summary>The verdict.</summary>
    /// <param name="violated">The lead of the violation reason, ending in a colon and a space (the breaches follow, joined by "; ", with a full stop); empty when each breach is a sentence of its own.</param>
    /// <param name="undetermined">What decides the rule, for an undetermined verdict.</param>
    /// <param name="satisfied">The reason when every requirement is met.</param>
    internal Verdict Verdict(string violated, string undetermined, string satisfied) =>
        decided is Verdict d ? d
        : breaches != null ? Rules.Verdict.Violated(violated + breaches + ".", breachFacts)
        : unknown != null ? Rules.Verdict.Undetermined(undetermined, unknown.ToArray())
        : Rules.Verdict.Satisfied(satisfied);
}
