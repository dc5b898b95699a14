using System;

namespace BiometricConsent.Policy.Model;

/// <summary>Standard-form terms (<c>contractTerms</c> in docs/activity-format.md). Each fact is <c>null</c> when unknown.</summary>
public sealed class ContractTermsFacts
{
    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="irrevocableOrPerpetualGrant">A standard-form clause grants an unlimited-term, irrevocable or freely sub-licensable right to process the facial information (SPC FR Art. 11).</param>
    /// <exception cref="ArgumentException">The facts contradict each other; the exception names the offending parameter.</exception>
    public ContractTermsFacts(bool? irrevocableOrPerpetualGrant = null)
    {
        IrrevocableOrPerpetualGrant = irrevocableOrPerpetualGrant;
    }

    /// <summary>A standard-form clause grants an unlimited-term, irrevocable or freely sub-licensable right to process the facial information (SPC FR Art. 11). JSON <c>$.contractTerms.irrevocableOrPerpetualGrant</c>.</summary>
    public bool? IrrevocableOrPerpetualGrant { get; }
}
