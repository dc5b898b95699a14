using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers;
using BiometricConsent.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace BiometricConsent.CodeFixes
{
    /// <summary>
    /// BIO1007 → <em>Add a justification</em>: adds <c>Justification = ""</c> to <c>[ConsentExempt]</c> (or turns
    /// <c>Justification = null</c> into it) and asks the host to put the caret on the empty text, for the developer
    /// to say why the exemption applies. Not offered when the justification is already a (blank) string, since there
    /// is nothing to add, nor when the attribute class has no settable <c>Justification</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddJustificationCodeFixProvider))]
    [Shared]
    public sealed class AddJustificationCodeFixProvider : CodeFixProvider
    {
        internal const string Title = "Add a justification";
        internal const string EquivalenceKey = DiagnosticIds.ExemptionWithoutJustification + ".AddJustification";

        /// <summary>
        /// The annotation kind Roslyn's code-action hosts navigate to after applying a fix (Roslyn's internal
        /// <c>NavigationAnnotation.Kind</c>); they place the caret at the start of the annotated token.
        /// </summary>
        internal const string NavigationAnnotationKind = "CodeAction_Navigation";

        private const string JustificationName = "Justification";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ExemptionWithoutJustification);

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
                if (Fixed(root, model, diagnostic, context.CancellationToken) != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return document;
            }

            var editor = new SyntaxEditor(root, document.Project.Solution.Services);
            foreach (var diagnostic in diagnostics)
            {
                if (Fixed(root, model, diagnostic, cancellationToken) is { } fix)
                {
                    editor.ReplaceNode(fix.Original, fix.Replacement);
                }
            }

            return document.WithSyntaxRoot(editor.GetChangedRoot());
        }

        private static (AttributeSyntax Original, AttributeSyntax Replacement)? Fixed(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var attribute = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>();
            var type = attribute == null ? null : (model.GetSymbolInfo(attribute, cancellationToken).Symbol as IMethodSymbol)?.ContainingType;
            if (attribute == null || type == null || !HasSettableJustification(type))
            {
                return null;
            }

            var empty = SyntaxFactory.Literal(string.Empty).WithAdditionalAnnotations(new SyntaxAnnotation(NavigationAnnotationKind));
            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, empty);
            var arguments = attribute.ArgumentList?.Arguments ?? default;
            var existing = arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == JustificationName);
            if (existing != null)
            {
                return existing.Expression.IsKind(SyntaxKind.NullLiteralExpression) || existing.Expression.IsKind(SyntaxKind.DefaultLiteralExpression)
                    ? (attribute, attribute.ReplaceNode(existing.Expression, literal.WithTriviaFrom(existing.Expression)))
                    : null;
            }

            var argument = SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(
                    SyntaxFactory.IdentifierName(JustificationName),
                    SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)),
                nameColon: null,
                literal);
            var list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
            var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
            var newArguments = list.Arguments.Count == 0
                ? SyntaxFactory.SingletonSeparatedList(argument)
                : SyntaxFactory.SeparatedList<AttributeArgumentSyntax>(list.Arguments.GetWithSeparators().Add(comma).Add(argument));
            return (attribute, PlainTrivia.Of(attribute.WithArgumentList(list.WithArguments(newArguments))));
        }

        private static bool HasSettableJustification(INamedTypeSymbol type)
        {
            for (var t = type; t != null; t = t.BaseType)
            {
                foreach (var member in t.GetMembers(JustificationName))
                {
                    switch (member)
                    {
                        case IPropertySymbol { SetMethod: not null, Type.SpecialType: SpecialType.System_String }:
                        case IFieldSymbol { IsReadOnly: false, IsConst: false, Type.SpecialType: SpecialType.System_String }:
                            return true;
                    }
                }
            }

            return false;
        }
    }
}
