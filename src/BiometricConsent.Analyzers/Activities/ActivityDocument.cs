using System.Collections.Immutable;
using BiometricConsent.Analyzers.Policy.Engine;
using BiometricConsent.Analyzers.Policy.Model;
using BiometricConsent.Analyzers.Policy.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NodaTime;

namespace BiometricConsent.Analyzers.Activities;

/// <summary>
/// One activity file of a compilation (an <c>AdditionalFiles</c> item named <c>*.activity.json</c> or marked as an
/// activity), read with the rules library's reader and, when readable, assessed: what BIO2001-BIO2003 report and
/// what code tied to an activity (BIO2004-BIO2006) is compared with. Immutable; made by
/// <see cref="ActivityFileLoader"/>.
/// </summary>
internal sealed class ActivityDocument
{
    private readonly ActivityContent content;

    private readonly ActivityAssessment assessment;

    internal ActivityDocument(AdditionalText file, SourceText text, ActivityContent content, ActivityAssessment assessment, string? assessmentDateError = null)
    {
        AssessmentDateError = assessmentDateError;
        File = file;
        Text = text;
        this.content = content;
        this.assessment = assessment;
        var errors = ImmutableArray.CreateBuilder<ActivityReadError>(content.Errors.Count);
        foreach (var error in content.Errors)
        {
            var at = error.Position is { } p ? LocationOf(p.Line, p.Column, TokenLength(p.Line, p.Column)) : Start;
            errors.Add(new ActivityReadError(error.JsonPath, error.Reason, at));
        }

        Errors = errors.MoveToImmutable();
    }

    /// <summary>The additional file.</summary>
    public AdditionalText File { get; }

    /// <summary>The file's path as the compiler knows it (what diagnostics in it carry).</summary>
    public string Path => File.Path;

    /// <summary>The file's text.</summary>
    public SourceText Text { get; }

    /// <summary>Whether the reader accepted the file (<see cref="Errors"/> is then empty).</summary>
    public bool IsReadable => content.Activity is not null;

    /// <summary>
    /// The activity's <c>id</c>: from the activity when readable; from the document's top-level <c>"id"</c> string
    /// when the document is well-formed JSON but not a valid activity (so that code tied to it is not also told
    /// the ID is unknown); otherwise <c>null</c>.
    /// </summary>
    public string? ActivityId => content.ActivityId;

    /// <summary>The activity, or <c>null</c> when the file cannot be read.</summary>
    public Activity? Activity => content.Activity;

    /// <summary>
    /// Whether the file declares consent as the basis of the processing and that consent was obtained:
    /// <c>legalBasis</c> is <c>Consent</c> and <c>consent.obtained</c> is <c>true</c>. False for an unreadable file.
    /// </summary>
    public bool DeclaresConsent => content.Activity is { LegalBasis: LegalBasis.Consent, Consent.Obtained: true };

    /// <summary>Why the file cannot be read (the reader's errors, at most <see cref="ActivityFormatException.MaxErrors"/> and a summary line); empty when readable.</summary>
    public ImmutableArray<ActivityReadError> Errors { get; }

    /// <summary>The assessment of the activity as of <see cref="AssessedOn"/>, or <c>null</c> when unreadable or when the rules failed (<see cref="AssessmentFailure"/>).</summary>
    public Assessment? Assessment => assessment.Result;

    /// <summary>The day an ongoing activity was assessed up to (the configured assessment date, else the build date in the activity's time zone); <c>null</c> when unreadable.</summary>
    public LocalDate? AssessedOn => assessment.AssessedOn;

    /// <summary>Why the rules could not assess a readable activity (an exception's message), else <c>null</c>; never thrown.</summary>
    public string? AssessmentFailure => assessment.Failure;

    /// <summary>Why the configured <see cref="ActivityFileLoader.AssessmentDateKey"/> was not used (not a date), else <c>null</c>.</summary>
    public string? AssessmentDateError { get; }

    /// <summary>
    /// Where a JSON path (<c>$.consent.obtained</c>, <c>$.purposes[1]</c>) is in the file: at the property's name,
    /// or the array element; as far as the path exists (<c>$.consent.obtained</c> in a file without
    /// <c>consent</c> is located nowhere and gives <c>null</c>). Only for well-formed JSON.
    /// </summary>
    public Location? Locate(string jsonPath)
    {
        return content.Locate(jsonPath) is { } p ? LocationOf(p.Line, p.Column, TokenLength(p.Line, p.Column)) : null;
    }

    /// <summary>The location of the top-level <c>id</c> value, else of the document's first character.</summary>
    public Location IdLocation => content.IdPosition is { } p ? LocationOf(p.Line, p.Column, TokenLength(p.Line, p.Column)) : Start;

    /// <summary>The document's first character (for what has no better place).</summary>
    public Location Start => LocationOf(1, 1, 0);

    /// <summary>A location in the file from a 1-based line and UTF-16 column, spanning <paramref name="length"/> characters (clamped to the line).</summary>
    public Location LocationOf(int line, int column, int length)
    {
        var lines = Text.Lines;
        var lineIndex = line - 1 < lines.Count ? line - 1 : lines.Count - 1;
        var textLine = lines[lineIndex < 0 ? 0 : lineIndex];
        var start = textLine.Start + column - 1 <= textLine.End ? textLine.Start + column - 1 : textLine.End;
        var end = start + length <= textLine.End ? start + length : textLine.End;
        var span = TextSpan.FromBounds(start, end);
        return Location.Create(Path, span, lines.GetLinePositionSpan(span));
    }

    /// <summary>
    /// The length of the JSON token at a position, so that the squiggle covers a whole property name or value:
    /// a string to its closing quote, a number or literal to its end, a bracket alone.
    /// </summary>
    private int TokenLength(int line, int column)
    {
        if (line - 1 >= Text.Lines.Count)
        {
            return 0;
        }

        var textLine = Text.Lines[line - 1];
        var start = textLine.Start + column - 1;
        var end = textLine.End;
        if (start >= end)
        {
            return 0;
        }

        var first = Text[start];
        if (first == '"')
        {
            for (var i = start + 1; i < end; i++)
            {
                if (Text[i] == '\\')
                {
                    i++;
                }
                else if (Text[i] == '"')
                {
                    return i - start + 1;
                }
            }

            return end - start;
        }

        if (first == '{' || first == '[')
        {
            return 1;
        }

        var j = start;
        while (j < end && Text[j] != ',' && Text[j] != '}' && Text[j] != ']' && !char.IsWhiteSpace(Text[j]))
        {
            j++;
        }

        return j - start;
    }
}
