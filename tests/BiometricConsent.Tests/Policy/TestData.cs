using System;
using System.IO;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Serialization;
using BiometricConsent.Tests.Policy.Support;
using NodaTime;
using NodaTime.Testing;

namespace BiometricConsent.Tests.Policy;

/// <summary>Shared helpers: the example files, a fixed clock, and a minimal valid document.</summary>
internal static class TestData
{
    /// <summary>"Today" for every test assessing an ongoing activity.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 1, 15, 4, 0);

    public static Assessor Assessor { get; } = new Assessor(options: new AssessorOptions { Clock = new FakeClock(Now) });

    public static string ExamplePath(string name) => Path.Combine(RepositoryRoot, "docs", "examples", name);

    /// <summary>The folder containing BiometricConsent.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot => RepositoryRootLazy.Value;

    private static readonly Lazy<string> RepositoryRootLazy = new Lazy<string>(FindRepositoryRoot);

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "BiometricConsent.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException("Repository root (BiometricConsent.sln) not found above " + AppContext.BaseDirectory);
        }

        return dir.FullName;
    }

    public static Activity Example(string name)
    {
        using var stream = File.OpenRead(ExamplePath(name));
        return ActivityJson.Parse(stream);
    }

    public static string ExampleText(string name) => File.ReadAllText(ExamplePath(name));

    /// <summary>Parses a document made of the required fields plus <paramref name="fields"/> (JSON members without braces): <see cref="TestActivity.Minimal"/>.</summary>
    public static Activity Parse(string fields, string jurisdiction = "CN-SH", string period = "{ \"start\": \"2022-01-01\", \"end\": \"2022-12-31\" }") =>
        TestActivity.Minimal(fields, jurisdiction, period).Parse();

    /// <summary>The document made of the required fields plus <paramref name="fields"/> (JSON members without braces).</summary>
    public static string Document(string fields, string jurisdiction = "CN-SH", string period = "{ \"start\": \"2022-01-01\", \"end\": \"2022-12-31\" }") =>
        $"{{ \"jurisdiction\": \"{jurisdiction}\", \"period\": {period}{(fields.Length > 0 ? ", " + fields : "")} }}";
}
