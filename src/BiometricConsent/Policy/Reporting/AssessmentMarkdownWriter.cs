using System;
using System.Collections.Generic;
using System.IO;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Policy.Reporting;

/// <summary>
/// Writes assessments as a Markdown report for a pull request (GitHub-flavoured): a heading, a verdict line, a
/// summary table with one row per activity, then per activity the violations (citation, reason, penalty), the
/// undetermined findings (with the missing facts to supply), and the remaining findings collapsed in a
/// <c>&lt;details&gt;</c> block. Rule IDs link to the rule catalog. An activity assessed against no rule in force
/// (<see cref="AssessmentCoverage.IsEmpty"/>) gets a "Nothing assessed" line, in the verdict and in its section.
/// The advice of recommended standards (<see cref="Assessment.Advice"/>) closes each activity's section under its
/// own heading, "Advice: recommended national standards (not law)", as a table; it never enters the verdict.
/// </summary>
public static class AssessmentMarkdownWriter
{
    /// <summary>Writes the report for <paramref name="documents"/>, in the order given.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="documents">The assessed documents.</param>
    /// <exception cref="ArgumentNullException">An argument or a document is null.</exception>
    public static void Write(TextWriter output, IReadOnlyList<AssessedDocument> documents)
    {
        Preconditions.CheckNotNull(output, nameof(output));
        Preconditions.CheckNotNull(documents, nameof(documents));

        var tally = ReportTally.Of(documents);
        output.WriteLine("# Biometric consent assessment");
        output.WriteLine();
        if (tally.Empty > 0)
        {
            // No rule in force: no violation, but no pass either.
            output.WriteLine($"⚠️ **Nothing assessed** for {tally.Unassessed}: no rule covering the jurisdiction is in force in the period. This is not a pass.");
            output.WriteLine();
        }

        if (tally.HasViolationLine)
        {
            output.WriteLine(tally.Violations == 0 ? $"✅ **No violations**{tally.Scope}." : $"❌ **{ReportTally.Plural(tally.Violations, "violation")}**{tally.Scope}.");
            output.WriteLine();
        }

        output.WriteLine("| Activity | File | Jurisdiction | Period | Violated | Undetermined | Satisfied | Not applicable | Not in force |");
        output.WriteLine("|---|---|---|---|--:|--:|--:|--:|--:|");
        foreach (var document in documents)
        {
            var a = document.Assessment;
            var s = a.Summary;
            output.WriteLine(
                $"| {Title(a)} | {Markdown.Code(document.Path)} | {a.Jurisdiction.Code} | {Markdown.Escape(ReportText.Period(a.Period, a.AsOf))} " +
                $"| {s.Violated} | {s.Undetermined} | {s.Satisfied} | {s.NotApplicable} | {s.NotInForce} |");
        }

        foreach (var document in documents)
        {
            WriteActivity(output, document);
        }

        output.WriteLine();
        output.WriteLine("---");
        output.WriteLine();
        output.WriteLine($"<sub>{Markdown.Escape(ReportText.MarkerLegend)} Assessed by biometric-consent; not legal advice.</sub>");
    }

    /// <summary>Writes the report for one assessment.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="path">The activity document's path as reports show it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter output, Assessment assessment, string path) =>
        Write(output, new[] { new AssessedDocument(assessment, path) });

    /// <summary>The report for <paramref name="documents"/> as a string.</summary>
    /// <param name="documents">The assessed documents.</param>
    /// <returns>The Markdown text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or a document is null.</exception>
    public static string ToMarkdown(IReadOnlyList<AssessedDocument> documents) => ReportText.Capture(w => Write(w, documents));

    private static void WriteActivity(TextWriter output, AssessedDocument document)
    {
        var a = document.Assessment;
        output.WriteLine();
        output.WriteLine($"## {Title(a)}");
        output.WriteLine();
        output.WriteLine($"{Markdown.Code(document.Path)} · {a.Jurisdiction.Code} · {Markdown.Escape(ReportText.Period(a.Period, a.AsOf))}");

        output.WriteLine();
        if (a.Coverage.Note is string note)
        {
            output.WriteLine($"⚠️ **Nothing assessed.** {Markdown.Escape(note)}");
        }
        else if (a.Summary.Violated == 0)
        {
            output.WriteLine("No violations.");
        }
        else
        {
            output.WriteLine($"### Violations ({a.Summary.Violated})");
            foreach (var f in a.Findings)
            {
                if (f.Outcome != Outcome.Violated)
                {
                    continue;
                }

                output.WriteLine();
                output.WriteLine($"#### {f.RuleId} · {Markdown.Escape(ReportText.Citation(f.Rule))}");
                output.WriteLine();
                output.WriteLine(Markdown.Escape(f.Reason));
                if (f.Penalty is string penalty)
                {
                    output.WriteLine();
                    output.WriteLine($"**Penalty:** {Markdown.Escape(penalty)}");
                }

                if (ReportText.Acceptance(a.Activity, f) is string accepted)
                {
                    output.WriteLine();
                    output.WriteLine($"**Accepted:** {Markdown.Escape(accepted)}");
                }

                output.WriteLine();
                output.WriteLine($"<sub>{Markdown.RuleLink(f.Rule)}: {Markdown.Escape(f.Rule.Statement)}</sub>");
            }
        }

        if (a.Summary.Undetermined > 0)
        {
            output.WriteLine();
            output.WriteLine($"### Undetermined ({a.Summary.Undetermined}): facts to supply");
            output.WriteLine();
            foreach (var f in a.Findings)
            {
                if (f.Outcome == Outcome.Undetermined)
                {
                    var missing = Codes(f.MissingFacts);
                    output.WriteLine($"- {Markdown.RuleLink(f.Rule)} · {Markdown.Escape(ReportText.Citation(f.Rule))}: {Markdown.Escape(f.Reason)}  ");
                    output.WriteLine(ReportText.Acceptance(a.Activity, f) is string accepted
                        ? $"  Missing: {string.Join(", ", missing)}  \n  **Accepted:** {Markdown.Escape(accepted)}"
                        : $"  Missing: {string.Join(", ", missing)}");
                }
            }
        }

        var rest = a.Summary.Satisfied + a.Summary.NotApplicable + a.Summary.NotInForce;
        if (rest > 0)
        {
            WriteRest(output, a);
        }

        WriteAdvice(output, a);
    }

    private static void WriteAdvice(TextWriter output, Assessment a)
    {
        if (!(ReportText.AdviceCounts(a.AdviceSummary) is string counts))
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"### Advice: recommended national standards (not law)");
        output.WriteLine();
        output.WriteLine($"ℹ️ {Markdown.Escape(ReportText.AdviceNote)} {counts}.");
        output.WriteLine();
        output.WriteLine("| Rule | Citation | Advice | Reason |");
        output.WriteLine("|---|---|---|---|");
        foreach (var outcome in ReportText.ReadingOrder)
        {
            foreach (var f in a.Advice)
            {
                if (f.Outcome == outcome)
                {
                    var missing = f.MissingFacts.Count == 0 ? "" : " Missing: " + string.Join(", ", Codes(f.MissingFacts));
                    output.WriteLine($"| {Markdown.RuleLink(f.Rule)} | {Markdown.Escape(ReportText.Citation(f.Rule))} | {ReportText.AdviceWords(outcome)} | {Markdown.Escape(f.Reason)}{missing} |");
                }
            }
        }
    }

    private static string[] Codes(IReadOnlyList<string> paths)
    {
        var codes = new string[paths.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = Markdown.Code(paths[i]);
        }

        return codes;
    }

    private static void WriteRest(TextWriter output, Assessment a)
    {
        output.WriteLine();
        output.WriteLine("<details>");
        output.WriteLine($"<summary>Satisfied ({a.Summary.Satisfied}), not applicable ({a.Summary.NotApplicable}), not in force ({a.Summary.NotInForce})</summary>");
        output.WriteLine();
        output.WriteLine("| Rule | Citation | Outcome | Reason |");
        output.WriteLine("|---|---|---|---|");
        foreach (var outcome in ReportText.ReadingOrder)
        {
            if (outcome == Outcome.Violated || outcome == Outcome.Undetermined)
            {
                continue;
            }

            foreach (var f in a.Findings)
            {
                if (f.Outcome == outcome)
                {
                    output.WriteLine($"| {Markdown.RuleLink(f.Rule)} | {Markdown.Escape(ReportText.Citation(f.Rule))} | {ReportText.Words(outcome)} | {Markdown.Escape(f.Reason)} |");
                }
            }
        }

        output.WriteLine();
        output.WriteLine("</details>");
    }

    private static string Title(Assessment a) => a.ActivityId is string id ? Markdown.Escape(id) : "(activity without an id)";
}
