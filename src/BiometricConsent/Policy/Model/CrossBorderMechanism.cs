namespace BiometricConsent.Policy.Model;

/// <summary>The mechanism relied on for a cross-border transfer (<c>storage.crossBorderMechanism</c> in docs/activity-format.md).</summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum CrossBorderMechanism
{
    /// <summary>No mechanism.</summary>
    None = 1,

    /// <summary>A CAC security assessment (PIPL Art. 38 ¶1(1), Art. 40).</summary>
    SecurityAssessment = 2,

    /// <summary>Personal-information protection certification (PIPL Art. 38 ¶1(2)).</summary>
    Certification = 3,

    /// <summary>The CAC standard contract (PIPL Art. 38 ¶1(3)).</summary>
    StandardContract = 4,
}
