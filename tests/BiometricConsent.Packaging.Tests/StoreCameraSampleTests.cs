using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace BiometricConsent.Packaging.Tests;

/// <summary>
/// The README's first quick-start command builds and runs docs/samples/StoreCamera: its build must warn BIO1001
/// exactly on the lines marked <c>// expect: BIO1001</c> (the door analytics) and nowhere else (the member
/// check-in, which asks the consent gate first), assess the activity file the door analytics are tied to (BIO2001),
/// and its run must print the assessment with citations.
/// </summary>
[Collection(ChildBuildCollection.Name)]
public sealed class StoreCameraSampleTests
{
    private const string Marker = "// expect: BIO1001";
    private static readonly string Sample = RepositoryPaths.Combine("docs/samples/StoreCamera");
    private readonly IsolatedBuild isolated;
    private readonly DotnetResult build;

    public StoreCameraSampleTests(IsolatedBuild isolated)
    {
        this.isolated = isolated;
        build = isolated.BuildSample();
        Assert.True(build.ExitCode == 0, build.ToString());
    }

    [Fact]
    public void The_build_warns_exactly_on_the_marked_captures()
    {
        var build = this.build;

        var expected = new List<(string, int)>();
        foreach (var file in Directory.GetFiles(Sample, "*.cs").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(Marker))
                {
                    expected.Add((Path.GetFileName(file), i + 1));
                }
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, BuildDiagnostic.Parse(build.Output, "BIO1001").Select(d => (d.FileName, d.Line)));
        Assert.DoesNotContain("MemberCheckIn.cs", build.Output);
    }

    /// <summary>
    /// Both halves in one build: the shop's description, which DoorAnalytics is tied to, is assessed (BIO2001 in the
    /// JSON file, among them PIPL Art. 29 at the consent fact); the tie names a described activity, and that activity
    /// declares no consent, so the door captures stay BIO1001 (no BIO2004, BIO2005 or BIO2006).
    /// </summary>
    [Fact]
    public void The_build_assesses_the_tied_activity_file_beside_the_code()
    {
        var findings = BuildDiagnostic.Parse(build.Output, "BIO2001");

        Assert.All(findings, finding => Assert.Equal("store-camera-activity.json", finding.FileName));
        var consent = Assert.Single(findings, finding => finding.Message.StartsWith("CN-PIPL-29 ", System.StringComparison.Ordinal));
        Assert.Equal(14, consent.Line);
        foreach (var id in new[] { "BIO2003", "BIO2004", "BIO2005", "BIO2006" })
        {
            Assert.DoesNotContain(" " + id + ":", build.Output, System.StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The README's inventory of the sample, the documented two-step way (docs/cli.md, "inventory"): a build with the
    /// inventory switch writes the SARIF log, and the tool lists the three sites from it — the two BIO1001 door
    /// captures and the check-in guarded by the consent gate.
    /// </summary>
    [Fact]
    public void The_inventory_of_the_sample_lists_its_three_capture_sites()
    {
        var tool = isolated.Pack("BiometricConsent.Cli");
        Assert.True(tool.ExitCode == 0, tool.ToString());
        var logs = Path.Combine(isolated.Folder, "store-camera-inventory");
        var inventoryBuild = DotnetProcess.Run(
            Sample,
            "build", "StoreCamera.csproj", "-c", RepositoryPaths.Configuration, "--artifacts-path", Path.Combine(isolated.Folder, "inventory-artifacts"),
            "--no-incremental", "-p:BiometricConsentInventory=true", "-p:BiometricConsentInventoryDirectory=" + logs);
        Assert.True(inventoryBuild.ExitCode == 0, inventoryBuild.ToString());

        var log = Assert.Single(Directory.GetFiles(logs, "*.sarif"));
        Assert.Equal("StoreCamera.net8.0.inventory.sarif", Path.GetFileName(log));
        var run = DotnetProcess.Run(Sample, isolated.ToolAssembly, "inventory", log, "--root", Sample);

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = run.Output.Split('\n').Where(line => line.StartsWith("| ", System.StringComparison.Ordinal) && !line.StartsWith("| File", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            new[]
            {
                "| DoorAnalytics.cs | 25 | FaceAnalyticsClient.CaptureFaces | \\[FaceCapture\\] | DoorAnalytics.CountFootfall | **not guarded (BIO1001)** |",
                "| DoorAnalytics.cs | 35 | FaceAnalyticsClient.CaptureFaces | \\[FaceCapture\\] | DoorAnalytics.Demographics | **not guarded (BIO1001)** |",
                "| MemberCheckIn.cs | 30 | FaceAnalyticsClient.CaptureSingleFace | \\[FaceCapture\\] | MemberCheckIn.CheckIn | guarded by ConsentGate.HasConsent (line 25) |",
            },
            rows.Select(r => r.TrimEnd('\r')));
    }

    [Fact]
    public void The_run_prints_the_assessment_of_the_shops_deployment_with_citations()
    {
        // The sample finds its activity file beside its assembly, so it runs from any directory.
        var run = DotnetProcess.Run(Sample, isolated.SampleAssembly);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Member check-in before consent:  no capture", run.Output);
        Assert.Contains("Member check-in after consent:   face captured", run.Output);
        Assert.Contains("Assessment of store-camera-door-analytics", run.Output);
        Assert.Contains("CN-PIPL-29  Personal Information Protection Law, Art. 29", run.Output);
        Assert.Contains("CN-CRPL-29.1  Consumer Rights Protection Law, Art. 29 ¶1", run.Output);
        Assert.Contains("Penalty: PIPL Art. 66", run.Output);
    }
}
