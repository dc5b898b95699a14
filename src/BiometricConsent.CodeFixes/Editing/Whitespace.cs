using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.CodeFixes.Editing
{
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

        /// <summary>Whether <paramref name="token"/> is the first non-blank thing on its line.</summary>
        internal static bool StartsLine(SyntaxToken token)
            => LineIndentation(token).Length == token.SpanStart - token.SyntaxTree!.GetText().Lines.GetLineFromPosition(token.SpanStart).Start;

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
}
