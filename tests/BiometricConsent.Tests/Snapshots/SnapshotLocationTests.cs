using System.IO;
using System.Runtime.CompilerServices;

namespace BiometricConsent.Tests.Snapshots;

/// <summary>
/// Snapshot tests compare with the snapshots committed beside them only when the test assembly knows its real source
/// paths: Snapshooter finds the __snapshots__ folder from the source file of the calling test. Built with mapped
/// source paths (ContinuousIntegrationBuild maps them to /_/…), it would look elsewhere, write a new snapshot there and
/// pass, whatever the output. This test fails in exactly that build.
/// </summary>
public sealed class SnapshotLocationTests
{
    [Fact]
    public void The_test_assembly_knows_the_real_paths_of_its_sources_so_snapshots_are_compared_with_the_committed_ones()
    {
        var source = SourcePath();

        Assert.True(File.Exists(source), $"The test source path '{source}' does not exist: snapshot tests would not read the committed snapshots.");
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(source)!, "..", "Cli", "__snapshots__")), "tests/BiometricConsent.Tests/Cli/__snapshots__ is not beside the test sources.");
    }

    private static string SourcePath([CallerFilePath] string path = "") => path;
}
