using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using BiometricConsent.Cli.Input;

namespace BiometricConsent.Cli.Inventory;

/// <summary>
/// Reads the BIO1900 results of a compiler's SARIF 2.1 log (<c>ErrorLog</c>) into capture sites. It reads what the
/// analyzer wrote and nothing else: the inventory comes from the build's own analysis, never from parsing code.
/// Every way a log can be unusable is an <see cref="InputError"/> naming the log.
/// </summary>
internal sealed class SarifInventoryReader
{
    /// <summary>The diagnostic ID of a capture site.</summary>
    public const string RuleId = "BIO1900";

    /// <summary>The newest <c>inventoryVersion</c> this tool understands.</summary>
    public const int SupportedVersion = 1;

    /// <summary>The largest log read: compiler logs list every rule of every analyzer, so they are larger than activity files.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private readonly string root;

    /// <param name="root">The folder that site paths are shown relative to.</param>
    public SarifInventoryReader(string root)
    {
        this.root = root;
    }

    /// <summary>Reads the sites of the log at <paramref name="fullPath"/>, shown as <paramref name="display"/> in errors.</summary>
    public (IReadOnlyList<CaptureSite> Sites, InputError? Error) Read(string fullPath, string display)
    {
        JsonDocument document;
        try
        {
            var info = new FileInfo(fullPath);
            if (Directory.Exists(fullPath))
            {
                return Fail(display, "This is a directory; expected a SARIF log or a project file.");
            }

            if (!info.Exists)
            {
                return Fail(display, "The file does not exist.");
            }

            if (info.Length > MaxBytes)
            {
                return Fail(display, $"The file is {info.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes; a SARIF log may be at most 256 MiB.");
            }

            using var stream = File.OpenRead(fullPath);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is long line ? $" (line {line + 1})" : "";
            return Fail(display, $"Not JSON{where}: a SARIF log is a JSON document.");
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return Fail(display, $"The file cannot be read: {e.Message}");
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement, fullPath, display);
            }
            catch (InvalidOperationException e)
            {
                // GetString()/GetInt32() on a value of the wrong kind: the log is not what the compiler writes.
                return Fail(display, $"Not a compiler SARIF log: {e.Message}");
            }
        }
    }

    /// <summary>Adds the sites of the log at <paramref name="fullPath"/> to <paramref name="sites"/>, or its error to <paramref name="errors"/>.</summary>
    public void ReadInto(string fullPath, string display, List<CaptureSite> sites, List<InputError> errors)
    {
        (var read, var error) = Read(fullPath, display);
        if (error != null)
        {
            errors.Add(error);
        }
        else
        {
            sites.AddRange(read);
        }
    }

    private (IReadOnlyList<CaptureSite>, InputError?) Read(JsonElement log, string fullPath, string display)
    {
        if (log.ValueKind != JsonValueKind.Object || !log.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
        {
            return Fail(display, "Not a SARIF log: no \"runs\" array.");
        }

        var version = log.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (version != "2.1.0")
        {
            return Fail(display, $"SARIF version {version ?? "(none)"}; this tool reads SARIF 2.1.0. Write the log with ErrorLog=\"<file>,version=2.1\" (the package's build files do).");
        }

        var sites = new List<CaptureSite>();
        bool analyzerRan = false, enabled = false;
        var index = 0;
        foreach (var run in runs.EnumerateArray())
        {
            analyzerRan |= DeclaresRule(run);
            enabled |= IsEnabled(run);
            if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                index++;
                if (!(result.TryGetProperty("ruleId", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == RuleId))
                {
                    continue;
                }

                enabled = true;
                (var site, var problem) = ReadSite(result, fullPath);
                if (site is null)
                {
                    return Fail(display, $"Result {index} ({RuleId}): {problem}");
                }

                sites.Add(site);
            }
        }

        if (!analyzerRan && sites.Count == 0)
        {
            return Fail(display, $"The log names no {RuleId}: the BiometricConsent analyzer (0.1 or later with the inventory) did not run in the build that wrote it.");
        }

        if (!enabled)
        {
            return Fail(display, $"{RuleId} was not enabled in the build that wrote this log: build with -p:BiometricConsentInventory=true (docs/cli.md, \"inventory\").");
        }

        return (sites, null);
    }

    /// <summary>Whether the run's tool lists BIO1900 among its rules (the compiler lists every rule of every analyzer that ran).</summary>
    private static bool DeclaresRule(JsonElement run)
    {
        if (run.TryGetProperty("tool", out var tool) && tool.TryGetProperty("driver", out var driver)
            && driver.TryGetProperty("rules", out var rules) && rules.ValueKind == JsonValueKind.Array)
        {
            foreach (var rule in rules.EnumerateArray())
            {
                if (rule.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == RuleId)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the run's invocation enabled BIO1900 (a rule configuration override to a level other than none).</summary>
    private static bool IsEnabled(JsonElement run)
    {
        if (!run.TryGetProperty("invocations", out var invocations) || invocations.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var invocation in invocations.EnumerateArray())
        {
            if (!invocation.TryGetProperty("ruleConfigurationOverrides", out var overrides) || overrides.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var configured in overrides.EnumerateArray())
            {
                if (configured.TryGetProperty("descriptor", out var descriptor) && descriptor.TryGetProperty("id", out var id)
                    && id.ValueKind == JsonValueKind.String && id.GetString() == RuleId
                    && configured.TryGetProperty("configuration", out var configuration))
                {
                    var off = (configuration.TryGetProperty("enabled", out var on) && on.ValueKind == JsonValueKind.False)
                        || (configuration.TryGetProperty("level", out var level) && level.ValueKind == JsonValueKind.String && level.GetString() == "none");
                    if (!off)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private (CaptureSite? Site, string? Problem) ReadSite(JsonElement result, string logPath)
    {
        if (!(result.TryGetProperty("properties", out var properties) && properties.TryGetProperty("customProperties", out var custom)
            && custom.ValueKind == JsonValueKind.Object))
        {
            return (null, "no properties.customProperties; it was not written by the BiometricConsent analyzer.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in custom.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                values[property.Name] = property.Value.GetString()!;
            }
        }

        if (!values.TryGetValue("inventoryVersion", out var versionText) || !int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return (null, "no inventoryVersion property.");
        }

        if (version > SupportedVersion)
        {
            return (null, $"inventory version {version} was written by a newer analyzer; this tool reads version {SupportedVersion}. Update the biometric-consent tool.");
        }

        foreach (var required in new[] { "status", "member", "source" })
        {
            if (!values.ContainsKey(required))
            {
                return (null, $"no {required} property.");
            }
        }

        if (!InventoryStatus.IsKnown(values["status"]))
        {
            return (null, $"unknown status '{values["status"]}'.");
        }

        (var file, var line, var column, var problem) = ReadLocation(result, logPath);
        if (file is null)
        {
            return (null, problem);
        }

        return (new CaptureSite
        {
            File = file,
            Line = line,
            Column = column,
            Status = values["status"],
            Member = values["member"],
            MemberId = Get(values, "memberId"),
            Assembly = Get(values, "assembly"),
            Source = values["source"],
            Sdk = Get(values, "sdk"),
            Package = Get(values, "package"),
            EnclosingMember = Get(values, "enclosingMember"),
            Check = Get(values, "check"),
            CheckLine = Get(values, "checkLine") is string checkLine && int.TryParse(checkLine, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
            ExemptionBasis = Get(values, "exemptionBasis"),
            Justification = Get(values, "justification"),
            Activity = Get(values, "activity"),
        }, null);
    }

    private (string? File, int Line, int Column, string? Problem) ReadLocation(JsonElement result, string logPath)
    {
        if (!(result.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0
            && locations[0].TryGetProperty("physicalLocation", out var physical)
            && physical.TryGetProperty("artifactLocation", out var artifact)
            && artifact.TryGetProperty("uri", out var uriElement) && uriElement.ValueKind == JsonValueKind.String))
        {
            return (null, 0, 0, "no source location.");
        }

        var line = 0;
        var column = 0;
        if (physical.TryGetProperty("region", out var region))
        {
            line = region.TryGetProperty("startLine", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : 0;
            column = region.TryGetProperty("startColumn", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
        }

        var text = uriElement.GetString()!;
        string path;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.IsFile)
        {
            path = uri.LocalPath;
        }
        else if (Uri.TryCreate(text, UriKind.Relative, out _))
        {
            // A relative reference (another producer's %SRCROOT%-style log): relative to the log's folder.
            path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(logPath)!, Uri.UnescapeDataString(text)));
        }
        else
        {
            return (null, 0, 0, $"the location '{text}' is not a file.");
        }

        return (Display(path), line, column, null);
    }

    /// <summary>The path relative to the root when it lies below it, with <c>/</c> separators; otherwise the full path.</summary>
    private string Display(string path)
    {
        var relative = Path.GetRelativePath(root, path);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
        return shown.Replace('\\', '/');
    }

    private static string? Get(Dictionary<string, string> values, string key) => values.TryGetValue(key, out var value) ? value : null;

    private static (IReadOnlyList<CaptureSite>, InputError?) Fail(string display, string reason)
        => (Array.Empty<CaptureSite>(), new InputError(display, null, reason));
}
