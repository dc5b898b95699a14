namespace BiometricConsent.Consent;

/// <summary>
/// What biometric data is processed for. Consent covers only the purposes it names
/// (SPC FR Provisions Art. 2(4); PIPL Art. 14 ¶2, Art. 17).
/// </summary>
/// <remarks>
/// The members mirror the purposes of the rules library. The numeric values are stable and are what
/// durable ledgers store.
/// </remarks>
public enum ConsentPurpose
{
    /// <summary>Entry to buildings, premises or residential areas.</summary>
    AccessControl = 1,

    /// <summary>Authorising a payment ("pay by face").</summary>
    Payment = 2,

    /// <summary>Signing in to an account or device.</summary>
    Login = 3,

    /// <summary>Recording attendance of employees, students or members.</summary>
    Attendance = 4,

    /// <summary>Analysing customers: counting, tracking, profiling visitors.</summary>
    CustomerAnalytics = 5,

    /// <summary>Marketing and advertising.</summary>
    Marketing = 6,

    /// <summary>Maintaining public security.</summary>
    PublicSecurity = 7,

    /// <summary>Responding to a public-health emergency or protecting life, health and property in an emergency.</summary>
    PublicHealthEmergency = 8,

    /// <summary>News reporting and public-opinion supervision.</summary>
    NewsReporting = 9,

    /// <summary>Preventing fraud, such as liveness and anti-spoofing checks.</summary>
    FraudPrevention = 10,

    /// <summary>Research, development and algorithm training.</summary>
    ResearchTraining = 11,

    /// <summary>Any other purpose, which the notice shown to the subject must state.</summary>
    Other = 12,
}
