using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// The statement a statement owns without a block (<c>if (x) Capture();</c>), read and replaced by role.
/// Replacing it gives the owner's token before it a line break in place of its trailing spaces, as the new block's
/// brace goes on a line of its own.
/// </summary>
internal static class EmbeddedStatements
{
    internal static StatementSyntax? Get(SyntaxNode owner) => owner switch
    {
        IfStatementSyntax s => s.Statement,
        ElseClauseSyntax s => s.Statement,
        WhileStatementSyntax s => s.Statement,
        DoStatementSyntax s => s.Statement,
        ForStatementSyntax s => s.Statement,
        CommonForEachStatementSyntax s => s.Statement,
        UsingStatementSyntax s => s.Statement,
        LockStatementSyntax s => s.Statement,
        FixedStatementSyntax s => s.Statement,
        LabeledStatementSyntax s => s.Statement,
        _ => null,
    };

    internal static SyntaxNode With(SyntaxNode owner, BlockSyntax block)
    {
        var old = Get(owner);
        if (old == null)
        {
            return owner;
        }

        var before = old.GetFirstToken().GetPreviousToken();
        owner = owner.ReplaceToken(before, before.WithTrailingTrivia(StripTrailingWhitespace(before.TrailingTrivia)));
        old = Get(owner)!;
        return owner.ReplaceNode(old, block);
    }

    private static SyntaxTriviaList StripTrailingWhitespace(SyntaxTriviaList trivia)
    {
        // The block's brace brings its own line break; the owner's line ends where its code ends.
        while (trivia.Count > 0 && (trivia[trivia.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia) || trivia[trivia.Count - 1].IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            trivia = trivia.RemoveAt(trivia.Count - 1);
        }

        return trivia;
    }
}
