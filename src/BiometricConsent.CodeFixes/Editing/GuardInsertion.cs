using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// Inserts a guard statement at a <see cref="GuardSite"/>. Trivia is decided here, once for every fix:
/// blank lines above the statement move above the guard, comments above the statement stay with it (a comment
/// describes the statement it precedes), and indentation is copied from the file.
/// </summary>
internal static class GuardInsertion
{
    internal static void Insert(SyntaxEditor editor, GuardSite site, StatementSyntax guard, EnclosingFunction function)
    {
        guard = PlainTrivia.Of(guard);
        switch (site.Anchor)
        {
            case ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax } arrow:
                editor.ReplaceNode(arrow.Parent!, PlainTrivia.Of(ToGetter(arrow, guard)));
                break;
            case ArrowExpressionClauseSyntax arrow:
                editor.ReplaceNode(arrow.Parent!, PlainTrivia.Of(ToBlockBody(arrow, guard, function)));
                break;
            case StatementSyntax statement when statement.Parent is BlockSyntax or SwitchSectionSyntax:
                InsertIntoList(editor, statement, guard);
                break;
            case StatementSyntax statement when statement.Parent != null && EmbeddedStatements.Get(statement.Parent) == statement:
                // The owner is rewritten (not just the statement) so that "else if" can lose the space before its new line.
                var owner = statement.Parent;
                var wrapped = PlainTrivia.Of(WrapInBlock(statement, guard));
                editor.ReplaceNode(owner, (current, _) => EmbeddedStatements.With(current, wrapped));
                break;
        }
    }

    /// <summary>Replaces the statement that carries a discarded check by a guard, keeping the statement's trivia.</summary>
    internal static void Replace(SyntaxEditor editor, StatementSyntax statement, StatementSyntax guard)
        => editor.ReplaceNode(statement, PlainTrivia.Of(guard).WithTriviaFrom(statement));

    private static void InsertIntoList(SyntaxEditor editor, StatementSyntax statement, StatementSyntax guard)
    {
        var first = statement.GetFirstToken();
        if (!Whitespace.StartsLine(first))
        {
            // A statement sharing its line ("{ Capture(); }") gets the guard on the same line.
            editor.InsertBefore(statement, guard.WithLeadingTrivia(statement.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space));
            editor.ReplaceNode(statement, (current, _) => current.WithLeadingTrivia());
            return;
        }

        var leading = statement.GetLeadingTrivia();
        var blankLinesEnd = 0;
        for (var i = 0; i < leading.Count; i++)
        {
            if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                blankLinesEnd = i + 1;
            }
            else if (!leading[i].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                break;
            }
        }

        var indentation = SyntaxFactory.Whitespace(Whitespace.LineIndentation(first));
        var guardLeading = new List<SyntaxTrivia>();
        for (var i = 0; i < blankLinesEnd; i++)
        {
            guardLeading.Add(leading[i]);
        }

        guardLeading.Add(indentation);
        editor.InsertBefore(statement, guard.WithLeadingTrivia(guardLeading).WithTrailingTrivia(Whitespace.EndOfLine(statement.SyntaxTree)));
        if (blankLinesEnd > 0)
        {
            var rest = SyntaxFactory.TriviaList(System.Linq.Enumerable.Skip(leading, blankLinesEnd));
            editor.ReplaceNode(statement, (current, _) => current.WithLeadingTrivia(rest));
        }
    }

    private static BlockSyntax WrapInBlock(StatementSyntax statement, StatementSyntax guard)
    {
        var tree = statement.SyntaxTree;
        var eol = Whitespace.EndOfLine(tree);
        var unit = Whitespace.IndentUnit(tree);
        var outer = Whitespace.LineIndentation(statement.Parent!.GetFirstToken());
        var inner = outer + unit;

        // A statement that shared the owner's line ("else if (...)") moves one level in, its later lines too.
        var body = Whitespace.StartsLine(statement.GetFirstToken()) ? statement : Whitespace.Indent(statement, unit);
        var (statementEnd, braceEnd) = Whitespace.SplitTrailingComment(statement.GetTrailingTrivia(), eol);
        body = body.WithLeadingTrivia(SyntaxFactory.Whitespace(inner)).WithTrailingTrivia(statementEnd);
        return SyntaxFactory.Block(
            SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(eol, SyntaxFactory.Whitespace(outer)).WithTrailingTrivia(eol),
            SyntaxFactory.List(new[] { guard.WithLeadingTrivia(SyntaxFactory.Whitespace(inner)).WithTrailingTrivia(eol), body }),
            SyntaxFactory.Token(SyntaxKind.CloseBraceToken)
                .WithLeadingTrivia(SyntaxFactory.Whitespace(outer))
                .WithTrailingTrivia(braceEnd));
    }

    private static SyntaxNode ToBlockBody(ArrowExpressionClauseSyntax arrow, StatementSyntax guard, EnclosingFunction function)
    {
        var member = arrow.Parent!;
        var tree = arrow.SyntaxTree;
        var eol = Whitespace.EndOfLine(tree);
        var outer = Whitespace.LineIndentation(FirstTokenAfterAttributes(member));
        var inner = SyntaxFactory.Whitespace(outer + Whitespace.IndentUnit(tree));
        var expression = arrow.Expression.WithoutLeadingTrivia().WithoutTrailingTrivia();
        var method = function.Symbol;
        StatementSyntax body = method.ReturnsVoid || (method.IsAsync && method.ReturnType is INamedTypeSymbol { IsGenericType: false })
            ? SyntaxFactory.ExpressionStatement(expression)
            : SyntaxFactory.ReturnStatement(SyntaxFactory.Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(SyntaxFactory.Space), expression, SyntaxFactory.Token(SyntaxKind.SemicolonToken));
        var semicolon = member switch
        {
            BaseMethodDeclarationSyntax m => m.SemicolonToken,
            LocalFunctionStatementSyntax f => f.SemicolonToken,
            _ => ((AccessorDeclarationSyntax)member).SemicolonToken,
        };
        var (statementEnd, braceEnd) = Whitespace.SplitTrailingComment(semicolon.TrailingTrivia, eol);
        var block = SyntaxFactory.Block(
            SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Whitespace(outer)).WithTrailingTrivia(eol),
            SyntaxFactory.List(new[]
            {
                guard.WithLeadingTrivia(inner).WithTrailingTrivia(eol),
                body.WithLeadingTrivia(inner).WithTrailingTrivia(statementEnd),
            }),
            SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Whitespace(outer)).WithTrailingTrivia(braceEnd));

        // The line now ends after the parameter list: its trailing space becomes the line break.
        var beforeArrow = arrow.ArrowToken.GetPreviousToken();
        member = member.ReplaceToken(beforeArrow, beforeArrow.WithTrailingTrivia(eol));
        return member switch
        {
            BaseMethodDeclarationSyntax m => m.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            LocalFunctionStatementSyntax f => f.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            _ => ((AccessorDeclarationSyntax)member).WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
        };
    }

    /// <summary><c>T P => e;</c> becomes <c>T P { get { guard; return e; } }</c>, each brace on a line of its own.</summary>
    private static SyntaxNode ToGetter(ArrowExpressionClauseSyntax arrow, StatementSyntax guard)
    {
        var member = (BasePropertyDeclarationSyntax)arrow.Parent!;
        var tree = arrow.SyntaxTree;
        var eol = Whitespace.EndOfLine(tree);
        var unit = Whitespace.IndentUnit(tree);
        var outer = Whitespace.LineIndentation(FirstTokenAfterAttributes(member));
        var accessorIndent = SyntaxFactory.Whitespace(outer + unit);
        var inner = SyntaxFactory.Whitespace(outer + unit + unit);
        var semicolon = member is PropertyDeclarationSyntax p ? p.SemicolonToken : ((IndexerDeclarationSyntax)member).SemicolonToken;
        var (statementEnd, braceEnd) = Whitespace.SplitTrailingComment(semicolon.TrailingTrivia, eol);
        var body = SyntaxFactory.Block(
            SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(accessorIndent).WithTrailingTrivia(eol),
            SyntaxFactory.List(new StatementSyntax[]
            {
                guard.WithLeadingTrivia(inner).WithTrailingTrivia(eol),
                SyntaxFactory.ReturnStatement(
                    SyntaxFactory.Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                    arrow.Expression.WithoutTrivia(),
                    SyntaxFactory.Token(SyntaxKind.SemicolonToken)).WithLeadingTrivia(inner).WithTrailingTrivia(statementEnd),
            }),
            SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(accessorIndent).WithTrailingTrivia(eol));
        var getter = SyntaxFactory.AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, body)
            .WithKeyword(SyntaxFactory.Token(SyntaxKind.GetKeyword).WithLeadingTrivia(accessorIndent).WithTrailingTrivia(eol));
        var accessors = SyntaxFactory.AccessorList(
            SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Whitespace(outer)).WithTrailingTrivia(eol),
            SyntaxFactory.SingletonList(getter),
            SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Whitespace(outer)).WithTrailingTrivia(braceEnd));

        var beforeArrow = arrow.ArrowToken.GetPreviousToken();
        member = member.ReplaceToken(beforeArrow, beforeArrow.WithTrailingTrivia(eol));
        return member switch
        {
            PropertyDeclarationSyntax property => property.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors),
            _ => ((IndexerDeclarationSyntax)member).WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors),
        };
    }

    /// <summary>The first token of a declaration that is not part of its attributes: the line that holds its indentation.</summary>
    internal static SyntaxToken FirstTokenAfterAttributes(SyntaxNode declaration)
    {
        foreach (var child in declaration.ChildNodesAndTokens())
        {
            if (child.IsNode && child.AsNode() is AttributeListSyntax)
            {
                continue;
            }

            return child.IsToken ? child.AsToken() : child.AsNode()!.GetFirstToken();
        }

        return declaration.GetFirstToken();
    }
}
