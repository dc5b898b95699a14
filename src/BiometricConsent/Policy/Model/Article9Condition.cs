namespace BiometricConsent.Policy.Model;

/// <summary>
/// The condition of GDPR Art. 9(2) under which the processing of special categories of personal data — biometric data
/// for the purpose of uniquely identifying a natural person among them — is not prohibited (<c>gdpr.article9Condition</c>
/// in docs/activity-format.md).
/// </summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum Article9Condition
{
    /// <summary>Art. 9(2)(a): the data subject's explicit consent for one or more specified purposes (the consent facts must show it).</summary>
    ExplicitConsent = 1,

    /// <summary>Art. 9(2)(b): necessary for obligations and rights in employment, social security and social protection law, as Union or Member-State law or a collective agreement authorises.</summary>
    EmploymentAndSocialSecurityLaw = 2,

    /// <summary>Art. 9(2)(c): necessary to protect the vital interests of the data subject or another person where the data subject is physically or legally incapable of consenting.</summary>
    VitalInterests = 3,

    /// <summary>Art. 9(2)(d): the legitimate activities of a foundation, association or other not-for-profit body with a political, philosophical, religious or trade-union aim, about its members.</summary>
    NotForProfitBody = 4,

    /// <summary>Art. 9(2)(e): personal data manifestly made public by the data subject.</summary>
    ManifestlyMadePublic = 5,

    /// <summary>Art. 9(2)(f): necessary for the establishment, exercise or defence of legal claims, or courts acting in their judicial capacity.</summary>
    LegalClaims = 6,

    /// <summary>Art. 9(2)(g): necessary for reasons of substantial public interest, on the basis of Union or Member-State law.</summary>
    SubstantialPublicInterest = 7,

    /// <summary>Art. 9(2)(h): preventive or occupational medicine, medical diagnosis, health or social care.</summary>
    HealthOrSocialCare = 8,

    /// <summary>Art. 9(2)(i): reasons of public interest in the area of public health.</summary>
    PublicHealth = 9,

    /// <summary>Art. 9(2)(j): archiving in the public interest, scientific or historical research, or statistics, under Art. 89(1).</summary>
    ArchivingResearchOrStatistics = 10,

    /// <summary>No condition of Art. 9(2) applies.</summary>
    None = 11,
}
