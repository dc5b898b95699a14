namespace BiometricConsent.Policy.Model;

/// <summary>What a personal-information protection impact assessment covers (<c>impactAssessment.covers</c>; PIPL Art. 56 ¶1).</summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum ImpactAssessmentElement
{
    /// <summary>Whether the purpose and method of processing are lawful, legitimate and necessary (¶1(1)).</summary>
    LawfulnessAndNecessity = 1,

    /// <summary>The impact on individuals' rights and the security risks (¶1(2)).</summary>
    ImpactAndRisks = 2,

    /// <summary>Whether the protective measures are lawful, effective and proportionate to the risks (¶1(3)).</summary>
    MeasuresAdequacy = 3,
}
