using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Tests.Infrastructure
{
    /// <summary>Runs the analyzer directly (no test framework), collecting diagnostics and analyzer exceptions.</summary>
    internal static class AnalyzerRunner
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(
            () => TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult());

        internal static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)> RunAsync(
            IEnumerable<string> sources, IEnumerable<MetadataReference>? extraReferences = null)
        {
            var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"File{i}.cs"));
            var compilation = CSharpCompilation.Create(
                "Test",
                trees,
                References.Value.Concat(extraReferences ?? Array.Empty<MetadataReference>()),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var exceptions = new List<Exception>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (e, _, _) => { lock (exceptions) { exceptions.Add(e); } },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new BiometricConsentAnalyzer()), options);
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return (diagnostics, exceptions);
        }
    }
}
