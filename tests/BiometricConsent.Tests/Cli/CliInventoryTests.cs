using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BiometricConsent.Cli;
using BiometricConsent.Cli.Inventory;
using BiometricConsent.Tests.Policy;
using NodaTime.Testing;
using Snapshooter.Xunit;

namespace BiometricConsent.Tests.Cli;

/// <summary>
/// <c>biometric-consent inventory</c> (docs/cli.md, "inventory") over a SARIF fixture: the sample's real build log
/// (tests/BiometricConsent.Tests/Cli/Fixtures) with hand-added sites of every status and source, one of them with
/// hostile text. The snapshots are the documented JSON and Markdown shapes.
/// </summary>
public sealed class CliInventoryTests
{
    private const string Fixture = "tests/BiometricConsent.Tests/Cli/Fixtures/store-camera.inventory.sarif";

    [Fact]
    public void Inventory_json() => Snapshot.Match(Stdout("inventory", Fixture, "--root", "/fixture", "--format", "json"));

    [Fact]
    public void Inventory_markdown() => Snapshot.Match(Stdout("inventory", Fixture, "--root", "/fixture"));

    [Fact]
    public void Json_lists_every_BIO1900_result_once_and_nothing_else()
    {
        var json = JsonNode.Parse(Stdout("inventory", Fixture, "--root", "/fixture", "--format", "json"))!;

        var sites = json["sites"]!.AsArray();
        Assert.Equal(8, sites.Count);
        Assert.Equal(8, json["summary"]!["sites"]!.GetValue<int>());
        Assert.Equal((3, 2, 1, 1, 1), (
            json["summary"]!["unguarded"]!.GetValue<int>(),
            json["summary"]!["guarded"]!.GetValue<int>(),
            json["summary"]!["callers"]!.GetValue<int>(),
            json["summary"]!["exempt"]!.GetValue<int>(),
            json["summary"]!["unreached"]!.GetValue<int>()));
        var checkIn = sites.Single(s => s!["file"]!.GetValue<string>() == "StoreCamera/MemberCheckIn.cs")!;
        Assert.Equal(("ConsentGate.HasConsent", 25), (checkIn["guard"]!["check"]!.GetValue<string>(), checkIn["guard"]!["line"]!.GetValue<int>()));

        // A file outside the root keeps its full path rather than a ../ chain.
        Assert.Contains(sites, s => s!["file"]!.GetValue<string>() == "/elsewhere/Shared/Lobby.cs");
    }

    [Fact]
    public void The_same_site_from_two_logs_of_one_build_is_listed_once()
    {
        using var folder = new TempFolder();
        File.Copy(RepositoryFile(Fixture), Path.Combine(folder.Path, "a.net8.0.sarif"));
        File.Copy(RepositoryFile(Fixture), Path.Combine(folder.Path, "a.net10.0.sarif"));

        var run = folder.Run("inventory", "a.net8.0.sarif", "a.net10.0.sarif", "--format", "json", "--root", "/fixture");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(8, JsonNode.Parse(run.Stdout)!["sites"]!.AsArray().Count);
    }

    [Fact]
    public void Html_escapes_every_text_from_the_log_and_has_a_row_per_site()
    {
        var html = Stdout("inventory", Fixture, "--root", "/fixture", "--format", "html");

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(8, Regex.Matches(html, "<tr class=\"site\" data-status=").Count);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Entrance &lt;b&gt;signs&lt;/b&gt; | order *2025-12* `§3` &amp; &quot;posted&quot; &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"inventory\" id=\"inventory\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"verdict violated\">8 capture sites: 3 not guarded (BIO1001)", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_escapes_a_hostile_file_name_member_and_check()
    {
        var site = new CaptureSite
        {
            File = "src/\"><img src=x onerror=alert(1)>.cs",
            Line = 3,
            Column = 1,
            Status = InventoryStatus.Guarded,
            Member = "Cam<script>.Grab",
            Source = "attribute",
            EnclosingMember = "A&B.'C'",
            Check = "</code><script>x</script>",
            CheckLine = 2,
        };
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        InventoryHtmlWriter.Write(output, new CaptureInventory(new[] { site }));

        var html = output.ToString();
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("data-file=\"src/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.cs\"", html, StringComparison.Ordinal);
        Assert.Contains("<code>A&amp;B.&#39;C&#39;</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_keeps_a_pipe_in_the_input_inside_its_cell()
    {
        var markdown = Stdout("inventory", Fixture, "--root", "/fixture");

        var row = markdown.Split('\n').Single(line => line.Contains("Station.Patrol", StringComparison.Ordinal));
        Assert.Equal(7, Regex.Matches(row, @"(?<!\\)\|").Count);
        Assert.Contains(@"\<script\>", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_that_is_not_json_is_refused_with_its_line()
    {
        using var folder = new TempFolder();
        folder.Write("broken.sarif", "{\n  \"version\": \"2.1.0\",\n  \"runs\": [ }");

        var run = folder.Run("inventory", "broken.sarif");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("broken.sarif: error: Not JSON (line 3): a SARIF log is a JSON document.", run.Stderr);
        Assert.Contains("No inventory was written.", run.Stderr);
    }

    [Fact]
    public void A_sarif_1_log_is_refused_with_the_setting_that_writes_2_1()
    {
        var run = RunOnChangedFixture(log => log["version"] = "1.0.0");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("SARIF version 1.0.0; this tool reads SARIF 2.1.0. Write the log with ErrorLog=\"<file>,version=2.1\"", run.Stderr);
    }

    [Fact]
    public void A_log_of_a_build_without_the_analyzer_is_refused()
    {
        var run = RunOnChangedFixture(log =>
        {
            var sarifRun = log["runs"]![0]!;
            sarifRun["results"] = new JsonArray();
            sarifRun["tool"]!["driver"]!["rules"] = new JsonArray();
        });

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("The log names no BIO1900: the BiometricConsent analyzer", run.Stderr);
    }

    [Fact]
    public void A_log_of_a_build_without_the_inventory_switch_is_refused_with_the_switch()
    {
        var run = RunOnChangedFixture(log =>
        {
            var sarifRun = log["runs"]![0]!;
            sarifRun["results"] = new JsonArray();
            sarifRun["invocations"] = new JsonArray();
        });

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("BIO1900 was not enabled in the build that wrote this log: build with -p:BiometricConsentInventory=true", run.Stderr);
    }

    [Fact]
    public void A_log_with_the_switch_and_no_capture_site_is_an_empty_inventory()
    {
        var run = RunOnChangedFixture(log => log["runs"]![0]!["results"] = new JsonArray(), "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(0, JsonNode.Parse(run.Stdout)!["summary"]!["sites"]!.GetValue<int>());
    }

    [Fact]
    public void A_site_of_a_newer_analyzer_is_refused_with_advice_to_update()
    {
        var run = RunOnChangedFixture(log => FirstSite(log)["properties"]!["customProperties"]!["inventoryVersion"] = "2");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("Result 2 (BIO1900): inventory version 2 was written by a newer analyzer; this tool reads version 1.", run.Stderr);
    }

    [Fact]
    public void A_site_without_its_properties_is_refused()
    {
        var run = RunOnChangedFixture(log => FirstSite(log).AsObject().Remove("properties"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("Result 2 (BIO1900): no properties.customProperties", run.Stderr);
    }

    [Fact]
    public void Missing_file_and_a_folder_without_a_project_are_refused_before_anything_is_built()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "empty"));
        var builder = new FakeBuilder(null);

        var run = RunWith(folder.Path, builder, "inventory", "missing.sarif", "empty");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("missing.sarif: error: The file does not exist.", run.Stderr);
        Assert.Contains("empty: error: This folder holds no C# project file", run.Stderr);
        Assert.Equal(0, builder.Builds);
    }

    [Fact]
    public void A_project_is_built_with_the_inventory_switch_and_its_logs_are_read()
    {
        using var folder = new TempFolder();
        var project = folder.Write("App.csproj", "<Project />");
        var builder = new FakeBuilder(RepositoryFile(Fixture));

        var run = RunWith(folder.Path, builder, "inventory", folder.Path, "--format", "json", "--root", "/fixture", "-c", "Release");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(1, builder.Builds);
        Assert.Equal((Path.Combine(folder.Path, project), "Release"), (builder.Project, builder.Configuration));
        Assert.Equal(8, JsonNode.Parse(run.Stdout)!["sites"]!.AsArray().Count);
        Assert.False(Directory.Exists(builder.LogFolder), "the temporary log folder is removed");
    }

    [Fact]
    public void A_failed_build_shows_its_output_and_writes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", "<Project />");
        var builder = new FakeBuilder(null, exitCode: 1, output: "App.cs(3,1): error CS1002: ; expected\n");

        var run = RunWith(folder.Path, builder, "inventory", "App.csproj");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("error CS1002", run.Stderr);
        Assert.Contains("App.csproj: error: 'dotnet build App.csproj --no-incremental -nologo -p:BiometricConsentInventory=true", run.Stderr);
    }

    [Fact]
    public void A_project_without_the_package_is_told_why_no_log_was_written()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", "<Project />");

        var run = RunWith(folder.Path, new FakeBuilder(null), "inventory", "App.csproj");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("The build wrote no inventory log: the project does not use the BiometricConsent package", run.Stderr);
    }

    private static JsonNode FirstSite(JsonNode log)
        => log["runs"]![0]!["results"]!.AsArray().First(r => r!["ruleId"]!.GetValue<string>() == "BIO1900")!;

    private static CliRun RunOnChangedFixture(Action<JsonNode> change, params string[] options)
    {
        var log = JsonNode.Parse(File.ReadAllText(RepositoryFile(Fixture)))!;
        change(log);
        using var folder = new TempFolder();
        folder.Write("changed.sarif", log.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return folder.Run(new[] { "inventory", "changed.sarif" }.Concat(options).ToArray());
    }

    private static string RepositoryFile(string path) => Path.Combine(TestData.RepositoryRoot, path);

    private static string Stdout(params string[] args)
    {
        var run = CliRun.InRepository(args);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        return run.Stdout;
    }

    private static CliRun RunWith(string workingDirectory, IProjectBuilder builder, params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = new CliApplication(new FakeClock(TestData.Now), workingDirectory, projectBuilder: builder).Execute(args, stdout, stderr);
        return CliRun.Of(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Stands in for <c>dotnet build</c>: records the call and drops a copy of a log into the folder.</summary>
    private sealed class FakeBuilder : IProjectBuilder
    {
        private readonly string? log;
        private readonly int exitCode;
        private readonly string output;

        public FakeBuilder(string? log, int exitCode = 0, string output = "")
        {
            this.log = log;
            this.exitCode = exitCode;
            this.output = output;
        }

        public int Builds { get; private set; }

        public string? Project { get; private set; }

        public string? Configuration { get; private set; }

        public string? LogFolder { get; private set; }

        public BuildOutcome Build(string project, string logFolder, string? configuration)
        {
            Builds++;
            (Project, LogFolder, Configuration) = (project, logFolder, configuration);
            if (log != null)
            {
                File.Copy(log, Path.Combine(logFolder, "App.net8.0.inventory.sarif"));
            }

            return new BuildOutcome(exitCode, output);
        }
    }
}
