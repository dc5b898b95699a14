namespace BiometricConsent.Policy.Model;

/// <summary>
/// The authorisation of a law-enforcement use of real-time remote biometric identification in publicly accessible
/// spaces by a judicial authority or an independent administrative authority (EU AI Act Art. 5(3);
/// <c>aiSystem.authorisation</c> in docs/activity-format.md).
/// </summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum RemoteIdentificationAuthorisation
{
    /// <summary>Authorised before the use began.</summary>
    Prior = 1,

    /// <summary>A duly justified urgency: the use began without authorisation, which was requested within 24 hours and not refused.</summary>
    UrgentRequestedWithin24Hours = 2,

    /// <summary>Requested and refused (the use must stop at once and its data be discarded).</summary>
    Refused = 3,

    /// <summary>Not authorised and not requested (or requested later than 24 hours after an urgent start).</summary>
    None = 4,
}
