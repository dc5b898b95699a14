using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.CodeFixes;

/// <summary>
/// BIO1004 → <em>Remove [RequiresConsent] from '{member}'</em>: the obligation comes back into the method, whose
/// captures BIO1001 then reports until the method checks consent itself. Offered for methods only: a lambda or
/// local function without the mark is judged where it is created or called, which may be a guarded point that
/// says nothing about the later calls, so removing the mark there could hide a capture. No fix-all: like adding
/// the mark, removing it is a decision per member (docs/rules/BIO1004.md).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveRequiresConsentCodeFixProvider))]
[Shared]
public sealed class RemoveRequiresConsentCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = DiagnosticIds.ObligationWithoutCaller + ".RemoveRequiresConsent";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ObligationWithoutCaller);

    /// <summary>None: see the type's remarks.</summary>
    /// <returns><see langword="null"/>.</returns>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root == null || model == null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var method = TargetMethod(node, model, context.CancellationToken);
            var attribute = method == null ? null : AttributeNames.Find(method, AttributeNames.RequiresConsent)?.ApplicationSyntaxReference;
            if (method == null || attribute == null || ObligationIsInherited(method))
            {
                continue;
            }

            var solution = context.Document.Project.Solution;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove [RequiresConsent] from '" + method.ToDisplayString(DisplayFormats.Member) + "'",
                    ct => RemoveAsync(solution, attribute, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The method a diagnostic names: declared at its location, or referenced by a method group there.</summary>
    private static IMethodSymbol? TargetMethod(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        var symbol = node is MethodDeclarationSyntax declaration
            ? model.GetDeclaredSymbol(declaration, cancellationToken)
            : model.GetSymbolInfo(node, cancellationToken).Symbol;
        return symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } method ? (method.ReducedFrom ?? method).OriginalDefinition : null;
    }

    /// <summary>Whether the method overrides or implements a <c>[RequiresConsent]</c> member: removing the mark would be BIO1003.</summary>
    private static bool ObligationIsInherited(IMethodSymbol method)
    {
        if (method.OverriddenMethod is { } overridden && AttributeNames.Has(overridden, AttributeNames.RequiresConsent))
        {
            return true;
        }

        var type = method.ContainingType;
        return method.ExplicitInterfaceImplementations.Any(m => AttributeNames.Has(m, AttributeNames.RequiresConsent))
            || type.AllInterfaces.SelectMany(i => i.GetMembers(method.Name)).Any(m =>
                AttributeNames.Has(m, AttributeNames.RequiresConsent)
                && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), method));
    }

    private static async Task<Solution> RemoveAsync(Solution solution, SyntaxReference reference, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(reference.SyntaxTree);
        var attribute = await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) as AttributeSyntax;
        if (document == null || attribute?.Parent is not AttributeListSyntax list || list.Parent is not { } owner)
        {
            return solution;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root == null)
        {
            return solution;
        }

        SyntaxNode updated;
        if (list.Attributes.Count > 1)
        {
            updated = owner.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia)!;
        }
        else
        {
            // The list's leading trivia (documentation comment, indentation) moves to the token after it; the
            // line break or space after the list goes with it.
            var next = list.GetLastToken().GetNextToken();
            var leading = list.GetLeadingTrivia();
            if (list.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia))
            {
                while (leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    leading = leading.RemoveAt(leading.Count - 1);
                }
            }

            var index = owner.ChildNodes().ToList().IndexOf(list);
            var withMovedTrivia = owner.ReplaceToken(next, next.WithLeadingTrivia(leading.AddRange(next.LeadingTrivia)));
            updated = withMovedTrivia.RemoveNode(withMovedTrivia.ChildNodes().ElementAt(index), SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        return solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNode(owner, updated));
    }
}
