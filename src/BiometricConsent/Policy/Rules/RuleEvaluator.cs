namespace BiometricConsent.Policy.Rules;

/// <summary>
/// Evaluates one rule against one activity. Must be pure and must not throw for any valid activity; reads the
/// activity only through <paramref name="context"/>, and only the facts its rule declares.
/// </summary>
/// <param name="context">The activity's facts and the part of its period in force.</param>
/// <returns>The verdict.</returns>
public delegate Verdict RuleEvaluator(in RuleContext context);
