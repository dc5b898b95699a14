using System;
using System.Collections.Generic;
using System.Text;

namespace BiometricConsent.Policy.Serialization;

/// <summary>
/// An activity document is invalid: malformed JSON, an unknown field or enum value, a wrong type, a malformed
/// date, instant or period, an end before the start, a negative count, contradictory facts, or a missing
/// required field. Lists every error found (up to <see cref="MaxErrors"/>), each with the JSON path of the
/// offending value, its line and column, and the reason.
/// </summary>
public sealed class ActivityFormatException : FormatException
{
    /// <summary>How many errors an exception lists at most; <see cref="ErrorCount"/> counts them all.</summary>
    public const int MaxErrors = 20;

    /// <summary>Creates an exception for one error without a position.</summary>
    /// <param name="jsonPath">The JSON path of the offending value, e.g. <c>$.consent.separate</c>.</param>
    /// <param name="reason">Why the value is rejected.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="jsonPath"/> or <paramref name="reason"/> is null.</exception>
    public ActivityFormatException(string jsonPath, string reason, Exception? innerException = null)
        : this(new[] { new ActivityFormatError(jsonPath, reason) }, innerException)
    {
    }

    /// <summary>Creates an exception for the errors found in a document.</summary>
    /// <param name="errors">The errors, in the order to report them (at least one); only the first <see cref="MaxErrors"/> are kept.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public ActivityFormatException(IEnumerable<ActivityFormatError> errors, Exception? innerException = null)
        : this(Limit(errors), innerException)
    {
    }

    /// <summary>Creates an exception for the first errors of a document, which has <paramref name="count"/> in all.</summary>
    internal ActivityFormatException(List<ActivityFormatError> kept, int count)
        : this((kept, count), null)
    {
    }

    private ActivityFormatException((List<ActivityFormatError> Kept, int Count) errors, Exception? innerException)
        : base(Describe(errors.Kept, errors.Count), innerException)
    {
        Errors = errors.Kept.AsReadOnly();
        ErrorCount = errors.Count;
    }

    /// <summary>The JSON path of the first error, e.g. <c>$.consent.separate</c> or <c>$.purposes[1]</c>; <c>$</c> for the whole document.</summary>
    public string JsonPath => Errors[0].JsonPath;

    /// <summary>Why the first error's value is rejected.</summary>
    public string Reason => Errors[0].Reason;

    /// <summary>The errors in document order: all of them, or the first <see cref="MaxErrors"/> when there are more.</summary>
    public IReadOnlyList<ActivityFormatError> Errors { get; }

    /// <summary>How many errors the document has; more than <c>Errors.Count</c> when some were left out.</summary>
    public int ErrorCount { get; }

    private static (List<ActivityFormatError>, int) Limit(IEnumerable<ActivityFormatError> errors)
    {
        Preconditions.CheckNotNull(errors, nameof(errors));

        var kept = new List<ActivityFormatError>();
        var count = 0;
        foreach (var error in errors)
        {
            Preconditions.CheckNotNull(error, nameof(errors), "An error is null.");

            if (count++ < MaxErrors)
            {
                kept.Add(error);
            }
        }

        return count > 0 ? (kept, count) : throw new ArgumentException("At least one error is needed.", nameof(errors));
    }

    private static string Describe(List<ActivityFormatError> errors, int count)
    {
        if (count == 1)
        {
            return errors[0].ToString();
        }

        var message = new StringBuilder($"The activity document has {count} errors:");
        foreach (var error in errors)
        {
            message.Append("\n  ").Append(error);
        }

        if (count > errors.Count)
        {
            message.Append($"\n  ... and {count - errors.Count} more.");
        }

        return message.ToString();
    }
}
