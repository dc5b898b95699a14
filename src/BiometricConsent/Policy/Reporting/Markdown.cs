namespace BiometricConsent.Policy.Reporting;

/// <summary>Escaping for text from rules and activities placed into Markdown.</summary>
internal static class Markdown
{
    /// <summary>
    /// Escapes the characters that Markdown (GitHub-flavoured, tables included) would read as syntax, and
    /// folds line breaks into spaces so the text stays in its paragraph or table cell.
    /// </summary>
    internal static string Escape(string text) => ReportText.ReplaceEach(text, (t, i) => t[i] switch
    {
        '\\' or '`' or '*' or '_' or '|' or '[' or ']' or '<' or '>' or '#' => "\\" + t[i],
        '\r' => "",
        '\n' => " ",
        _ => null,
    });

    /// <summary>Inline code; a backtick inside is rare in paths, so a longer fence is used only then.</summary>
    internal static string Code(string text) =>
        text.IndexOf('`') < 0 ? "`" + text + "`" : "`` " + text + " ``";

    /// <summary>A link to the rule's entry in the catalog.</summary>
    internal static string RuleLink(Rules.Rule rule) => $"[{rule.Id}]({ReportText.HelpUri(rule)})";
}
