using System;

namespace BiometricConsent.Consent;

/// <summary>
/// Thrown by <see cref="ConsentGate.Require"/> and <see cref="ConsentGate.RequireAsync"/> when the subject has no
/// valid consent for the processing: the capture that was about to happen must not.
/// </summary>
public sealed class ConsentRequiredException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="subject">The subject without valid consent.</param>
    /// <param name="purpose">The purpose checked.</param>
    /// <param name="function">The function checked.</param>
    /// <param name="modality">The modality checked.</param>
    /// <param name="decision">The denial.</param>
    /// <exception cref="ArgumentException"><paramref name="decision"/> is granted.</exception>
    public ConsentRequiredException(SubjectId subject, Purpose purpose, RecognitionFunction function, Modality modality, ConsentDecision decision)
        : base(FormatMessage(subject, purpose, function, modality, decision))
    {
        Subject = subject;
        Purpose = purpose;
        Function = function;
        Modality = modality;
        Decision = decision;
    }

    /// <summary>The subject without valid consent.</summary>
    public SubjectId Subject { get; }

    /// <summary>The purpose checked.</summary>
    public Purpose Purpose { get; }

    /// <summary>The function checked.</summary>
    public RecognitionFunction Function { get; }

    /// <summary>The modality checked.</summary>
    public Modality Modality { get; }

    /// <summary>The denial.</summary>
    public ConsentDecision Decision { get; }

    /// <summary>Why consent is missing.</summary>
    public ConsentDenialReason Reason => Decision.Reason;

    private static string FormatMessage(SubjectId subject, Purpose purpose, RecognitionFunction function, Modality modality, ConsentDecision decision)
    {
        Preconditions.CheckArgument(!decision.IsGranted, nameof(decision), "A granted decision does not justify a ConsentRequiredException.");

        return $"Subject '{subject}' has no valid consent for {purpose} ({modality} {function}): {decision.Message} [{decision.Reason}]";
    }
}
