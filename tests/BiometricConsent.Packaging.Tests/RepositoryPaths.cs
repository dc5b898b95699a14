using System;
using System.IO;

namespace BiometricConsent.Packaging.Tests;

/// <summary>Where things are in the repository these tests were built from.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest ancestor of the test assembly that holds BiometricConsent.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration the tests (and so the solution) were built in; child builds use the same outputs.</summary>
    public const string Configuration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    /// <summary>An absolute path from a repository-relative one written with '/'.</summary>
    public static string Combine(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BiometricConsent.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BiometricConsent.sln not found above " + AppContext.BaseDirectory);
    }
}
