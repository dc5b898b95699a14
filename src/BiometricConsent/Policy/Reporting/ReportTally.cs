using System.Collections.Generic;

namespace BiometricConsent.Policy.Reporting;

/// <summary>
/// The counts behind the verdict that the Markdown and HTML reports open with, and the words of that verdict, so
/// that the two say the same thing about the same documents.
/// </summary>
internal readonly struct ReportTally
{
    private ReportTally(int documents, int violations, int violating, int empty)
    {
        Documents = documents;
        Violations = violations;
        Violating = violating;
        Empty = empty;
    }

    /// <summary>How many documents.</summary>
    public int Documents { get; }

    /// <summary>How many violated findings, over all documents.</summary>
    public int Violations { get; }

    /// <summary>How many documents have a violation.</summary>
    public int Violating { get; }

    /// <summary>How many documents were assessed against no rule in force (<see cref="Engine.AssessmentCoverage.IsEmpty"/>).</summary>
    public int Empty { get; }

    /// <summary>Whether the verdict has a violations line; not when every document was assessed against nothing (that is no pass).</summary>
    public bool HasViolationLine => Empty < Documents || Violations > 0;

    /// <summary>Where the violations are: empty for one document, <c> in 2 of 3 activities</c>, <c> in 3 activities</c>.</summary>
    public string Scope => Documents == 1 ? "" : Violations == 0 ? $" in {Documents} activities" : $" in {Violating} of {Documents} activities";

    /// <summary>Which documents were assessed against nothing: <c>the activity</c>, <c>1 of 3 activities</c>.</summary>
    public string Unassessed => Documents == 1 ? "the activity" : $"{Empty} of {Documents} activities";

    /// <summary>Counts <paramref name="documents"/>, checking that none is null.</summary>
    /// <exception cref="System.ArgumentNullException">A document is null (ParamName <c>documents</c>).</exception>
    public static ReportTally Of(IReadOnlyList<AssessedDocument> documents)
    {
        int violations = 0, violating = 0, empty = 0;
        foreach (var document in documents)
        {
            Preconditions.CheckNotNull(document, nameof(documents), "A document is null.");

            violations += document.Assessment.Summary.Violated;
            violating += document.Assessment.HasViolations ? 1 : 0;
            empty += document.Assessment.Coverage.IsEmpty ? 1 : 0;
        }

        return new ReportTally(documents.Count, violations, violating, empty);
    }

    /// <summary><c>1 violation</c>, <c>2 violations</c>.</summary>
    public static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
