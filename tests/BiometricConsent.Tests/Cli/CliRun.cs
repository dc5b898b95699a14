using System;
using System.Globalization;
using System.IO;
using BiometricConsent.Cli;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Tests.Policy;
using NodaTime.Testing;

namespace BiometricConsent.Tests.Cli;

/// <summary>One run of the command line: the exit code and what it printed.</summary>
internal sealed class CliRun
{
    private CliRun(int exitCode, string stdout, string stderr)
    {
        ExitCode = exitCode;
        Stdout = stdout;
        Stderr = stderr;
    }

    public int ExitCode { get; }

    public string Stdout { get; }

    public string Stderr { get; }

    /// <summary>Runs the tool from the repository root with "today" fixed at <see cref="TestData.Now"/>.</summary>
    public static CliRun InRepository(params string[] args) => In(TestData.RepositoryRoot, args);

    /// <summary>Runs the tool with <paramref name="workingDirectory"/> as its current directory.</summary>
    public static CliRun In(string workingDirectory, string[] args, RuleCatalog? catalog = null)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = new CliApplication(new FakeClock(TestData.Now), workingDirectory, catalog).Execute(args, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A run made by a test that builds the application itself (e.g. with a stand-in project builder).</summary>
    public static CliRun Of(int exitCode, string stdout, string stderr) => new CliRun(exitCode, stdout, stderr);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>A temporary folder for activity files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
        : this(System.IO.Path.GetTempPath())
    {
    }

    private TempFolder(string under)
    {
        Path = System.IO.Path.Combine(under, "biometric-consent-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>
    /// A folder in memory (Linux's /dev/shm) where there is one, for tests that write a file a thousand times:
    /// on some machines each write to the temp folder costs milliseconds.
    /// </summary>
    public static TempFolder InMemory() => new TempFolder(Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath());

    public string Path { get; }

    public string Write(string name, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, name), content);
        return name;
    }

    public string WriteBytes(string name, byte[] content)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, name), content);
        return name;
    }

    public CliRun Run(params string[] args) => CliRun.In(Path, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
