namespace BiometricConsent.Consent;

/// <summary>Validation of the <see cref="Modality"/> and <see cref="RecognitionFunction"/> flag sets.</summary>
internal static class ScopeFlags
{
    private const int AllModalities = (int)(Modality.Face | Modality.Fingerprint | Modality.Iris | Modality.Voice | Modality.Gait);
    private const int AllFunctions = (int)(RecognitionFunction.Verification | RecognitionFunction.Identification | RecognitionFunction.AttributeAnalysis | RecognitionFunction.Detection |
        RecognitionFunction.EmotionRecognition | RecognitionFunction.BiometricCategorisation);

    /// <summary>Whether at least one flag is set and every flag set is defined.</summary>
    internal static bool IsValid(Modality modalities) => modalities != Modality.None && ((int)modalities & ~AllModalities) == 0;

    /// <summary>Whether at least one flag is set and every flag set is defined.</summary>
    internal static bool IsValid(RecognitionFunction functions) => functions != RecognitionFunction.None && ((int)functions & ~AllFunctions) == 0;
}
