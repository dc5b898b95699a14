using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BiometricConsent.Cli;
using BiometricConsent.Tests.Policy;

namespace BiometricConsent.Tests.Cli;

/// <summary>
/// <c>assess --format html --inventory log.sarif</c> (docs/cli.md, "assess"): one page with a section per activity
/// and the capture-site inventory's table after them, read from the same SARIF fixture as the inventory command's
/// tests (eight sites, one with hostile text).
/// </summary>
public sealed class CliAssessInventoryTests
{
    internal const string Fixture = "tests/BiometricConsent.Tests/Cli/Fixtures/store-camera.inventory.sarif";
    private const string Xpeng = "docs/examples/xpeng-shanghai-2021.json";
    private const string Hotel = "docs/examples/beijing-hotel-2025.json";

    [Fact]
    public void Several_activities_and_an_inventory_make_one_page_with_a_section_each()
    {
        var run = CliRun.InRepository("assess", Xpeng, Hotel, "--format", "html", "--inventory", Fixture);

        Assert.True(run.ExitCode is ExitCodes.Violations or ExitCodes.Success, run.ToString());
        Assert.Equal("", run.Stderr);
        var html = run.Stdout;
        Assert.Equal(1, Count(html, "<!DOCTYPE html>"));
        Assert.Equal(1, Count(html, "<footer>"));
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"activity\" id=\"activity-1\">", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"activity\" id=\"activity-2\">", html, StringComparison.Ordinal);
        Assert.Equal(2, Count(html, "<section class=\"activity\" "));
        Assert.Equal(1, Count(html, "<section class=\"inventory\" id=\"inventory\">"));

        // The inventory follows the activities, inside the page, with its own summary line.
        var inventory = html.IndexOf("<section class=\"inventory\"", StringComparison.Ordinal);
        Assert.True(inventory > html.LastIndexOf("<section class=\"activity\"", StringComparison.Ordinal));
        Assert.True(inventory < html.IndexOf("<footer>", StringComparison.Ordinal));
        Assert.Contains("<h2>Capture-site inventory</h2>\n<p class=\"verdict violated\">8 capture sites: 3 not guarded (BIO1001)", html, StringComparison.Ordinal);

        // The assessment's own exit code is untouched by the inventory's unguarded sites.
        Assert.Equal(CliRun.InRepository("assess", Xpeng, Hotel, "--format", "html").ExitCode, run.ExitCode);
    }

    [Fact]
    public void Every_site_of_the_log_has_its_row_with_file_and_line()
    {
        var html = Html("--inventory", Fixture);
        var sites = JsonNode.Parse(CliRun.InRepository("inventory", Fixture, "--format", "json").Stdout)!["sites"]!.AsArray();

        var rows = Regex.Matches(html, "<tr class=\"site\" data-status=\"([a-z]+)\" data-file=\"([^\"]*)\" data-line=\"([0-9]+)\">")
            .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}:{m.Groups[3].Value}")
            .ToArray();
        Assert.Equal(8, rows.Length);
        Assert.Equal(sites.Select(s => $"{s!["status"]} {s["file"]}:{s["line"]}"), rows);

        // Paths are shown relative to the current folder, as the inventory command shows them without --root.
        Assert.Contains("data-file=\"/fixture/StoreCamera/MemberCheckIn.cs\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_of_the_log_is_escaped()
    {
        var html = Html("--inventory", Fixture);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Entrance &lt;b&gt;signs&lt;/b&gt; | order *2025-12* `§3` &amp; &quot;posted&quot; &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_logs_make_one_table_and_a_site_in_both_is_listed_once()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(TestData.RepositoryRoot, Fixture), Path.Combine(folder.Path, "a.net8.0.sarif"));
        File.Copy(Path.Combine(TestData.RepositoryRoot, Fixture), Path.Combine(folder.Path, "a.net10.0.sarif"));
        File.Copy(Path.Combine(TestData.RepositoryRoot, Xpeng), Path.Combine(folder.Path, "xpeng.json"));

        var run = folder.Run("assess", "xpeng.json", "--format", "html", "--inventory", "a.net8.0.sarif", "--inventory", "a.net10.0.sarif");

        Assert.Equal("", run.Stderr);
        Assert.Equal(1, Count(run.Stdout, "<section class=\"inventory\""));
        Assert.Equal(8, Count(run.Stdout, "<tr class=\"site\" "));
    }

    [Fact]
    public void An_inventory_with_no_site_says_so()
    {
        var log = JsonNode.Parse(File.ReadAllText(Path.Combine(TestData.RepositoryRoot, Fixture)))!;
        log["runs"]![0]!["results"] = new JsonArray();
        using var folder = new TempFolder();
        folder.Write("empty.sarif", log.ToJsonString());
        File.Copy(Path.Combine(TestData.RepositoryRoot, Xpeng), Path.Combine(folder.Path, "xpeng.json"));

        var run = folder.Run("assess", "xpeng.json", "--format", "html", "--inventory", "empty.sarif");

        Assert.Equal("", run.Stderr);
        Assert.Contains("<h2>Capture-site inventory</h2>\n<p class=\"verdict clean\">No capture site.</p>", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr class=\"site\"", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--format", "json")]
    [InlineData("--format", "markdown")]
    [InlineData("--format", "sarif")]
    [InlineData("--format", "text")]
    public void The_inventory_outside_the_html_page_is_a_usage_error(params string[] format)
    {
        var run = CliRun.InRepository(new[] { "assess", Xpeng, "--inventory", Fixture }.Concat(format).ToArray());

        AssertRefused(run);
        Assert.Contains($"error: --inventory needs --format html (the inventory is a section of the HTML page); for the inventory alone in JSON or Markdown run 'biometric-consent inventory {Fixture}'.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_without_a_log_is_a_usage_error()
    {
        var run = CliRun.InRepository("assess", Xpeng, "--format", "html", "--inventory");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("Required argument missing for option: '--inventory'.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_log_is_refused_with_the_inventory_commands_error_and_nothing_is_assessed()
    {
        using var folder = new TempFolder();
        folder.Write("broken.sarif", "{\n  \"version\": \"2.1.0\",\n  \"runs\": [ }");
        File.Copy(Path.Combine(TestData.RepositoryRoot, Xpeng), Path.Combine(folder.Path, "xpeng.json"));

        var run = folder.Run("assess", "xpeng.json", "--format", "html", "--inventory", "broken.sarif", "--inventory", "missing.sarif");

        AssertRefused(run);
        Assert.Contains("broken.sarif: error: Not JSON (line 3): a SARIF log is a JSON document.", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("missing.sarif: error: The file does not exist.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_name_that_is_no_path_is_refused_shown_escaped()
    {
        var run = CliRun.InRepository("assess", Xpeng, "--format", "html", "--inventory", "a\0b.sarif");

        AssertRefused(run);
        Assert.Contains("a\\u0000b.sarif: error: Not a valid path: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_activity_and_a_bad_log_are_both_reported()
    {
        using var folder = new TempFolder();
        folder.Write("bad.json", "{");

        var run = folder.Run("assess", "bad.json", "--format", "html", "--inventory", "missing.sarif");

        AssertRefused(run);
        Assert.Contains("bad.json", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("missing.sarif: error: The file does not exist.", run.Stderr, StringComparison.Ordinal);
    }

    private static string Html(params string[] options)
    {
        var run = CliRun.InRepository(new[] { "assess", Xpeng, "--format", "html" }.Concat(options).ToArray());
        Assert.True(run.ExitCode is ExitCodes.Violations or ExitCodes.Success, run.ToString());
        Assert.Equal("", run.Stderr);
        return run.Stdout;
    }

    /// <summary>A run refused as bad input or usage: exit code 2, nothing on standard output, "Nothing was assessed." last.</summary>
    private static void AssertRefused(CliRun run)
    {
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.EndsWith("Nothing was assessed.\n", run.Stderr, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;
}
