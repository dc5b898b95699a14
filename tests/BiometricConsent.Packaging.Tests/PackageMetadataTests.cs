using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BiometricConsent.Packaging.Tests;

/// <summary>
/// Every shipped package carries what a NuGet user expects of a well-kept package: icon, project and repository
/// URLs with the commit it was built from, tags, a readme whose links work on a package page, and a symbols package
/// whose PDBs link each source file to the repository at that commit (SourceLink). Packing shows no warning.
/// </summary>
[Collection(ChildBuildCollection.Name)]
public sealed class PackageMetadataTests
{
    private const string Repository = "https://github.com/biometric-consent/BiometricConsent";
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Regex MarkdownLink = new(@"\]\((?<url>[^)\s]+)\)", RegexOptions.CultureInvariant);
    private static readonly Regex BuildWarning = new(@"\bwarning [A-Z]+[0-9]+\b", RegexOptions.CultureInvariant);

    private readonly IsolatedBuild build;

    public PackageMetadataTests(IsolatedBuild build) => this.build = build;

    public static TheoryData<string> Packages => new(IsolatedBuild.PackageProjects.Keys);

    [Theory]
    [MemberData(nameof(Packages))]
    public void Pack_succeeds_without_a_warning(string packageId)
    {
        var pack = build.Pack(packageId);

        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.DoesNotMatch(BuildWarning, pack.Output);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_nuspec_has_the_metadata_of_a_well_kept_package(string packageId)
    {
        using var package = OpenPacked(packageId);
        var metadata = Metadata(package);
        string Value(string name) => metadata.Element(metadata.Name.Namespace + name)?.Value ?? "";

        Assert.Equal(packageId, Value("id"));
        Assert.Equal(build.Version, Value("version"));
        Assert.Equal("BiometricConsent contributors", Value("authors"));
        Assert.Equal("MIT", Value("license"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(Value("copyright")));
        Assert.Contains("facial-recognition", Value("tags").Split(' '));
        Assert.Equal(Repository, Value("projectUrl"));

        var repository = metadata.Element(metadata.Name.Namespace + "repository")!;
        Assert.NotNull(repository);
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal(Repository, repository.Attribute("url")?.Value);
        Assert.Equal(HeadCommit(), repository.Attribute("commit")?.Value);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_icon_is_a_png_in_the_package(string packageId)
    {
        using var package = OpenPacked(packageId);
        var metadata = Metadata(package);
        var icon = metadata.Element(metadata.Name.Namespace + "icon")?.Value ?? "";

        Assert.Equal("icon.png", icon);
        using var stream = package.GetEntry(icon)!.Open();
        var signature = new byte[8];
        stream.ReadExactly(signature);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, signature);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_readme_is_the_packages_own_and_every_link_in_it_works_on_a_package_page(string packageId)
    {
        using var package = OpenPacked(packageId);
        var metadata = Metadata(package);
        var readmeName = metadata.Element(metadata.Name.Namespace + "readme")?.Value ?? "";
        Assert.Equal("README.md", readmeName);
        var readme = ReadText(package.GetEntry(readmeName)!);
        Assert.StartsWith("# " + packageId + "\n", readme.Replace("\r\n", "\n"), StringComparison.Ordinal);

        var links = MarkdownLink.Matches(readme).Select(m => m.Groups["url"].Value).ToArray();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            // A package page resolves no relative link: each must be an absolute https URL.
            Assert.True(link.StartsWith("https://", StringComparison.Ordinal), $"{packageId} README link '{link}' is not an absolute https URL");
            const string blob = Repository + "/blob/main/";
            if (link.StartsWith(blob, StringComparison.Ordinal))
            {
                var target = RepositoryPaths.Combine(link.Substring(blob.Length).Split('#')[0]);
                Assert.True(File.Exists(target) || Directory.Exists(target), $"{packageId} README links to '{link}', which is not in the repository");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_symbols_package_has_a_pdb_with_source_links_for_each_assembly_of_ours(string packageId)
    {
        using var package = OpenPacked(packageId);
        using var symbols = ZipFile.OpenRead(build.PackagePath(packageId, symbols: true));
        var ours = package.Entries
            .Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal) && !e.FullName.StartsWith("analyzers/", StringComparison.Ordinal))
            .Select(e => e.FullName)
            .Where(path => IsOurs(Path.GetFileNameWithoutExtension(path)))
            .ToArray();
        Assert.NotEmpty(ours);

        var expectedMapping = $"https://raw.githubusercontent.com/biometric-consent/BiometricConsent/{HeadCommit()}/*";
        foreach (var assembly in ours)
        {
            var pdbPath = Path.ChangeExtension(assembly, ".pdb");
            var pdb = symbols.GetEntry(pdbPath);
            Assert.True(pdb is not null, $"{packageId}.snupkg has no {pdbPath}");
            Assert.Contains(expectedMapping, SourceLinkJson(pdb!));
        }
    }

    private static bool IsOurs(string assemblyName) =>
        assemblyName.StartsWith("BiometricConsent", StringComparison.Ordinal) || assemblyName == "biometric-consent";

    private ZipArchive OpenPacked(string packageId)
    {
        var pack = build.Pack(packageId);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        return ZipFile.OpenRead(build.PackagePath(packageId));
    }

    private static XElement Metadata(ZipArchive package)
    {
        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return nuspec.Root!.Element(nuspec.Root.Name.Namespace + "metadata")!;
    }

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The SourceLink document embedded in a portable PDB, or "" when it has none.</summary>
    private static string SourceLinkJson(ZipArchiveEntry pdb)
    {
        using var copy = new MemoryStream();
        using (var stream = pdb.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(copy);
        var reader = provider.GetMetadataReader();
        foreach (var handle in reader.CustomDebugInformation)
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == SourceLinkKind)
            {
                return Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        return "";
    }

    /// <summary>The commit the repository's work tree is at: the one the packages were built from.</summary>
    private static string HeadCommit()
    {
        var start = new ProcessStartInfo("git", "rev-parse HEAD")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var git = Process.Start(start)!;
        var commit = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        Assert.Matches("^[0-9a-f]{40}$", commit);
        return commit;
    }
}
