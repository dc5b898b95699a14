using System.IO;
using System.Text.Json;
using BiometricConsent.Policy.Reporting;

namespace BiometricConsent.Cli.Inventory;

/// <summary>
/// The inventory as JSON (docs/cli.md, "inventory"): <c>inventoryVersion</c>, <c>summary</c> (a count per status)
/// and <c>sites</c>; every field of a site is always present, <c>null</c> when it does not apply.
/// </summary>
internal static class InventoryJsonWriter
{
    public static void Write(TextWriter output, CaptureInventory inventory)
    {
        output.Write(JsonOutput.ToText(writer => Write(writer, inventory)));
        output.WriteLine();
    }

    private static void Write(Utf8JsonWriter writer, CaptureInventory inventory)
    {
        writer.WriteStartObject();
        writer.WriteNumber("inventoryVersion", CaptureInventory.FormatVersion);
        writer.WriteStartObject("summary");
        writer.WriteNumber("sites", inventory.Sites.Count);
        foreach (var status in InventoryStatus.All)
        {
            writer.WriteNumber(status, inventory.Count(status));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("sites");
        foreach (var site in inventory.Sites)
        {
            writer.WriteStartObject();
            writer.WriteString("file", site.File);
            writer.WriteNumber("line", site.Line);
            writer.WriteNumber("column", site.Column);
            writer.WriteString("status", site.Status);
            writer.WriteString("member", site.Member);
            JsonOutput.WriteStringOrNull(writer, "memberId", site.MemberId);
            JsonOutput.WriteStringOrNull(writer, "assembly", site.Assembly);
            writer.WriteString("source", site.Source);
            JsonOutput.WriteStringOrNull(writer, "sdk", site.Sdk);
            JsonOutput.WriteStringOrNull(writer, "package", site.Package);
            JsonOutput.WriteStringOrNull(writer, "enclosingMember", site.EnclosingMember);
            if (site.Check is string check)
            {
                writer.WriteStartObject("guard");
                writer.WriteString("check", check);
                if (site.CheckLine is int line)
                {
                    writer.WriteNumber("line", line);
                }
                else
                {
                    writer.WriteNull("line");
                }

                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("guard");
            }

            if (site.Status == InventoryStatus.Exempt)
            {
                writer.WriteStartObject("exemption");
                JsonOutput.WriteStringOrNull(writer, "basis", site.ExemptionBasis);
                JsonOutput.WriteStringOrNull(writer, "justification", site.Justification);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("exemption");
            }

            // The activity the site's code is tied to ([BiometricActivity]); null for untied code and for logs of older builds.
            JsonOutput.WriteStringOrNull(writer, "activity", site.Activity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
