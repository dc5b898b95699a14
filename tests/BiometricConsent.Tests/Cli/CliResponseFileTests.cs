namespace BiometricConsent.Tests.Cli;

/// <summary>
/// Arguments are file names and options, never response files: an argument '@x.json' is the file of that name
/// (issue 12), and the help documents every exit code.
/// </summary>
public class CliResponseFileTests
{
    [Fact]
    public void A_file_named_with_an_at_sign_is_assessed()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("@x.json", CliExitCodeTests.Compliant));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Assessment of compliant-store (@x.json)", run.Stdout);
    }

    [Fact]
    public void A_neighbour_holding_options_is_an_activity_file_not_arguments()
    {
        // 'assess *.json' expanded by the shell: '@x.json' must not pull '--help' out of x.json and exit 0.
        using var folder = new TempFolder();
        var at = folder.Write("@x.json", CliExitCodeTests.Compliant);
        var x = folder.Write("x.json", "--help\n");
        var run = folder.Run("assess", at, x);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("x.json:1:1: error: $: Malformed JSON: ", run.Stderr);
    }

    [Fact]
    public void A_missing_at_file_is_a_missing_file()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", "@absent.json");
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("@absent.json: error: The file does not exist.\nNothing was assessed.\n", run.Stderr);
    }

    [Theory]
    [InlineData("--help", "3 an internal error (a bug; please report it)")]
    [InlineData("assess --help", "3: an internal error (a bug; please report it)")]
    public void Help_documents_every_exit_code(string args, string exit3)
    {
        var run = CliRun.InRepository(args.Split(' '));
        Assert.True(run.ExitCode == 0, run.ToString());
        var help = string.Join(" ", run.Stdout.Split((char[])['\n', ' '], System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(exit3, help);
        Assert.Contains("2", help);
    }
}
