using System;
using System.Collections.Generic;

namespace BiometricConsent.Policy.Model;

/// <summary>Security measures and incidents (<c>security</c> in docs/activity-format.md). Each fact is <c>null</c> when unknown.</summary>
public sealed class SecurityFacts
{
    private readonly ulong measureMask;

    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="incident">A leak, tampering or loss occurred (or may have occurred).</param>
    /// <param name="individualsNotified">The affected individuals were notified.</param>
    /// <param name="regulatorNotified">The regulator was notified.</param>
    /// <param name="measures">The security measures taken besides encryption (may be empty), or <c>null</c> when unknown.</param>
    /// <exception cref="ArgumentException">The facts contradict each other, or <paramref name="measures"/> repeats a measure or holds an undefined value; the exception names the offending parameter.</exception>
    public SecurityFacts(bool? incident = null, bool? individualsNotified = null, bool? regulatorNotified = null, IEnumerable<SecurityMeasure>? measures = null)
    {
        FactGuard.TrueOnlyIf(individualsNotified, FactPaths.Security.IndividualsNotified, incident, FactPaths.Security.Incident);
        FactGuard.TrueOnlyIf(regulatorNotified, FactPaths.Security.RegulatorNotified, incident, FactPaths.Security.Incident);

        Incident = incident;
        IndividualsNotified = individualsNotified;
        RegulatorNotified = regulatorNotified;
        Measures = FactGuard.EnumList(measures, FactPaths.Security.Measures, allowEmpty: true, out measureMask);
    }

    /// <summary>A leak, tampering or loss occurred (or may have occurred). JSON <c>$.security.incident</c>.</summary>
    public bool? Incident { get; }

    /// <summary>The affected individuals were notified. JSON <c>$.security.individualsNotified</c>.</summary>
    public bool? IndividualsNotified { get; }

    /// <summary>The regulator was notified. JSON <c>$.security.regulatorNotified</c>.</summary>
    public bool? RegulatorNotified { get; }

    /// <summary>The security measures taken besides encryption, or <c>null</c> when unknown. JSON <c>$.security.measures</c>.</summary>
    public IReadOnlyList<SecurityMeasure>? Measures { get; }

    /// <summary>Whether <paramref name="measure"/> is taken: <c>null</c> when the measures are unknown.</summary>
    /// <param name="measure">The measure.</param>
    public bool? Takes(SecurityMeasure measure) => Measures is null ? (bool?)null : FactGuard.Has(measureMask, (int)measure);
}
