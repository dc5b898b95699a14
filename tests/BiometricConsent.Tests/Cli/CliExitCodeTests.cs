using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace BiometricConsent.Tests.Cli;

/// <summary>Exit codes 0/1/2 (docs/cli.md "Exit codes") and the messages on standard error for every kind of bad input.</summary>
public class CliExitCodeTests
{
    /// <summary>A Shanghai store that meets every rule covering CN-SH (no finding is violated).</summary>
    internal const string Compliant = """
        {
          "id": "compliant-store",
          "jurisdiction": "CN-SH",
          "period": { "start": "2022-01-01", "end": "2022-12-31" },
          "processor": { "kinds": ["BusinessOperator"] },
          "legalBasis": "Consent",
          "consent": { "obtained": true, "separate": true },
          "notice": { "given": true, "beforeProcessing": true, "elements": ["ProcessorIdentity", "Purpose", "Method", "DataCategories", "Retention", "Necessity", "Impact", "RightsExercise"] },
          "changes": { "purposeExtendedBeyondOriginal": false },
          "sharing": { "sharedWithThirdParties": false, "sold": false },
          "security": { "incident": false }
        }
        """;

    [Fact]
    public void Exit_0_when_no_finding_is_violated()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("ok.json", Compliant));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        Assert.Contains("0 violated", run.Stdout);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("sarif")]
    [InlineData("html")]
    public void Advice_not_followed_never_changes_exit_0_and_no_advice_leaves_it_out(string format)
    {
        // The compliant store keeps raw images and stores them with the identity data: two recommendations of
        // GB/T 35273-2020 not followed, no law violated.
        using var folder = new TempFolder();
        var file = folder.Write("ok.json", Compliant.Replace(
            "\"security\": { \"incident\": false }",
            "\"security\": { \"incident\": false }, \"storage\": { \"rawImagesRetained\": true, \"separatedFromIdentity\": false }"));
        var run = folder.Run("assess", file, "--format", format);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("CN-GBT35273-6.3c", run.Stdout);
        Assert.Contains(format == "json" ? "\"adviceSummary\"" : format == "sarif" ? "\"note\"" : "not followed", run.Stdout);

        var quiet = folder.Run("assess", file, "--format", format, "--no-advice");
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.DoesNotContain("CN-GBT35273", quiet.Stdout);
    }

    [Fact]
    public void Exit_1_when_a_finding_is_violated()
    {
        var run = CliRun.InRepository("assess", "docs/examples/xpeng-shanghai-2021.json");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("", run.Stderr);
        Assert.Contains("VIOLATED (", run.Stdout);
    }

    [Fact]
    public void Exit_1_when_one_of_several_files_has_a_violation()
    {
        using var folder = new TempFolder();
        var ok = folder.Write("ok.json", Compliant);
        var bad = folder.Write("xpeng.json", File.ReadAllText(Policy.TestData.ExamplePath("xpeng-shanghai-2021.json")));
        Assert.Equal(0, folder.Run("assess", ok).ExitCode);
        Assert.Equal(1, folder.Run("assess", ok, bad).ExitCode);
    }

    [Fact]
    public void Missing_file_is_exit_2_naming_the_file()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", "absent.json");
        AssertBadInput(run, "absent.json: error: The file does not exist.");
    }

    [Fact]
    public void Directory_is_exit_2()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "activities"));
        AssertBadInput(folder.Run("assess", "activities"), "activities: error: This is a directory; expected an activity JSON file.");
    }

    [Fact]
    public void Unreadable_file_is_exit_2()
    {
        using var folder = new TempFolder();
        var name = folder.Write("locked.json", Compliant);

        // Held open without sharing: unreadable on every OS (on Unix .NET enforces FileShare with locks), even as root.
        using var lockStream = new FileStream(Path.Combine(folder.Path, name), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var run = folder.Run("assess", name);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("locked.json: error: The file cannot be read: ", run.Stderr);
        Assert.EndsWith("\nNothing was assessed.\n", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void Empty_file_is_exit_2(string content)
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("empty.json", content));
        AssertBadInput(run, "empty.json:1:1: error: $: The document is empty; expected a JSON object describing an activity.");
    }

    [Fact]
    public void Malformed_json_is_exit_2_with_the_line()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("broken.json", "{\n  \"jurisdiction\": \"CN-SH\",\n  \"period\": {\n}"));
        AssertBadInput(run, "broken.json:4:2: error: $: Malformed JSON: the document ends before the object opened at line 1, column 1 is closed.");
    }

    [Fact]
    public void Invalid_activity_is_exit_2_naming_the_json_path_and_its_line()
    {
        using var folder = new TempFolder();
        var json = Compliant.Replace("\"separate\": true", "\"separate\": true, \"colour\": 1");
        var run = folder.Run("assess", folder.Write("unknown-field.json", json));
        AssertBadInput(
            run,
            "unknown-field.json:7:52: error: $.consent.colour: Unknown field 'colour'; the fields of $.consent are obtained, separate, written, bundled, " +
            "conditionOfService, guardianForMinors, withdrawalChannel, electronicSignature, explicit.");
    }

    [Fact]
    public void Contradictory_facts_are_exit_2_naming_the_second_field()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("contradiction.json", Compliant.Replace("\"obtained\": true", "\"obtained\": false")));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("contradiction.json:7:35: error: $.consent.separate: ", run.Stderr);
    }

    [Fact]
    public void File_that_is_not_utf8_is_exit_2()
    {
        using var folder = new TempFolder();
        var latin1 = Encoding.Latin1.GetBytes(Compliant.Replace("compliant-store", "caf\u00e9"));
        AssertBadInput(
            folder.Run("assess", folder.WriteBytes("latin1.json", latin1)),
            "latin1.json:2:13: error: $: The document is not UTF-8 text: the byte 0xE9 here cannot be read as UTF-8; save the file as UTF-8.");
    }

    [Fact]
    public void Byte_order_mark_is_accepted()
    {
        using var folder = new TempFolder();
        var withBom = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(Compliant);
        var bytes = new byte[withBom.Length + body.Length];
        withBom.CopyTo(bytes, 0);
        body.CopyTo(bytes, withBom.Length);
        var run = folder.Run("assess", folder.WriteBytes("bom.json", bytes));
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Theory]
    [InlineData("2021-13-01")]
    [InlineData("01/08/2021")]
    [InlineData("2021-08-01T00:00:00Z")]
    public void Malformed_as_of_is_exit_2(string asOf)
    {
        var run = CliRun.InRepository("assess", "docs/examples/xpeng-shanghai-2021.json", "--as-of", asOf);
        AssertBadInput(run, $"biometric-consent: error: --as-of: '{asOf}' is not a date; expected YYYY-MM-DD (e.g. 2021-08-01).");
    }

    [Fact]
    public void As_of_outside_the_period_is_exit_2_pointing_at_the_period()
    {
        var run = CliRun.InRepository("assess", "docs/examples/xpeng-shanghai-2021.json", "--as-of", "2021-07-01");
        AssertBadInput(run, "docs/examples/xpeng-shanghai-2021.json:5:3: error: $.period: --as-of 2021-07-01 is outside the activity's period 2021-01-01/2021-06-30 (local dates in Asia/Shanghai).");
    }

    [Fact]
    public void Unknown_format_is_exit_2()
    {
        var run = CliRun.InRepository("assess", "docs/examples/xpeng-shanghai-2021.json", "--format", "xml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'xml' not recognized", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Sarif_is_not_a_rules_format()
    {
        var run = CliRun.InRepository("rules", "--format", "sarif");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'sarif' not recognized", run.Stderr);
    }

    [Fact]
    public void No_files_is_exit_2()
    {
        var run = CliRun.InRepository("assess", "--format", "json");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("biometric-consent: error: Required argument missing for command: 'assess'.", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("audit")]
    [InlineData("rules --verbose")]
    public void Usage_errors_are_exit_2(string args)
    {
        var run = CliRun.InRepository(args.Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("biometric-consent: error: ", run.Stderr);
        Assert.EndsWith("Run 'biometric-consent --help' for usage.\n", run.Stderr);
    }

    [Fact]
    public void Unknown_option_among_the_files_is_exit_2()
    {
        var run = CliRun.InRepository("assess", "docs/examples/xpeng-shanghai-2021.json", "--fromat", "json");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("biometric-consent: error: Unknown option '--fromat'; see 'biometric-consent assess --help'.\njson: error: The file does not exist.\n", run.Stderr);
    }

    [Fact]
    public void Unknown_jurisdiction_is_exit_2()
    {
        AssertBadInput(
            CliRun.InRepository("rules", "--jurisdiction", "CN-HK"),
            "biometric-consent: error: --jurisdiction: 'CN-HK' is not a supported jurisdiction: expected a mainland-China province-level code (CN-BJ, CN-SH, CN-TJ, CN-ZJ, ...).",
            trailer: false);
    }

    [Fact]
    public void Lower_case_jurisdiction_is_exit_2_with_the_iso_spelling()
    {
        AssertBadInput(
            CliRun.InRepository("rules", "--jurisdiction", "cn-tj"),
            "biometric-consent: error: --jurisdiction: 'cn-tj' is not a jurisdiction code as ISO 3166-2 writes it; did you mean 'CN-TJ'?",
            trailer: false);
    }

    [Fact]
    public void Nothing_is_assessed_when_any_file_is_bad_and_every_bad_file_is_reported()
    {
        using var folder = new TempFolder();
        var ok = folder.Write("ok.json", Compliant);
        var empty = folder.Write("empty.json", "");
        var run = folder.Run("assess", ok, empty, "absent.json", "--format", "json");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(
            "empty.json:1:1: error: $: The document is empty; expected a JSON object describing an activity.\n" +
            "absent.json: error: The file does not exist.\n" +
            "Nothing was assessed.\n",
            run.Stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("assess --help")]
    [InlineData("rules -h")]
    public void Help_is_exit_0(string args)
    {
        var run = CliRun.InRepository(args.Split(' '));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Usage:", run.Stdout);
    }

    [Fact]
    public void Unexpanded_wildcards_are_expanded_in_ordinal_order()
    {
        var run = CliRun.InRepository("assess", "docs/examples/*.json", "--format", "json");
        Assert.True(run.ExitCode == 1, run.ToString());
        using var document = JsonDocument.Parse(run.Stdout);
        var expected = Directory.GetFiles(Path.Combine(Policy.TestData.RepositoryRoot, "docs", "examples"), "*.json")
            .Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal).Select(n => Policy.TestData.Example(n!).Id).ToArray();
        Assert.Equal(expected, document.RootElement.EnumerateArray().Select(a => a.GetProperty("activity").GetString()));
    }

    [Fact]
    public void A_wildcard_matching_nothing_is_exit_2()
    {
        using var folder = new TempFolder();
        AssertBadInput(folder.Run("assess", "activities/*.json"), "activities/*.json: error: No file matches this pattern.");
    }

    [Fact]
    public void Version_is_exit_0()
    {
        var run = CliRun.InRepository("--version");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Stdout);
    }

    [Fact]
    public void A_bug_in_a_rule_is_exit_3_never_a_verdict()
    {
        var broken = new BiometricConsent.Policy.Rules.Rule(
            "CN-TEST-1",
            Reporting.ReportingKit.Instrument,
            "Art. 1",
            "Throws.",
            BiometricConsent.Policy.Rules.Verification.Recalled,
            (in BiometricConsent.Policy.Rules.RuleContext _) => throw new System.InvalidOperationException("rule bug"));
        using var folder = new TempFolder();
        var run = CliRun.In(folder.Path, new[] { "assess", folder.Write("ok.json", Compliant) }, new BiometricConsent.Policy.Engine.RuleCatalog(new[] { broken }));
        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("biometric-consent: internal error (please report it): System.InvalidOperationException: rule bug", run.Stderr);
    }

    [Fact]
    public void Json_for_several_files_is_an_array_in_argument_order()
    {
        var run = CliRun.InRepository("assess", "docs/examples/xpeng-shanghai-2021.json", "docs/examples/guo-bing-safari-park.json", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Equal(2, document.RootElement.GetArrayLength());
        Assert.Equal("xpeng-shanghai-2021", document.RootElement[0].GetProperty("activity").GetString());
        Assert.Equal("guo-bing-safari-park", document.RootElement[1].GetProperty("activity").GetString());
    }

    [Fact]
    public void Json_for_one_file_is_one_object()
    {
        var run = CliRun.InRepository("assess", "docs/examples/xpeng-shanghai-2021.json", "--format", "json");
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public void As_of_narrows_the_period_to_that_day()
    {
        var run = CliRun.InRepository("assess", "docs/examples/tianjin-credit-provider.json", "--as-of", "2022-03-01", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var period = document.RootElement.GetProperty("period");
        Assert.Equal("2022-03-01", period.GetProperty("start").GetString());
        Assert.Equal("2022-03-01", period.GetProperty("end").GetString());
    }

    [Fact]
    public void Absolute_paths_are_reported_relative_to_the_working_directory()
    {
        var absolute = Policy.TestData.ExamplePath("xpeng-shanghai-2021.json");
        var run = CliRun.InRepository("assess", absolute, "--format", "sarif");
        Assert.Contains("\"uri\": \"docs/examples/xpeng-shanghai-2021.json\"", run.Stdout);
    }

    private static void AssertBadInput(CliRun run, string firstLine, bool trailer = true)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.Equal(firstLine + "\n" + (trailer ? "Nothing was assessed.\n" : ""), run.Stderr);
    }
}
