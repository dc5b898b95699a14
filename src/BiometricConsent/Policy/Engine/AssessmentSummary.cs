using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Policy.Engine;

/// <summary>How many findings of an <see cref="Assessment"/> have each outcome.</summary>
public readonly struct AssessmentSummary
{
    internal AssessmentSummary(int violated, int satisfied, int notApplicable, int notInForce, int undetermined)
    {
        Violated = violated;
        Satisfied = satisfied;
        NotApplicable = notApplicable;
        NotInForce = notInForce;
        Undetermined = undetermined;
    }

    /// <summary>The number of <see cref="Outcome.Violated"/> findings.</summary>
    public int Violated { get; }

    /// <summary>The number of <see cref="Outcome.Satisfied"/> findings.</summary>
    public int Satisfied { get; }

    /// <summary>The number of <see cref="Outcome.NotApplicable"/> findings.</summary>
    public int NotApplicable { get; }

    /// <summary>The number of <see cref="Outcome.NotInForce"/> findings.</summary>
    public int NotInForce { get; }

    /// <summary>The number of <see cref="Outcome.Undetermined"/> findings.</summary>
    public int Undetermined { get; }

    /// <summary>The number of findings.</summary>
    public int Total => Violated + Satisfied + NotApplicable + NotInForce + Undetermined;

    /// <summary>The number of findings with <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    public int Count(Outcome outcome) => outcome switch
    {
        Outcome.Violated => Violated,
        Outcome.Satisfied => Satisfied,
        Outcome.NotApplicable => NotApplicable,
        Outcome.NotInForce => NotInForce,
        Outcome.Undetermined => Undetermined,
        _ => 0,
    };

    /// <summary>The counts, for debugging.</summary>
    /// <returns>E.g. <c>violated 1, satisfied 0, ...</c>.</returns>
    public override string ToString() =>
        $"violated {Violated}, satisfied {Satisfied}, notApplicable {NotApplicable}, notInForce {NotInForce}, undetermined {Undetermined}";
}
