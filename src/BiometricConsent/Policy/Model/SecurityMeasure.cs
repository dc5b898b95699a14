namespace BiometricConsent.Policy.Model;

/// <summary>
/// A security measure the processor takes besides encryption (<c>security.measures</c>; PIPL Art. 51, CAC FRT Art. 14).
/// Encryption is <c>storage.encrypted</c>.
/// </summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum SecurityMeasure
{
    /// <summary>Internal management rules and operating procedures (PIPL Art. 51(1)).</summary>
    InternalRules = 1,

    /// <summary>Classified management of personal information (PIPL Art. 51(2)).</summary>
    ClassifiedManagement = 2,

    /// <summary>Operating permissions set reasonably: access control (PIPL Art. 51(4), CAC FRT Art. 14).</summary>
    AccessControl = 3,

    /// <summary>Regular security education and training of staff (PIPL Art. 51(4)).</summary>
    StaffTraining = 4,

    /// <summary>An incident response plan, put into effect (PIPL Art. 51(5)).</summary>
    IncidentResponsePlan = 5,

    /// <summary>Security audit (CAC FRT Art. 14).</summary>
    SecurityAudit = 6,

    /// <summary>Authorisation management (CAC FRT Art. 14).</summary>
    AuthorisationManagement = 7,

    /// <summary>Intrusion detection and defence (CAC FRT Art. 14).</summary>
    IntrusionDetection = 8,
}
