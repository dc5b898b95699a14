using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BiometricConsent.Cli.Input;

namespace BiometricConsent.Tests.Cli;

/// <summary>
/// Input that once crashed the tool, hung it, exhausted its memory or forged lines of its output (issue 12): each
/// is exit 2 with one escaped line per problem, and nothing on standard output.
/// </summary>
public class CliHostileInputTests
{
    private const string Head = "{\n  \"jurisdiction\": \"CN-SH\",\n";

    [Theory]
    [InlineData("  \"id\": \"\\ud800\",\n  \"period\": { \"start\": \"2021-01-01\" }\n}", "a.json:3:3: error: $.id: The string holds \\ud800, half of a UTF-16 surrogate pair without its other half; that is not a Unicode character.")]
    [InlineData("  \"period\": { \"start\": \"9999-12-31T23:59:59-18:00\" }\n}", "a.json:3:15: error: $.period.start: '9999-12-31T23:59:59-18:00' is outside the dates this library assesses, 1900-01-01 to 2999-12-31 (instants in UTC).")]
    [InlineData("  \"period\": { \"start\": \"9999-12-31T23:59:59Z\" }\n}", "a.json:3:15: error: $.period.start: '9999-12-31T23:59:59Z' is outside the dates this library assesses, 1900-01-01 to 2999-12-31 (instants in UTC).")]
    [InlineData("  \"period\": { \"start\": \"2021-01-01\", \"end\": \"-9998-01-01T00:00:00Z\" }\n}", "a.json:3:38: error: $.period.end: '-9998-01-01T00:00:00Z' is outside the dates this library assesses, 1900-01-01 to 2999-12-31 (instants in UTC).")]
    [InlineData("  \"period\": { \"start\": \"2021-01-01\" },\n  \"x\\nNothing was assessed.\": 1\n}", "a.json:4:3: error: $['x\\nNothing was assessed.']: Unknown field 'x\\nNothing was assessed.'; the fields of an activity are $schema, jurisdiction, period, id, processor, venue, publicPlace, modalities, function, purposes, subjects, legalBasis, consent, notice, necessity, impactAssessment, storage, sharing, filing, security, contractTerms, changes, scraping, realTimeRemoteIdentification, entrustment, audit, usBiometric, gdpr, aiSystem, accepted.")]
    [InlineData("  \"id\": \"x\\nNothing was assessed.\",\n  \"period\": { \"start\": \"2021-01-01\" }\n}", "a.json:3:3: error: $.id: The text holds the control character \\n (U+000A); it is shown in reports, so it must be one line of printable text.")]
    public void Bad_values_are_one_line_naming_the_json_path(string rest, string line) =>
        AssertBadInput(Run("a.json", Encoding.UTF8.GetBytes(Head + rest)), line);

    [Fact]
    public void A_doubled_byte_order_mark_is_a_stray_character()
    {
        var bom = Encoding.UTF8.GetPreamble();
        var run = Run("bom.json", bom.Concat(bom).Concat(Encoding.UTF8.GetBytes(CliExitCodeTests.Compliant)).ToArray());
        AssertBadInput(run, "bom.json:1:1: error: $: Malformed JSON: expected a value, found a byte-order mark (U+FEFF; one is allowed at the very start of the file, nowhere else).");
    }

    [Fact]
    public void A_file_name_with_a_line_break_is_escaped_in_errors()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no line breaks in Windows file names
        }

        using var folder = new TempFolder();
        var name = folder.Write("a\nNothing was assessed.json", "{}");
        var run = folder.Run("assess", name);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(4, run.Stderr.Split('\n').Length); // two errors (two required fields missing), the trailer and the empty rest
        Assert.StartsWith("a\\nNothing was assessed.json:1:1: error: $.jurisdiction: ", run.Stderr);
    }

    [Theory]
    [InlineData("text", "Assessment of compliant-store (a\\u001b[2Jb.json)")]
    [InlineData("markdown", "| compliant-store | `a\\u001b[2Jb.json` |")]
    [InlineData("html", "<code>a\\u001b[2Jb.json</code>")]
    public void A_file_name_with_a_control_character_is_escaped_in_reports(string format, string shown)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no control characters in Windows file names
        }

        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("a\u001b[2Jb.json", CliExitCodeTests.Compliant), "--format", format);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(shown, run.Stdout);
        Assert.DoesNotContain('\u001b', run.Stdout);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var folder = new TempFolder();
        var name = folder.Write("big.json", "");
        using (var stream = new FileStream(Path.Combine(folder.Path, name), FileMode.Create))
        {
            stream.SetLength(RegularFile.MaxBytes + 1L); // sparse where the file system can: nothing is written
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var run = folder.Run("assess", name);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        AssertBadInput(run, "big.json: error: The file is 1,048,577 bytes; an activity file may be at most 1 MiB (1,048,576 bytes).");
        Assert.True(allocated < RegularFile.MaxBytes, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_file_of_exactly_the_size_limit_is_read()
    {
        var padded = CliExitCodeTests.Compliant.PadRight(RegularFile.MaxBytes);
        var run = Run("limit.json", Encoding.UTF8.GetBytes(padded));
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void A_character_device_is_refused_without_reading_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var run = WithTimeout(() => CliRun.In(Path.GetTempPath(), new[] { "assess", "/dev/zero" }));
        AssertBadInput(run, "/dev/zero:1:1: error: $: The document is empty; expected a JSON object describing an activity.", displayed: false);
    }

    [Fact]
    public void A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", Path.Combine(folder.Path, "pipe.json")) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var run = WithTimeout(() => folder.Run("assess", "pipe.json"));
        AssertBadInput(run, "pipe.json:1:1: error: $: The document is empty; expected a JSON object describing an activity.");
    }

    [Fact]
    public void A_link_to_a_regular_file_is_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // creating links needs a privilege there
        }

        using var folder = new TempFolder();
        var target = folder.Write("ok.json", CliExitCodeTests.Compliant);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link.json"), target);
        var run = folder.Run("assess", "link.json");
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    private static CliRun Run(string name, byte[] content)
    {
        using var folder = new TempFolder();
        return folder.Run("assess", folder.WriteBytes(name, content));
    }

    private static CliRun WithTimeout(Func<CliRun> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(TimeSpan.FromSeconds(20)), "The tool did not return within 20 seconds.");
        return task.Result;
    }

    private static void AssertBadInput(CliRun run, string line, bool displayed = true)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        if (displayed)
        {
            Assert.Equal(line + "\nNothing was assessed.\n", run.Stderr);
        }
        else
        {
            Assert.EndsWith(line.Substring(line.IndexOf(':')) + "\nNothing was assessed.\n", run.Stderr);
        }
    }
}
