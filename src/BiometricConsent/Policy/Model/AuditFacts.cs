using System;
using NodaTime;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// Personal-information protection compliance audits (<c>audit</c> in docs/activity-format.md; PIPL Art. 54 and the
/// CAC Measures for Personal Information Protection Compliance Audits, 2025-05-01). Each fact is <c>null</c> when unknown.
/// </summary>
public sealed class AuditFacts
{
    /// <summary>Creates the facts; omit what is unknown.</summary>
    /// <param name="done">Whether a compliance audit of the processing was ever carried out (by the processor or a professional institution).</param>
    /// <param name="lastAuditOn">When the last one was completed (a local date in the jurisdiction's zone).</param>
    /// <param name="personsProcessed">How many persons' personal information the processor handles (all of it, not only faces; the Measures' threshold is 10,000,000).</param>
    /// <exception cref="ArgumentException"><paramref name="lastAuditOn"/> is given while <paramref name="done"/> is false, or <paramref name="personsProcessed"/> is negative.</exception>
    public AuditFacts(bool? done = null, LocalDate? lastAuditOn = null, long? personsProcessed = null)
    {
        if (lastAuditOn != null && done == false)
        {
            throw FactGuard.Invalid(FactPaths.Audit.LastAuditOn, "lastAuditOn is given but done is false; the two contradict each other.");
        }

        FactGuard.NotNegative(personsProcessed, FactPaths.Audit.PersonsProcessed);
        Done = done;
        LastAuditOn = lastAuditOn;
        PersonsProcessed = personsProcessed;
    }

    /// <summary>Whether a compliance audit was ever carried out. JSON <c>$.audit.done</c>.</summary>
    public bool? Done { get; }

    /// <summary>When the last compliance audit was completed. JSON <c>$.audit.lastAuditOn</c>.</summary>
    public LocalDate? LastAuditOn { get; }

    /// <summary>How many persons' personal information the processor handles. JSON <c>$.audit.personsProcessed</c>.</summary>
    public long? PersonsProcessed { get; }
}
