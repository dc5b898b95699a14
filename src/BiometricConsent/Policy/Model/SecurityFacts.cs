using System;

namespace BiometricConsent.Policy.Model;

/// <summary>Security incidents (<c>security</c> in docs/activity-format.md). Each fact is <c>null</c> when unknown.</summary>
public sealed class SecurityFacts
{
    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="incident">A leak, tampering or loss occurred (or may have occurred).</param>
    /// <param name="individualsNotified">The affected individuals were notified.</param>
    /// <param name="regulatorNotified">The regulator was notified.</param>
    /// <exception cref="ArgumentException">The facts contradict each other; the exception names the offending parameter.</exception>
    public SecurityFacts(bool? incident = null, bool? individualsNotified = null, bool? regulatorNotified = null)
    {
        FactGuard.TrueOnlyIf(individualsNotified, FactPaths.Security.IndividualsNotified, incident, FactPaths.Security.Incident);
        FactGuard.TrueOnlyIf(regulatorNotified, FactPaths.Security.RegulatorNotified, incident, FactPaths.Security.Incident);

        Incident = incident;
        IndividualsNotified = individualsNotified;
        RegulatorNotified = regulatorNotified;
    }

    /// <summary>A leak, tampering or loss occurred (or may have occurred). JSON <c>$.security.incident</c>.</summary>
    public bool? Incident { get; }

    /// <summary>The affected individuals were notified. JSON <c>$.security.individualsNotified</c>.</summary>
    public bool? IndividualsNotified { get; }

    /// <summary>The regulator was notified. JSON <c>$.security.regulatorNotified</c>.</summary>
    public bool? RegulatorNotified { get; }
}
