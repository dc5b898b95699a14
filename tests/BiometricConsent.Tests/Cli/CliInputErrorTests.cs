using System.Linq;
using Snapshooter.Xunit;

namespace BiometricConsent.Tests.Cli;

/// <summary>
/// What a person sees on standard error for an activity file with several errors: one line per error,
/// <c>file:line:column: error: $.path: reason</c>, at most 20 per file and a count of the rest (docs/cli.md "Error messages").
/// </summary>
public class CliInputErrorTests
{
    /// <summary>An activity with one error of each common kind.</summary>
    private const string ManyErrors = """
        {
          "$schema": "../schema/activity.schema.json",
          "jurisdiction": "cn-bj",
          "period": { "start": "2021-02-30", "end": "2021-01-01" },
          "Venue": "Store",
          "venue": "Shop",
          "purposes": ["Paymnt", "Payment", "Payment", 3],
          "publicPlace": "yes",
          "consent": { "obtained": false, "separate": true, "colour": 1 },
          "notice": { "given": false, "elements": ["Purpose"] },
          "subjects": { "storedPersons": -5, "includesMinorsUnder14": 1.5 },
          "storage": { "retention": "6 months", "onDeviceOnly": true, "crossBorder": true },
          "sharing": "no"
        }
        """;

    [Fact]
    public void Every_error_of_a_file_is_reported_on_its_own_line() =>
        Snapshot.Match(Stderr("many-errors.json", ManyErrors));

    [Fact]
    public void At_most_twenty_errors_of_a_file_are_listed_and_the_rest_counted()
    {
        var fields = string.Join(",\n", Enumerable.Range(1, 23).Select(i => $"  \"unknown{i}\": {i}"));
        var stderr = Stderr("unknown.json", "{\n  \"jurisdiction\": \"CN\",\n  \"period\": { \"start\": \"2021-01-01\" },\n" + fields + "\n}");
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(22, lines.Length);
        Assert.StartsWith("unknown.json:4:3: error: $.unknown1: Unknown field 'unknown1'; the fields of an activity are $schema, jurisdiction, period, id, ", lines[0]);
        Assert.StartsWith("unknown.json:23:3: error: $.unknown20: ", lines[19]);
        Assert.Equal("unknown.json: error: ... and 3 more errors in this file (the first 20 are shown).", lines[20]);
        Assert.Equal("Nothing was assessed.", lines[21]);
    }

    [Fact]
    public void Malformed_json_is_one_error_at_the_character_in_our_own_words()
    {
        var stderr = Stderr("comment.json", "{\n  \"jurisdiction\": \"CN-SH\", // Shanghai\n  \"period\": { \"start\": \"2021-01-01\" }\n}");
        Assert.Equal(
            "comment.json:2:28: error: $: Malformed JSON: expected a field name in double quotes, found a comment (JSON has no comments).\nNothing was assessed.\n",
            stderr);
    }

    [Fact]
    public void Errors_of_several_files_are_reported_file_by_file()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a.json", "{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-01-01\" }, \"venue\": \"store\" }");
        var b = folder.Write("b.json", "{ \"jurisdiction\": \"CN-sh\", \"period\": { \"start\": \"2021-01-01\" } }");
        var run = folder.Run("assess", a, b);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "a.json:1:62: error: $.venue: 'store' is not a Venue; did you mean 'Store'?\n" +
            "b.json:1:3: error: $.jurisdiction: 'CN-sh' is not a jurisdiction code as ISO 3166-2 writes it; did you mean 'CN-SH'?\n" +
            "Nothing was assessed.\n",
            run.Stderr);
    }

    private static string Stderr(string name, string json)
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write(name, json));
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        return run.Stderr;
    }
}
