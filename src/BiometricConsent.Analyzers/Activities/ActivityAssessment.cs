using BiometricConsent.Analyzers.Policy.Engine;
using NodaTime;

namespace BiometricConsent.Analyzers.Activities;

/// <summary>The assessment of one activity as of one day, or why the rules could not make it.</summary>
internal sealed class ActivityAssessment
{
    /// <summary>No assessment: the file is not readable.</summary>
    public static readonly ActivityAssessment None = new ActivityAssessment(null, null, null);

    public ActivityAssessment(Assessment? result, LocalDate? assessedOn, string? failure)
    {
        Result = result;
        AssessedOn = assessedOn;
        Failure = failure;
    }

    /// <summary>The assessment, or <c>null</c>.</summary>
    public Assessment? Result { get; }

    /// <summary>The day assessed up to, or <c>null</c> when the file is not readable.</summary>
    public LocalDate? AssessedOn { get; }

    /// <summary>Why the rules failed, or <c>null</c>.</summary>
    public string? Failure { get; }
}
