namespace BiometricConsent.Policy.Model;

/// <summary>An item the notice to individuals states (<c>notice.elements</c> in docs/activity-format.md).</summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum NoticeElement
{
    /// <summary>The processor's name and contact details.</summary>
    ProcessorIdentity = 1,

    /// <summary>The purpose of processing.</summary>
    Purpose = 2,

    /// <summary>The method of processing.</summary>
    Method = 3,

    /// <summary>The categories (scope) of information processed.</summary>
    DataCategories = 4,

    /// <summary>The retention period.</summary>
    Retention = 5,

    /// <summary>Why processing biometric information is necessary.</summary>
    Necessity = 6,

    /// <summary>The impact on the individual's rights.</summary>
    Impact = 7,

    /// <summary>How to exercise the individual's rights.</summary>
    RightsExercise = 8,
}
