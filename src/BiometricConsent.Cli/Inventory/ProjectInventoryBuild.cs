using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace BiometricConsent.Cli.Inventory;

/// <summary>What building a project for its inventory gave: the exit code and the build's output.</summary>
internal sealed record BuildOutcome(int ExitCode, string Output);

/// <summary>
/// Builds a project so that its compiler writes the inventory logs into a folder: <c>dotnet build &lt;project&gt;
/// --no-incremental -p:BiometricConsentInventory=true -p:BiometricConsentInventoryDirectory=&lt;folder&gt;</c>. The
/// rebuild is needed because an up-to-date compile writes no log; project references that use the package write
/// theirs to the same folder, so the inventory covers them too.
/// </summary>
internal interface IProjectBuilder
{
    BuildOutcome Build(string project, string logFolder, string? configuration);
}

/// <summary>Runs the real <c>dotnet build</c>.</summary>
internal sealed class DotnetProjectBuilder : IProjectBuilder
{
    /// <summary>The arguments of the build, which docs/cli.md shows for running it by hand.</summary>
    public static IReadOnlyList<string> Arguments(string project, string logFolder, string? configuration)
    {
        var arguments = new List<string>
        {
            "build", project, "--no-incremental", "-nologo",
            "-p:BiometricConsentInventory=true",
            "-p:BiometricConsentInventoryDirectory=" + logFolder,
        };
        if (configuration != null)
        {
            arguments.Add("-c");
            arguments.Add(configuration);
        }

        return arguments;
    }

    public BuildOutcome Build(string project, string logFolder, string? configuration)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        foreach (var argument in Arguments(project, logFolder, configuration))
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        DataReceivedEventHandler append = (_, e) =>
        {
            if (e.Data != null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        lock (output)
        {
            return new BuildOutcome(process.ExitCode, output.ToString());
        }
    }
}
