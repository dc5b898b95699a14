using System;
using System.Collections.Concurrent;
using BiometricConsent.Analyzers.ActivityTies;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Diagnostics;

/// <summary>
/// BIO2005: a <c>[BiometricActivity("id")]</c> whose ID no activity file describes, reported at the ID with a "did you
/// mean" when a described ID is close; BIO2006: an activity file that no <c>[BiometricActivity]</c> of the compilation
/// names, reported once at the file's <c>id</c> at the end of the compilation (only then are all ties known).
/// Attributes are found by syntax (cheap: most attributes are rejected by their name) so that assembly-level ties,
/// which no symbol action sees, are handled like the others.
/// </summary>
internal static class ActivityTieDiagnostic
{
    private static readonly string[] TieNames = { "BiometricActivity" };

    internal static void Register(CompilationStartAnalysisContext context, ActivityLinks links)
    {
        if (!links.DeclaresAttribute)
        {
            return;
        }

        var tiedIds = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        // A using alias of the attribute ("using Tie = Acme.BiometricActivityAttribute;") hides the name: then every
        // attribute with one argument is bound and checked.
        var aliased = CandidateSyntax.AliasesAnyOf(context.Compilation, TieNames, context.CancellationToken);
        context.RegisterSyntaxNodeAction(node => AnalyzeAttribute(node, links, tiedIds, aliased), SyntaxKind.Attribute);
        context.RegisterCompilationEndAction(end =>
        {
            foreach (var activity in links.Descriptions.All)
            {
                if (!tiedIds.ContainsKey(activity.ActivityId!))
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.UntiedActivity, activity.IdLocation, activity.ActivityId));
                }
            }
        });
    }

    /// <summary>The message's tail: a "did you mean", or what to add when the project has no activity file at all.</summary>
    internal static string Hint(string id, ActivityDescriptions descriptions)
    {
        if (descriptions.All.IsEmpty)
        {
            return "; the project has no activity file (a *.activity.json item of AdditionalFiles)";
        }

        var hint = descriptions.DidYouMean(id);
        return hint.Length > 0 ? hint : "; add its activity file (*.activity.json) to the project or correct the ID";
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, ActivityLinks links, ConcurrentDictionary<string, bool> tiedIds, bool aliased)
    {
        var attribute = (AttributeSyntax)context.Node;
        if ((!aliased && !MayBeTie(attribute.Name))
            || attribute.ArgumentList is not { Arguments.Count: 1 } arguments
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { Name: AttributeNames.BiometricActivity, Arity: 0 } })
        {
            return;
        }

        var argument = arguments.Arguments[0].Expression;
        if (context.SemanticModel.GetConstantValue(argument, context.CancellationToken) is not { HasValue: true, Value: string id })
        {
            return;
        }

        tiedIds.TryAdd(id, true);
        if (links.Descriptions.Find(id) == null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownActivity, argument.GetLocation(), id, Hint(id, links.Descriptions)));
        }
    }

    /// <summary>Whether the attribute's name, as written, may bind to a <c>BiometricActivityAttribute</c> (without an alias).</summary>
    private static bool MayBeTie(NameSyntax name)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right,
            AliasQualifiedNameSyntax aliased => aliased.Name,
            _ => name as SimpleNameSyntax,
        };
        var text = simple?.Identifier.ValueText;
        return text is "BiometricActivity" or AttributeNames.BiometricActivity;
    }
}
