using System.Linq;
using System.Text.Json;

namespace BiometricConsent.Tests.Cli;

/// <summary>
/// An activity against which no rule in force is assessed is no pass: every format says
/// so and the exit code is 4 (docs/cli.md "Exit codes").
/// </summary>
public class CliNothingAssessedTests
{
    // Since issue 13 every jurisdiction the reader accepts is covered by the default catalog, so the CLI meets
    // "nothing assessed" only before a jurisdiction's first instrument: Illinois's BIPA is in force from 2008-10-03.
    private static string BeforeAnyLaw(string jurisdiction) => $$"""
        {
          "id": "before-any-law-{{jurisdiction.ToLowerInvariant()}}",
          "jurisdiction": "{{jurisdiction}}",
          "period": { "start": "2005-01-01", "end": "2005-12-31" },
          "legalBasis": "None",
          "consent": { "obtained": false }
        }
        """;

    // EU member states are covered (issue 13); before the GDPR applied (2018-05-25) no rule of theirs is in force.
    private static string BeforeTheGdpr(string jurisdiction) => $$"""
        {
          "id": "before-gdpr-{{jurisdiction.ToLowerInvariant()}}",
          "jurisdiction": "{{jurisdiction}}",
          "period": { "start": "2016-01-01", "end": "2016-12-31" },
          "legalBasis": "None",
          "consent": { "obtained": false }
        }
        """;

    [Theory]
    [InlineData("US-IL")]
    public void Exit_4_and_text_says_nothing_was_assessed(string jurisdiction)
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("a.json", BeforeAnyLaw(jurisdiction)));
        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Equal("", run.Stderr);
        Assert.Contains($"  Coverage:     Nothing was assessed: none of the 5 rules covering {jurisdiction} is in force", run.Stdout);
        Assert.Contains("This is not a pass.", run.Stdout);
    }

    [Theory]
    [InlineData("DE")]
    [InlineData("FR")]
    public void Exit_4_for_an_EU_activity_before_any_EU_rule_is_in_force(string jurisdiction)
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("a.json", BeforeTheGdpr(jurisdiction)));
        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Equal("", run.Stderr);
        Assert.Contains($"  Coverage:     Nothing was assessed: none of the 8 rules covering {jurisdiction} is in force on any day of the period 2016-01-01/2016-12-31", run.Stdout);
        Assert.Contains("This is not a pass.", run.Stdout);
    }

    [Fact]
    public void Json_has_a_coverage_object()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("a.json", BeforeAnyLaw("US-IL")), "--format", "json");
        Assert.True(run.ExitCode == 4, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var coverage = json.RootElement.GetProperty("coverage");
        Assert.Equal(new[] { "US-IL-BIPA" }, coverage.GetProperty("instruments").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(5, coverage.GetProperty("rules").GetInt32());
        Assert.Equal(0, coverage.GetProperty("rulesInForce").GetInt32());
        Assert.True(coverage.GetProperty("nothingAssessed").GetBoolean());
        Assert.Contains("none of the 5 rules covering US-IL is in force", coverage.GetProperty("note").GetString());
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("NotInForce", f.GetProperty("outcome").GetString()));
    }

    [Fact]
    public void Json_coverage_of_a_covered_activity_lists_its_instruments()
    {
        var run = CliRun.InRepository("assess", "docs/examples/tianjin-credit-provider.json", "--format", "json");
        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var coverage = json.RootElement.GetProperty("coverage");
        var instruments = coverage.GetProperty("instruments").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Contains("CN-TJ-SCR", instruments);
        Assert.Contains("CN-PIPL", instruments);
        Assert.False(coverage.GetProperty("nothingAssessed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, coverage.GetProperty("note").ValueKind);
        Assert.True(coverage.GetProperty("rulesInForce").GetInt32() > 0);
    }

    [Fact]
    public void Markdown_says_nothing_was_assessed()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("a.json", BeforeTheGdpr("DE")), "--format", "markdown");
        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("⚠️ **Nothing assessed** for the activity", run.Stdout);
        Assert.Contains("⚠️ **Nothing assessed.** Nothing was assessed: none of the 8 rules covering DE is in force", run.Stdout);
        Assert.DoesNotContain("No violations", run.Stdout);
    }

    [Fact]
    public void Html_says_nothing_was_assessed()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("a.json", BeforeTheGdpr("DE")), "--format", "html");
        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("<p class=\"verdict nothing\">Nothing assessed for the activity", run.Stdout);
        Assert.Contains("<p class=\"verdict nothing\">Nothing assessed. Nothing was assessed: none of the 8 rules covering DE is in force", run.Stdout);
        Assert.Contains("<td>nothing assessed</td>", run.Stdout);
        Assert.DoesNotContain("No violations", run.Stdout);
    }

    [Fact]
    public void Sarif_has_an_error_notification_at_the_jurisdiction()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("a.json", BeforeAnyLaw("US-IL")), "--format", "sarif");
        Assert.True(run.ExitCode == 4, run.ToString());
        using var log = JsonDocument.Parse(run.Stdout);
        var runElement = Reporting.SarifAssert.Valid(log.RootElement);
        Assert.Equal(0, runElement.GetProperty("results").GetArrayLength());
        var invocation = runElement.GetProperty("invocations").EnumerateArray().Single();
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().Single();
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.Contains("US-IL", notification.GetProperty("message").GetProperty("text").GetString());
        var region = notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32()); // "jurisdiction" is on line 3
        Assert.Equal(3, region.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Exit_4_takes_precedence_over_violations_and_the_total_line_counts_it()
    {
        using var folder = new TempFolder();
        var uncovered = folder.Write("il.json", BeforeAnyLaw("US-IL"));
        var xpeng = folder.Write("xpeng.json", System.IO.File.ReadAllText(Policy.TestData.ExamplePath("xpeng-shanghai-2021.json")));
        var run = folder.Run("assess", xpeng, uncovered);
        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("2 activities assessed; 1 with violations; 1 against no rule in force (nothing assessed).", run.Stdout);
        Assert.Contains("VIOLATED (2)", run.Stdout); // CRPL Art. 29 ¶1 and Civil Code Art. 1035
        Assert.Equal(1, folder.Run("assess", xpeng).ExitCode);
    }

    [Fact]
    public void A_Texas_activity_before_the_statute_is_nothing_assessed()
    {
        // US-TX is covered (Texas § 503.001, in force from 2009-09-01), but not in 2005.
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("a.json", BeforeAnyLaw("US-TX")));
        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("none of the 4 rules covering US-TX is in force on any day of the period 2005-01-01/2005-12-31", run.Stdout);
    }

    [Fact]
    public void Covered_activities_keep_their_exit_codes()
    {
        Assert.Equal(1, CliRun.InRepository("assess", "docs/examples/guo-bing-safari-park.json").ExitCode);
        var help = CliRun.InRepository("assess", "--help");
        Assert.Contains("4: an activity had no rule in force", help.Stdout);
    }
}
