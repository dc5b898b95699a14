using System;
using System.Globalization;
using System.IO;
using System.Text;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Policy.Reporting;

/// <summary>
/// The words shared by every output format, spelled out without reflection (<c>Enum.ToString</c>) so that the
/// formats agree and cannot drift when an enum member is renamed.
/// </summary>
internal static class ReportText
{
    /// <summary>Where the rules are documented; rule anchors are appended (see <see cref="Anchor"/>).</summary>
    internal const string CatalogUri = "https://github.com/biometric-consent/BiometricConsent/blob/main/docs/rules-catalog.md";

    /// <summary>The project home page.</summary>
    internal const string ProjectUri = "https://github.com/biometric-consent/BiometricConsent";

    /// <summary>The order in which people read outcomes: what to fix first.</summary>
    internal static readonly Outcome[] ReadingOrder =
    {
        Outcome.Violated, Outcome.Undetermined, Outcome.Satisfied, Outcome.NotApplicable, Outcome.NotInForce,
    };

    internal static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Violated => "Violated",
        Outcome.Satisfied => "Satisfied",
        Outcome.NotApplicable => "NotApplicable",
        Outcome.NotInForce => "NotInForce",
        _ => "Undetermined",
    };

    /// <summary>The outcome in words, lower case: <c>not applicable</c>.</summary>
    internal static string Words(Outcome outcome) => outcome switch
    {
        Outcome.Violated => "violated",
        Outcome.Satisfied => "satisfied",
        Outcome.NotApplicable => "not applicable",
        Outcome.NotInForce => "not in force",
        _ => "undetermined",
    };

    /// <summary>
    /// An advice finding's outcome in words (<see cref="Rule.IsAdvice"/>): <c>not followed</c> for
    /// <see cref="Outcome.Violated"/>, <c>followed</c> for <see cref="Outcome.Satisfied"/>, else as <see cref="Words(Outcome)"/>.
    /// </summary>
    internal static string AdviceWords(Outcome outcome) => outcome switch
    {
        Outcome.Violated => "not followed",
        Outcome.Satisfied => "followed",
        _ => Words(outcome),
    };

    /// <summary>The outcome of <paramref name="finding"/> in words, as advice when it is advice.</summary>
    internal static string Words(Engine.Finding finding) => finding.IsAdvice ? AdviceWords(finding.Outcome) : Words(finding.Outcome);

    /// <summary>What advice is, in one sentence, printed above the advice of every report.</summary>
    internal const string AdviceNote =
        "Recommended national standards (GB/T) bind no one by themselves: these findings are advice, not violations, and never change the verdict or the exit code.";

    /// <summary>The advice counts: <c>2 not followed, 1 undetermined, 0 followed, ...</c>, or <c>null</c> when there is no advice.</summary>
    internal static string? AdviceCounts(Engine.AssessmentSummary summary)
    {
        if (summary.Total == 0)
        {
            return null;
        }

        var parts = new string[ReadingOrder.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = $"{summary.Count(ReadingOrder[i])} {AdviceWords(ReadingOrder[i])}";
        }

        return string.Join(", ", parts);
    }

    internal static string Name(InstrumentStatus status) => status switch
    {
        InstrumentStatus.InForce => "InForce",
        InstrumentStatus.Draft => "Draft",
        InstrumentStatus.Superseded => "Superseded",
        _ => "CaseLaw",
    };

    internal static string Words(InstrumentStatus status) => status switch
    {
        InstrumentStatus.InForce => "in force",
        InstrumentStatus.Draft => "draft",
        InstrumentStatus.Superseded => "superseded",
        _ => "case law",
    };

    internal static string Name(Verification verification) => verification switch
    {
        Verification.VerifiedPrimary => "VerifiedPrimary",
        Verification.VerifiedSecondary => "VerifiedSecondary",
        _ => "Recalled",
    };

    /// <summary>The verification marker (docs/policy-model.md, "Verification levels"): <c>[V-P]</c>, <c>[V-S]</c> or <c>[R]</c>.</summary>
    internal static string Marker(Verification verification) => verification switch
    {
        Verification.VerifiedPrimary => "[V-P]",
        Verification.VerifiedSecondary => "[V-S]",
        _ => "[R]",
    };

    internal static string Name(EnforcementChannel channel) => channel switch
    {
        EnforcementChannel.CivilCourt => "civil courts",
        EnforcementChannel.Administrative => "regulators (administrative penalties)",
        EnforcementChannel.Advisory => "no one (a recommended standard: advice)",
        _ => "courts (case law)",
    };

    /// <summary>What the markers mean, in one line.</summary>
    internal const string MarkerLegend =
        "[V-P] checked against the primary text; [V-S] checked against secondary sources; [R] recalled, re-check before relying on it.";

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The citation: <c>Consumer Rights Protection Law, Art. 29 ¶1 [V-P]</c>.</summary>
    internal static string Citation(Rule rule) => $"{rule.Instrument.Name}, {rule.Article} {Marker(rule.Verification)}";

    /// <summary>When the rule applies: <c>in force from 2014-03-15</c>, <c>draft, never binds</c>, ...</summary>
    internal static string EffectiveDates(Rule rule)
    {
        if (rule.Instrument.Status == InstrumentStatus.Draft)
        {
            return "draft, never binds";
        }

        var from = rule.EffectiveFrom is LocalDate f ? Date(f) : null;
        var to = rule.EffectiveTo is LocalDate t ? Date(t) : null;
        if (from is null && to is null)
        {
            return rule.Instrument.Status == InstrumentStatus.CaseLaw ? "case law, not dated" : "no effective dates";
        }

        return from is null ? $"until {to}" : to is null ? $"in force from {from}" : $"in force from {from} to {to}";
    }

    /// <summary>The assessed period: <c>2021-01-01 to 2021-06-30</c>, <c>2022-03-01, ongoing</c>, or the single day.</summary>
    internal static string Period(LocalDateRange period, LocalDate? asOf)
    {
        if (asOf is LocalDate day)
        {
            return $"{Date(day)} (that day only)";
        }

        return period.End is LocalDate end ? $"{Date(period.Start)} to {Date(end)}" : $"{Date(period.Start)}, ongoing (assessed up to today)";
    }

    /// <summary>
    /// The anchor GitHub gives a Markdown heading: lower case, punctuation other than <c>-</c> and <c>_</c>
    /// dropped, spaces turned into <c>-</c> (<c>CN-CRPL-29.1</c> → <c>cn-crpl-291</c>).
    /// </summary>
    internal static string Anchor(string heading)
    {
        var anchor = new StringBuilder(heading.Length);
        foreach (var c in heading)
        {
            if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
            {
                anchor.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ')
            {
                anchor.Append('-');
            }
        }

        return anchor.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> with each character for which <paramref name="replace"/> (given the text and the
    /// index) returns a replacement replaced by it; the same instance when there is none, as most texts need none.
    /// </summary>
    internal static string ReplaceEach(string text, Func<string, int, string?> replace)
    {
        StringBuilder? replaced = null;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = replace(text, i);
            if (replacement is null)
            {
                replaced?.Append(text[i]);
                continue;
            }

            replaced ??= new StringBuilder(text, 0, i, text.Length + 16);
            replaced.Append(replacement);
        }

        return replaced?.ToString() ?? text;
    }

    /// <summary>Runs <paramref name="write"/> on a string writer with <c>\n</c> line ends (output identical on every OS).</summary>
    internal static string Capture(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }

    /// <summary>Where a rule is documented.</summary>
    internal static string HelpUri(Rule rule) => CatalogUri + "#" + Anchor(rule.Id);

    /// <summary>
    /// The justification under which the activity accepts <paramref name="finding"/> (<see cref="Activity.Accepted"/>),
    /// or <c>null</c>: only a Violated or Undetermined finding can be accepted, and only with a non-blank justification.
    /// The outcome stays what it is; the outputs show the justification next to it, the analyzer leaves it unreported.
    /// </summary>
    internal static string? Acceptance(Activity activity, Engine.Finding finding)
    {
        if (finding.Outcome != Outcome.Violated && finding.Outcome != Outcome.Undetermined)
        {
            return null;
        }

        foreach (var acceptance in activity.Accepted)
        {
            if (acceptance.Rule == finding.Rule.Id && acceptance.IsJustified)
            {
                return acceptance.Justification;
            }
        }

        return null;
    }
}
