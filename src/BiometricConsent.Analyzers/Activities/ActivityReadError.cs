using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.Activities;

/// <summary>One reason an activity file cannot be read, as the command-line tool states it (BIO2003).</summary>
internal sealed class ActivityReadError
{
    internal ActivityReadError(string? jsonPath, string reason, Location location)
    {
        JsonPath = jsonPath;
        Reason = reason;
        Location = location;
    }

    /// <summary>The JSON path of the bad value, or <c>null</c> for the file as a whole (too large, and the like).</summary>
    public string? JsonPath { get; }

    /// <summary>The reader's reason.</summary>
    public string Reason { get; }

    /// <summary>Where in the file (the document's start when the reader gave no position).</summary>
    public Location Location { get; }

    /// <summary>The message as <c>biometric-consent assess</c> prints it after <c>file:line:column: error:</c>.</summary>
    public string Message => JsonPath is null ? Reason : JsonPath + ": " + Reason;
}
