using System;
using System.Collections.Generic;
using System.IO;

namespace BiometricConsent.Packaging.Tests;

/// <summary>
/// The repository's shipped projects and the quick-start sample, built by these tests themselves — from the sources,
/// into a private artifacts folder (<c>dotnet pack/build --artifacts-path</c>), in the configuration the tests were
/// built in. Nothing depends on what an earlier build or test left in the repository's bin/ and obj/ folders, and
/// nothing is written there: the tests pass on a fresh clone whichever order the test runner picks, and cannot race
/// a build of the solution that runs beside them.
/// </summary>
/// <remarks>
/// Packages are packed under a version no one else uses (so the global package cache never serves a stale copy);
/// the folder and that version's cache folders are removed afterwards. Each step runs once per test run, on first use.
/// </remarks>
public sealed class IsolatedBuild : IDisposable
{
    /// <summary>The projects that become packages, by package ID.</summary>
    public static readonly IReadOnlyDictionary<string, string> PackageProjects = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BiometricConsent"] = "src/BiometricConsent/BiometricConsent.csproj",
        ["BiometricConsent.Sqlite"] = "src/BiometricConsent.Sqlite/BiometricConsent.Sqlite.csproj",
        ["BiometricConsent.PostgreSql"] = "src/BiometricConsent.PostgreSql/BiometricConsent.PostgreSql.csproj",
        ["BiometricConsent.Cli"] = "src/BiometricConsent.Cli/BiometricConsent.Cli.csproj",
    };

    private readonly object gate = new();
    private readonly Dictionary<string, DotnetResult> packs = new(StringComparer.Ordinal);
    private DotnetResult? sampleBuild;

    public IsolatedBuild()
    {
        Version = "0.1.0-packtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        Folder = Directory.CreateTempSubdirectory("biometric-consent-build-").FullName;
        Artifacts = Path.Combine(Folder, "artifacts");
        Feed = Path.Combine(Folder, "feed");
    }

    /// <summary>The version the packages are packed with.</summary>
    public string Version { get; }

    /// <summary>A temporary folder for this run: artifacts, feed and consumer projects live below it.</summary>
    public string Folder { get; }

    /// <summary>The artifacts folder every child build writes to (bin/, obj/, publish/ per project).</summary>
    public string Artifacts { get; }

    /// <summary>The local folder feed that holds the packages.</summary>
    public string Feed { get; }

    /// <summary>The path of the package file of <paramref name="packageId"/> (<c>.nupkg</c>, or <c>.snupkg</c> for symbols).</summary>
    public string PackagePath(string packageId, bool symbols = false) =>
        Path.Combine(Feed, $"{packageId}.{Version}.{(symbols ? "snupkg" : "nupkg")}");

    /// <summary>Packs <paramref name="packageId"/> (building what it needs) into <see cref="Feed"/>, once; the output of <c>dotnet pack</c>.</summary>
    public DotnetResult Pack(string packageId)
    {
        lock (gate)
        {
            if (!packs.TryGetValue(packageId, out var result))
            {
                result = DotnetProcess.Run(
                    RepositoryPaths.Root,
                    "pack", RepositoryPaths.Combine(PackageProjects[packageId]),
                    "-c", RepositoryPaths.Configuration, "--artifacts-path", Artifacts, "-o", Feed, "-p:Version=" + Version);
                packs.Add(packageId, result);
            }

            return result;
        }
    }

    /// <summary>
    /// Builds docs/samples/StoreCamera with the projects it references, once; the output of <c>dotnet build</c>,
    /// which shows the analyzer's warnings because the sample is compiled for the first time in this folder.
    /// </summary>
    public DotnetResult BuildSample()
    {
        lock (gate)
        {
            return sampleBuild ??= DotnetProcess.Run(
                RepositoryPaths.Combine("docs/samples/StoreCamera"),
                "build", "StoreCamera.csproj", "-c", RepositoryPaths.Configuration, "--artifacts-path", Artifacts);
        }
    }

    /// <summary>The sample's entry assembly, once <see cref="BuildSample"/> has built it.</summary>
    public string SampleAssembly =>
        Path.Combine(Artifacts, "bin", "StoreCamera", RepositoryPaths.Configuration.ToLowerInvariant(), "StoreCamera.dll");

    /// <summary>The command-line tool's entry assembly, once <see cref="Pack"/> has packed <c>BiometricConsent.Cli</c> (which builds it).</summary>
    public string ToolAssembly =>
        Path.Combine(Artifacts, "bin", "BiometricConsent.Cli", RepositoryPaths.Configuration.ToLowerInvariant(), "biometric-consent.dll");

    public void Dispose()
    {
        TryDelete(Folder);
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var packageId in PackageProjects.Keys)
        {
            TryDelete(Path.Combine(cache, packageId.ToLowerInvariant(), Version));
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; failing the run over it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
