using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// Fix-all for document, project and solution scopes that hands all diagnostics of a document to the same batch
/// routine a single fix uses. Unlike the batch fixer, which merges independent text changes, the routine sees the
/// whole batch and can add an attribute once per member, or one guard per statement.
/// </summary>
internal static class FixAll
{
    internal static FixAllProvider For(Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> fixDocumentAsync)
        => FixAllProvider.Create(
            async (context, document, diagnostics) => diagnostics.IsDefaultOrEmpty
                ? document
                : await fixDocumentAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));
}
