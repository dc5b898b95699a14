using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers;
using BiometricConsent.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.CodeFixes;

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
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => FixContext.RegisterAsync(context, EquivalenceKey, (fix, diagnostic) => Fixed(fix, diagnostic) != null ? Title : null, FixAsync);

    private static Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => FixContext.EditAsync(
            document,
            diagnostics,
            (fix, editor, batch) =>
            {
                foreach (var diagnostic in batch)
                {
                    if (Fixed(fix, diagnostic) is { } change)
                    {
                        editor.ReplaceNode(change.Original, change.Replacement);
                    }
                }
            },
            cancellationToken);

    private static (AttributeSyntax Original, AttributeSyntax Replacement)? Fixed(FixContext fix, Diagnostic diagnostic)
    {
        var attribute = fix.NodeAt(diagnostic).FirstAncestorOrSelf<AttributeSyntax>();
        var type = attribute == null ? null : (fix.Model.GetSymbolInfo(attribute, fix.CancellationToken).Symbol as IMethodSymbol)?.ContainingType;
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
