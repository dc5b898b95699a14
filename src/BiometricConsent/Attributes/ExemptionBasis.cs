namespace BiometricConsent;

/// <summary>
/// The lawful bases on which face processing may proceed without the individual's consent
/// (SPC FR Provisions Art. 5; PIPL Art. 13 ¶1 (3)–(5)).
/// </summary>
public enum ExemptionBasis
{
    /// <summary>Necessary to respond to a public-health emergency, or in an emergency to protect life, health and property (SPC FR Art. 5(1); PIPL Art. 13 ¶1(4)).</summary>
    PublicHealthEmergency = 1,

    /// <summary>Image capture in a public place to maintain public security, as the State prescribes, with prominent signs (SPC FR Art. 5(2); PIPL Art. 26).</summary>
    PublicSecurity = 2,

    /// <summary>News reporting or public-opinion supervision in the public interest, within a reasonable scope (SPC FR Art. 5(3); PIPL Art. 13 ¶1(5)).</summary>
    NewsReporting = 3,

    /// <summary>Performance of a statutory duty or obligation (PIPL Art. 13 ¶1(3)).</summary>
    StatutoryDuty = 4,
}
