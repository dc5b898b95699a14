namespace BiometricConsent.Policy.Model;

/// <summary>The kind of information processor (<c>processor.kinds</c> in docs/activity-format.md).</summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum ProcessorKind
{
    /// <summary>A business operator (经营者) dealing with consumers (CRPL).</summary>
    BusinessOperator = 1,

    /// <summary>A property-management service enterprise or other building manager (SPC FR Art. 10).</summary>
    PropertyManager = 2,

    /// <summary>A market credit information provider (市场信用信息提供单位, Tianjin SCR Art. 15–16).</summary>
    MarketCreditInformationProvider = 3,

    /// <summary>A critical information infrastructure operator (PIPL Art. 40).</summary>
    CriticalInformationInfrastructureOperator = 4,

    /// <summary>A State organ acting under statutory duties (PIPL Arts. 33–37).</summary>
    StateOrgan = 5,

    /// <summary>A law-enforcement authority.</summary>
    LawEnforcement = 6,

    /// <summary>Any other processor.</summary>
    Other = 7,

    /// <summary>
    /// An automobile data processor (汽车数据处理者): a car maker, parts or software supplier, dealer, repairer or
    /// ride-hailing company processing data in the design, production, sale, use, operation or maintenance of cars
    /// (Automobile Data Security Provisions (trial) Art. 3).
    /// </summary>
    AutomobileDataProcessor = 8,
}
