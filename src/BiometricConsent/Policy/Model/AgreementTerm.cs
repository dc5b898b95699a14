namespace BiometricConsent.Policy.Model;

/// <summary>
/// What an agreement with a vendor or recipient fixes (<c>entrustment.agreementTerms</c>, <c>sharing.agreementTerms</c>):
/// PIPL Art. 21 ¶1 for an entrusted party (all six), NDSMR Art. 12 for any recipient (purpose, method, scope, security duties).
/// </summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum AgreementTerm
{
    /// <summary>The purpose of the processing.</summary>
    Purpose = 1,

    /// <summary>The period (duration) of the entrusted processing (PIPL Art. 21 ¶1).</summary>
    Period = 2,

    /// <summary>The method of processing.</summary>
    Method = 3,

    /// <summary>The categories of personal information (the scope, NDSMR Art. 12).</summary>
    DataCategories = 4,

    /// <summary>The protection measures, or the recipient's security-protection duties (NDSMR Art. 12).</summary>
    ProtectionMeasures = 5,

    /// <summary>The rights and duties of both parties (PIPL Art. 21 ¶1).</summary>
    RightsAndDuties = 6,
}
