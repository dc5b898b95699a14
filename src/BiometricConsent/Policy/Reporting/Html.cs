using System.Globalization;
using System.IO;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Policy.Reporting;

/// <summary>
/// Escaping and the page frame of the HTML reports. A report is <see cref="Open"/>, then any number of
/// <c>&lt;section&gt;</c> elements, then <see cref="Close"/>: a further report (the capture-site inventory) adds its
/// section between the two and styles it with the classes of <see cref="Style"/>.
/// </summary>
internal static class Html
{
    /// <summary>
    /// The page's only style sheet, inline: the report is one file with no external asset (no script, font or
    /// image). Print rules keep the colours (they carry the outcomes) and avoid breaking a finding across pages.
    /// </summary>
    internal const string Style = """
        :root { color-scheme: light; --violated: #b3261e; --undetermined: #a15c00; --satisfied: #1e6b35; --muted: #5f6368; --line: #d0d4d9; --band: #1a56db; }
        * { box-sizing: border-box; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #1f2328; max-width: 1100px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 1.6em; margin: 0 0 .4em; }
        h2 { font-size: 1.3em; margin: 1.6em 0 .4em; padding-top: .6em; border-top: 3px solid #1f2328; }
        h3 { font-size: 1.1em; margin: 1.4em 0 .3em; }
        code { font: .9em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
        th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f3f4f6; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .verdict { font-weight: 600; padding: 8px 12px; border-left: 6px solid; margin: .6em 0; }
        .verdict.violated { border-color: var(--violated); background: #fdecea; }
        .verdict.clean { border-color: var(--satisfied); background: #e8f5ec; }
        .verdict.nothing { border-color: var(--undetermined); background: #fff4e0; }
        .meta { color: var(--muted); margin: 0 0 .6em; }
        .outcome { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: .85em; font-weight: 600; white-space: nowrap; border: 1px solid; }
        .outcome.Violated { color: #fff; background: var(--violated); border-color: var(--violated); }
        .outcome.Undetermined { color: var(--undetermined); border-color: var(--undetermined); }
        .outcome.Satisfied { color: var(--satisfied); border-color: var(--satisfied); }
        .outcome.NotApplicable, .outcome.NotInForce { color: var(--muted); border-color: var(--line); }
        tr.finding.NotInForce td, tr.finding.NotApplicable td { color: var(--muted); }
        section.advice { border-left: 4px solid var(--band); padding-left: 12px; }
        .outcome.advice.Violated { color: var(--band); background: #fff; border-color: var(--band); }
        tr.advice.NotInForce td, tr.advice.NotApplicable td { color: var(--muted); }
        .mark { font-size: .85em; color: var(--muted); white-space: nowrap; }
        .penalty { margin-top: 4px; }
        .missing { margin-top: 4px; }
        .statement { color: var(--muted); font-size: .9em; margin-top: 4px; }
        svg.timeline { width: 100%; height: auto; display: block; margin: .4em 0; }
        svg.timeline text { font: 12px system-ui, sans-serif; fill: #1f2328; }
        svg.timeline .tick { stroke: var(--line); }
        svg.timeline .in-force { fill: #2f6f4f; }
        svg.timeline .not-yet { fill: #fff; stroke: #8a9099; stroke-dasharray: 4 3; }
        svg.timeline .ended { fill: #c4c7cc; }
        svg.timeline .case-law { fill: #7b5ea7; fill-opacity: .55; }
        svg.timeline .period { fill: var(--band); fill-opacity: .14; stroke: var(--band); }
        svg.timeline .period-label { fill: var(--band); font-weight: 600; }
        .legend span { display: inline-block; margin-right: 14px; }
        .swatch { display: inline-block; width: 22px; height: 10px; margin-right: 4px; vertical-align: middle; border: 1px solid #8a9099; }
        .swatch.in-force { background: #2f6f4f; border-color: #2f6f4f; }
        .swatch.not-yet { background: #fff; border-style: dashed; }
        .swatch.ended { background: #c4c7cc; }
        .swatch.draft { background: repeating-linear-gradient(45deg, #fff 0 3px, #a15c00 3px 5px); }
        .swatch.case-law { background: #b9a8d3; border-color: #7b5ea7; }
        .swatch.period { background: #d9e3fb; border-color: var(--band); }
        footer { margin-top: 2em; color: var(--muted); font-size: .85em; border-top: 1px solid var(--line); padding-top: .6em; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          section.activity + section.activity { break-before: page; }
          tr, .verdict, svg.timeline { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        @page { margin: 15mm; }
        """;

    /// <summary>
    /// <paramref name="text"/> safe inside an element or a quoted attribute: <c>&amp; &lt; &gt; " '</c> as
    /// entities, and every character that <see cref="Printable.NeedsEscape"/> (controls, lone surrogates,
    /// bidirectional overrides, which could hide or reorder what a reader sees) written visibly as <c>\u001b</c>.
    /// </summary>
    internal static string Escape(string text) => ReportText.ReplaceEach(text, (t, i) => t[i] switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => Printable.NeedsEscape(t, i) ? Printable.EscapeOf(t[i]) : null,
    });

    /// <summary>A number for an SVG coordinate: invariant culture, one decimal.</summary>
    internal static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// Opens the page: the document type, a content security policy that lets nothing load or run (the page needs
    /// neither; should escaping ever fail, an injected script still would not run), the title and the style sheet.
    /// </summary>
    internal static void Open(TextWriter output, string title)
    {
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine("<meta name=\"generator\" content=\"biometric-consent\">");
        output.WriteLine($"<title>{Escape(title)}</title>");
        output.WriteLine("<style>");
        output.WriteLine(Style);
        output.WriteLine("</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
    }

    /// <summary>
    /// Closes the page with a footer: the verification markers' legend (unless <paramref name="markerLegend"/> is
    /// false: a page without citations, such as the capture-site inventory, has no markers) and the disclaimer.
    /// </summary>
    internal static void Close(TextWriter output, bool markerLegend = true)
    {
        output.WriteLine("<footer>");
        if (markerLegend)
        {
            output.WriteLine($"<p>{Escape(ReportText.MarkerLegend)}</p>");
        }

        output.WriteLine($"<p>Assessed by <a href=\"{ReportText.ProjectUri}\">biometric-consent</a>; not legal advice.</p>");
        output.WriteLine("</footer>");
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }
}
