using System;
using BiometricConsent.Policy.Engine;

namespace BiometricConsent.Policy.Reporting;

/// <summary>
/// An assessment together with the activity document it came from, for reports that point into the document
/// (SARIF locations, report headings). Immutable.
/// </summary>
public sealed class AssessedDocument
{
    /// <summary>Creates an assessed document.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="path">
    /// The document's path as reports show it: relative to the repository or working directory, with forward
    /// slashes (e.g. <c>docs/examples/xpeng-shanghai-2021.json</c>). SARIF uses it as the artifact URI.
    /// </param>
    /// <param name="json">The document's JSON text, to locate facts in it; <c>null</c> when not available (locations then point at line 1).</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public AssessedDocument(Assessment assessment, string path, string? json = null)
    {
        Assessment = Preconditions.CheckNotNull(assessment, nameof(assessment));
        Preconditions.CheckNotNull(path, nameof(path));
        Preconditions.CheckArgument(path.Trim().Length != 0, nameof(path), "The path must not be empty.");

        Path = path;
        Json = json;
    }

    /// <summary>The assessment.</summary>
    public Assessment Assessment { get; }

    /// <summary>The document's path as reports show it (relative, forward slashes).</summary>
    public string Path { get; }

    /// <summary>The document's JSON text, or <c>null</c>.</summary>
    public string? Json { get; }
}
