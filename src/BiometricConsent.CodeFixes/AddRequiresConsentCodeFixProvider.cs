using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers;
using BiometricConsent.Analyzers.Diagnostics;
using BiometricConsent.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Editing;

namespace BiometricConsent.CodeFixes;

/// <summary>
/// BIO1001 → <em>Add [RequiresConsent] to '{member}'</em>: moves the obligation to the callers, whose calls are
/// then checked like captures. A deliberate, one-at-a-time choice: it has no fix-all (docs/fixing.md). Offered for
/// BIO2004 too (BIO1001 in code tied to an activity based on consent), except in a <c>[ConsentExempt]</c> member,
/// where the exemption, not the callers, answers for consent and the mark would change nothing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRequiresConsentCodeFixProvider))]
[Shared]
public sealed class AddRequiresConsentCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = DiagnosticIds.UnguardedCapture + ".AddRequiresConsent";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnguardedCapture, DiagnosticIds.CaptureContradictsActivity);

    /// <summary>
    /// None. Applied in batch (IDE fix-all, <c>dotnet format analyzers</c>), this fix silenced every BIO1001 of a
    /// project whose members nothing calls, including captures before a check, without adding a single guard.
    /// <c>dotnet format</c> runs the fix-all of every provider registered for the ID, so only the absence of a
    /// fix-all provider keeps this fix out of the batch; <em>Check consent first</em> is the batch fix.
    /// </summary>
    /// <returns><see langword="null"/>.</returns>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => FixContext.RegisterAsync(
            context,
            EquivalenceKey,
            (fix, diagnostic) => FindTarget(fix, diagnostic) is { } found ? "Add [RequiresConsent] to '" + found.Target.DisplayName + "'" : null,
            FixAsync);

    private static (ObligationTarget Target, INamedTypeSymbol Attribute)? FindTarget(FixContext fix, Diagnostic diagnostic)
    {
        if (diagnostic.Properties.ContainsKey(UnguardedCaptureDiagnostic.InExemptMember))
        {
            return null;
        }

        var node = fix.NodeAt(diagnostic);
        var attribute = ConsentAttributeType.Find(fix.Model, node.SpanStart);
        var target = attribute == null ? null : ObligationTarget.Find(node, fix.Model, fix.CancellationToken);
        return target != null && ConsentAttributeType.AllowsOn(attribute!, target.Kind) ? (target, attribute!) : null;
    }

    private static Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => FixContext.EditAsync(document, diagnostics, Edit, cancellationToken);

    private static void Edit(FixContext fix, SyntaxEditor editor, IReadOnlyList<Diagnostic> diagnostics)
    {
        // Several captures in one member: one attribute.
        var done = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindTarget(fix, diagnostic) is { } found && done.Add(found.Target.Declaration))
            {
                var attribute = SyntaxFactory.Attribute(TypeNames.AttributeName(found.Attribute));
                editor.ReplaceNode(found.Target.Declaration, (current, _) => AttributeInsertion.Add(current, attribute));
            }
        }
    }
}
