using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using NodaTime;

namespace BiometricConsent.Policy.Reporting;

/// <summary>
/// Writes assessments as one self-contained HTML page for auditors: no script, font, image or style sheet is
/// loaded (the style is inline, the timeline inline SVG), and it prints. The page holds a verdict and a summary
/// table with one row per activity, then a section per activity: its coverage, a timeline of the assessed period
/// against the effective interval of every instrument covering the jurisdiction (in force, not yet in force, no
/// longer in force, draft, case law), and the findings grouped by instrument with citation, verification marker,
/// penalty and the missing facts of undetermined findings. Every text from the activity or the rules is
/// HTML-escaped. An activity assessed against no rule in force (<see cref="AssessmentCoverage.IsEmpty"/>) says
/// "Nothing assessed", in the verdict and in its section.
/// </summary>
/// <remarks>
/// The DOM is part of the contract (docs/cli.md, "html"): each activity is a <c>section.activity</c>, each timeline
/// bar a <c>g.bar[data-instrument]</c>, each finding a <c>tr.finding[data-rule][data-outcome]</c>. The advice of
/// recommended standards follows the findings in a <c>section.advice</c>, each row a
/// <c>tr.advice[data-rule][data-outcome]</c> (<c>Violated</c> shown as "not followed").
/// </remarks>
public static class AssessmentHtmlWriter
{
    private const int Width = 960;
    private const int ChartLeft = 190;
    private const int ChartRight = Width - 20;
    private const int RowsTop = 44;
    private const int RowHeight = 26;
    private const int BarHeight = 14;

    /// <summary>Writes the page for <paramref name="documents"/>, one section each, in the order given.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="documents">The assessed documents.</param>
    /// <exception cref="ArgumentNullException">An argument or a document is null.</exception>
    public static void Write(TextWriter output, IReadOnlyList<AssessedDocument> documents) => Write(output, documents, null);

    /// <summary>
    /// Writes the page for <paramref name="documents"/> with further sections after the activity sections, before the
    /// footer (the command line's capture-site inventory, <c>assess --inventory</c>): one page, one header and footer.
    /// </summary>
    internal static void Write(TextWriter output, IReadOnlyList<AssessedDocument> documents, Action<TextWriter>? moreSections)
    {
        Preconditions.CheckNotNull(output, nameof(output));
        Preconditions.CheckNotNull(documents, nameof(documents));

        var tally = ReportTally.Of(documents);
        var title = documents.Count == 1 ? $"Biometric consent assessment: {Title(documents[0].Assessment)}" : "Biometric consent assessment";
        Html.Open(output, title);
        output.WriteLine("<header>");
        output.WriteLine("<h1>Biometric consent assessment</h1>");
        if (tally.Empty > 0)
        {
            // No rule in force: no violation, but no pass either.
            output.WriteLine($"<p class=\"verdict nothing\">Nothing assessed for {tally.Unassessed}: no rule covering the jurisdiction is in force in the period. This is not a pass.</p>");
        }

        if (tally.HasViolationLine)
        {
            output.WriteLine(tally.Violations == 0
                ? $"<p class=\"verdict clean\">No violations{tally.Scope}.</p>"
                : $"<p class=\"verdict violated\">{Plural(tally.Violations, "violation")}{tally.Scope}.</p>");
        }

        output.WriteLine("</header>");
        WriteSummary(output, documents);
        for (var i = 0; i < documents.Count; i++)
        {
            WriteActivity(output, documents[i], i + 1);
        }

        moreSections?.Invoke(output);
        Html.Close(output);
    }

    /// <summary>Writes the page for one assessment.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="path">The activity document's path as reports show it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter output, Assessment assessment, string path) =>
        Write(output, new[] { new AssessedDocument(assessment, path) });

    /// <summary>The page for <paramref name="documents"/> as a string.</summary>
    /// <param name="documents">The assessed documents.</param>
    /// <returns>The HTML text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or a document is null.</exception>
    public static string ToHtml(IReadOnlyList<AssessedDocument> documents) => ReportText.Capture(w => Write(w, documents));

    private static void WriteSummary(TextWriter output, IReadOnlyList<AssessedDocument> documents)
    {
        output.WriteLine("<section class=\"summary\">");
        output.WriteLine("<table>");
        output.WriteLine("<thead><tr><th>Activity</th><th>File</th><th>Jurisdiction</th><th>Period</th><th>Violated</th><th>Undetermined</th><th>Satisfied</th><th>Not applicable</th><th>Not in force</th><th>Coverage</th></tr></thead>");
        output.WriteLine("<tbody>");
        for (var i = 0; i < documents.Count; i++)
        {
            var a = documents[i].Assessment;
            var s = a.Summary;
            var coverage = a.Coverage.IsEmpty ? "nothing assessed" : $"{a.Coverage.RulesInForce} of {a.Coverage.Rules} rules in force";
            output.WriteLine(
                $"<tr><td><a href=\"#activity-{i + 1}\">{Html.Escape(Title(a))}</a></td><td><code>{Html.Escape(documents[i].Path)}</code></td>" +
                $"<td>{Html.Escape(a.Jurisdiction.Code)}</td><td>{Html.Escape(ReportText.Period(a.Period, a.AsOf))}</td>" +
                $"<td class=\"n\">{s.Violated}</td><td class=\"n\">{s.Undetermined}</td><td class=\"n\">{s.Satisfied}</td>" +
                $"<td class=\"n\">{s.NotApplicable}</td><td class=\"n\">{s.NotInForce}</td><td>{coverage}</td></tr>");
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
        output.WriteLine("</section>");
    }

    private static void WriteActivity(TextWriter output, AssessedDocument document, int number)
    {
        var a = document.Assessment;
        output.WriteLine($"<section class=\"activity\" id=\"activity-{number}\">");
        output.WriteLine($"<h2>{Html.Escape(Title(a))}</h2>");
        output.WriteLine($"<p class=\"meta\"><code>{Html.Escape(document.Path)}</code> · {Html.Escape(a.Jurisdiction.Code)} · {Html.Escape(ReportText.Period(a.Period, a.AsOf))}</p>");
        if (a.Coverage.Note is string note)
        {
            output.WriteLine($"<p class=\"verdict nothing\">Nothing assessed. {Html.Escape(note)}</p>");
        }
        else
        {
            output.WriteLine(a.Summary.Violated == 0
                ? "<p class=\"verdict clean\">No violations.</p>"
                : $"<p class=\"verdict violated\">{Plural(a.Summary.Violated, "violation")}.</p>");
        }

        var counts = new List<string>();
        foreach (var outcome in ReportText.ReadingOrder)
        {
            counts.Add($"{a.Summary.Count(outcome)} {ReportText.Words(outcome)}");
        }

        output.WriteLine($"<p>{string.Join(", ", counts)}. Coverage: {Plural(a.Coverage.Rules, "rule")} of {Plural(a.Coverage.Instruments.Count, "instrument")} cover {Html.Escape(a.Jurisdiction.Code)}; {a.Coverage.RulesInForce} {(a.Coverage.RulesInForce == 1 ? "was" : "were")} in force on some day of the period.</p>");

        var instruments = a.Coverage.Instruments;
        if (instruments.Count > 0)
        {
            output.WriteLine("<h3>Timeline</h3>");
            output.WriteLine("<p class=\"legend\"><span><i class=\"swatch period\"></i>assessed period</span><span><i class=\"swatch in-force\"></i>in force</span><span><i class=\"swatch not-yet\"></i>not yet in force</span><span><i class=\"swatch ended\"></i>no longer in force</span><span><i class=\"swatch draft\"></i>draft (never binds)</span><span><i class=\"swatch case-law\"></i>case law</span></p>");
            WriteTimeline(output, a, number);
        }

        // The instruments with the most pressing findings first (reading order), then in the coverage's order.
        var ordered = instruments
            .Select((instrument, index) => (instrument, index, worst: Worst(a, instrument)))
            .OrderBy(x => x.worst)
            .ThenBy(x => x.index)
            .Select(x => x.instrument);
        foreach (var instrument in ordered)
        {
            WriteInstrument(output, a, instrument, a.Findings, "finding");
        }

        WriteAdvice(output, a);
        output.WriteLine("</section>");
    }

    /// <summary>
    /// The advice of recommended standards, in a section of its own after the findings under law
    /// (<c>section.advice</c>, rows <c>tr.advice</c>), so that it can never be read as part of the verdict.
    /// </summary>
    private static void WriteAdvice(TextWriter output, Assessment a)
    {
        if (a.Advice.Count == 0)
        {
            return;
        }

        output.WriteLine("<section class=\"advice\">");
        output.WriteLine("<h3>Advice: recommended national standards (not law)</h3>");
        output.WriteLine($"<p class=\"meta\">{Html.Escape(ReportText.AdviceNote)} {Html.Escape(ReportText.AdviceCounts(a.AdviceSummary)!)}.</p>");
        var instruments = new List<Instrument>();
        foreach (var f in a.Advice)
        {
            if (!instruments.Contains(f.Rule.Instrument))
            {
                instruments.Add(f.Rule.Instrument);
            }
        }

        foreach (var instrument in instruments)
        {
            WriteInstrument(output, a, instrument, a.Advice, "advice");
        }

        output.WriteLine("</section>");
    }

    /// <summary>The reading-order rank of the most pressing finding of <paramref name="instrument"/>.</summary>
    private static int Worst(Assessment a, Instrument instrument)
    {
        var worst = ReportText.ReadingOrder.Length;
        foreach (var f in a.Findings)
        {
            if (f.Rule.Instrument == instrument)
            {
                var rank = Array.IndexOf(ReportText.ReadingOrder, f.Outcome);
                worst = rank < 0 ? worst : Math.Min(worst, rank);
            }
        }

        return worst;
    }

    private static void WriteInstrument(TextWriter output, Assessment a, Instrument instrument, IReadOnlyList<Finding> findings, string rowClass)
    {
        output.WriteLine($"<section class=\"instrument\" data-instrument=\"{Html.Escape(instrument.Id)}\">");
        output.WriteLine($"<h3>{Html.Escape(instrument.Name)} <span class=\"mark\">{Html.Escape(instrument.ShortName)}</span></h3>");
        var meta = new List<string>();
        if (instrument.ChineseTitle is string chinese)
        {
            meta.Add($"<span lang=\"zh\">{Html.Escape(chinese)}</span>");
        }

        meta.Add(Html.Escape(Effective(instrument)));
        meta.Add(Html.Escape(During(instrument, a.Period)));
        meta.Add("enforced by " + Html.Escape(ReportText.Name(instrument.Channel)));
        output.WriteLine($"<p class=\"meta\">{string.Join(" · ", meta)}</p>");
        output.WriteLine("<table>");
        output.WriteLine("<thead><tr><th>Rule</th><th>Article</th><th>Outcome</th><th>Finding</th></tr></thead>");
        output.WriteLine("<tbody>");
        foreach (var outcome in ReportText.ReadingOrder)
        {
            foreach (var f in findings)
            {
                if (f.Outcome == outcome && f.Rule.Instrument == instrument)
                {
                    WriteFinding(output, f, rowClass);
                }
            }
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
        output.WriteLine("</section>");
    }

    private static void WriteFinding(TextWriter output, Finding f, string rowClass)
    {
        var name = ReportText.Name(f.Outcome);
        output.Write($"<tr class=\"{rowClass} {name}\" data-rule=\"{Html.Escape(f.RuleId)}\" data-outcome=\"{name}\">");
        output.Write($"<td><a href=\"{Html.Escape(ReportText.HelpUri(f.Rule))}\"><code>{Html.Escape(f.RuleId)}</code></a></td>");
        output.Write($"<td>{Html.Escape(f.Rule.Article)} <span class=\"mark\" title=\"{ReportText.Name(f.Rule.Verification)}\">{ReportText.Marker(f.Rule.Verification)}</span></td>");
        output.Write($"<td><span class=\"outcome {(f.IsAdvice ? "advice " : "")}{name}\">{ReportText.Words(f)}</span></td>");
        output.Write($"<td>{Html.Escape(f.Reason)}");
        if (f.Penalty is string penalty)
        {
            output.Write($"<div class=\"penalty\"><strong>Penalty:</strong> {Html.Escape(penalty)}</div>");
        }

        if (f.Outcome == Outcome.Undetermined && f.MissingFacts.Count > 0)
        {
            var missing = f.MissingFacts.Select(m => $"<code>{Html.Escape(m)}</code>");
            output.Write($"<div class=\"missing\"><strong>Missing facts:</strong> {string.Join(", ", missing)}</div>");
        }

        if (f.Outcome == Outcome.Violated || f.Outcome == Outcome.Undetermined)
        {
            output.Write($"<div class=\"statement\">{Html.Escape(f.Rule.Statement)}</div>");
        }

        output.WriteLine("</td></tr>");
    }

    /// <summary>
    /// The timeline: one row per instrument, chronological (drafts and undated case law last), each a bar of
    /// segments (not yet in force, in force, no longer in force; a draft hatched, case law in its own colour), under
    /// a band for the assessed period. The axis runs in whole years over every date shown.
    /// </summary>
    private static void WriteTimeline(TextWriter output, Assessment a, int number)
    {
        var instruments = a.Coverage.Instruments
            .Select((instrument, index) => (instrument, index))
            .OrderBy(x => x.instrument.EffectiveFrom is null ? 1 : 0)
            .ThenBy(x => x.instrument.EffectiveFrom ?? default)
            .ThenBy(x => x.index)
            .Select(x => x.instrument)
            .ToList();

        var dates = new List<LocalDate> { a.Period.Start };
        if (a.Period.End is LocalDate periodEnd)
        {
            dates.Add(periodEnd);
        }

        foreach (var instrument in instruments)
        {
            if (instrument.EffectiveFrom is LocalDate from)
            {
                dates.Add(from);
            }

            if (instrument.EffectiveTo is LocalDate to)
            {
                dates.Add(to);
            }
        }

        var axisStart = new LocalDate(dates.Min().Year, 1, 1);

        // One more year past the last date, so that an open end (ongoing, still in force) shows as running on.
        var axisEnd = new LocalDate(dates.Max().Year + 1, 12, 31).PlusDays(1);
        var totalDays = (double)Days(axisStart, axisEnd);
        Func<LocalDate, double> x = date => ChartLeft + ((ChartRight - ChartLeft) * Days(axisStart, date) / totalDays);

        var height = RowsTop + (instruments.Count * RowHeight) + 6;
        var hatch = $"hatch-{number}";
        output.WriteLine($"<svg class=\"timeline\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"timeline-{number}-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        output.WriteLine($"<title id=\"timeline-{number}-title\">The assessed period {Html.Escape(ReportText.Period(a.Period, a.AsOf))} against the effective dates of {Plural(instruments.Count, "instrument")}</title>");
        output.WriteLine($"<defs><pattern id=\"{hatch}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><rect width=\"2\" height=\"6\" fill=\"#a15c00\"/></pattern></defs>");

        // Year ticks: at most about a dozen labels, whatever the span.
        var years = axisEnd.Year - axisStart.Year;
        var step = Math.Max(1, (years + 11) / 12);
        for (var year = axisStart.Year; year <= axisEnd.Year; year += step)
        {
            var tx = Html.Number(x(new LocalDate(year, 1, 1)));
            output.WriteLine($"<line class=\"tick\" x1=\"{tx}\" y1=\"34\" x2=\"{tx}\" y2=\"{height}\"/>");
            if (year < axisEnd.Year)
            {
                output.WriteLine($"<text x=\"{tx}\" y=\"30\" dx=\"2\">{year}</text>");
            }
        }

        for (var row = 0; row < instruments.Count; row++)
        {
            var instrument = instruments[row];
            var y = RowsTop + (row * RowHeight);
            output.WriteLine($"<g class=\"bar\" data-instrument=\"{Html.Escape(instrument.Id)}\" data-status=\"{ReportText.Name(instrument.Status)}\">");
            output.WriteLine($"<text x=\"4\" y=\"{y + 12}\"><title>{Html.Escape(instrument.Name)}</title>{Html.Escape(instrument.ShortName)}</text>");
            foreach ((var from, var to, var kind, var what) in Segments(instrument, axisStart, axisEnd))
            {
                var fill = kind == "draft" ? $" fill=\"url(#{hatch})\"" : "";
                var x1 = x(from);
                output.WriteLine($"<rect class=\"segment {kind}\"{fill} x=\"{Html.Number(x1)}\" y=\"{y + 1}\" width=\"{Html.Number(x(to) - x1)}\" height=\"{BarHeight}\"><title>{Html.Escape(instrument.ShortName + ": " + what)}</title></rect>");
            }

            output.WriteLine("</g>");
        }

        // The period band, over the bars (it is translucent), at least 3 units wide so that a single day stays visible.
        var bandFrom = x(a.Period.Start);
        var bandTo = Math.Max(x(a.Period.End is LocalDate end ? end.PlusDays(1) : axisEnd), bandFrom + 3);
        var label = a.Period.IsOpen && a.AsOf is null ? "assessed period (ongoing)" : "assessed period";
        var labelX = Math.Min(Math.Max((bandFrom + bandTo) / 2, ChartLeft + 60), ChartRight - 60);
        output.WriteLine($"<rect class=\"period\" x=\"{Html.Number(bandFrom)}\" y=\"34\" width=\"{Html.Number(bandTo - bandFrom)}\" height=\"{height - 34}\"><title>{Html.Escape(ReportText.Period(a.Period, a.AsOf))}</title></rect>");
        output.WriteLine($"<text class=\"period-label\" x=\"{Html.Number(labelX)}\" y=\"13\" text-anchor=\"middle\">{label}: {Html.Escape(ReportText.Period(a.Period, a.AsOf))}</text>");

        output.WriteLine("</svg>");
    }

    /// <summary>The segments of an instrument's bar, each from a day up to (not including) another.</summary>
    private static IEnumerable<(LocalDate From, LocalDate To, string Kind, string What)> Segments(Instrument instrument, LocalDate axisStart, LocalDate axisEnd)
    {
        if (instrument.Status == InstrumentStatus.Draft)
        {
            yield return (axisStart, axisEnd, "draft", "draft, never binds");
            yield break;
        }

        var binding = instrument.Status == InstrumentStatus.CaseLaw ? "case-law" : "in-force";
        var from = instrument.EffectiveFrom ?? axisStart;
        var to = instrument.EffectiveTo is LocalDate last ? last.PlusDays(1) : axisEnd;
        if (from > axisStart)
        {
            yield return (axisStart, from, "not-yet", $"not yet in force before {ReportText.Date(from)}");
        }

        yield return (from, to, binding, Effective(instrument));
        if (to < axisEnd)
        {
            yield return (to, axisEnd, "ended", $"no longer in force after {ReportText.Date(instrument.EffectiveTo!.Value)}");
        }
    }

    /// <summary>The instrument's effective dates in words: <c>in force from 2021-11-01</c>, <c>draft, never binds</c>, ...</summary>
    private static string Effective(Instrument instrument)
    {
        var from = instrument.EffectiveFrom is LocalDate f ? ReportText.Date(f) : null;
        var to = instrument.EffectiveTo is LocalDate t ? ReportText.Date(t) : null;
        return instrument.Status switch
        {
            InstrumentStatus.Draft => "draft, never binds",
            InstrumentStatus.CaseLaw when from is null && to is null => "case law, not dated",
            _ when from is null && to is null => ReportText.Words(instrument.Status) + ", no effective dates",
            _ => (instrument.Status == InstrumentStatus.CaseLaw ? "case law" : "in force") +
                (from is null ? "" : $" from {from}") + (to is null ? "" : $" to {to}") +
                (instrument.Status == InstrumentStatus.Superseded ? " (superseded)" : ""),
        };
    }

    /// <summary>Whether the instrument bound the activity during <paramref name="period"/>, in words.</summary>
    private static string During(Instrument instrument, LocalDateRange period)
    {
        if (instrument.Status == InstrumentStatus.Draft)
        {
            return "did not bind the activity (a draft)";
        }

        if (instrument.Status == InstrumentStatus.CaseLaw && instrument.EffectiveFrom is null && instrument.EffectiveTo is null)
        {
            // A judgment guides courts on like facts; it has no effective interval to compare with the period.
            return "guides courts on like facts, whatever the dates";
        }

        if (instrument.EffectiveFrom is LocalDate from && (period.End is LocalDate end ? from > end : false))
        {
            return "not yet in force during the assessed period";
        }

        if (instrument.EffectiveTo is LocalDate to && to < period.Start)
        {
            return "no longer in force during the assessed period";
        }

        var partly = (instrument.EffectiveFrom is LocalDate f && f > period.Start) ||
            (instrument.EffectiveTo is LocalDate t && (period.End is LocalDate e ? t < e : true));
        return partly ? "in force for part of the assessed period" : "in force throughout the assessed period";
    }

    private static long Days(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

    private static string Title(Assessment a) => a.ActivityId ?? "(activity without an id)";

    private static string Plural(int n, string noun) => ReportTally.Plural(n, noun);
}
