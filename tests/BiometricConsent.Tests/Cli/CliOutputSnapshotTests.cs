using Snapshooter.Xunit;

namespace BiometricConsent.Tests.Cli;

/// <summary>
/// The exact output of each format, as users see it (the XPeng example; the whole catalog). A snapshot that
/// changes is a user-visible change: review the diff of the .snap file.
/// </summary>
public class CliOutputSnapshotTests
{
    private const string XPeng = "docs/examples/xpeng-shanghai-2021.json";

    [Fact]
    public void Assess_text() => Snapshot.Match(Stdout(1, "assess", XPeng));

    [Fact]
    public void Assess_json() => Snapshot.Match(Stdout(1, "assess", XPeng, "--format", "json"));

    [Fact]
    public void Assess_markdown() => Snapshot.Match(Stdout(1, "assess", XPeng, "--format", "markdown"));

    [Fact]
    public void Assess_sarif() => Snapshot.Match(Stdout(1, "assess", XPeng, "--format", "sarif"));

    [Fact]
    public void Assess_html() => Snapshot.Match(Stdout(1, "assess", XPeng, "--format", "html"));

    [Fact]
    public void Rules_text() => Snapshot.Match(Stdout(0, "rules"));

    [Fact]
    public void Rules_json() => Snapshot.Match(Stdout(0, "rules", "--format", "json"));

    [Fact]
    public void Rules_markdown() => Snapshot.Match(Stdout(0, "rules", "--format", "markdown"));

    [Fact]
    public void Rules_for_a_jurisdiction_text() => Snapshot.Match(Stdout(0, "rules", "--jurisdiction", "CN-TJ"));

    private static string Stdout(int exitCode, params string[] args)
    {
        var run = CliRun.InRepository(args);
        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Equal("", run.Stderr);
        return run.Stdout;
    }
}
