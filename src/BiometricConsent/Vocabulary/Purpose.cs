namespace BiometricConsent;

/// <summary>
/// Why biometric data is processed: a purpose a consent covers and a check asks about, and a purpose of an
/// assessed activity (JSON <c>$.purposes</c>). Consent covers only the purposes it names
/// (SPC FR Provisions Art. 2(4); PIPL Art. 14 ¶2, Art. 17).
/// </summary>
/// <remarks>
/// One vocabulary for the consent gate and the rules library (see docs/vocabulary.md). Member names are the
/// names the activity JSON uses; the numeric values are stable, start at 1 (so that <c>default</c> is never a
/// meaningful purpose) and are what durable ledgers store.
/// </remarks>
public enum Purpose
{
    /// <summary>Entry to buildings, premises, residential areas or a service.</summary>
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

    /// <summary>Enhancing driving safety, such as monitoring the driver's fatigue or attention (Automobile Data Security Provisions (trial) Art. 10).</summary>
    DrivingSafety = 13,
}
