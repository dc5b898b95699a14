using System;

namespace BiometricConsent.Consent;

/// <summary>
/// Kinds of biometric data. A flags enum: a consent names every modality it covers, and a check that
/// names several requires consent for all of them.
/// </summary>
/// <remarks>All biometric data is sensitive personal information (PIPL Art. 28).</remarks>
[Flags]
public enum BiometricModality
{
    /// <summary>No modality; not valid in a consent or a check.</summary>
    None = 0,

    /// <summary>Facial images and features.</summary>
    Face = 1,

    /// <summary>Fingerprints.</summary>
    Fingerprint = 2,

    /// <summary>Iris patterns.</summary>
    Iris = 4,

    /// <summary>Voiceprints.</summary>
    Voice = 8,

    /// <summary>Gait.</summary>
    Gait = 16,
}
