using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests.Documentation;

/// <summary>
/// Every diagnostic has a page in docs/rules that its help link points to, and is listed in
/// AnalyzerReleases.Shipped.md; the pages keep the sections users look for.
/// </summary>
public sealed class RuleDocumentationTests
{
    private const string HelpLinkPrefix = "https://github.com/biometric-consent/BiometricConsent/blob/main/docs/rules/";

    private static readonly Lazy<string> RepositoryRoot = new Lazy<string>(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BiometricConsent.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("BiometricConsent.sln not found above " + AppContext.BaseDirectory);
    });

    public static TheoryData<string> Ids => new TheoryData<string>(Descriptors().Select(d => d.Id));

    private static IEnumerable<DiagnosticDescriptor> Descriptors() => new BiometricConsentAnalyzer().SupportedDiagnostics;

    private static string RulePage(string id) => Path.Combine(RepositoryRoot.Value, "docs", "rules", id + ".md");

    [Fact]
    public void Every_diagnostic_id_constant_is_a_supported_diagnostic()
    {
        var constants = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .OrderBy(id => id, StringComparer.Ordinal);

        Assert.Equal(constants, Descriptors().Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_rule_page_which_exists(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);

        Assert.Equal(HelpLinkPrefix + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(RulePage(id)), RulePage(id) + " is missing");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_page_has_the_sections_users_look_for(string id)
    {
        var page = File.ReadAllText(RulePage(id));

        Assert.StartsWith("# " + id + ": ", page, StringComparison.Ordinal);
        foreach (var heading in new[] { "## What it reports", "## Why", "## How to fix", "## Examples", "## How to configure" })
        {
            Assert.Contains("\n" + heading + "\n", page, StringComparison.Ordinal);
        }

        // BIO1008 sits in a text file, which .editorconfig sections do not match: its page shows the project property.
        var severitySetting = id == DiagnosticIds.InvalidApiListEntry ? "<WarningsAsErrors>$(WarningsAsErrors);" + id : "dotnet_diagnostic." + id + ".severity";
        Assert.Contains(severitySetting, page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BIO1001")]
    [InlineData("BIO1002")]
    [InlineData("BIO1004")]
    [InlineData("BIO1007")]
    public void Rules_with_code_fixes_have_a_code_fix_section(string id)
    {
        Assert.Contains("\n## Code fixes\n", File.ReadAllText(RulePage(id)), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_diagnostic()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryRoot.Value, "docs", "rules"), "BIO*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.All(pages, page => Assert.Contains(page, Descriptors().Select(d => d.Id)));
    }

    [Fact]
    public void Release_files_list_every_diagnostic_once_with_its_category_and_severity()
    {
        // A rule added since the last release is listed in AnalyzerReleases.Unshipped.md until it ships; a rule off by
        // default is "Disabled" there, as release tracking (RS2001) wants.
        var folder = Path.Combine(RepositoryRoot.Value, "src", "BiometricConsent.Analyzers");
        var rows = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
            .Select(line => Regex.Match(line, @"^(BIO\d{4})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|"))
            .Where(match => match.Success)
            .Select(match => (Id: match.Groups[1].Value, Category: match.Groups[2].Value, Severity: match.Groups[3].Value))
            .ToList();

        Assert.Equal(rows.Count, rows.Select(row => row.Id).Distinct().Count());
        Assert.Equal(
            Descriptors().Select(d => (d.Id, d.Category, d.IsEnabledByDefault ? d.DefaultSeverity.ToString() : "Disabled")).OrderBy(row => row.Id, StringComparer.Ordinal),
            rows.OrderBy(row => row.Id, StringComparer.Ordinal));
    }

    [Fact]
    public Task Bio1008_severity_follows_the_project_warning_options_as_its_page_says()
    {
        // <WarningsAsErrors>BIO1008</WarningsAsErrors> reaches the compiler as a specific diagnostic option.
        var test = new Verify.Test("class Empty { }") { Prelude = null };
        test.ApiLists.Add("{|#0:capture M:Nowhere.Nothing|}\n");
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(
                projectId,
                options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem(DiagnosticIds.InvalidApiListEntry, ReportDiagnostic.Error)));
        });
        return test.RunWithAsync(new DiagnosticResult(DiagnosticIds.InvalidApiListEntry, DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("'M:Nowhere.Nothing' names no method of the compilation"));
    }
}
