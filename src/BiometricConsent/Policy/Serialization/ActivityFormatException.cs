using System;

namespace BiometricConsent.Policy.Serialization
{
    /// <summary>
    /// An activity document is invalid: malformed JSON, an unknown field or enum value, a wrong type, a malformed
    /// date, instant or period, an end before the start, a negative count, contradictory facts, or a missing
    /// required field. Names the JSON path of the offending value and the reason.
    /// </summary>
    public sealed class ActivityFormatException : FormatException
    {
        /// <summary>Creates an exception.</summary>
        /// <param name="jsonPath">The JSON path of the offending value, e.g. <c>$.consent.separate</c>.</param>
        /// <param name="reason">Why the value is rejected.</param>
        /// <param name="innerException">The underlying error, if any.</param>
        public ActivityFormatException(string jsonPath, string reason, Exception? innerException = null)
            : base($"{jsonPath}: {reason}", innerException)
        {
            JsonPath = jsonPath ?? throw new ArgumentNullException(nameof(jsonPath));
            Reason = reason ?? throw new ArgumentNullException(nameof(reason));
        }

        /// <summary>The JSON path of the offending value, e.g. <c>$.consent.separate</c> or <c>$.purposes[1]</c>; <c>$</c> for the whole document.</summary>
        public string JsonPath { get; }

        /// <summary>Why the value is rejected.</summary>
        public string Reason { get; }
    }
}
