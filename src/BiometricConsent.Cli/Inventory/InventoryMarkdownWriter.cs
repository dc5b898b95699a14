using System.Globalization;
using System.IO;
using BiometricConsent.Policy.Reporting;

namespace BiometricConsent.Cli.Inventory;

/// <summary>The inventory as a Markdown table (GitHub-flavoured), one row per site; every text from the log is escaped.</summary>
internal static class InventoryMarkdownWriter
{
    public static void Write(TextWriter output, CaptureInventory inventory)
    {
        output.WriteLine("# Face-capture sites");
        output.WriteLine();
        output.WriteLine(Markdown.Escape(inventory.Summary()));
        if (inventory.Sites.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("| File | Line | Capture | Why it is a capture | In | Consent |");
        output.WriteLine("|---|---:|---|---|---|---|");
        foreach (var site in inventory.Sites)
        {
            output.WriteLine(
                $"| {Markdown.Escape(site.File)} | {site.Line.ToString(CultureInfo.InvariantCulture)} | {Markdown.Escape(site.Member)} " +
                $"| {Markdown.Escape(InventoryStatus.SourceWords(site))} | {Markdown.Escape(site.EnclosingMember ?? "")} | {Consent(site)} |");
        }
    }

    private static string Consent(CaptureSite site)
    {
        var words = Markdown.Escape(InventoryStatus.Words(site));
        return site.Status switch
        {
            InventoryStatus.Unguarded => $"**{words}**",
            InventoryStatus.Guarded when site.Check is string check
                => $"{words} by {Markdown.Escape(check)}" + (site.CheckLine is int line ? $" (line {line.ToString(CultureInfo.InvariantCulture)})" : ""),
            InventoryStatus.Exempt
                => $"{words} {Markdown.Escape(site.ExemptionBasis ?? "")}" + (site.Justification is string why ? $": {Markdown.Escape(why)}" : ""),
            _ => words,
        };
    }
}
