using System;

namespace BiometricConsent;

/// <summary>
/// A kind of biometric data. A flags enum: a consent names every modality it covers and a check that names
/// several requires consent for all of them; an assessed activity lists each modality it uses as a single
/// value (JSON <c>$.modalities</c>).
/// </summary>
/// <remarks>
/// <para>All biometric data is sensitive personal information (PIPL Art. 28).</para>
/// <para>
/// One vocabulary for the consent gate and the rules library (see docs/vocabulary.md). Member names are the
/// names the activity JSON uses; the numeric values are stable and are what durable ledgers store.
/// <see cref="None"/> and combinations are valid in neither a consent, a check nor an activity.
/// </para>
/// </remarks>
[Flags]
public enum Modality
{
    /// <summary>No modality; not valid in a consent, a check or an activity.</summary>
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
