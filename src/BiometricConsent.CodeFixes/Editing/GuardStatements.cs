using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>The shapes of inserted guards, spaced as people write them: <c>if (!check(...)) return;</c>.</summary>
internal static class GuardStatements
{
    /// <summary><c>if (<paramref name="failed"/>) <paramref name="exit"/></c> on one line.</summary>
    internal static StatementSyntax ExitIf(ExpressionSyntax failed, StatementSyntax exit)
        => SyntaxFactory.IfStatement(
            SyntaxFactory.Token(SyntaxKind.IfKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.OpenParenToken),
            failed,
            SyntaxFactory.Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(SyntaxFactory.Space),
            exit.WithoutLeadingTrivia().WithoutTrailingTrivia(),
            @else: null);

    /// <summary><c>!<paramref name="value"/></c>, parenthesized unless it is a primary expression or an <c>await</c>.</summary>
    internal static ExpressionSyntax Not(ExpressionSyntax value)
    {
        var operand = value is AwaitExpressionSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax
            or IdentifierNameSyntax or ParenthesizedExpressionSyntax
            ? value
            : SyntaxFactory.ParenthesizedExpression(value);
        return SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, operand);
    }

    /// <summary><c>await <paramref name="task"/></c>.</summary>
    internal static ExpressionSyntax Await(ExpressionSyntax task)
        => SyntaxFactory.AwaitExpression(SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space), task);

    /// <summary><c><paramref name="value"/> != true</c>: a <c>bool?</c> from <c>?.</c> that is only a yes when it is <see langword="true"/>.</summary>
    internal static ExpressionSyntax NotTrue(ExpressionSyntax value)
        => SyntaxFactory.BinaryExpression(
            SyntaxKind.NotEqualsExpression,
            value.WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.ExclamationEqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression));
}
