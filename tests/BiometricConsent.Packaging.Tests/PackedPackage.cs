using System;
using System.IO;

namespace BiometricConsent.Packaging.Tests;

/// <summary>
/// BiometricConsent packed once, from the solution's build outputs, into a private folder feed, under a version
/// no one else uses (so the global package cache never serves a stale copy). Removes the feed and the version's
/// cache folder afterwards.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Version = "0.1.0-packtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        Folder = Directory.CreateTempSubdirectory("biometric-consent-pack-").FullName;
        Feed = Path.Combine(Folder, "feed");
        PackResult = DotnetProcess.Run(
            RepositoryPaths.Root,
            "pack", RepositoryPaths.Combine("src/BiometricConsent/BiometricConsent.csproj"),
            "-c", RepositoryPaths.Configuration, "--no-build", "-p:Version=" + Version, "-o", Feed);
        PackagePath = Path.Combine(Feed, $"BiometricConsent.{Version}.nupkg");
    }

    /// <summary>The version the package was packed with.</summary>
    public string Version { get; }

    /// <summary>A temporary folder for this fixture: the feed and consumer projects live below it.</summary>
    public string Folder { get; }

    /// <summary>The local folder feed that holds the package.</summary>
    public string Feed { get; }

    /// <summary>The output of `dotnet pack`.</summary>
    public DotnetResult PackResult { get; }

    /// <summary>The .nupkg file.</summary>
    public string PackagePath { get; }

    public void Dispose()
    {
        TryDelete(Folder);
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(cache, "biometricconsent", Version));
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
