namespace BiometricConsent.Consent;

/// <summary>
/// How the subject (or guardian) expressed consent. Orthogonal to whether the consent was given
/// separately (<see cref="ConsentGranted.IsSeparate"/>): written consent can still be bundled into a
/// wider document, and a separate consent can be a click.
/// </summary>
public enum ConsentForm
{
    /// <summary>Spoken consent, for example at a counter or on a recorded call.</summary>
    Oral = 1,

    /// <summary>
    /// An affirmative electronic action, such as ticking a box or tapping "I agree" on a screen
    /// that showed the notice.
    /// </summary>
    ElectronicAction = 2,

    /// <summary>A signature on paper. Satisfies a written-consent requirement.</summary>
    Written = 3,

    /// <summary>
    /// A reliable electronic signature, which the Electronic Signature Law (Art. 14) treats like a
    /// handwritten one. Satisfies a written-consent requirement.
    /// </summary>
    ElectronicSignature = 4,
}
