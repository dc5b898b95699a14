using System.IO;
using System.IO.Compression;

namespace BiometricConsent.Packaging.Tests;

/// <summary>
/// The tool package carries the JSON schema of activity files (docs/activity-format.md), so that users who install
/// only the tool can point their editors at it.
/// </summary>
[Collection(ChildBuildCollection.Name)]
public sealed class ToolPackageSchemaTests
{
    private readonly IsolatedBuild build;

    public ToolPackageSchemaTests(IsolatedBuild build) => this.build = build;

    [Fact]
    public void The_tool_package_holds_the_activity_schema()
    {
        var pack = build.Pack("BiometricConsent.Cli");
        Assert.True(pack.ExitCode == 0, pack.ToString());

        using var zip = ZipFile.OpenRead(build.PackagePath("BiometricConsent.Cli"));
        var schema = zip.GetEntry("schema/activity.schema.json");
        Assert.True(schema != null, "schema/activity.schema.json is not in the tool package");
        using var reader = new StreamReader(schema!.Open());
        Assert.Equal(File.ReadAllText(RepositoryPaths.Combine("docs/schema/activity.schema.json")), reader.ReadToEnd());
    }
}
