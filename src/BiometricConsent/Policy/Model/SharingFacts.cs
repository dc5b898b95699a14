using System;

namespace BiometricConsent.Policy.Model;

/// <summary>Provision of the biometric information to others (<c>sharing</c> in docs/activity-format.md). Each fact is <c>null</c> when unknown.</summary>
public sealed class SharingFacts
{
    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="sharedWithThirdParties">The information is provided to third parties.</param>
    /// <param name="separateConsentForSharing">Separate consent was obtained for providing it to third parties (PIPL Art. 23).</param>
    /// <param name="sold">The information is sold, leased or traded.</param>
    /// <param name="consentForSharing">The individuals consented (separately or not) to providing it to third parties (CRPL Art. 29 ¶2, Cybersecurity Law Art. 42, Civil Code Art. 1038); a <paramref name="separateConsentForSharing"/> of true counts as consent whatever this says.</param>
    /// <exception cref="ArgumentException">The facts contradict each other; the exception names the offending parameter.</exception>
    public SharingFacts(bool? sharedWithThirdParties = null, bool? separateConsentForSharing = null, bool? sold = null, bool? consentForSharing = null)
    {
        FactGuard.TrueOnlyIf(sold, FactPaths.Sharing.Sold, sharedWithThirdParties, FactPaths.Sharing.SharedWithThirdParties);

        // CRPL, Cybersecurity Law and Civil Code facts (issue 9). A separate consent is a consent: the rules read
        // separateConsentForSharing = true as consent whatever this field says, so the two are never contradictory.
        ConsentForSharing = consentForSharing;

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

    /// <summary>The individuals consented to providing it to third parties (a separate consent, <see cref="SeparateConsentForSharing"/>, is one too). JSON <c>$.sharing.consentForSharing</c>.</summary>
    public bool? ConsentForSharing { get; }
}
