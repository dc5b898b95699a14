using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Policy.Reporting;

/// <summary>
/// Writes a list of rules — ID, instrument, article, effective dates, status, verification level, the
/// one-line statement, the facts each checks and what it does not model — as text, JSON or Markdown. The
/// Markdown form is <c>docs/rules-catalog.md</c>.
/// </summary>
public static class RuleCatalogWriter
{
    /// <summary>The command that produces the Markdown catalog, named in its header.</summary>
    public const string MarkdownCommand = "biometric-consent rules --format markdown";

    /// <summary>Writes <paramref name="rules"/> for a terminal: one block per rule, ordered as given.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="jurisdiction">The jurisdiction the rules were selected for, shown in the header; <c>null</c> for the whole catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/>, <paramref name="rules"/> or a rule is null.</exception>
    public static void WriteText(TextWriter output, IReadOnlyList<Rule> rules, Jurisdiction? jurisdiction = null)
    {
        Check(output, rules);
        output.WriteLine($"{Count(rules)}{For(jurisdiction)}");
        foreach (var rule in rules)
        {
            output.WriteLine();
            output.WriteLine($"{rule.Id}  {ReportText.Citation(rule)}");
            var advice = rule.IsAdvice ? " (recommended standard: advice, not law)" : "";
            output.WriteLine($"    {Capitalized(ReportText.EffectiveDates(rule))}; status {ReportText.Words(rule.Instrument.Status)}{advice}; scope {rule.Instrument.Scope.Code}");
            output.WriteLine($"    {rule.Statement}");
            output.WriteLine($"    Checks: {Checks(rule, p => p)}");
            output.WriteLine($"    Not modelled: {rule.NotModelled ?? Nothing}");
        }

        output.WriteLine();
        output.WriteLine(ReportText.MarkerLegend);
    }

    /// <summary>
    /// Writes <paramref name="rules"/> as a JSON object <c>{ "jurisdiction": ..., "rules": [...] }</c>; each rule
    /// has <c>id</c>, <c>instrument</c>, <c>instrumentId</c>, <c>article</c>, <c>effectiveFrom</c>,
    /// <c>effectiveTo</c>, <c>status</c>, <c>advice</c> (a recommended standard's advice, not law), <c>verification</c>, <c>scope</c>, <c>statement</c>, <c>checks</c> and
    /// <c>mentions</c> (JSON paths), <c>notModelled</c> and <c>penalty</c>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="jurisdiction">The jurisdiction the rules were selected for; <c>null</c> for the whole catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/>, <paramref name="rules"/> or a rule is null.</exception>
    public static void WriteJson(Utf8JsonWriter writer, IReadOnlyList<Rule> rules, Jurisdiction? jurisdiction = null)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));

        Check(TextWriter.Null, rules);
        writer.WriteStartObject();
        JsonOutput.WriteStringOrNull(writer, "jurisdiction", jurisdiction?.Code);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            var instrument = rule.Instrument;
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("instrument", instrument.Name);
            writer.WriteString("instrumentId", instrument.Id);
            writer.WriteString("article", rule.Article);
            JsonOutput.WriteDate(writer, "effectiveFrom", rule.EffectiveFrom);
            JsonOutput.WriteDate(writer, "effectiveTo", rule.EffectiveTo);
            writer.WriteString("status", ReportText.Name(instrument.Status));
            writer.WriteBoolean("advice", rule.IsAdvice);
            writer.WriteString("verification", ReportText.Name(rule.Verification));
            writer.WriteString("scope", instrument.Scope.Code);
            writer.WriteString("statement", rule.Statement);
            WritePaths(writer, "checks", rule.Checks);
            WritePaths(writer, "mentions", rule.Mentions);
            JsonOutput.WriteStringOrNull(writer, "notModelled", rule.NotModelled);
            JsonOutput.WriteStringOrNull(writer, "penalty", rule.Penalty);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="rules"/> as indented UTF-8 JSON to <paramref name="utf8Output"/> (not closed).</summary>
    /// <param name="utf8Output">The stream.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="jurisdiction">The jurisdiction the rules were selected for; <c>null</c> for the whole catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Output"/>, <paramref name="rules"/> or a rule is null.</exception>
    public static void WriteJson(Stream utf8Output, IReadOnlyList<Rule> rules, Jurisdiction? jurisdiction = null)
    {
        Check(TextWriter.Null, rules);
        JsonOutput.WriteTo(utf8Output, w => WriteJson(w, rules, jurisdiction));
    }

    /// <summary>
    /// Writes <paramref name="rules"/> as a Markdown document: a generated-file header, an index table, then per
    /// instrument (in order of its first rule) its details and one heading per rule, so that each rule has an
    /// anchor (<c>#cn-crpl-291</c>) that reports link to.
    /// </summary>
    /// <param name="output">The writer.</param>
    /// <param name="rules">The rules, ordered by ID.</param>
    /// <param name="jurisdiction">The jurisdiction the rules were selected for; <c>null</c> for the whole catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/>, <paramref name="rules"/> or a rule is null.</exception>
    public static void WriteMarkdown(TextWriter output, IReadOnlyList<Rule> rules, Jurisdiction? jurisdiction = null)
    {
        Check(output, rules);
        var option = jurisdiction is Jurisdiction j ? $" --jurisdiction {j.Code}" : "";
        output.WriteLine("# Rule catalog");
        output.WriteLine();
        output.WriteLine($"> Generated by `{MarkdownCommand}{option}`; do not edit by hand.");
        output.WriteLine();
        output.WriteLine($"{Count(rules)}{For(jurisdiction)}. Verification: {Markdown.Escape(ReportText.MarkerLegend)}");
        output.WriteLine();
        output.WriteLine("| Rule | Instrument | Article | Effective | Status | Verification |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var rule in rules)
        {
            output.WriteLine(
                $"| [{rule.Id}](#{ReportText.Anchor(rule.Id)}) | {Markdown.Escape(rule.Instrument.ShortName)} | {Markdown.Escape(rule.Article)} " +
                $"| {ReportText.EffectiveDates(rule)} | {ReportText.Words(rule.Instrument.Status)} | {Markdown.Escape(ReportText.Marker(rule.Verification))} |");
        }

        foreach (var instrument in InstrumentsOf(rules))
        {
            WriteInstrument(output, instrument, rules);
        }
    }

    /// <summary>The rules as text.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="jurisdiction">The jurisdiction the rules were selected for; <c>null</c> for the whole catalog.</param>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or a rule is null.</exception>
    public static string ToText(IReadOnlyList<Rule> rules, Jurisdiction? jurisdiction = null) => ReportText.Capture(w => WriteText(w, rules, jurisdiction));

    /// <summary>The rules as indented JSON.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="jurisdiction">The jurisdiction the rules were selected for; <c>null</c> for the whole catalog.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or a rule is null.</exception>
    public static string ToJson(IReadOnlyList<Rule> rules, Jurisdiction? jurisdiction = null)
    {
        Check(TextWriter.Null, rules);
        return JsonOutput.ToText(w => WriteJson(w, rules, jurisdiction));
    }

    /// <summary>The rules as Markdown (the form of <c>docs/rules-catalog.md</c>).</summary>
    /// <param name="rules">The rules, ordered by ID.</param>
    /// <param name="jurisdiction">The jurisdiction the rules were selected for; <c>null</c> for the whole catalog.</param>
    /// <returns>The Markdown text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or a rule is null.</exception>
    public static string ToMarkdown(IReadOnlyList<Rule> rules, Jurisdiction? jurisdiction = null) => ReportText.Capture(w => WriteMarkdown(w, rules, jurisdiction));

    private static void WriteInstrument(TextWriter output, Instrument instrument, IReadOnlyList<Rule> rules)
    {
        output.WriteLine();
        output.WriteLine($"## {Markdown.Escape(instrument.Name)}");
        output.WriteLine();
        if (instrument.ChineseTitle is string zh)
        {
            output.WriteLine($"- Chinese title: {Markdown.Escape(zh)}");
        }

        output.WriteLine($"- Rule IDs: `{instrument.Id}-…`; covers {instrument.Scope.Code} and the jurisdictions within it");
        output.WriteLine($"- Status: {ReportText.Words(instrument.Status)}; enforced by {ReportText.Name(instrument.Channel)}");
        output.WriteLine($"- Effective: {Effective(instrument)}");
        if (instrument.TemporalNote is string note)
        {
            output.WriteLine($"- Dating: {Markdown.Escape(note)}");
        }

        if (instrument.Penalty is string penalty)
        {
            output.WriteLine($"- Penalty: {Markdown.Escape(penalty)}");
        }

        foreach (var rule in rules)
        {
            if (rule.Instrument != instrument)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine($"### {rule.Id}");
            output.WriteLine();
            output.WriteLine($"**{Markdown.Escape(rule.Article)}** · {ReportText.EffectiveDates(rule)} · {Markdown.Escape(ReportText.Marker(rule.Verification))}");
            output.WriteLine();
            output.WriteLine(Markdown.Escape(rule.Statement));
            output.WriteLine();
            output.WriteLine($"Checks: {Checks(rule, p => $"`{p}`")}");
            output.WriteLine();
            output.WriteLine($"Not modelled: {(rule.NotModelled is string gap ? Markdown.Escape(gap) : Nothing)}");
            if (rule.Penalty is string own && own != instrument.Penalty)
            {
                output.WriteLine();
                output.WriteLine($"Penalty: {Markdown.Escape(own)}");
            }
        }
    }

    private const string Nothing = "—";

    /// <summary>The checked facts, and the mentioned ones in parentheses, each formatted by <paramref name="path"/>.</summary>
    private static string Checks(Rule rule, Func<string, string> path)
    {
        var checks = rule.Checks.IsEmpty ? Nothing : string.Join(", ", Map(rule.Checks, path));
        return rule.Mentions.IsEmpty ? checks : $"{checks} (the reason also mentions {string.Join(", ", Map(rule.Mentions, path))})";
    }

    private static IEnumerable<string> Map(FactSet facts, Func<string, string> format)
    {
        foreach (var p in facts.Paths)
        {
            yield return format(p);
        }
    }

    private static void WritePaths(Utf8JsonWriter writer, string name, FactSet facts)
    {
        writer.WriteStartArray(name);
        foreach (var p in facts.Paths)
        {
            writer.WriteStringValue(p);
        }

        writer.WriteEndArray();
    }

    private static string Effective(Instrument instrument)
    {
        if (instrument.Status == InstrumentStatus.Draft)
        {
            return "never (a draft for comment)";
        }

        var from = instrument.EffectiveFrom is NodaTime.LocalDate f ? ReportText.Date(f) : null;
        var to = instrument.EffectiveTo is NodaTime.LocalDate t ? ReportText.Date(t) : null;
        if (from is null && to is null)
        {
            return "not dated (holdings apply to the law in force)";
        }

        return from is null ? $"until {to}" : to is null ? $"from {from}" : $"from {from} to {to}";
    }

    private static List<Instrument> InstrumentsOf(IReadOnlyList<Rule> rules)
    {
        var instruments = new List<Instrument>();
        foreach (var rule in rules)
        {
            if (!instruments.Contains(rule.Instrument))
            {
                instruments.Add(rule.Instrument);
            }
        }

        return instruments;
    }

    private static string Count(IReadOnlyList<Rule> rules)
    {
        var instruments = InstrumentsOf(rules).Count;
        return $"{rules.Count} {(rules.Count == 1 ? "rule" : "rules")} from {instruments} {(instruments == 1 ? "instrument" : "instruments")}";
    }

    private static string For(Jurisdiction? jurisdiction) =>
        jurisdiction is Jurisdiction j ? $" covering {j.Code} (its own and its parents' instruments)" : "";

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static void Check(TextWriter output, IReadOnlyList<Rule> rules)
    {
        Preconditions.CheckNotNull(output, nameof(output));
        Preconditions.CheckNotNull(rules, nameof(rules));

        foreach (var rule in rules)
        {
            Preconditions.CheckNotNull(rule, nameof(rules), "A rule is null.");
        }
    }
}
