namespace BiometricConsent.Policy.Model
{
    /// <summary>A biometric modality (policy-contract §2 <c>modalities</c>).</summary>
    /// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
    public enum Modality
    {
        /// <summary>Facial images or facial features.</summary>
        Face = 1,

        /// <summary>Fingerprints.</summary>
        Fingerprint = 2,

        /// <summary>Iris patterns.</summary>
        Iris = 3,

        /// <summary>Voiceprints.</summary>
        Voice = 4,

        /// <summary>Gait.</summary>
        Gait = 5,
    }
}
