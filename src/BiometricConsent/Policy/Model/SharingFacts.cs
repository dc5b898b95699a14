using System;

namespace BiometricConsent.Policy.Model;

/// <summary>Provision of the biometric information to others (<c>sharing</c> in docs/activity-format.md). Each fact is <c>null</c> when unknown.</summary>
public sealed class SharingFacts
{
    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="sharedWithThirdParties">The information is provided to third parties.</param>
    /// <param name="separateConsentForSharing">Separate consent was obtained for providing it to third parties (PIPL Art. 23).</param>
    /// <param name="sold">The information is sold, leased or traded.</param>
    /// <exception cref="ArgumentException">The facts contradict each other; the exception names the offending parameter.</exception>
    public SharingFacts(bool? sharedWithThirdParties = null, bool? separateConsentForSharing = null, bool? sold = null)
    {
        FactGuard.TrueOnlyIf(sold, FactPaths.Sharing.Sold, sharedWithThirdParties, FactPaths.Sharing.SharedWithThirdParties);

        SharedWithThirdParties = sharedWithThirdParties;
        SeparateConsentForSharing = separateConsentForSharing;
        Sold = sold;
    }

    /// <summary>The information is provided to third parties. JSON <c>$.sharing.sharedWithThirdParties</c>.</summary>
    public bool? SharedWithThirdParties { get; }

    /// <summary>Separate consent was obtained for providing it to third parties (PIPL Art. 23). JSON <c>$.sharing.separateConsentForSharing</c>.</summary>
    public bool? SeparateConsentForSharing { get; }

    /// <summary>The information is sold, leased or traded. JSON <c>$.sharing.sold</c>.</summary>
    public bool? Sold { get; }
}
