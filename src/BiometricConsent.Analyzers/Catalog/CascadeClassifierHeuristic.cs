using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Catalog
{
    /// <summary>
    /// Placeholder for the cascade-classifier heuristic (analyzer-contract §3); the catalog's version replaces it.
    /// </summary>
    internal static class CascadeClassifierHeuristic
    {
        /// <summary>Whether <paramref name="method"/> is a <c>CascadeClassifier.DetectMultiScale</c> overload.</summary>
        internal static bool IsCascadeDetect(IMethodSymbol method)
            => method.Name == "DetectMultiScale" && method.ContainingType?.Name == "CascadeClassifier";

        /// <summary>Whether the classifier the invocation runs was visibly loaded from a non-face cascade file.</summary>
        internal static bool IsVisiblyNonFaceCascade(IInvocationOperation invocation, CancellationToken ct) => false;
    }
}
