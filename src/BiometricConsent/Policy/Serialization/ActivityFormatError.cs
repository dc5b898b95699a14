using System;
using BiometricConsent.Policy.Reporting;

namespace BiometricConsent.Policy.Serialization;

/// <summary>One reason an activity document is invalid: the JSON path of the offending value, where it is written, and why.</summary>
public sealed class ActivityFormatError
{
    /// <summary>Creates an error.</summary>
    /// <param name="jsonPath">The JSON path of the offending value, e.g. <c>$.consent.separate</c>; <c>$</c> for the whole document.</param>
    /// <param name="reason">Why the value is rejected.</param>
    /// <param name="position">Where in the document the offending value (or property name) is written, when known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="jsonPath"/> or <paramref name="reason"/> is null.</exception>
    public ActivityFormatError(string jsonPath, string reason, TextPosition? position = null)
    {
        JsonPath = Preconditions.CheckNotNull(jsonPath, nameof(jsonPath));
        Reason = Preconditions.CheckNotNull(reason, nameof(reason));
        Position = position;
    }

    /// <summary>The JSON path of the offending value, e.g. <c>$.consent.separate</c> or <c>$.purposes[1]</c>; <c>$</c> for the whole document.</summary>
    public string JsonPath { get; }

    /// <summary>Why the value is rejected.</summary>
    public string Reason { get; }

    /// <summary>
    /// The line and column (UTF-16 code units, from 1) of the property name of the offending field, of the array
    /// item, of the object missing a required field, or of the character a syntax error is at; <c>null</c> when unknown.
    /// </summary>
    public TextPosition? Position { get; }

    /// <summary>The error as <c>line:column: $.path: reason</c> (without the position when it is unknown).</summary>
    /// <returns>E.g. <c>7:35: $.consent.separate: separate is true but obtained is false; the two contradict each other.</c></returns>
    public override string ToString() => Position is TextPosition p ? $"{p}: {JsonPath}: {Reason}" : $"{JsonPath}: {Reason}";
}
