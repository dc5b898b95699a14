using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// Adds the <c>using</c> directives that generated type names ask for and shortens the names, as code actions do
/// after a fix. Done explicitly so that a fix-all, which may skip the code action's clean-up, gives the same text.
/// </summary>
internal static class DocumentCleanup
{
    internal static async Task<Document> RunAsync(Document document, CancellationToken cancellationToken)
    {
        document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
