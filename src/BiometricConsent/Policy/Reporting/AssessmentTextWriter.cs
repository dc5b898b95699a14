using System;
using System.Collections.Generic;
using System.IO;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Policy.Reporting;

/// <summary>
/// Writes an <see cref="Assessment"/> for people reading a terminal: a header with the activity, jurisdiction,
/// period and counts, then the findings grouped by outcome — violations first (with citation and penalty), then
/// undetermined (with the missing facts), satisfied, not applicable and not in force. Empty groups are left out.
/// An assessment against no rule in force says so in the header (<see cref="AssessmentCoverage.Note"/>). The advice
/// of recommended standards (<see cref="Assessment.Advice"/>) follows in a section of its own, <c>ADVICE</c>, headed by
/// what advice is and listing the advice not followed and undetermined (the rest is counted).
/// A finding the activity accepts (<see cref="Model.Activity.Accepted"/>) stays in its group, followed by a line
/// <c>accepted: &lt;justification&gt;</c>. Lines are not wrapped; the terminal wraps them.
/// </summary>
public static class AssessmentTextWriter
{
    /// <summary>
    /// Writes <paramref name="documents"/> in the order given, separated by a rule of <c>=</c>; more than one
    /// document ends with a line that counts them.
    /// </summary>
    /// <param name="output">The writer.</param>
    /// <param name="documents">The assessed documents.</param>
    /// <exception cref="ArgumentNullException">An argument or a document is null.</exception>
    public static void Write(TextWriter output, IReadOnlyList<AssessedDocument> documents)
    {
        Preconditions.CheckNotNull(output, nameof(output));
        Preconditions.CheckNotNull(documents, nameof(documents));
        foreach (var document in documents)
        {
            Preconditions.CheckNotNull(document, nameof(documents), "A document is null.");
        }

        int violating = 0, empty = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
                output.WriteLine(new string('=', 72));
                output.WriteLine();
            }

            Write(output, documents[i].Assessment, documents[i].Path);
            violating += documents[i].Assessment.HasViolations ? 1 : 0;
            empty += documents[i].Assessment.Coverage.IsEmpty ? 1 : 0;
        }

        if (documents.Count > 1)
        {
            output.WriteLine();
            output.WriteLine($"{documents.Count} activities assessed; {violating} with violations" +
                (empty > 0 ? $"; {empty} against no rule in force (nothing assessed)." : "."));
        }
    }

    /// <summary>Writes <paramref name="assessment"/>.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="path">The activity document's path, shown in the header; <c>null</c> when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="assessment"/> is null.</exception>
    public static void Write(TextWriter output, Assessment assessment, string? path = null)
    {
        Preconditions.CheckNotNull(output, nameof(output));
        Preconditions.CheckNotNull(assessment, nameof(assessment));

        var name = assessment.ActivityId ?? "activity without an id";
        output.WriteLine(path is null ? $"Assessment of {name}" : $"Assessment of {name} ({path})");
        output.WriteLine($"  Jurisdiction: {assessment.Jurisdiction.Code}");
        output.WriteLine($"  Period:       {ReportText.Period(assessment.Period, assessment.AsOf)}");
        output.WriteLine($"  Result:       {Counts(assessment.Summary)}");
        if (assessment.Coverage.Note is string note)
        {
            output.WriteLine($"  Coverage:     {note}");
        }
        foreach (var outcome in ReportText.ReadingOrder)
        {
            var count = assessment.Summary.Count(outcome);
            if (count == 0)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine($"{ReportText.Words(outcome).ToUpperInvariant()} ({count})");
            foreach (var finding in assessment.Findings)
            {
                if (finding.Outcome == outcome)
                {
                    WriteFinding(output, assessment, finding);
                }
            }
        }

        WriteAdvice(output, assessment);
        output.WriteLine();
        output.WriteLine(ReportText.MarkerLegend);
    }

    private static void WriteAdvice(TextWriter output, Assessment assessment)
    {
        if (!(ReportText.AdviceCounts(assessment.AdviceSummary) is string counts))
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"ADVICE: RECOMMENDED NATIONAL STANDARDS, NOT LAW ({counts})");
        output.WriteLine($"  {ReportText.AdviceNote}");
        foreach (var outcome in new[] { Outcome.Violated, Outcome.Undetermined })
        {
            foreach (var finding in assessment.Advice)
            {
                if (finding.Outcome == outcome)
                {
                    WriteFinding(output, assessment, finding, $" ({ReportText.AdviceWords(outcome)})");
                }
            }
        }
    }

    /// <summary>The assessment as text.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="path">The activity document's path, shown in the header; <c>null</c> when unknown.</param>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ToText(Assessment assessment, string? path = null) => ReportText.Capture(w => Write(w, assessment, path));

    /// <summary>The counts in reading order: <c>2 violated, 1 undetermined, 0 satisfied, ...</c>.</summary>
    internal static string Counts(AssessmentSummary summary)
    {
        var parts = new string[ReportText.ReadingOrder.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var outcome = ReportText.ReadingOrder[i];
            parts[i] = $"{summary.Count(outcome)} {ReportText.Words(outcome)}";
        }

        return string.Join(", ", parts);
    }

    private static void WriteFinding(TextWriter output, Assessment assessment, Finding finding, string label = "")
    {
        var rule = finding.Rule;
        output.WriteLine($"  {rule.Id}  {ReportText.Citation(rule)}, {ReportText.EffectiveDates(rule)}{label}");
        output.WriteLine($"      {finding.Reason}");
        if (finding.Penalty is string penalty)
        {
            output.WriteLine($"      Penalty: {penalty}");
        }

        if (finding.MissingFacts.Count > 0)
        {
            output.WriteLine($"      Missing: {string.Join(", ", finding.MissingFacts)}");
        }

        // Accepted is not an outcome: the finding stays in its group, with the team's reason under it.
        if (ReportText.Acceptance(assessment.Activity, finding) is string justification)
        {
            output.WriteLine($"      accepted: {justification}");
        }
    }
}
