using System.Globalization;
using System.IO;
using BiometricConsent.Policy.Reporting;

namespace BiometricConsent.Cli.Inventory;

/// <summary>
/// The inventory as one self-contained HTML page, on the assessment report's frame (<c>Html.Open</c>, sections,
/// <c>Html.Close</c>; docs/cli.md, "html"): a verdict line and a <c>section.inventory</c> table with one
/// <c>tr.site[data-status][data-file][data-line]</c> per site. Every text from the log is HTML-escaped.
/// </summary>
internal static class InventoryHtmlWriter
{
    public static void Write(TextWriter output, CaptureInventory inventory)
    {
        Html.Open(output, "Face-capture sites");
        output.WriteLine("<header>");
        output.WriteLine("<h1>Face-capture sites</h1>");
        output.WriteLine(Verdict(inventory));
        output.WriteLine("</header>");
        WriteSection(output, inventory);
        Html.Close(output, markerLegend: false);
    }

    /// <summary>
    /// The inventory's section alone, for a page that also holds other reports (<c>assess --inventory</c>). There the
    /// page's header speaks of the activities, so <paramref name="withSummary"/> puts the inventory's own summary
    /// line in its section.
    /// </summary>
    public static void WriteSection(TextWriter output, CaptureInventory inventory, bool withSummary = false)
    {
        output.WriteLine("<section class=\"inventory\" id=\"inventory\">");
        output.WriteLine("<h2>Capture-site inventory</h2>");
        if (withSummary)
        {
            output.WriteLine(Verdict(inventory));
        }

        output.WriteLine("<p class=\"meta\">From the build's own analysis (BIO1900 in the compiler's SARIF log): every call of a face-capture API or [RequiresConsent] member, and the consent check that guards it.</p>");
        if (inventory.Sites.Count > 0)
        {
            output.WriteLine("<table>");
            output.WriteLine("<thead><tr><th>File</th><th>Line</th><th>Capture</th><th>Why it is a capture</th><th>In</th><th>Consent</th></tr></thead>");
            output.WriteLine("<tbody>");
            foreach (var site in inventory.Sites)
            {
                var line = site.Line.ToString(CultureInfo.InvariantCulture);
                output.WriteLine(
                    $"<tr class=\"site\" data-status=\"{Html.Escape(site.Status)}\" data-file=\"{Html.Escape(site.File)}\" data-line=\"{line}\">" +
                    $"<td><code>{Html.Escape(site.File)}</code></td><td class=\"n\">{line}</td><td><code>{Html.Escape(site.Member)}</code></td>" +
                    $"<td>{Html.Escape(InventoryStatus.SourceWords(site))}</td><td><code>{Html.Escape(site.EnclosingMember ?? "")}</code></td>" +
                    $"<td>{Consent(site)}</td></tr>");
            }

            output.WriteLine("</tbody>");
            output.WriteLine("</table>");
        }

        output.WriteLine("</section>");
    }

    /// <summary>The summary line, red while a site is not guarded (a BIO1001 of the build).</summary>
    private static string Verdict(CaptureInventory inventory)
    {
        var verdict = inventory.Count(InventoryStatus.Unguarded) > 0 ? "violated" : "clean";
        return $"<p class=\"verdict {verdict}\">{Html.Escape(inventory.Summary())}</p>";
    }

    private static string Consent(CaptureSite site)
    {
        var badge = site.Status switch
        {
            InventoryStatus.Unguarded => "Violated",
            InventoryStatus.Guarded => "Satisfied",
            InventoryStatus.Exempt or InventoryStatus.Callers => "Undetermined",
            _ => "NotApplicable",
        };
        var text = $"<span class=\"outcome {badge}\">{Html.Escape(InventoryStatus.Words(site))}</span>";
        return site.Status switch
        {
            InventoryStatus.Guarded when site.Check is string check
                => text + $" by <code>{Html.Escape(check)}</code>" + (site.CheckLine is int line ? $" (line {line.ToString(CultureInfo.InvariantCulture)})" : ""),
            InventoryStatus.Exempt
                => text + $" {Html.Escape(site.ExemptionBasis ?? "")}" + (site.Justification is string why ? $": {Html.Escape(why)}" : ""),
            _ => text,
        };
    }
}
