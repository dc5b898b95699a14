using System;

namespace BiometricConsent;

/// <summary>
/// What the processing does with the biometric data. A flags enum: a consent names every function it covers
/// and a check that names several requires consent for all of them; an assessed activity has one function
/// (JSON <c>$.function</c>).
/// </summary>
/// <remarks>
/// <para>
/// The functions differ in intrusiveness (CAC FRT Measures Art. 19): consent to 1:1 verification is not
/// consent to 1:N identification, nor to analysing attributes such as age or mood.
/// </para>
/// <para>
/// One vocabulary for the consent gate and the rules library (see docs/vocabulary.md). Member names are the
/// names the activity JSON uses; the numeric values are stable and are what durable ledgers store.
/// <see cref="None"/> is valid in neither a consent, a check nor an activity, and an activity's function is
/// never a combination.
/// </para>
/// </remarks>
[Flags]
public enum RecognitionFunction
{
    /// <summary>No function; not valid in a consent, a check or an activity.</summary>
    None = 0,

    /// <summary>1:1 verification: does this face belong to the claimed person?</summary>
    Verification = 1,

    /// <summary>1:N identification: whose face is this, among many enrolled people?</summary>
    Identification = 2,

    /// <summary>
    /// Analysing attributes such as age or attention, without establishing identity. Inferring emotions is
    /// <see cref="EmotionRecognition"/>, assigning a person to a category <see cref="BiometricCategorisation"/>: the
    /// EU AI Act treats those two apart (Arts. 5(1)(f)–(g), 50(3)), and its rules read this value as possibly either.
    /// </summary>
    AttributeAnalysis = 4,

    /// <summary>Detecting or tracking that a face is present, without verification, identification or analysis.</summary>
    Detection = 8,

    /// <summary>
    /// Identifying or inferring emotions or intentions (happiness, anger, stress, …) from biometric data, without
    /// establishing identity: an emotion recognition system (EU AI Act Art. 3(39)). Chinese rules read it as
    /// <see cref="AttributeAnalysis"/>.
    /// </summary>
    EmotionRecognition = 16,

    /// <summary>
    /// Assigning a person to a category (sex, age, hair colour, ethnic origin, …) from biometric data, without
    /// establishing identity: a biometric categorisation system (EU AI Act Art. 3(40)). Chinese rules read it as
    /// <see cref="AttributeAnalysis"/>.
    /// </summary>
    BiometricCategorisation = 32,
}
