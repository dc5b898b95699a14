namespace BiometricConsent.Policy.Model
{
    /// <summary>Why the biometric information is processed (policy-contract §2 <c>purposes</c>).</summary>
    /// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
    public enum Purpose
    {
        /// <summary>Entry to premises or a service.</summary>
        AccessControl = 1,

        /// <summary>Payment.</summary>
        Payment = 2,

        /// <summary>Logging in to an account.</summary>
        Login = 3,

        /// <summary>Attendance tracking.</summary>
        Attendance = 4,

        /// <summary>Customer or visitor analytics.</summary>
        CustomerAnalytics = 5,

        /// <summary>Marketing.</summary>
        Marketing = 6,

        /// <summary>Maintaining public security.</summary>
        PublicSecurity = 7,

        /// <summary>Responding to a public-health emergency.</summary>
        PublicHealthEmergency = 8,

        /// <summary>News reporting or public-opinion supervision.</summary>
        NewsReporting = 9,

        /// <summary>Fraud prevention.</summary>
        FraudPrevention = 10,

        /// <summary>Research, development or algorithm training.</summary>
        ResearchTraining = 11,

        /// <summary>Any other purpose.</summary>
        Other = 12,
    }
}
