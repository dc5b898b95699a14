using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers;
using BiometricConsent.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Editing;

namespace BiometricConsent.CodeFixes
{
    /// <summary>
    /// BIO1001 → <em>Add [RequiresConsent] to '{member}'</em>: moves the obligation to the callers, whose calls are
    /// then checked like captures.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRequiresConsentCodeFixProvider))]
    [Shared]
    public sealed class AddRequiresConsentCodeFixProvider : CodeFixProvider
    {
        internal const string EquivalenceKey = DiagnosticIds.UnguardedCapture + ".AddRequiresConsent";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnguardedCapture);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => FixAll.For(FixAsync);

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var target = FindTarget(root, model, diagnostic, context.CancellationToken);
                if (target != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Add [RequiresConsent] to '" + target.Value.Target.DisplayName + "'",
                            ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct),
                            EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static (ObligationTarget Target, INamedTypeSymbol Attribute)? FindTarget(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var attribute = ConsentAttributeType.Find(model.Compilation);
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var target = attribute == null ? null : ObligationTarget.Find(node, model, cancellationToken);
            return target != null && ConsentAttributeType.AllowsOn(attribute!, target.Kind) ? (target, attribute!) : null;
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return document;
            }

            // Several captures in one member: one attribute.
            var editor = new SyntaxEditor(root, document.Project.Solution.Services);
            var done = new HashSet<SyntaxNode>();
            foreach (var diagnostic in diagnostics)
            {
                var found = FindTarget(root, model, diagnostic, cancellationToken);
                if (found is { } target && done.Add(target.Target.Declaration))
                {
                    var attribute = SyntaxFactory.Attribute(TypeNames.AttributeName(target.Attribute));
                    editor.ReplaceNode(target.Target.Declaration, (current, _) => AttributeInsertion.Add(current, attribute));
                }
            }

            return await DocumentCleanup.RunAsync(document.WithSyntaxRoot(editor.GetChangedRoot()), cancellationToken).ConfigureAwait(false);
        }
    }
}
