using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using BiometricConsent.Cli.Input;
using BiometricConsent.Cli.Inventory;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Serialization;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Cli.Commands;

/// <summary>
/// <c>assess &lt;activity.json&gt;... [--format text|json|markdown|sarif|html] [--as-of YYYY-MM-DD] [--no-advice]
/// [--inventory log.sarif]...</c>: reads every file (and inventory log) first and assesses nothing unless all are
/// valid, then prints one assessment per file; with <c>--format html</c> the inventory's table follows the activities.
/// </summary>
internal sealed class AssessCommand
{
    private readonly Assessor assessor;
    private readonly ActivityFileReader reader;
    private readonly string workingDirectory;
    private readonly TextWriter stdout;
    private readonly TextWriter stderr;

    private readonly Argument<string[]> files = new Argument<string[]>("activity.json")
    {
        Description = "Activity files: JSON in the activity format (schema/activity.schema.json in this tool's package). Each is assessed separately.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> format = new Option<string>("--format", "-f")
    {
        Description = "Output format: text (for people), json (one assessment object; an array for several files), markdown (a pull-request report), sarif (SARIF 2.1.0, one result per violation), html (one self-contained page for auditors, with a timeline).",
        DefaultValueFactory = _ => OutputFormat.Text,
        HelpName = "text|json|markdown|sarif|html",
    };

    private readonly Option<string> asOf = new Option<string>("--as-of")
    {
        Description = "Assess only this day (a local date in the activity's jurisdiction) instead of the whole period; it must lie within the period.",
        HelpName = "YYYY-MM-DD",
    };

    private readonly Option<bool> noAdvice = new Option<bool>("--no-advice")
    {
        Description = "Leave out the advice of recommended national standards (GB/T 35273-2020, GB/T 41819-2022). Advice never changes the exit code; this only shortens the report.",
    };

    // Only the HTML page has room for a second report; JSON, Markdown and SARIF consumers read one documented shape
    // each, and the inventory command already writes the inventory in JSON and Markdown (docs/cli.md, "assess").
    private readonly Option<string[]> inventory = new Option<string[]>("--inventory")
    {
        Description = "With --format html only: add the capture-site inventory read from this SARIF log (a build with -p:BiometricConsentInventory=true; see the inventory command) as a table after the activities. Repeat it for several logs; they make one table.",
        HelpName = "log.sarif",
    };

    public AssessCommand(Assessor assessor, ActivityFileReader reader, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        this.assessor = assessor;
        this.reader = reader;
        this.workingDirectory = workingDirectory;
        this.stdout = stdout;
        this.stderr = stderr;
        format.AcceptOnlyFromAmong(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown, OutputFormat.Sarif, OutputFormat.Html);
        Command = new Command("assess", "Assess activity files against the rules covering their jurisdictions. Exit code 0: no violation; 1: a violation; 2: bad input or usage (nothing assessed); 3: an internal error (a bug; please report it); 4: an activity had no rule in force to be assessed against (no instrument covers its jurisdiction, or none is in force in its period).");
        Command.Arguments.Add(files);
        Command.Options.Add(format);
        Command.Options.Add(asOf);
        Command.Options.Add(noAdvice);
        Command.Options.Add(inventory);
        Command.SetAction(Run);
    }

    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        var errors = new List<InputError>();
        LocalDate? day = null;
        if (parse.GetValue(asOf) is string text)
        {
            var date = LocalDatePattern.Iso.Parse(text);
            if (date.Success)
            {
                day = date.Value;
            }
            else
            {
                errors.Add(new InputError(null, null, $"--as-of: '{text}' is not a date; expected YYYY-MM-DD (e.g. 2021-08-01)."));
            }
        }

        // Validate every file before assessing any, so that a bad file never yields a partial report.
        var inputs = new List<ActivityFile>();
        var paths = new List<string>();
        foreach (var argument in parse.GetValue(files) ?? new string[0])
        {
            (var expanded, var unmatched) = reader.Expand(argument);
            paths.AddRange(expanded);
            if (unmatched != null)
            {
                errors.Add(unmatched);
            }
        }

        foreach (var path in paths)
        {
            (var file, var fileErrors) = reader.Read(path);
            if (file is null && path.StartsWith("-", System.StringComparison.Ordinal) && fileErrors[0].JsonPath is null)
            {
                // System.CommandLine passes unknown options through as file names; a typo like --fromat lands here.
                errors.Add(new InputError(null, null, $"Unknown option '{path}'; see 'biometric-consent assess --help'."));
            }
            else if (file is null)
            {
                errors.AddRange(fileErrors);
            }
            else if (day is LocalDate d && !file!.Activity.Dates.Contains(d))
            {
                errors.Add(new InputError(
                    file.DisplayPath,
                    "$.period",
                    $"--as-of {LocalDatePattern.Iso.Format(d)} is outside the activity's period {file.Activity.Dates} (local dates in {file.Activity.Jurisdiction.TimeZoneId}).",
                    JsonPathLocator.Locate(file.Json, "$.period")));
            }
            else
            {
                inputs.Add(file!);
            }
        }

        var outputFormat = parse.GetValue(format) ?? OutputFormat.Text;
        var sites = ReadInventory(parse.GetValue(inventory) ?? Array.Empty<string>(), outputFormat, errors);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                stderr.WriteLine(error);
            }

            stderr.WriteLine("Nothing was assessed.");
            return ExitCodes.BadInput;
        }

        var documents = new List<AssessedDocument>(inputs.Count);
        bool violated = false, nothingAssessed = false;
        var withAdvice = !parse.GetValue(noAdvice);
        foreach (var input in inputs)
        {
            var assessment = day is LocalDate d ? assessor.Assess(input.Activity, d) : assessor.Assess(input.Activity);
            assessment = withAdvice ? assessment : assessment.WithoutAdvice();

            // HasViolations counts findings under law only: advice that is not followed never sets exit code 1.
            violated |= assessment.HasViolations;
            nothingAssessed |= assessment.Coverage.IsEmpty;

            // SARIF needs the file's real name (it percent-encodes it); text and Markdown print it, so a line
            // break or terminal escape in a file name is shown escaped rather than forging report lines (HTML escapes
            // markup on top of that).
            var path = outputFormat == OutputFormat.Sarif ? input.DisplayPath : Printable.Escape(input.DisplayPath);
            documents.Add(new AssessedDocument(assessment, path, input.Json));
        }

        if (sites != null)
        {
            // The inventory never changes the exit code: its unguarded sites are the build's own BIO1001 errors.
            var captureSites = new CaptureInventory(sites);
            AssessmentHtmlWriter.Write(stdout, documents, output => InventoryHtmlWriter.WriteSection(output, captureSites, withSummary: true));
        }
        else
        {
            Write(documents, outputFormat);
        }

        // A file assessed against no rule in force has no violation, yet it is no pass: a run that skipped it
        // must not read as a clean (or merely violating) one.
        return nothingAssessed ? ExitCodes.NothingAssessed : violated ? ExitCodes.Violations : ExitCodes.Success;
    }

    /// <summary>
    /// The capture sites of the <c>--inventory</c> logs, read as the inventory command reads them (same errors), with
    /// paths relative to the current folder; null when none was given.
    /// </summary>
    private List<CaptureSite>? ReadInventory(string[] logs, string outputFormat, List<InputError> errors)
    {
        if (logs.Length == 0)
        {
            return null;
        }

        if (outputFormat != OutputFormat.Html)
        {
            errors.Add(new InputError(null, null, $"--inventory needs --format html (the inventory is a section of the HTML page); for the inventory alone in JSON or Markdown run 'biometric-consent inventory {Printable.Escape(logs[0])}'."));
            return null;
        }

        var sarifReader = new SarifInventoryReader(workingDirectory);
        var sites = new List<CaptureSite>();
        foreach (var log in logs)
        {
            if (InputPath.Resolve(workingDirectory, log, errors) is string full)
            {
                sarifReader.ReadInto(full, Printable.Escape(log), sites, errors);
            }
        }

        return sites;
    }

    private void Write(List<AssessedDocument> documents, string outputFormat)
    {
        switch (outputFormat)
        {
            case OutputFormat.Json:
                AssessmentJsonWriter.Write(stdout, documents);
                break;
            case OutputFormat.Markdown:
                AssessmentMarkdownWriter.Write(stdout, documents);
                break;
            case OutputFormat.Sarif:
                SarifWriter.Write(stdout, documents);
                break;
            case OutputFormat.Html:
                AssessmentHtmlWriter.Write(stdout, documents);
                break;
            default:
                AssessmentTextWriter.Write(stdout, documents);
                break;
        }
    }
}
