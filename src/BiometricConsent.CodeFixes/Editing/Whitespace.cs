using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// Indentation and line breaks as the file already has them. The fixes build their trivia by hand rather than
/// through the formatter, whose defaults (four spaces) would re-indent a file that uses tabs.
/// </summary>
internal static class Whitespace
{
    /// <summary>The white space at the start of the line on which <paramref name="token"/> starts.</summary>
    internal static string LineIndentation(SyntaxToken token)
    {
        var text = token.SyntaxTree!.GetText();
        var line = text.Lines.GetLineFromPosition(token.SpanStart);
        var end = line.Start;
        while (end < token.SpanStart && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        return text.ToString(TextSpan.FromBounds(line.Start, end));
    }

    /// <summary>
    /// Whether a line break separates <paramref name="token"/> from the token before it (comments may sit between),
    /// so that code inserted before it can go on a line of its own.
    /// </summary>
    internal static bool StartsLine(SyntaxToken token)
    {
        var previous = token.GetPreviousToken();
        return previous.RawKind == 0
            || previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia)
            || token.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia);
    }

    /// <summary>
    /// Splits the trailing trivia of a statement that a fix moves into a new block: a comment on its line describes
    /// the statement, so it stays after the statement (up to its line break); the new closing brace gets the rest.
    /// Without a comment the statement's line simply ends and the brace takes the trivia as it was.
    /// </summary>
    /// <returns>The trivia after the statement, and after the closing brace.</returns>
    internal static (SyntaxTriviaList Statement, SyntaxTriviaList Brace) SplitTrailingComment(SyntaxTriviaList trailing, SyntaxTrivia eol)
    {
        if (!trailing.Any(SyntaxKind.SingleLineCommentTrivia) && !trailing.Any(SyntaxKind.MultiLineCommentTrivia))
        {
            return (SyntaxFactory.TriviaList(eol), trailing);
        }

        for (var i = 0; i < trailing.Count; i++)
        {
            if (trailing[i].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return (SyntaxFactory.TriviaList(System.Linq.Enumerable.Take(trailing, i + 1)), SyntaxFactory.TriviaList(eol));
            }
        }

        // No line break ("Capture(); /* c */ else ..."): the statement's line now ends after the comment and the
        // code that followed continues after the brace, as it continued after the statement.
        while (trailing[trailing.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            trailing = trailing.RemoveAt(trailing.Count - 1);
        }

        return (trailing.Add(eol), SyntaxFactory.TriviaList(SyntaxFactory.Space));
    }

    /// <summary>One level of indentation: a tab when some line of the file is indented with one, else four spaces.</summary>
    internal static string IndentUnit(SyntaxTree tree)
    {
        var text = tree.GetText();
        foreach (var line in text.Lines)
        {
            if (line.Span.Length > 0 && text[line.Start] == '\t')
            {
                return "\t";
            }
        }

        return "    ";
    }

    /// <summary>Indents every line of <paramref name="node"/> after its first by <paramref name="unit"/>.</summary>
    internal static T Indent<T>(T node, string unit)
        where T : SyntaxNode
    {
        var first = node.GetFirstToken();
        return node.ReplaceTokens(
            node.DescendantTokens(),
            (original, current) =>
            {
                if (original == first || !StartsLine(original))
                {
                    return current;
                }

                var leading = current.LeadingTrivia;
                var last = leading.Count - 1;
                return last >= 0 && leading[last].IsKind(SyntaxKind.WhitespaceTrivia)
                    ? current.WithLeadingTrivia(leading.Replace(leading[last], SyntaxFactory.Whitespace(unit + leading[last].ToString())))
                    : current.WithLeadingTrivia(leading.Add(SyntaxFactory.Whitespace(unit)));
            });
    }

    /// <summary>The file's line break: the first one it contains, or a line feed.</summary>
    internal static SyntaxTrivia EndOfLine(SyntaxTree tree)
    {
        foreach (var trivia in tree.GetRoot().DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.LineFeed;
    }
}
