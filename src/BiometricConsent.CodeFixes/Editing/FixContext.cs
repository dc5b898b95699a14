using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// A document with its syntax and semantics, and the two steps every fix shares: offering a code action per
/// diagnostic it can fix, and fixing a batch of diagnostics of one document in one edit (which is also what
/// fix-all runs, so that one-by-one and fix-all fixes use the same code).
/// </summary>
internal sealed class FixContext
{
    private FixContext(Document document, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        Document = document;
        Root = root;
        Model = model;
        CancellationToken = cancellationToken;
    }

    internal Document Document { get; }

    internal SyntaxNode Root { get; }

    internal SemanticModel Model { get; }

    internal CancellationToken CancellationToken { get; }

    /// <summary>The node a diagnostic is reported on.</summary>
    internal SyntaxNode NodeAt(Diagnostic diagnostic) => Root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

    internal static async Task<FixContext?> CreateAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root == null || model == null ? null : new FixContext(document, root, model, cancellationToken);
    }

    /// <summary>
    /// Registers a code action for each diagnostic that <paramref name="titleFor"/> gives a title (no title: not
    /// offered); the action runs <paramref name="fixAsync"/> on that diagnostic alone.
    /// </summary>
    internal static async Task RegisterAsync(
        CodeFixContext context,
        string equivalenceKey,
        Func<FixContext, Diagnostic, string?> titleFor,
        Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> fixAsync)
    {
        var document = context.Document;
        var fix = await CreateAsync(document, context.CancellationToken).ConfigureAwait(false);
        if (fix == null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var title = titleFor(fix, diagnostic);
            if (title != null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => fixAsync(document, ImmutableArray.Create(diagnostic), ct), equivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// Lets <paramref name="edit"/> change the document for all <paramref name="diagnostics"/> (in source order) in
    /// one <see cref="SyntaxEditor"/>, then adds imports and shortens names.
    /// </summary>
    internal static async Task<Document> EditAsync(
        Document document,
        ImmutableArray<Diagnostic> diagnostics,
        Action<FixContext, SyntaxEditor, IReadOnlyList<Diagnostic>> edit,
        CancellationToken cancellationToken)
    {
        var fix = await CreateAsync(document, cancellationToken).ConfigureAwait(false);
        if (fix == null)
        {
            return document;
        }

        var editor = new SyntaxEditor(fix.Root, document.Project.Solution.Services);
        edit(fix, editor, diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList());
        return await DocumentCleanup.RunAsync(document.WithSyntaxRoot(editor.GetChangedRoot()), cancellationToken).ConfigureAwait(false);
    }
}
