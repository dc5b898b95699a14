using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// Adds an attribute list to a declaration or lambda. On a declaration the list gets a line of its own after any
/// existing attributes, indented like the declaration, below its comments; on a lambda it goes inline in front.
/// </summary>
internal static class AttributeInsertion
{
    internal static SyntaxNode Add(SyntaxNode declaration, AttributeSyntax attribute)
    {
        var list = PlainTrivia.Of(SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute)));
        switch (declaration)
        {
            case SimpleLambdaExpressionSyntax simple:
                // Attributes need a parenthesized parameter list: x => ... becomes [A] (x) => ...
                var parenthesized = SyntaxFactory.ParenthesizedLambdaExpression(
                    simple.Modifiers,
                    SyntaxFactory.ParameterList(SyntaxFactory.SingletonSeparatedList(simple.Parameter.WithoutTrivia()))
                        .WithTrailingTrivia(simple.Parameter.GetTrailingTrivia()),
                    simple.ArrowToken,
                    simple.Block,
                    simple.ExpressionBody);
                return Inline(PlainTrivia.Of(parenthesized).WithLeadingTrivia(simple.GetLeadingTrivia()), list);
            case ParenthesizedLambdaExpressionSyntax lambda:
                return Inline(lambda, list);
            case MemberDeclarationSyntax member:
                return OnOwnLine(member, list, member.AttributeLists, (n, lists) => ((MemberDeclarationSyntax)n).WithAttributeLists(lists));
            case StatementSyntax statement:
                return OnOwnLine(statement, list, statement.AttributeLists, (n, lists) => ((StatementSyntax)n).WithAttributeLists(lists));
            default:
                return declaration;
        }
    }

    private static SyntaxNode Inline(ParenthesizedLambdaExpressionSyntax lambda, AttributeListSyntax list)
    {
        var leading = lambda.GetLeadingTrivia();
        var bare = lambda.WithoutLeadingTrivia();
        return bare.WithAttributeLists(bare.AttributeLists.Add(list.WithTrailingTrivia(SyntaxFactory.Space))).WithLeadingTrivia(leading);
    }

    private static SyntaxNode OnOwnLine(
        SyntaxNode declaration,
        AttributeListSyntax list,
        SyntaxList<AttributeListSyntax> existing,
        System.Func<SyntaxNode, SyntaxList<AttributeListSyntax>, SyntaxNode> withLists)
    {
        var firstAfterAttributes = GuardInsertion.FirstTokenAfterAttributes(declaration);
        var indentation = SyntaxFactory.Whitespace(Whitespace.LineIndentation(firstAfterAttributes));
        var eol = Whitespace.EndOfLine(declaration.SyntaxTree);
        if (!Whitespace.StartsLine(firstAfterAttributes))
        {
            // A declaration sharing its line with other code gets the attribute inline.
            return withLists(declaration.WithLeadingTrivia(), existing.Insert(0, list.WithLeadingTrivia(declaration.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space)));
        }

        if (existing.Count > 0)
        {
            // The new list goes last, on its own line; the token after it keeps its indentation.
            return withLists(declaration, existing.Add(list.WithLeadingTrivia(indentation).WithTrailingTrivia(eol)));
        }

        // Comments and blank lines above the declaration move above the attribute.
        var leading = declaration.GetLeadingTrivia();
        var bare = declaration.WithLeadingTrivia(indentation);
        return withLists(bare, SyntaxFactory.SingletonList(list.WithLeadingTrivia(leading).WithTrailingTrivia(eol)));
    }
}
