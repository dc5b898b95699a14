using System;

namespace BiometricConsent.Consent;

/// <summary>
/// What the processing does with the biometric data. A flags enum: a consent names every function it
/// covers, and a check that names several requires consent for all of them.
/// </summary>
/// <remarks>
/// The functions differ in intrusiveness (CAC FRT Measures Art. 19): consent to 1:1 verification is not
/// consent to 1:N identification, nor to analysing attributes such as age or mood.
/// </remarks>
[Flags]
public enum RecognitionFunction
{
    /// <summary>No function; not valid in a consent or a check.</summary>
    None = 0,

    /// <summary>1:1 verification: does this face belong to the claimed person?</summary>
    Verification = 1,

    /// <summary>1:N identification: whose face is this, among many enrolled people?</summary>
    Identification = 2,

    /// <summary>Analysing attributes such as age, gender, emotion or attention.</summary>
    AttributeAnalysis = 4,

    /// <summary>Detecting or tracking that a face is present, without identifying it.</summary>
    Detection = 8,
}
