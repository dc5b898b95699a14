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
