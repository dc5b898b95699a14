using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Activities;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace BiometricConsent.Analyzers.Tests.Activities;

/// <summary>BIO2001-BIO2003: activity files assessed in the build (docs/rules/BIO2001.md ... BIO2003.md).</summary>
public sealed class ActivityDiagnosticsTests
{
    private const string Code = "public static class NoCaptureHere { }";

    [Fact]
    public async Task A_violated_rule_is_a_warning_at_the_deciding_fact_with_citation_reason_penalty_and_catalog_link()
    {
        var diagnostics = await RunAsync(new Dictionary<string, string> { ["/p/stores.activity.json"] = ActivityFileLoaderTests.XPeng });

        var violations = diagnostics.Where(d => d.Id == "BIO2001").ToList();
        Assert.Equal(new[] { "CN-CC-1035", "CN-CRPL-29.1" }, violations.Select(RuleIdOf).OrderBy(x => x));
        var crpl = violations.Single(d => RuleIdOf(d) == "CN-CRPL-29.1");
        Assert.Equal(DiagnosticSeverity.Warning, crpl.Severity);
        var message = crpl.GetMessage();
        Assert.StartsWith("CN-CRPL-29.1 (CRPL, Art. 29 ¶1) is violated: Consumers' biometric information falls short of Art. 29 ¶1:", message);
        Assert.Contains(" Penalty: CRPL Art. 56 ¶1(9)", message);
        Assert.Equal("https://github.com/biometric-consent/BiometricConsent/blob/main/docs/rules-catalog.md#cn-crpl-291", crpl.Descriptor.HelpLinkUri);
        var span = crpl.Location.GetLineSpan();
        Assert.Equal("/p/stores.activity.json", span.Path);
        // The deciding facts are the notice and the consent; the first one found in the file is shown.
        Assert.Equal(12, span.StartLinePosition.Line);
        Assert.True(crpl.Location.SourceSpan.Length > 0);
    }

    [Fact]
    public async Task An_undetermined_rule_is_a_suggestion_that_names_the_missing_facts()
    {
        var diagnostics = await RunAsync(new Dictionary<string, string> { ["/p/stores.activity.json"] = ActivityFileLoaderTests.XPeng });

        var undetermined = diagnostics.Where(d => d.Id == "BIO2002").ToList();
        Assert.Equal(6, undetermined.Count);
        var cc1038 = undetermined.Single(d => RuleIdOf(d) == "CN-CC-1038");
        Assert.Equal(DiagnosticSeverity.Info, cc1038.Severity);
        Assert.EndsWith(" Missing: $.sharing.sharedWithThirdParties, $.security.incident", cc1038.GetMessage());
        Assert.Equal("https://github.com/biometric-consent/BiometricConsent/blob/main/docs/rules-catalog.md#cn-cc-1038", cc1038.Descriptor.HelpLinkUri);
        // Neither section is in the file: shown at the activity's id.
        Assert.Equal(1, cc1038.Location.GetLineSpan().StartLinePosition.Line);
        // A missing fact of a section that is present is shown at the section.
        var csl = undetermined.Single(d => RuleIdOf(d) == "CN-CSL-41");
        Assert.Equal(4, csl.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task A_compliant_activity_keeps_quiet_and_other_json_files_are_not_read()
    {
        var compliant = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "docs/examples/office-access-2026.json"));
        var diagnostics = await RunAsync(new Dictionary<string, string>
        {
            ["/p/office.activity.json"] = compliant,
            ["/p/appsettings.json"] = "{ \"not\": \"an activity\" }",
        });

        Assert.DoesNotContain(diagnostics, d => d.Id == "BIO2001" || d.Id == "BIO2003");
        Assert.All(diagnostics, d => Assert.Equal("/p/office.activity.json", d.Location.GetLineSpan().Path));
    }

    [Fact]
    public async Task An_unreadable_file_is_a_warning_at_the_json_path_with_the_tools_message()
    {
        const string Json = "{\n  \"id\": \"door\",\n  \"jurisdiction\": \"CN-SH\",\n  \"period\": { \"start\": \"2026-01-01\" },\n  \"legalBasis\": \"Consnt\"\n}";

        var diagnostics = await RunAsync(new Dictionary<string, string> { ["/p/door.activity.json"] = Json });

        var error = Assert.Single(diagnostics);
        Assert.Equal("BIO2003", error.Id);
        Assert.Equal(DiagnosticSeverity.Warning, error.Severity);
        // biometric-consent assess prints: door.activity.json:5:3: error: $.legalBasis: 'Consnt' is not a LegalBasis; did you mean 'Consent'?
        Assert.Equal("$.legalBasis: 'Consnt' is not a LegalBasis; did you mean 'Consent'?", error.GetMessage());
        var span = error.Location.GetLineSpan();
        Assert.Equal((4, 2), (span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public async Task Malformed_json_is_reported_at_the_character_that_is_wrong()
    {
        var diagnostics = await RunAsync(new Dictionary<string, string> { ["/p/broken.activity.json"] = "{\n  \"id\": \"door\",\n}" });

        var error = Assert.Single(diagnostics);
        Assert.Equal("BIO2003", error.Id);
        Assert.StartsWith("$: ", error.GetMessage());
        Assert.Equal(2, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task A_configured_date_that_is_not_a_date_is_reported_on_the_file()
    {
        var options = new TestConfigOptions(new Dictionary<string, string> { [ActivityFileLoader.AssessmentDateKey] = "tomorrow" });

        var diagnostics = await RunAsync(new Dictionary<string, string> { ["/p/stores.activity.json"] = ActivityFileLoaderTests.XPeng }, options);

        Assert.Contains(diagnostics, d => d.Id == "BIO2003" && d.GetMessage().StartsWith("biometric_consent.assessment_date = 'tomorrow' is not a date"));
        Assert.Contains(diagnostics, d => d.Id == "BIO2001");
    }

    [Fact]
    public async Task The_diagnostics_can_be_switched_off_like_any_other()
    {
        var severities = new[]
        {
            new KeyValuePair<string, ReportDiagnostic>("BIO2002", ReportDiagnostic.Suppress),
            new KeyValuePair<string, ReportDiagnostic>("BIO2001", ReportDiagnostic.Error),
        };

        var diagnostics = await RunAsync(new Dictionary<string, string> { ["/p/stores.activity.json"] = ActivityFileLoaderTests.XPeng }, severities: severities);

        Assert.DoesNotContain(diagnostics, d => d.Id == "BIO2002");
        Assert.All(diagnostics.Where(d => d.Id == "BIO2001"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public async Task The_examples_of_the_BIO2002_page_hold()
    {
        var stated = ActivityFileLoaderTests.XPeng.Replace(
            "\"storage\":", "\"sharing\": { \"sharedWithThirdParties\": false, \"sold\": false },\n  \"security\": { \"incident\": false },\n  \"storage\":");

        var without = await RunAsync(new Dictionary<string, string> { ["/p/a.activity.json"] = ActivityFileLoaderTests.XPeng });
        var with = await RunAsync(new Dictionary<string, string> { ["/p/a.activity.json"] = stated });

        Assert.Contains(without, d => d.Id == "BIO2002" && RuleIdOf(d) == "CN-CC-1038");
        Assert.DoesNotContain(with, d => d.Id == "BIO2002" && RuleIdOf(d) == "CN-CC-1038");
        Assert.DoesNotContain(with, d => d.Id == "BIO2003");
    }

    [Theory]
    [InlineData("Consnt", true)]
    [InlineData("Consent", false)]
    public async Task The_examples_of_the_BIO2003_page_hold(string basis, bool fires)
    {
        var json = "{ \"id\": \"door\", \"jurisdiction\": \"CN-SH\", \"period\": { \"start\": \"2026-01-01\" }, \"legalBasis\": \"" + basis + "\" }";

        var diagnostics = await RunAsync(new Dictionary<string, string> { ["/p/door.activity.json"] = json });

        Assert.Equal(fires, diagnostics.Any(d => d.Id == "BIO2003"));
    }

    [Fact]
    public async Task A_finding_accepted_with_a_justification_is_not_reported_and_the_others_still_are()
    {
        var diagnostics = await RunAsync(new Dictionary<string, string> { ["/p/stores.activity.json"] = Accepting(("CN-CRPL-29.1", "\"Signs and consent desk since 2021-07; board decision 2021-014\""), ("CN-CC-1038", "\"Vendor contract reviewed\"")) });

        Assert.Equal(new[] { "CN-CC-1035" }, diagnostics.Where(d => d.Id == "BIO2001").Select(RuleIdOf));
        Assert.DoesNotContain(diagnostics, d => d.Id == "BIO2002" && RuleIdOf(d) == "CN-CC-1038");
        Assert.Contains(diagnostics, d => d.Id == "BIO2002" && RuleIdOf(d) == "CN-CSL-41");
        Assert.DoesNotContain(diagnostics, d => d.Id == "BIO2007" || d.Id == "BIO2003");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    public async Task An_acceptance_with_a_blank_justification_accepts_nothing_and_is_a_warning_at_the_justification(string justification)
    {
        var json = Accepting(("CN-CRPL-29.1", justification));

        var diagnostics = await RunAsync(new Dictionary<string, string> { ["/p/stores.activity.json"] = json });

        Assert.Contains(diagnostics, d => d.Id == "BIO2001" && RuleIdOf(d) == "CN-CRPL-29.1");
        var blank = Assert.Single(diagnostics, d => d.Id == "BIO2007");
        Assert.Equal(DiagnosticSeverity.Warning, blank.Severity);
        Assert.Equal("The acceptance of CN-CRPL-29.1 has a blank justification, so it accepts nothing and the finding is still reported; write down why the finding is accepted (the evidence, the decision, who took it).", blank.GetMessage());
        Assert.Equal(LineOf(json, "\"justification\""), blank.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("https://github.com/biometric-consent/BiometricConsent/blob/main/docs/rules/BIO2007.md", blank.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task An_acceptance_of_a_rule_without_a_violated_or_undetermined_finding_is_reported_as_stale()
    {
        // CN-PIPL-29 was not yet in force in 2021 (from 2021-11-01): nothing to accept. CN-CRPL-29.1 is violated: accepted.
        var json = Accepting(("CN-CRPL-29.1", "\"Board decision 2021-014\""), ("CN-PIPL-29", "\"Written consent at the desk\""));

        var diagnostics = await RunAsync(new Dictionary<string, string> { ["/p/stores.activity.json"] = json });

        var stale = Assert.Single(diagnostics, d => d.Id == "BIO2007");
        Assert.Equal("CN-PIPL-29 is accepted but has no Violated or Undetermined finding for this activity; remove the stale acceptance, so that it cannot hide a later violation of the rule.", stale.GetMessage());
        Assert.Equal(LineOf(json, "\"CN-PIPL-29\""), stale.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(diagnostics, d => d.Id == "BIO2001" && RuleIdOf(d) == "CN-CRPL-29.1");
    }

    [Fact]
    public async Task An_acceptance_of_an_unknown_rule_makes_the_file_unreadable()
    {
        var diagnostics = await RunAsync(new Dictionary<string, string> { ["/p/stores.activity.json"] = Accepting(("CN-CRPL-29", "\"x\"")) });

        var error = Assert.Single(diagnostics);
        Assert.Equal("BIO2003", error.Id);
        Assert.StartsWith("$.accepted[0].rule: 'CN-CRPL-29' is not the ID of a rule of the catalog; did you mean", error.GetMessage());
    }

    /// <summary>The XPeng stores activity with an <c>accepted</c> list of (rule, justification as JSON).</summary>
    private static string Accepting(params (string Rule, string Justification)[] acceptances) =>
        ActivityFileLoaderTests.XPeng.Replace(
            "\"storage\":",
            "\"accepted\": [\n" + string.Join(",\n", acceptances.Select(a => $"    {{ \"rule\": \"{a.Rule}\",\n      \"justification\": {a.Justification} }}")) + "\n  ],\n  \"storage\":");

    /// <summary>The 0-based line of the last line of <paramref name="json"/> that holds <paramref name="text"/>.</summary>
    private static int LineOf(string json, string text) => json.Split('\n').Select((line, i) => (line, i)).Last(l => l.line.Contains(text)).i;

    private static string RuleIdOf(Diagnostic diagnostic) => diagnostic.GetMessage().Split(' ')[0];

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
        => System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, "../../.."));

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(
        Dictionary<string, string> files, AnalyzerConfigOptionsProvider? options = null, IEnumerable<KeyValuePair<string, ReportDiagnostic>>? severities = null)
    {
        var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Key, f.Value)).ToImmutableArray();
        (var diagnostics, var exceptions) = await AnalyzerRunner.RunAsync(
            new[] { AnalyzerRunner.Parse(Code, "Code.cs") }, null, additional, configOptions: options ?? new TestConfigOptions(), diagnosticOptions: severities);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
