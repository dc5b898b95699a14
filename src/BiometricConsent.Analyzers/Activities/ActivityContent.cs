using System;
using System.Collections.Generic;
using BiometricConsent.Analyzers.Policy.Engine;
using BiometricConsent.Analyzers.Policy.Model;
using BiometricConsent.Analyzers.Policy.Reporting;
using BiometricConsent.Analyzers.Policy.Serialization;
using NodaTime;

namespace BiometricConsent.Analyzers.Activities;

/// <summary>
/// What one activity document's text reads as, independent of the file's path and of the day: the activity or the
/// reader's errors, and the parsed JSON tree for locating facts. Shared by every file with the same text and kept
/// across compilations (<see cref="ActivityFileLoader"/>), so that an unchanged file is read once per process, not
/// once per keystroke. Its assessments are cached per day.
/// </summary>
internal sealed class ActivityContent
{
    /// <summary>The largest activity file read: 1 MiB of text, as the command-line tool (some hundred times the largest real activity).</summary>
    public const int MaxChars = 1024 * 1024;

    private static readonly RawError[] NoErrors = new RawError[0];
    private readonly SourceValue? root;
    private readonly Dictionary<LocalDate, ActivityAssessment> assessments = new Dictionary<LocalDate, ActivityAssessment>();

    private ActivityContent(Activity? activity, string? activityId, IReadOnlyList<RawError> errors, SourceValue? root)
    {
        Activity = activity;
        ActivityId = activityId;
        Errors = errors;
        this.root = root;
    }

    public Activity? Activity { get; }

    public string? ActivityId { get; }

    public IReadOnlyList<RawError> Errors { get; }

    /// <summary>Where the top-level <c>id</c> value is, or <c>null</c>.</summary>
    public TextPosition? IdPosition => root?.Property("id")?.Value.Position;

    /// <summary>Reads <paramref name="text"/> with the rules library's reader; never throws.</summary>
    public static ActivityContent Read(string text)
    {
        if (text.Length > MaxChars)
        {
            return new ActivityContent(null, null, new[] { new RawError(null, $"The file has {text.Length:N0} characters; an activity file may be at most 1 MiB ({MaxChars:N0} characters).", null) }, null);
        }

        // The tree for locations; a syntax error leaves it null and the reader reports the error below.
        SourceValue? root = null;
        try
        {
            root = SourceJson.Parse(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
        }
        catch (Exception)
        {
            // The reader below names the syntax error; nothing is located in a document that is not JSON.
        }

        try
        {
            var activity = ActivityJson.Parse(text);
            return new ActivityContent(activity, activity.Id, NoErrors, root);
        }
        catch (ActivityFormatException e)
        {
            var errors = new List<RawError>(e.Errors.Count + 1);
            foreach (var error in e.Errors)
            {
                errors.Add(new RawError(error.JsonPath, error.Reason, error.Position));
            }

            if (e.ErrorCount > e.Errors.Count)
            {
                errors.Add(new RawError(null, $"... and {e.ErrorCount - e.Errors.Count} more errors in this file (the first {e.Errors.Count} are shown).", null));
            }

            return new ActivityContent(null, TopLevelId(root), errors, root);
        }
        catch (Exception e)
        {
            // A defect of the reader must not stop the build (AD0001); it is reported on the file instead.
            return new ActivityContent(null, TopLevelId(root), new[] { new RawError(null, $"The activity reader failed on this file ({e.GetType().Name}: {e.Message}); please report it.", null) }, root);
        }
    }

    /// <summary>The assessment up to <paramref name="asOf"/> (cached), or why none; for a readable activity only.</summary>
    public ActivityAssessment AssessAsOf(LocalDate asOf)
    {
        if (Activity is null)
        {
            return ActivityAssessment.None;
        }

        lock (assessments)
        {
            if (assessments.TryGetValue(asOf, out var cached))
            {
                return cached;
            }
        }

        ActivityAssessment made;
        try
        {
            var assessor = new Assessor(options: new AssessorOptions { Clock = new FixedDayClock(asOf, Activity.Jurisdiction.TimeZone) });
            made = new ActivityAssessment(assessor.Assess(Activity), asOf, null);
        }
        catch (Exception e)
        {
            made = new ActivityAssessment(null, asOf, $"The rules failed on this activity ({e.GetType().Name}: {e.Message}); please report it.");
        }

        lock (assessments)
        {
            assessments[asOf] = made;
        }

        return made;
    }

    /// <summary>
    /// Where <paramref name="jsonPath"/> is: the name of the deepest property, or the deepest array element, the
    /// path reaches (as the tool's SARIF locations); <c>null</c> when not even the first step exists.
    /// </summary>
    public TextPosition? Locate(string jsonPath)
    {
        if (root is null || jsonPath.Length == 0 || jsonPath[0] != '$')
        {
            return null;
        }

        var value = root;
        TextPosition? found = null;
        var i = 1;
        while (i < jsonPath.Length)
        {
            if (jsonPath[i] == '.')
            {
                var end = i + 1;
                while (end < jsonPath.Length && jsonPath[end] != '.' && jsonPath[end] != '[')
                {
                    end++;
                }

                if (value.Property(jsonPath.Substring(i + 1, end - i - 1)) is not { } property)
                {
                    break;
                }

                found = property.NamePosition;
                value = property.Value;
                i = end;
            }
            else if (jsonPath[i] == '[')
            {
                var close = jsonPath.IndexOf(']', i);
                if (close < 0 || !int.TryParse(jsonPath.Substring(i + 1, close - i - 1), out var index) || index < 0 || index >= value.Items.Count)
                {
                    break;
                }

                value = value.Items[index];
                found = value.Position;
                i = close + 1;
            }
            else
            {
                break;
            }
        }

        return found;
    }

    private static string? TopLevelId(SourceValue? root) =>
        root?.Property("id") is { Value: { Kind: JsonValueKind.String, Text: { } id } } ? id : null;

    /// <summary>A reader error before it is placed in a file.</summary>
    internal readonly struct RawError
    {
        public RawError(string? jsonPath, string reason, TextPosition? position)
        {
            JsonPath = jsonPath;
            Reason = reason;
            Position = position;
        }

        public string? JsonPath { get; }

        public string Reason { get; }

        public TextPosition? Position { get; }
    }

    /// <summary>A clock that shows noon of one day in one zone: the assessor then assesses an ongoing activity up to that day.</summary>
    private sealed class FixedDayClock : IClock
    {
        private readonly Instant instant;

        public FixedDayClock(LocalDate day, DateTimeZone zone)
        {
            instant = day.At(LocalTime.Noon).InZoneLeniently(zone).ToInstant();
        }

        public Instant GetCurrentInstant() => instant;
    }
}
