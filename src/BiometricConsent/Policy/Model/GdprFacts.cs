using System;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// The facts the GDPR (Regulation (EU) 2016/679) asks about beyond the other sections (<c>gdpr</c> in
/// docs/activity-format.md). Each fact is <c>null</c> when unknown.
/// </summary>
public sealed class GdprFacts
{
    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="article9Condition">The condition of Art. 9(2) relied on (<see cref="Article9Condition.None"/> when none applies).</param>
    /// <param name="largeScale">The processing is on a large scale (Art. 35(3)(b)–(c); Recital 91: many data subjects, a regional, national or supranational reach).</param>
    /// <param name="systematicMonitoring">The processing systematically monitors the area where it takes place (Art. 35(3)(c)).</param>
    /// <exception cref="ArgumentException"><paramref name="article9Condition"/> is not a defined value.</exception>
    public GdprFacts(Article9Condition? article9Condition = null, bool? largeScale = null, bool? systematicMonitoring = null)
    {
        Article9Condition = FactGuard.DefinedOrNull(article9Condition, FactPaths.Gdpr.Article9Condition);
        LargeScale = largeScale;
        SystematicMonitoring = systematicMonitoring;
    }

    /// <summary>The condition of Art. 9(2) relied on. JSON <c>$.gdpr.article9Condition</c>.</summary>
    public Article9Condition? Article9Condition { get; }

    /// <summary>Whether the processing is on a large scale. JSON <c>$.gdpr.largeScale</c>.</summary>
    public bool? LargeScale { get; }

    /// <summary>Whether the processing systematically monitors the area. JSON <c>$.gdpr.systematicMonitoring</c>.</summary>
    public bool? SystematicMonitoring { get; }
}
