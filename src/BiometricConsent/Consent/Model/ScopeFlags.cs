namespace BiometricConsent.Consent;

/// <summary>Validation of the <see cref="BiometricModality"/> and <see cref="RecognitionFunction"/> flag sets.</summary>
internal static class ScopeFlags
{
    private const int AllModalities = (int)(BiometricModality.Face | BiometricModality.Fingerprint | BiometricModality.Iris | BiometricModality.Voice | BiometricModality.Gait);
    private const int AllFunctions = (int)(RecognitionFunction.Verification | RecognitionFunction.Identification | RecognitionFunction.AttributeAnalysis | RecognitionFunction.Detection);

    /// <summary>Whether at least one flag is set and every flag set is defined.</summary>
    internal static bool IsValid(BiometricModality modalities) => modalities != BiometricModality.None && ((int)modalities & ~AllModalities) == 0;

    /// <summary>Whether at least one flag is set and every flag set is defined.</summary>
    internal static bool IsValid(RecognitionFunction functions) => functions != RecognitionFunction.None && ((int)functions & ~AllFunctions) == 0;
}
