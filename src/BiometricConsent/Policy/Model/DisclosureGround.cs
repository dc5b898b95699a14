namespace BiometricConsent.Policy.Model;

/// <summary>
/// A ground other than the individual's general consent on which biometric identifiers are disclosed to others
/// (<c>usBiometric.disclosureGrounds</c>; BIPA 740 ILCS 14/15(d), Texas Bus. &amp; Com. Code § 503.001(c)(1)). The
/// individual's consent to the disclosure is <c>sharing.consentForSharing</c>. Which ground a law accepts differs:
/// each value says which.
/// </summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum DisclosureGround
{
    /// <summary>The disclosure completes a financial transaction the individual requested or authorised (BIPA 15(d)(2); Texas 503.001(c)(1)(B)).</summary>
    FinancialTransaction = 1,

    /// <summary>A State or federal law requires the disclosure (BIPA 15(d)(3); for Texas, a federal statute or a Texas statute other than Gov. Code ch. 552, 503.001(c)(1)(C)).</summary>
    RequiredByStatute = 2,

    /// <summary>A municipal ordinance requires the disclosure (BIPA 15(d)(3) only).</summary>
    RequiredByMunicipalOrdinance = 3,

    /// <summary>A federal statute or a Texas statute other than Gov. Code ch. 552 permits (without requiring) the disclosure (Texas 503.001(c)(1)(C) only).</summary>
    PermittedByStatute = 4,

    /// <summary>The disclosure is required under a valid warrant (BIPA 15(d)(4)); for Texas, made by or to a law enforcement agency for a law enforcement purpose in response to a warrant (503.001(c)(1)(D)).</summary>
    Warrant = 5,

    /// <summary>The disclosure is required under a valid subpoena (BIPA 15(d)(4) only).</summary>
    Subpoena = 6,

    /// <summary>The individual consented to the disclosure for identification in the event of their disappearance or death (Texas 503.001(c)(1)(A), the only consent Texas accepts).</summary>
    IdentificationOnDisappearanceOrDeath = 7,
}
