using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>The method, accessor, local function or lambda whose body a guard is inserted into.</summary>
internal sealed class EnclosingFunction
{
    private EnclosingFunction(SyntaxNode syntax, IMethodSymbol symbol, bool isIterator)
    {
        Syntax = syntax;
        Symbol = symbol;
        IsIterator = isIterator;
    }

    /// <summary>The declaration or lambda.</summary>
    internal SyntaxNode Syntax { get; }

    internal IMethodSymbol Symbol { get; }

    /// <summary>Whether the body contains <c>yield</c>: the early exit is then <c>yield break;</c>.</summary>
    internal bool IsIterator { get; }

    /// <summary>
    /// The innermost function containing <paramref name="node"/>, or <see langword="null"/> when there is none
    /// that a statement can be inserted into (field initializers, top-level statements).
    /// </summary>
    internal static EnclosingFunction? Find(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var current = node; current != null; current = current.Parent)
        {
            ISymbol? symbol;
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax lambda:
                    symbol = model.GetSymbolInfo(lambda, cancellationToken).Symbol;
                    break;
                case LocalFunctionStatementSyntax or AccessorDeclarationSyntax or BaseMethodDeclarationSyntax:
                    symbol = model.GetDeclaredSymbol(current, cancellationToken);
                    break;
                case BasePropertyDeclarationSyntax when ExpressionBody(current)?.FullSpan.Contains(node.FullSpan) == true:
                    // An expression-bodied property or indexer: its body is the getter.
                    symbol = (model.GetDeclaredSymbol(current, cancellationToken) as IPropertySymbol)?.GetMethod;
                    break;
                case MemberDeclarationSyntax or GlobalStatementSyntax:
                    return null;
                default:
                    continue;
            }

            return symbol is IMethodSymbol method ? new EnclosingFunction(current, method, ContainsYield(current)) : null;
        }

        return null;
    }

    private static ArrowExpressionClauseSyntax? ExpressionBody(SyntaxNode property)
        => (property as PropertyDeclarationSyntax)?.ExpressionBody ?? (property as IndexerDeclarationSyntax)?.ExpressionBody;

    private static bool ContainsYield(SyntaxNode function)
        => function.DescendantNodes(n => n == function || !IsFunction(n)).OfType<YieldStatementSyntax>().Any();

    private static bool IsFunction(SyntaxNode node)
        => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;
}
