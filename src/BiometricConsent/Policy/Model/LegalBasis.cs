namespace BiometricConsent.Policy.Model;

/// <summary>The basis the processor relies on (<c>legalBasis</c> in docs/activity-format.md).</summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum LegalBasis
{
    /// <summary>The individual's (or guardian's) consent (PIPL Art. 13 ¶1(1)).</summary>
    Consent = 1,

    /// <summary>Necessity for a contract to which the individual is party (PIPL Art. 13 ¶1(2)).</summary>
    Contract = 2,

    /// <summary>Performance of a statutory duty or obligation (PIPL Art. 13 ¶1(3)).</summary>
    StatutoryDuty = 3,

    /// <summary>A public-health emergency or an emergency protecting life, health and property (PIPL Art. 13 ¶1(4); SPC FR Art. 5(1)).</summary>
    PublicHealthEmergency = 4,

    /// <summary>Maintaining public security in public places per State provisions (PIPL Art. 26; SPC FR Art. 5(2)).</summary>
    PublicSecurity = 5,

    /// <summary>News reporting or public-opinion supervision within a reasonable scope (PIPL Art. 13 ¶1(5); SPC FR Art. 5(3)).</summary>
    NewsReporting = 6,

    /// <summary>No basis at all.</summary>
    None = 7,
}
