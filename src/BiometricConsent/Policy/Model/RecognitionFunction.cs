namespace BiometricConsent.Policy.Model
{
    /// <summary>What the recognition does (policy-contract §2 <c>function</c>).</summary>
    /// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
    public enum RecognitionFunction
    {
        /// <summary>One-to-one verification of a claimed identity.</summary>
        Verification = 1,

        /// <summary>One-to-many identification of a person.</summary>
        Identification = 2,

        /// <summary>Analysis of attributes (age, gender, emotion, ...) without establishing identity.</summary>
        AttributeAnalysis = 3,

        /// <summary>Detection that a face is present, without verification, identification or analysis.</summary>
        Detection = 4,
    }
}
