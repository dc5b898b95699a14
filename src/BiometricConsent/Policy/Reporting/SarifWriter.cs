using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.Json;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Policy.Reporting;

/// <summary>
/// Writes assessments as a SARIF 2.1.0 log for code-scanning tools (e.g. GitHub code scanning): one run whose
/// tool is <c>biometric-consent</c>, one rule descriptor per rule that covered any of the activities, and one
/// result of level <c>error</c> per <see cref="Outcome.Violated"/> finding, located in the activity document.
/// </summary>
/// <remarks>
/// <para>
/// The result's region is the line and column (UTF-16 code units; the run declares <c>columnKind</c>) of the
/// JSON property the finding names — its first missing fact, else the property of its first deciding fact —
/// or of the nearest ancestor property present; line 1, column 1 when the document text is not available or no
/// such property is found.
/// </para>
/// <para>
/// Only violations become results: an undetermined finding asks for facts rather than reporting a breach, and
/// would drown the violations in a code-scanning view. Use the JSON or Markdown format to see them.
/// </para>
/// <para>
/// Advice of recommended national standards (<see cref="Assessment.Advice"/>) that is not followed becomes a
/// result of level <c>note</c>, after the violations, with the property <c>kind</c> <c>advice</c>; its rule
/// descriptor has the default level <c>note</c> and the tag <c>recommended-standard</c>. A code-scanning gate on
/// errors is therefore never failed by advice.
/// </para>
/// <para>
/// An activity assessed against no rule in force (<see cref="AssessmentCoverage.IsEmpty"/>) has no results, which
/// must not read as a pass: the run then has one <c>invocation</c> whose <c>toolExecutionNotifications</c> hold one
/// notification of level <c>error</c> per such activity, with <see cref="AssessmentCoverage.Note"/> as its message,
/// located at the activity's <c>jurisdiction</c>.
/// </para>
/// </remarks>
public static class SarifWriter
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The JSON schema of SARIF 2.1.0 (OASIS errata 01).</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The tool name in <c>runs[0].tool.driver.name</c>.</summary>
    public const string ToolName = "biometric-consent";

    private static readonly Lazy<string> LibraryVersion = new Lazy<string>(ReadLibraryVersion);

    /// <summary>Writes the log for <paramref name="documents"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="documents">The assessed documents, in the order their results are listed.</param>
    /// <param name="toolVersion">The tool version; the library's version (without build metadata) when <c>null</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/>, <paramref name="documents"/> or a document is null.</exception>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<AssessedDocument> documents, string? toolVersion = null)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));

        var rules = RulesOf(Preconditions.CheckNotNull(documents, nameof(documents)));
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", Version);
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", ToolName);
        writer.WriteString("informationUri", ReportText.ProjectUri);
        var version = toolVersion ?? LibraryVersion.Value;
        writer.WriteString("version", version);
        writer.WriteString("semanticVersion", version);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        WriteInvocation(writer, documents);
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
        foreach (var document in documents)
        {
            WriteResults(writer, document, document.Assessment.Findings, rules);
        }

        foreach (var document in documents)
        {
            WriteResults(writer, document, document.Assessment.Advice, rules);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the log for <paramref name="documents"/> as indented JSON text and a line break.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="documents">The assessed documents.</param>
    /// <param name="toolVersion">The tool version; the library's version when <c>null</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/>, <paramref name="documents"/> or a document is null.</exception>
    public static void Write(TextWriter output, IReadOnlyList<AssessedDocument> documents, string? toolVersion = null)
    {
        Preconditions.CheckNotNull(output, nameof(output));
        output.WriteLine(ToSarif(documents, toolVersion));
    }

    /// <summary>Writes the log for one assessed document as indented JSON text and a line break.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="path">The activity document's path as reports show it (the artifact URI).</param>
    /// <param name="toolVersion">The tool version; the library's version when <c>null</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter output, Assessment assessment, string path, string? toolVersion = null) =>
        Write(output, new[] { new AssessedDocument(assessment, path) }, toolVersion);

    /// <summary>Writes the log for <paramref name="documents"/> to <paramref name="utf8Output"/> (not closed).</summary>
    /// <param name="utf8Output">The stream.</param>
    /// <param name="documents">The assessed documents.</param>
    /// <param name="toolVersion">The tool version; the library's version when <c>null</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Output"/>, <paramref name="documents"/> or a document is null.</exception>
    public static void Write(Stream utf8Output, IReadOnlyList<AssessedDocument> documents, string? toolVersion = null)
    {
        Preconditions.CheckNotNull(documents, nameof(documents));

        JsonOutput.WriteTo(utf8Output, w => Write(w, documents, toolVersion));
    }

    /// <summary>The log for <paramref name="documents"/> as indented JSON text.</summary>
    /// <param name="documents">The assessed documents.</param>
    /// <param name="toolVersion">The tool version; the library's version when <c>null</c>.</param>
    /// <returns>The SARIF log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or a document is null.</exception>
    public static string ToSarif(IReadOnlyList<AssessedDocument> documents, string? toolVersion = null)
    {
        Preconditions.CheckNotNull(documents, nameof(documents));

        return JsonOutput.ToText(w => Write(w, documents, toolVersion));
    }

    /// <summary>The rules of every finding, once each, ordered by ID.</summary>
    private static List<Rule> RulesOf(IReadOnlyList<AssessedDocument> documents)
    {
        var rules = new List<Rule>();
        foreach (var document in documents)
        {
            Preconditions.CheckNotNull(document, nameof(documents), "A document is null.");

            AddRules(rules, document.Assessment.Findings);
            AddRules(rules, document.Assessment.Advice);
        }

        rules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return rules;
    }

    private static void AddRules(List<Rule> rules, IReadOnlyList<Finding> findings)
    {
        foreach (var finding in findings)
        {
            if (!rules.Contains(finding.Rule))
            {
                rules.Add(finding.Rule);
            }
        }
    }

    private static void WriteResults(Utf8JsonWriter writer, AssessedDocument document, IReadOnlyList<Finding> findings, List<Rule> rules)
    {
        foreach (var finding in findings)
        {
            if (finding.Outcome == Outcome.Violated)
            {
                WriteResult(writer, document, finding, rules.IndexOf(finding.Rule));
            }
        }
    }

    /// <summary>The SARIF level: <c>note</c> for advice, which must never fail a gate on errors.</summary>
    private static string Level(Rule rule) => rule.IsAdvice ? "note" : "error";

    private static void WriteRule(Utf8JsonWriter writer, Rule rule)
    {
        var instrument = rule.Instrument;
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", Identifier(rule));
        WriteMessage(writer, "shortDescription", rule.Statement);
        var full = $"{rule.Statement} ({ReportText.Citation(rule)}; {ReportText.EffectiveDates(rule)}.)";
        WriteMessage(writer, "fullDescription", rule.Penalty is string penalty ? $"{full} Penalty: {penalty}" : full);
        writer.WriteString("helpUri", ReportText.HelpUri(rule));
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(rule));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        if (rule.IsAdvice)
        {
            writer.WriteString("kind", "advice");
        }

        writer.WriteString("instrument", instrument.Name);
        writer.WriteString("instrumentId", instrument.Id);
        writer.WriteString("article", rule.Article);
        writer.WriteString("status", ReportText.Name(instrument.Status));
        JsonOutput.WriteDate(writer, "effectiveFrom", rule.EffectiveFrom);
        JsonOutput.WriteDate(writer, "effectiveTo", rule.EffectiveTo);
        writer.WriteString("verification", ReportText.Name(rule.Verification));
        writer.WriteStartArray("tags");
        writer.WriteStringValue("biometrics");
        writer.WriteStringValue("privacy");
        writer.WriteStringValue(instrument.Scope.Code);
        if (rule.IsAdvice)
        {
            writer.WriteStringValue("recommended-standard");
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, AssessedDocument document, Finding finding, int ruleIndex)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", Level(finding.Rule));
        WriteMessage(writer, "message", finding.Penalty is string penalty ? $"{finding.Reason} Penalty: {penalty}" : finding.Reason);
        writer.WriteStartArray("locations");
        WriteLocation(writer, document, Locate(document, finding));
        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        if (finding.IsAdvice)
        {
            writer.WriteString("kind", "advice");
        }

        JsonOutput.WriteStringOrNull(writer, "activity", document.Assessment.ActivityId);
        writer.WriteString("jurisdiction", document.Assessment.Jurisdiction.Code);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// When some activity was assessed against no rule in force, one invocation whose tool-execution
    /// notifications (level <c>error</c>) say so, located at the activity's <c>jurisdiction</c>: no result does not
    /// mean a pass then. Nothing is written otherwise.
    /// </summary>
    private static void WriteInvocation(Utf8JsonWriter writer, IReadOnlyList<AssessedDocument> documents)
    {
        var any = false;
        foreach (var document in documents)
        {
            if (!document.Assessment.Coverage.IsEmpty)
            {
                continue;
            }

            if (!any)
            {
                writer.WriteStartArray("invocations");
                writer.WriteStartObject();
                writer.WriteBoolean("executionSuccessful", true);
                writer.WriteStartArray("toolExecutionNotifications");
                any = true;
            }

            writer.WriteStartObject();
            writer.WriteString("level", "error");
            WriteMessage(writer, "message", document.Assessment.Coverage.Note!);
            writer.WriteStartArray("locations");
            WriteLocation(writer, document, document.Json is string json ? JsonPathLocator.Locate(json, "$.jurisdiction") : null);
            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            JsonOutput.WriteStringOrNull(writer, "activity", document.Assessment.ActivityId);
            writer.WriteString("jurisdiction", document.Assessment.Jurisdiction.Code);
            writer.WriteBoolean("nothingAssessed", true);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        if (any)
        {
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
    }

    private static void WriteLocation(Utf8JsonWriter writer, AssessedDocument document, TextPosition? at)
    {
        var position = at ?? new TextPosition(1, 1);
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", ArtifactUri(document.Path));
        writer.WriteEndObject();
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", position.Line);
        writer.WriteNumber("startColumn", position.Column);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static TextPosition? Locate(AssessedDocument document, Finding finding)
    {
        if (document.Json is null)
        {
            return null;
        }

        foreach (var path in finding.MissingFacts)
        {
            if (JsonPathLocator.Locate(document.Json, path) is TextPosition p)
            {
                return p;
            }
        }

        foreach (var path in finding.DecidingFacts)
        {
            if (JsonPathLocator.Locate(document.Json, path) is TextPosition p)
            {
                return p;
            }
        }

        return null;
    }

    private static void WriteMessage(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    /// <summary>
    /// A relative URI reference with forward slashes and each segment percent-encoded (a space becomes
    /// <c>%20</c>); an absolute path (outside the working directory) becomes a <c>file:</c> URI.
    /// </summary>
    internal static string ArtifactUri(string path)
    {
        var slashed = path.Replace('\\', '/');
        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        var segments = slashed.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join("/", segments);
    }

    /// <summary>The rule as an identifier for <c>name</c>: <c>CN-CRPL-29.1</c> → <c>CnCrpl29_1</c>.</summary>
    private static string Identifier(Rule rule)
    {
        var name = new System.Text.StringBuilder(rule.Id.Length);
        var upper = true;
        foreach (var c in rule.Id)
        {
            if (char.IsLetter(c))
            {
                name.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                upper = false;
            }
            else if (char.IsDigit(c))
            {
                name.Append(c);
                upper = true;
            }
            else
            {
                if (c != '-' && name.Length > 0 && char.IsDigit(name[name.Length - 1]))
                {
                    name.Append('_');
                }

                upper = true;
            }
        }

        return name.ToString();
    }

    private static string ReadLibraryVersion()
    {
        var version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(version))
        {
            return typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        // Build metadata (+commit) would make the log differ between otherwise identical builds.
        var plus = version!.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
