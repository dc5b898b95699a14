namespace BiometricConsent.Policy.Rules;

/// <summary>
/// Which declared facts one evaluation read through <see cref="RuleContext"/>, as <see cref="FactIndex"/> masks:
/// those it found known and those it found unknown. The engine names the known checked ones as the facts that
/// decided a verdict whose rule named none. One per assessment, reset before each rule; not thread-safe.
/// </summary>
internal sealed class ReadLog
{
    /// <summary>The facts read with a known value (a default, such as <c>modalities</c>, counts as known).</summary>
    internal FactMask Known { get; private set; }

    /// <summary>The facts read without a value.</summary>
    internal FactMask Unknown { get; private set; }

    internal void Reset()
    {
        Known = FactMask.Empty;
        Unknown = FactMask.Empty;
    }

    internal void Record(int fact, bool known)
    {
        if (known)
        {
            Known |= FactMask.Of(fact);
        }
        else
        {
            Unknown |= FactMask.Of(fact);
        }
    }
}
