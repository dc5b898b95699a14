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
    [Fact]
    public void The_tool_package_holds_the_activity_schema()
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("biometric-consent-toolpack-");
        try
        {
            DotnetResult pack = DotnetProcess.Run(
                RepositoryPaths.Root,
                "pack", RepositoryPaths.Combine("src/BiometricConsent.Cli/BiometricConsent.Cli.csproj"),
                "-c", RepositoryPaths.Configuration, "--no-build", "-o", folder.FullName);
            Assert.True(pack.ExitCode == 0, pack.ToString());

            using ZipArchive zip = ZipFile.OpenRead(Directory.GetFiles(folder.FullName, "BiometricConsent.Cli.*.nupkg")[0]);
            ZipArchiveEntry? schema = zip.GetEntry("schema/activity.schema.json");
            Assert.True(schema != null, "schema/activity.schema.json is not in the tool package");
            using var reader = new StreamReader(schema!.Open());
            Assert.Equal(File.ReadAllText(RepositoryPaths.Combine("docs/schema/activity.schema.json")), reader.ReadToEnd());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
