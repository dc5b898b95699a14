using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Cli.Commands;

/// <summary><c>rules [--jurisdiction CN-TJ] [--format text|json|markdown]</c>: lists the rule catalog.</summary>
internal sealed class RulesCommand
{
    private readonly RuleCatalog catalog;
    private readonly TextWriter stdout;
    private readonly TextWriter stderr;

    private readonly Option<string> jurisdiction = new Option<string>("--jurisdiction", "-j")
    {
        Description = "List only the rules covering this jurisdiction (its own instruments and its parents', e.g. CN-TJ gets CN and CN-TJ).",
        HelpName = "CODE",
    };

    private readonly Option<string> format = new Option<string>("--format", "-f")
    {
        Description = "Output format: text, json or markdown (the form of docs/rules-catalog.md).",
        DefaultValueFactory = _ => OutputFormat.Text,
        HelpName = "text|json|markdown",
    };

    public RulesCommand(RuleCatalog catalog, TextWriter stdout, TextWriter stderr)
    {
        this.catalog = catalog;
        this.stdout = stdout;
        this.stderr = stderr;
        format.AcceptOnlyFromAmong(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown);
        Command = new Command("rules", "List the rule catalog: ID, instrument, article, effective dates, status, verification level and statement.");
        Command.Options.Add(jurisdiction);
        Command.Options.Add(format);
        Command.SetAction(Run);
    }

    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        Jurisdiction? scope = null;
        if (parse.GetValue(jurisdiction) is string code)
        {
            if (!Jurisdiction.TryParse(code, out var parsed, out var error))
            {
                stderr.WriteLine($"biometric-consent: error: --jurisdiction: {error}");
                return ExitCodes.BadInput;
            }

            scope = parsed;
        }

        var rules = scope is Jurisdiction j ? catalog.For(j) : catalog.Rules;
        switch (parse.GetValue(format))
        {
            case OutputFormat.Json:
                stdout.WriteLine(RuleCatalogWriter.ToJson(rules, scope));
                break;
            case OutputFormat.Markdown:
                RuleCatalogWriter.WriteMarkdown(stdout, rules, scope);
                break;
            default:
                RuleCatalogWriter.WriteText(stdout, rules, scope);
                break;
        }

        return ExitCodes.Success;
    }
}
