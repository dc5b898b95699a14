using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Policy.Reporting;

/// <summary>
/// Writes an <see cref="Assessment"/> in the assessment JSON form (docs/cli.md, "json"): camelCase, findings
/// ordered by rule ID, dates as ISO <c>YYYY-MM-DD</c>. Written field by field (no reflection), indented, UTF-8.
/// </summary>
/// <remarks>
/// <para>
/// <c>period</c> is the period assessed, as local dates in the jurisdiction's zone: the activity's dates (an
/// instant such as <c>2021-07-31T17:00:00Z</c> appears as <c>2021-08-01</c> for <c>CN*</c>), or the single day
/// of <see cref="Assessor.Assess(Model.Activity, NodaTime.LocalDate)"/>. <c>end</c> is <c>null</c> for an
/// ongoing activity. <c>activity</c> is <c>null</c> when the activity has no ID.
/// </para>
/// <para>
/// Each finding has the documented fields — <c>rule</c>, <c>instrument</c> (its English title), <c>article</c>,
/// <c>effectiveFrom</c> (the rule's first day, <c>null</c> for drafts and case law), <c>status</c> (the
/// instrument's: <c>InForce</c>, <c>Draft</c>, <c>Superseded</c>, <c>CaseLaw</c>), <c>outcome</c>,
/// <c>reason</c>, <c>penalty</c> (<c>null</c> unless <c>Violated</c>), <c>missingFacts</c> — followed by two
/// additions: <c>verification</c>, how sure the catalog is of the rule (<c>VerifiedPrimary</c>,
/// <c>VerifiedSecondary</c> or <c>Recalled</c>; the markers [V-P], [V-S], [R] of docs/rules-catalog.md), and
/// <c>decidingFacts</c> (<see cref="Finding.DecidingFacts"/>). A finding the activity accepts
/// (<see cref="Model.Activity.Accepted"/>; Violated or Undetermined, with a non-blank justification) ends with
/// <c>accepted</c>, the justification; the field is absent from every other finding. The outcome is unchanged.
/// </para>
/// <para>
/// After <c>summary</c>, <c>coverage</c> (<see cref="AssessmentCoverage"/>): the IDs of the <c>instruments</c>
/// covering the jurisdiction, the number of <c>rules</c> and of <c>rulesInForce</c>, <c>nothingAssessed</c>
/// (no rule in force: not a pass) and its <c>note</c> (<c>null</c> unless nothing was assessed).
/// </para>
/// <para>
/// After <c>coverage</c>, <c>advice</c>: the findings of recommended national standards
/// (<see cref="Assessment.Advice"/>), in the shape of <c>findings</c> (an <c>outcome</c> of <c>Violated</c> means
/// "not followed"; <c>penalty</c> is always <c>null</c>), and <c>adviceSummary</c>, their counts. Advice is never
/// in <c>findings</c> or <c>summary</c>; both are empty (all zero) when the assessment has none or it was left out.
/// </para>
/// </remarks>
public static class AssessmentJsonWriter
{
    /// <summary>Writes <paramref name="assessment"/> as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="assessment">The assessment.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Assessment assessment)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckNotNull(assessment, nameof(assessment));

        writer.WriteStartObject();
        JsonOutput.WriteStringOrNull(writer, "activity", assessment.ActivityId);
        writer.WriteString("jurisdiction", assessment.Jurisdiction.Code);
        writer.WriteStartObject("period");
        JsonOutput.WriteDate(writer, "start", assessment.Period.Start);
        JsonOutput.WriteDate(writer, "end", assessment.Period.End);
        writer.WriteEndObject();

        writer.WriteStartArray("findings");
        foreach (var finding in assessment.Findings)
        {
            WriteFinding(writer, assessment, finding);
        }

        writer.WriteEndArray();

        var summary = assessment.Summary;
        WriteSummary(writer, "summary", summary);

        var coverage = assessment.Coverage;
        writer.WriteStartObject("coverage");
        writer.WriteStartArray("instruments");
        foreach (var instrument in coverage.Instruments)
        {
            writer.WriteStringValue(instrument.Id);
        }

        writer.WriteEndArray();
        writer.WriteNumber("rules", coverage.Rules);
        writer.WriteNumber("rulesInForce", coverage.RulesInForce);
        writer.WriteBoolean("nothingAssessed", coverage.IsEmpty);
        JsonOutput.WriteStringOrNull(writer, "note", coverage.Note);
        writer.WriteEndObject();

        writer.WriteStartArray("advice");
        foreach (var finding in assessment.Advice)
        {
            WriteFinding(writer, assessment, finding);
        }

        writer.WriteEndArray();
        WriteSummary(writer, "adviceSummary", assessment.AdviceSummary);
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, string name, AssessmentSummary summary)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("violated", summary.Violated);
        writer.WriteNumber("satisfied", summary.Satisfied);
        writer.WriteNumber("notApplicable", summary.NotApplicable);
        writer.WriteNumber("notInForce", summary.NotInForce);
        writer.WriteNumber("undetermined", summary.Undetermined);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="assessments"/> as a JSON array, in the order given.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="assessments">The assessments.</param>
    /// <exception cref="ArgumentNullException">An argument or an assessment is null.</exception>
    public static void Write(Utf8JsonWriter writer, IEnumerable<Assessment> assessments)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckNotNull(assessments, nameof(assessments));

        writer.WriteStartArray();
        foreach (var assessment in assessments)
        {
            Write(writer, Preconditions.CheckNotNull(assessment, nameof(assessments), "An assessment is null."));
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes <paramref name="documents"/> as indented JSON text and a line break: one document as a JSON object
    /// (as <see cref="ToJson(Assessment)"/>), several as a JSON array in the order given. Paths are not part of the JSON.
    /// </summary>
    /// <param name="output">The writer.</param>
    /// <param name="documents">The assessed documents.</param>
    /// <exception cref="ArgumentNullException">An argument or a document is null.</exception>
    public static void Write(TextWriter output, IReadOnlyList<AssessedDocument> documents)
    {
        Preconditions.CheckNotNull(output, nameof(output));
        Preconditions.CheckNotNull(documents, nameof(documents));
        var assessments = new List<Assessment>(documents.Count);
        foreach (var document in documents)
        {
            assessments.Add(Preconditions.CheckNotNull(document, nameof(documents), "A document is null.").Assessment);
        }

        output.WriteLine(assessments.Count == 1 ? ToJson(assessments[0]) : ToJson(assessments));
    }

    /// <summary>Writes <paramref name="assessment"/> as an indented JSON document and a line break.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="assessment">The assessment.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter output, Assessment assessment)
    {
        Preconditions.CheckNotNull(output, nameof(output));
        output.WriteLine(ToJson(assessment));
    }

    /// <summary>Writes <paramref name="assessment"/> as one indented UTF-8 JSON document to <paramref name="utf8Output"/> (not closed).</summary>
    /// <param name="utf8Output">The stream.</param>
    /// <param name="assessment">The assessment.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Output, Assessment assessment)
    {
        Preconditions.CheckNotNull(assessment, nameof(assessment));

        JsonOutput.WriteTo(utf8Output, w => Write(w, assessment));
    }

    /// <summary>The assessment as an indented JSON document.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ToJson(Assessment assessment)
    {
        Preconditions.CheckNotNull(assessment, nameof(assessment));

        return JsonOutput.ToText(w => Write(w, assessment));
    }

    /// <summary>The assessments as an indented JSON array.</summary>
    /// <param name="assessments">The assessments.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> or one of them is null.</exception>
    public static string ToJson(IEnumerable<Assessment> assessments)
    {
        Preconditions.CheckNotNull(assessments, nameof(assessments));

        return JsonOutput.ToText(w => Write(w, assessments));
    }

    private static void WriteFinding(Utf8JsonWriter writer, Assessment assessment, Finding finding)
    {
        var rule = finding.Rule;
        writer.WriteStartObject();
        writer.WriteString("rule", rule.Id);
        writer.WriteString("instrument", rule.Instrument.Name);
        writer.WriteString("article", rule.Article);
        JsonOutput.WriteDate(writer, "effectiveFrom", rule.EffectiveFrom);
        writer.WriteString("status", ReportText.Name(rule.Instrument.Status));
        writer.WriteString("outcome", ReportText.Name(finding.Outcome));
        writer.WriteString("reason", finding.Reason);
        JsonOutput.WriteStringOrNull(writer, "penalty", finding.Penalty);
        writer.WriteStartArray("missingFacts");
        foreach (var path in finding.MissingFacts)
        {
            writer.WriteStringValue(path);
        }

        writer.WriteEndArray();
        writer.WriteString("verification", ReportText.Name(rule.Verification));
        writer.WriteStartArray("decidingFacts");
        foreach (var path in finding.DecidingFacts)
        {
            writer.WriteStringValue(path);
        }

        writer.WriteEndArray();

        // Only on an accepted finding, so that the output of every activity without acceptances stays as it was.
        if (ReportText.Acceptance(assessment.Activity, finding) is string justification)
        {
            writer.WriteString("accepted", justification);
        }

        writer.WriteEndObject();
    }
}
