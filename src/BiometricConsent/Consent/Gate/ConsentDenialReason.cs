namespace BiometricConsent.Consent;

/// <summary>Why a <see cref="ConsentDecision"/> found no valid consent. The numeric values are stable.</summary>
public enum ConsentDenialReason
{
    /// <summary>Not denied: valid consent is in place.</summary>
    None = 0,

    /// <summary>The ledger holds no consent from the subject at all.</summary>
    NoRecord = 1,

    /// <summary>Every consent on record was granted after the instant checked; consent does not reach back.</summary>
    NotYetGranted = 2,

    /// <summary>No consent in force covers the purpose; consent for one purpose is not consent for another (SPC FR Provisions Art. 2(4); PIPL Art. 14 ¶2).</summary>
    PurposeNotCovered = 3,

    /// <summary>Consent for the purpose does not cover the kind of biometric data, such as fingerprint consent used for a face.</summary>
    ModalityNotCovered = 4,

    /// <summary>Consent for the purpose does not cover the function, such as 1:1 verification consent used for 1:N identification.</summary>
    FunctionNotCovered = 5,

    /// <summary>The consent was withdrawn at or before the instant checked (PIPL Art. 15; not retroactive).</summary>
    Withdrawn = 6,

    /// <summary>The consent expired at or before the instant checked.</summary>
    Expired = 7,

    /// <summary>The consent was bundled with other authorisations rather than given separately; that is no consent for biometric data (PIPL Art. 29; SPC FR Provisions Art. 2(3), 4(2)).</summary>
    NotSeparate = 8,

    /// <summary>The policy requires written consent (paper or electronic signature) and the consent was given otherwise (PIPL Art. 29; SPC FR Provisions Art. 2(3)).</summary>
    WrittenConsentRequired = 9,

    /// <summary>The subject gave consent personally while under the minimum age (14 under PIPL Art. 31): a parent or guardian must consent.</summary>
    GuardianConsentRequired = 10,

    /// <summary>The consent was given against an older notice than the policy requires; the subject must consent again (PIPL Art. 14 ¶2).</summary>
    StaleNoticeVersion = 11,

    /// <summary>
    /// The subject's biometric data was deleted (<see cref="BiometricDataDeleted"/>) at or before the instant checked,
    /// after the consent was granted: erasure ends the consent given before it (PIPL Art. 47), and a new enrolment
    /// needs new consent.
    /// </summary>
    DataDeleted = 12,
}
