namespace BiometricConsent.Policy.Rules;

/// <summary>How an instrument's rules are enforced, which decides what a <c>Violated</c> finding means.</summary>
public enum EnforcementChannel
{
    /// <summary>Civil courts: a violation means a court would find infringement or reject a defence (e.g. SPC judicial interpretations, private rights of action).</summary>
    CivilCourt = 1,

    /// <summary>Regulators: a violation exposes the processor to administrative penalties (PIPL, CRPL, CAC measures, local regulations).</summary>
    Administrative = 2,

    /// <summary>Holdings of decided cases: a violation means the facts match conduct a court has held unlawful.</summary>
    CaseLaw = 3,

    /// <summary>
    /// None: a recommended national standard (GB/T), which binds no one by itself. Its findings are advice
    /// (<see cref="Rule.IsAdvice"/>): <c>Violated</c> means "the recommendation is not followed", never a violation of
    /// law; they are kept apart from the binding findings (<c>Assessment.Advice</c>) and never count in
    /// <c>Assessment.HasViolations</c> or the command-line tool's exit code (docs/policy-model.md, "Advice").
    /// </summary>
    Advisory = 4,
}
