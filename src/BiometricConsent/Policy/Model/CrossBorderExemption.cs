namespace BiometricConsent.Policy.Model;

/// <summary>
/// The exemption from the security assessment, standard contract and certification a cross-border transfer relies on
/// (<c>storage.crossBorderExemption</c>; Provisions on Promoting and Regulating Cross-border Data Flows, 2024-03-22,
/// Art. 5; NDSMR Art. 35(4), (5), (7)).
/// </summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum CrossBorderExemption
{
    /// <summary>No exemption is relied on.</summary>
    None = 1,

    /// <summary>Necessary to conclude or perform a contract to which the individual is a party.</summary>
    ContractNecessity = 2,

    /// <summary>Necessary for cross-border human-resources management under lawful labour rules and collective contracts.</summary>
    HumanResources = 3,

    /// <summary>Necessary in an emergency to protect a natural person's life, health and property.</summary>
    Emergency = 4,
}
