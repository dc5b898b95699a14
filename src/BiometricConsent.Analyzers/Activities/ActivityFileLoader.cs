using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Analyzers.Activities;

/// <summary>
/// Turns a compilation's <c>AdditionalFiles</c> into <see cref="ActivityDocument"/>s: which files are activity
/// files, reading them with the rules library's reader and assessing them as of the configured day. Reading is
/// cached per file text across compilations, assessing per text and day; thread-safe.
/// </summary>
/// <remarks>
/// An additional file is an activity file when its name ends with <see cref="FileSuffix"/> (case-insensitive), or
/// when its item has the metadata <c>BiometricConsentActivity="true"</c> (made visible to the compiler by the
/// package's build props), for activity files named otherwise. Metadata <c>false</c> excludes a
/// <c>*.activity.json</c> file.
/// </remarks>
internal sealed class ActivityFileLoader
{
    /// <summary>The file-name ending that makes an additional file an activity file.</summary>
    public const string FileSuffix = ".activity.json";

    /// <summary>The analyzer config key (<c>.globalconfig</c> or <c>.editorconfig</c>) fixing the assessment day, <c>yyyy-MM-dd</c>.</summary>
    public const string AssessmentDateKey = "biometric_consent.assessment_date";

    /// <summary>The key under which the compiler passes the <c>BiometricConsentActivity</c> item metadata.</summary>
    public const string ActivityMetadataKey = "build_metadata.AdditionalFiles.BiometricConsentActivity";

    /// <summary>How many distinct file texts are kept; beyond that the cache starts over (an IDE session edits few activity files).</summary>
    private const int MaxCachedTexts = 128;

    private static readonly ConcurrentDictionary<string, ActivityContent> Contents = new ConcurrentDictionary<string, ActivityContent>(StringComparer.Ordinal);

    /// <summary>Creates a loader.</summary>
    /// <param name="clock">The clock that gives the build date when no assessment date is configured; the system clock when <c>null</c> (tests pass a fixed one).</param>
    public ActivityFileLoader(IClock? clock = null)
    {
        Clock = clock ?? SystemClock.Instance;
    }

    /// <summary>The loader with the system clock.</summary>
    public static ActivityFileLoader Default { get; } = new ActivityFileLoader();

    /// <summary>The clock giving the build date.</summary>
    public IClock Clock { get; }

    /// <summary>Whether <paramref name="file"/> is an activity file (see the remarks of the class).</summary>
    public static bool IsActivityFile(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (TryGetValue(options, file, ActivityMetadataKey, out var marked) && marked.Trim().Length > 0)
        {
            return string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return file.Path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The compilation's activity files, read and assessed, ordered by path.</summary>
    public ImmutableArray<ActivityDocument> Load(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var documents = ImmutableArray.CreateBuilder<ActivityDocument>();
        foreach (var file in options.AdditionalFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Load(file, options.AnalyzerConfigOptionsProvider, cancellationToken) is { } document)
            {
                documents.Add(document);
            }
        }

        documents.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return documents.ToImmutable();
    }

    /// <summary>
    /// <paramref name="file"/> read and assessed, or <c>null</c> when it is not an activity file or its text is not
    /// available (a file deleted during the build: the compiler reports that itself).
    /// </summary>
    /// <param name="file">The additional file.</param>
    /// <param name="options">The analyzer config options, for the assessment date and the metadata (the file's own, else the global ones).</param>
    /// <param name="cancellationToken">Cancels reading the text.</param>
    public ActivityDocument? Load(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (!IsActivityFile(file, options) || file.GetText(cancellationToken) is not { } text)
        {
            return null;
        }

        var content = ContentOf(text.ToString());
        var (configured, dateError) = ConfiguredDate(TryGetValue(options, file, AssessmentDateKey, out var date) ? date : null);
        var assessment = ActivityAssessment.None;
        if (content.Activity is { } activity)
        {
            // The day the assessor runs to: an ended activity's end; else the configured or build date (in the
            // activity's zone), not before the start. Keyed by it, an ended activity is assessed once whatever the date.
            var dates = activity.Dates;
            var day = configured ?? Clock.GetCurrentInstant().InZone(activity.Jurisdiction.TimeZone).Date;
            assessment = content.AssessAsOf(dates.End ?? (day > dates.Start ? day : dates.Start));
        }

        return new ActivityDocument(file, text, content, assessment, dateError);
    }

    /// <summary>The configured assessment day, or why the configured value is not one (the build date is then used).</summary>
    internal static (LocalDate? Day, string? Error) ConfiguredDate(string? value)
    {
        if (value is null || value.Trim().Length == 0)
        {
            return (null, null);
        }

        var parsed = LocalDatePattern.Iso.Parse(value.Trim());
        return parsed.Success
            ? (parsed.Value, null)
            : (null, $"{AssessmentDateKey} = '{value.Trim()}' is not a date in the form yyyy-MM-dd (e.g. 2026-12-01); the build date is used instead.");
    }

    /// <summary>A key from the file's options (an .editorconfig section for it), else from the global ones (.globalconfig, build properties).</summary>
    private static bool TryGetValue(AnalyzerConfigOptionsProvider options, AdditionalText file, string key, out string value)
        => options.GetOptions(file).TryGetValue(key, out value!) || options.GlobalOptions.TryGetValue(key, out value!);

    private static ActivityContent ContentOf(string text)
    {
        if (Contents.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var content = ActivityContent.Read(text);
        if (Contents.Count >= MaxCachedTexts)
        {
            Contents.Clear();
        }

        return Contents.GetOrAdd(text, content);
    }
}
