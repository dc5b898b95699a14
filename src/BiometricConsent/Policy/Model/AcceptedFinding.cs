using System;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// A finding the team has accepted, as written in an activity file (<c>$.accepted</c>): the rule and why. Not a
/// fact: the rules never read it and the assessment is the same with or without it (a Violated finding stays
/// Violated). It only decides what the build reports — an accepted finding with a justification is not reported
/// as BIO2001/BIO2002 — and the tool shows the justification next to the finding.
/// </summary>
public sealed class AcceptedFinding
{
    /// <summary>Creates an acceptance.</summary>
    /// <param name="rule">The ID of the accepted rule, e.g. <c>CN-PIPL-29</c>.</param>
    /// <param name="justification">Why the finding is accepted; blank text is kept but accepts nothing (<see cref="IsJustified"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="justification"/> is null.</exception>
    public AcceptedFinding(string rule, string justification)
    {
        Rule = Preconditions.CheckNotNull(rule, nameof(rule));
        Justification = Preconditions.CheckNotNull(justification, nameof(justification));
    }

    /// <summary>The ID of the accepted rule. JSON <c>$.accepted[i].rule</c>.</summary>
    public string Rule { get; }

    /// <summary>Why the finding is accepted, as written. JSON <c>$.accepted[i].justification</c>.</summary>
    public string Justification { get; }

    /// <summary>
    /// Whether the justification has text: an acceptance without one accepts nothing (the finding is reported as
    /// before, and the analyzer reports the entry as BIO2007), as a <c>[ConsentExempt]</c> without one is BIO1007.
    /// </summary>
    public bool IsJustified => Justification.Trim().Length > 0;
}
