using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using BiometricConsent.Cli.Commands;
using BiometricConsent.Cli.Input;
using BiometricConsent.Cli.Inventory;
using BiometricConsent.Policy.Engine;
using NodaTime;

namespace BiometricConsent.Cli;

/// <summary>
/// The <c>biometric-consent</c> command line (docs/cli.md), independent of the console so that tests can
/// run it: arguments in, text out, exit code back (<see cref="ExitCodes"/>).
/// </summary>
internal sealed class CliApplication
{
    private readonly RuleCatalog catalog;
    private readonly Assessor assessor;
    private readonly ActivityFileReader reader;
    private readonly string workingDirectory;
    private readonly IProjectBuilder projectBuilder;

    /// <summary>Creates the application.</summary>
    /// <param name="clock">What "today" is, for ongoing activities.</param>
    /// <param name="workingDirectory">The directory relative paths are resolved against and reported relative to.</param>
    /// <param name="catalog">The rules; <see cref="RuleCatalog.Default"/> when <c>null</c>.</param>
    /// <param name="projectBuilder">What builds a project for <c>inventory</c>; <c>dotnet build</c> when <c>null</c>.</param>
    public CliApplication(IClock clock, string workingDirectory, RuleCatalog? catalog = null, IProjectBuilder? projectBuilder = null)
    {
        this.workingDirectory = workingDirectory;
        this.projectBuilder = projectBuilder ?? new DotnetProjectBuilder();
        this.catalog = catalog ?? RuleCatalog.Default;
        assessor = new Assessor(this.catalog, new AssessorOptions { Clock = clock });
        reader = new ActivityFileReader(workingDirectory);
    }

    /// <summary>Runs the tool as the process does: system clock, current directory, built-in rules.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        new CliApplication(SystemClock.Instance, Directory.GetCurrentDirectory()).Execute(args, stdout, stderr);

    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code.</summary>
    public int Execute(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "Assesses facial-recognition processing activities against Chinese biometric-data obligations. " +
            "Exit codes: 0 nothing violated (also rules, --help, --version); 1 a violation; 2 bad input or usage, nothing assessed; 3 an internal error (a bug; please report it); 4 an activity with no rule in force to assess it against (its jurisdiction uncovered, or no rule in force in its period).");
        root.Subcommands.Add(new AssessCommand(assessor, reader, workingDirectory, stdout, stderr).Command);
        root.Subcommands.Add(new RulesCommand(catalog, stdout, stderr).Command);
        root.Subcommands.Add(new InventoryCommand(workingDirectory, projectBuilder, stdout, stderr).Command);

        // No response files: System.CommandLine would read an argument '@x.json' as a list of further arguments,
        // so that a file of that name could not be assessed and a neighbour x.json holding '--help' would turn
        // 'assess *.json' into a run that assesses nothing and exits 0.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var errorsCleared = parse.Action is System.CommandLine.Invocation.CommandLineAction action && action.ClearsParseErrors;
        if (parse.Errors.Count > 0 && !errorsCleared)
        {
            // System.CommandLine would exit with 1, which CI reads as "violations"; usage errors are 2.
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"biometric-consent: error: {error.Message}");
            }

            stderr.WriteLine("Run 'biometric-consent --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"biometric-consent: internal error (please report it): {e}");
            return ExitCodes.InternalError;
        }
    }
}
