using System;
using System.Collections.Generic;
using System.CommandLine;
using System.ComponentModel;
using System.IO;
using System.Linq;
using BiometricConsent.Cli.Input;
using BiometricConsent.Cli.Inventory;

namespace BiometricConsent.Cli.Commands;

/// <summary>
/// <c>inventory &lt;log.sarif | project.csproj | folder&gt;... [--format markdown|json|html] [--root DIR] [-c CONFIG]</c>:
/// the capture-site inventory from the BIO1900 results of the build's SARIF logs (docs/cli.md, "inventory"). A
/// project (or a folder holding one) is built first, with the inventory switched on, into a temporary folder.
/// </summary>
internal sealed class InventoryCommand
{
    private readonly string workingDirectory;
    private readonly IProjectBuilder builder;
    private readonly TextWriter stdout;
    private readonly TextWriter stderr;

    private readonly Argument<string[]> inputs = new Argument<string[]>("log.sarif|project.csproj")
    {
        Description = "SARIF 2.1 logs of a build with -p:BiometricConsentInventory=true, or C# project files (or folders holding one project file), which are built with it.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> format = new Option<string>("--format", "-f")
    {
        Description = "Output format: markdown (a table, for a pull request or a wiki), json (the documented shape, inventoryVersion 1), html (one self-contained page for auditors).",
        DefaultValueFactory = _ => OutputFormat.Markdown,
        HelpName = "markdown|json|html",
    };

    private readonly Option<string> root = new Option<string>("--root")
    {
        Description = "Show file paths relative to this folder (default: the project's folder when one project is given, else the current folder). Paths outside it are shown in full.",
        HelpName = "folder",
    };

    private readonly Option<string> configuration = new Option<string>("--configuration", "-c")
    {
        Description = "The configuration to build a project in (dotnet build -c); default: the project's own default.",
        HelpName = "Debug|Release",
    };

    public InventoryCommand(string workingDirectory, IProjectBuilder builder, TextWriter stdout, TextWriter stderr)
    {
        this.workingDirectory = workingDirectory;
        this.builder = builder;
        this.stdout = stdout;
        this.stderr = stderr;
        format.AcceptOnlyFromAmong(OutputFormat.Markdown, OutputFormat.Json, OutputFormat.Html);
        Command = new Command("inventory", "List every face-capture site of a project — guarded or not, with file and line, the capture API, and the consent check that guards it — from the analyzer's own results in the build's SARIF log. Exit code 0: the inventory was written; 2: a log could not be read or the build failed (nothing written); 3: an internal error.");
        Command.Arguments.Add(inputs);
        Command.Options.Add(format);
        Command.Options.Add(root);
        Command.Options.Add(configuration);
        Command.SetAction(Run);
    }

    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        var errors = new List<InputError>();
        var logs = new List<(string Full, string Display)>();
        var projects = new List<string>();
        foreach (var argument in parse.GetValue(inputs) ?? Array.Empty<string>())
        {
            Classify(argument, logs, projects, errors);
        }

        var rootFolder = parse.GetValue(root) is string r
            ? Path.GetFullPath(Path.Combine(workingDirectory, r))
            : projects.Count == 1 && logs.Count == 0 ? Path.GetDirectoryName(projects[0])! : workingDirectory;
        var reader = new SarifInventoryReader(rootFolder);
        var sites = new List<CaptureSite>();
        foreach (var (full, display) in logs)
        {
            reader.ReadInto(full, display, sites, errors);
        }

        // A build takes minutes: none starts while an argument is already known to be bad.
        if (errors.Count == 0)
        {
            foreach (var project in projects)
            {
                BuildAndCollect(project, parse.GetValue(configuration), reader, sites, errors);
            }
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                stderr.WriteLine(error);
            }

            stderr.WriteLine("No inventory was written.");
            return ExitCodes.BadInput;
        }

        var inventory = new CaptureInventory(sites);
        switch (parse.GetValue(format))
        {
            case OutputFormat.Json:
                InventoryJsonWriter.Write(stdout, inventory);
                break;
            case OutputFormat.Html:
                InventoryHtmlWriter.Write(stdout, inventory);
                break;
            default:
                InventoryMarkdownWriter.Write(stdout, inventory);
                break;
        }

        return ExitCodes.Success;
    }

    private void Classify(string argument, List<(string, string)> logs, List<string> projects, List<InputError> errors)
    {
        var display = Policy.Serialization.Printable.Escape(argument);
        if (argument.StartsWith("-", StringComparison.Ordinal))
        {
            // System.CommandLine passes unknown options through as arguments; a typo like --fromat lands here.
            errors.Add(new InputError(null, null, $"Unknown option '{argument}'; see 'biometric-consent inventory --help'."));
            return;
        }

        if (InputPath.Resolve(workingDirectory, argument, errors) is not string full)
        {
            return;
        }

        if (Directory.Exists(full))
        {
            var found = Directory.GetFiles(full, "*.csproj");
            if (found.Length == 1)
            {
                projects.Add(found[0]);
            }
            else
            {
                errors.Add(new InputError(display, null, found.Length == 0
                    ? "This folder holds no C# project file (*.csproj); name a project file or a SARIF log."
                    : $"This folder holds {found.Length} project files; name one of them."));
            }
        }
        else if (full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            if (File.Exists(full))
            {
                projects.Add(full);
            }
            else
            {
                errors.Add(new InputError(display, null, "The project file does not exist."));
            }
        }
        else if (full.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || full.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new InputError(display, null, "A solution is not supported; name its projects (each is built with its references)."));
        }
        else
        {
            logs.Add((full, display));
        }
    }

    private void BuildAndCollect(string project, string? configuration, SarifInventoryReader reader, List<CaptureSite> sites, List<InputError> errors)
    {
        var display = Policy.Serialization.Printable.Escape(Path.GetRelativePath(workingDirectory, project));
        var folder = Directory.CreateTempSubdirectory("biometric-consent-inventory-").FullName;
        try
        {
            BuildOutcome outcome;
            try
            {
                outcome = builder.Build(project, folder, configuration);
            }
            catch (Win32Exception e)
            {
                errors.Add(new InputError(display, null, $"Cannot run 'dotnet build': {e.Message}. Install the .NET SDK, or build with -p:BiometricConsentInventory=true yourself and pass the SARIF log."));
                return;
            }

            if (outcome.ExitCode != 0)
            {
                stderr.Write(outcome.Output);
                errors.Add(new InputError(display, null, $"'dotnet {string.Join(" ", DotnetProjectBuilder.Arguments(display, folder, configuration))}' failed with exit code {outcome.ExitCode} (its output is above)."));
                return;
            }

            var written = Directory.GetFiles(folder, "*.sarif").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            if (written.Length == 0)
            {
                errors.Add(new InputError(display, null, "The build wrote no inventory log: the project does not use the BiometricConsent package (a project that references the analyzer directly imports src/BiometricConsent/buildTransitive/BiometricConsent.targets; docs/rules/BIO1900.md)."));
                return;
            }

            foreach (var log in written)
            {
                reader.ReadInto(log, display + ": " + Path.GetFileName(log), sites, errors);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }
}
