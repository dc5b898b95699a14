using System;
using System.Collections.Concurrent;
using System.Linq;
using BiometricConsent.Analyzers.Policy.Engine;
using BiometricConsent.Analyzers.Policy.Reporting;
using BiometricConsent.Analyzers.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Activities;

/// <summary>
/// BIO2001-BIO2003: each activity file of the compilation, assessed by the rules library inside the analyzer,
/// reported in the file itself (docs/analyzer.md "Activity files in the build").
/// </summary>
internal static class ActivityFileDiagnostic
{
    // One descriptor per rule and diagnostic ID, so that each finding's help link is its rule's catalog section.
    private static readonly ConcurrentDictionary<(string Id, string RuleId), DiagnosticDescriptor> PerRule =
        new ConcurrentDictionary<(string, string), DiagnosticDescriptor>();

    /// <summary>Registers the per-file action; it runs whether or not the compilation has any capture code.</summary>
    public static void Register(CompilationStartAnalysisContext start, ActivityFileLoader loader)
        => start.RegisterAdditionalFileAction(context => Analyze(context, loader));

    private static void Analyze(AdditionalFileAnalysisContext context, ActivityFileLoader loader)
    {
        ActivityDocument? document;
        try
        {
            document = loader.Load(context.AdditionalFile, context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The loader catches what the rules throw; this is the last line before AD0001.
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnreadableActivityFile, Location.None, $"{context.AdditionalFile.Path}: the activity file could not be loaded ({e.GetType().Name}: {e.Message}); please report it."));
            return;
        }

        if (document is null)
        {
            return;
        }

        Report(document, context.ReportDiagnostic);
    }

    /// <summary>Reports the diagnostics of one loaded document (also used by the tests and the benchmark).</summary>
    internal static void Report(ActivityDocument document, Action<Diagnostic> report)
    {
        foreach (var error in document.Errors)
        {
            report(Diagnostic.Create(Descriptors.UnreadableActivityFile, error.Location, error.Message));
        }

        if (document.AssessmentDateError is { } dateError)
        {
            report(Diagnostic.Create(Descriptors.UnreadableActivityFile, document.Start, dateError));
        }

        if (document.AssessmentFailure is { } failure)
        {
            report(Diagnostic.Create(Descriptors.UnreadableActivityFile, document.Start, failure));
        }

        if (document.Assessment is not { } assessment)
        {
            return;
        }

        // An accepted finding keeps its outcome (the CLI still shows it, with the justification); the build does not
        // report it. Roslyn cannot emit a diagnostic as suppressed, so it is left out rather than reported and hidden.
        // Advice (recommended national standards) is not law; the CLI keeps it apart and so does the build.
        foreach (var finding in assessment.Findings)
        {
            var rule = finding.Rule;
            if (ReportText.Acceptance(assessment.Activity, finding) is not null)
            {
                continue;
            }

            if (finding.Outcome == Outcome.Violated)
            {
                var penalty = finding.Penalty is { } p ? " Penalty: " + p : "";
                report(Diagnostic.Create(
                    ForRule(Descriptors.ActivityViolation, rule), LocationOf(document, finding), rule.Id, rule.Instrument.ShortName, rule.Article, finding.Reason, penalty));
            }
            else if (finding.Outcome == Outcome.Undetermined)
            {
                report(Diagnostic.Create(
                    ForRule(Descriptors.ActivityUndetermined, rule), LocationOf(document, finding), rule.Id, rule.Instrument.ShortName, rule.Article, finding.Reason, string.Join(", ", finding.MissingFacts)));
            }
        }

        ReportIneffectiveAcceptances(document, assessment, report);
    }

    /// <summary>
    /// BIO2007 for each entry of <c>accepted</c> that accepts nothing: a blank justification (the finding is reported
    /// as before), or a rule without a Violated or Undetermined finding — met, not applicable, not in force in the
    /// period, or not of the activity's jurisdiction — so that the stale entry is removed rather than left to accept a
    /// later, different violation of the same rule unseen.
    /// </summary>
    private static void ReportIneffectiveAcceptances(ActivityDocument document, Assessment assessment, Action<Diagnostic> report)
    {
        var acceptances = assessment.Activity.Accepted;
        for (var i = 0; i < acceptances.Count; i++)
        {
            var acceptance = acceptances[i];
            var path = $"$.accepted[{i}]";
            if (!acceptance.IsJustified)
            {
                report(Diagnostic.Create(
                    Descriptors.IneffectiveAcceptance,
                    document.Locate(path + ".justification") ?? document.Start,
                    $"The acceptance of {acceptance.Rule} has a blank justification, so it accepts nothing and the finding is still reported; write down why the finding is accepted (the evidence, the decision, who took it)."));
            }
            else if (!HasOpenFinding(assessment, acceptance.Rule))
            {
                report(Diagnostic.Create(
                    Descriptors.IneffectiveAcceptance,
                    document.Locate(path + ".rule") ?? document.Start,
                    $"{acceptance.Rule} is accepted but has no Violated or Undetermined finding for this activity{AssessedUpTo(assessment)}; remove the stale acceptance, so that it cannot hide a later violation of the rule."));
            }
        }
    }

    private static string AssessedUpTo(Assessment assessment) =>
        assessment.AsOf is { } day ? " (assessed up to " + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ")" : "";

    /// <summary>Whether the rule has a Violated or Undetermined finding, law or advice (the tool shows advice, so it may be accepted too).</summary>
    private static bool HasOpenFinding(Assessment assessment, string ruleId)
    {
        foreach (var finding in assessment.Findings.Concat(assessment.Advice))
        {
            if (finding.Rule.Id == ruleId)
            {
                return finding.Outcome == Outcome.Violated || finding.Outcome == Outcome.Undetermined;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a finding is shown: as the tool's SARIF log places it, at the first missing fact found in the file,
    /// else the first deciding fact; a fact absent from the file is placed at its section when that is present
    /// (<c>$.consent</c> for <c>$.consent.separate</c>); failing all, at the activity's <c>id</c>.
    /// </summary>
    private static Location LocationOf(ActivityDocument document, Finding finding)
    {
        foreach (var path in finding.MissingFacts)
        {
            if (document.Locate(path) is { } missing)
            {
                return missing;
            }
        }

        foreach (var path in finding.DecidingFacts)
        {
            if (document.Locate(path) is { } deciding)
            {
                return deciding;
            }
        }

        return document.IdLocation;
    }

    private static DiagnosticDescriptor ForRule(DiagnosticDescriptor descriptor, Rule rule)
        => PerRule.GetOrAdd((descriptor.Id, rule.Id), key => new DiagnosticDescriptor(
            descriptor.Id,
            descriptor.Title,
            descriptor.MessageFormat,
            descriptor.Category,
            descriptor.DefaultSeverity,
            descriptor.IsEnabledByDefault,
            descriptor.Description,
            ReportText.HelpUri(rule)));
}
