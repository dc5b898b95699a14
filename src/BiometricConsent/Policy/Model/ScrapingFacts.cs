using System;

namespace BiometricConsent.Policy.Model;

/// <summary>How a recognition database is built (<c>scraping</c> in docs/activity-format.md). Each fact is <c>null</c> when unknown.</summary>
public sealed class ScrapingFacts
{
    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="untargetedFromInternetOrCctv">Facial images are scraped untargeted from the internet or CCTV footage (EU AI Act Art. 5(1)(e)).</param>
    /// <exception cref="ArgumentException">The facts contradict each other; the exception names the offending parameter.</exception>
    public ScrapingFacts(bool? untargetedFromInternetOrCctv = null)
    {
        UntargetedFromInternetOrCctv = untargetedFromInternetOrCctv;
    }

    /// <summary>Facial images are scraped untargeted from the internet or CCTV footage (EU AI Act Art. 5(1)(e)). JSON <c>$.scraping.untargetedFromInternetOrCctv</c>.</summary>
    public bool? UntargetedFromInternetOrCctv { get; }
}
