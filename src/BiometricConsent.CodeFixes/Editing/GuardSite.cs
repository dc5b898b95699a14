using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// Where a guard goes for a capture: before the innermost statement that contains it, or, for an expression-bodied
/// method, accessor, local function, property or indexer, at the top of the block body the member is rewritten to.
/// </summary>
internal sealed class GuardSite
{
    private GuardSite(SyntaxNode anchor)
    {
        Anchor = anchor;
    }

    /// <summary>A <see cref="StatementSyntax"/>, or the <see cref="ArrowExpressionClauseSyntax"/> of a member.</summary>
    internal SyntaxNode Anchor { get; }

    /// <summary>Where the guard's names are looked up: the start of the statement or expression it precedes.</summary>
    internal int Position => Anchor is ArrowExpressionClauseSyntax arrow ? arrow.Expression.SpanStart : Anchor.SpanStart;

    /// <summary>
    /// The site for a capture at <paramref name="node"/>; <see langword="null"/> where no statement can go
    /// (field and property initializers, constructor initializers, top-level code).
    /// An expression-bodied lambda is passed through: a guard before the statement that creates it guards it.
    /// </summary>
    internal static GuardSite? Find(SyntaxNode node)
    {
        for (var current = node; current != null; current = current.Parent)
        {
            switch (current)
            {
                case ArrowExpressionClauseSyntax arrow:
                    return arrow.Parent is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax
                        or PropertyDeclarationSyntax or IndexerDeclarationSyntax
                        ? new GuardSite(arrow)
                        : null;
                case LocalFunctionStatementSyntax or BlockSyntax:
                    return null;
                case StatementSyntax statement:
                    return statement.Parent is BlockSyntax or SwitchSectionSyntax
                           || (statement.Parent != null && EmbeddedStatements.Get(statement.Parent) == statement)
                        ? new GuardSite(statement)
                        : null; // top-level statements, and statements in places no guard can go before

                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }
}
