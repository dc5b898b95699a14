using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// Removes the elastic markers that <see cref="SyntaxFactory"/> puts on the tokens it creates. Code actions
/// re-format elastic trivia with the formatter's options, which would turn a file's tabs into spaces around the
/// inserted code; the fixes set every space and line break themselves instead.
/// </summary>
internal static class PlainTrivia
{
    internal static T Of<T>(T node)
        where T : SyntaxNode
        => (T)new Rewriter().Visit(node)!;

    private sealed class Rewriter : CSharpSyntaxRewriter
    {
        public override SyntaxToken VisitToken(SyntaxToken token)
            => token.WithLeadingTrivia(Plain(token.LeadingTrivia)).WithTrailingTrivia(Plain(token.TrailingTrivia));

        private static IEnumerable<SyntaxTrivia> Plain(SyntaxTriviaList list)
        {
            foreach (var trivia in list)
            {
                if (!trivia.HasAnnotation(SyntaxAnnotation.ElasticAnnotation))
                {
                    yield return trivia;
                }
                else if (trivia.Span.Length > 0)
                {
                    yield return trivia.IsKind(SyntaxKind.EndOfLineTrivia)
                        ? SyntaxFactory.EndOfLine(trivia.ToString())
                        : SyntaxFactory.Whitespace(trivia.ToString());
                }
            }
        }
    }
}
