using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests.Infrastructure;

/// <summary>Runs <see cref="BiometricConsentAnalyzer"/> over test code with markup (<c>{|BIO1001:...|}</c>).</summary>
internal static class Verify
{
    /// <summary>The test code, with the attribute copies and sample APIs of <see cref="Prelude"/> as a second file.</summary>
    internal static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
        => new Test(source) { Prelude = Prelude.WithLocalAttributes }.RunWithAsync(expected);

    /// <summary>A test of the analyzer; set its properties, then call <see cref="RunWithAsync"/>.</summary>
    internal sealed class Test : CSharpAnalyzerTest<BiometricConsentAnalyzer, DefaultVerifier>
    {
        internal Test(string source)
        {
            TestCode = source;
            ReferenceAssemblies = TestReferences.Net80;
        }

        /// <summary>A second source file compiled with the test code (no markup), or <see langword="null"/>.</summary>
        internal string? Prelude { get; set; } = BiometricConsent.Analyzers.Tests.Infrastructure.Prelude.WithLocalAttributes;

        /// <summary>Contents of <c>BiometricApis.txt</c> files (markup allowed), in order.</summary>
        internal List<string> ApiLists { get; } = new List<string>();

        /// <summary>Contents of a root <c>.editorconfig</c>, or <see langword="null"/>.</summary>
        internal string? EditorConfig { get; set; }

        /// <summary>Extra metadata references.</summary>
        internal List<MetadataReference> References { get; } = new List<MetadataReference>();

        /// <summary>Whether the analyzer may analyze simply structured members without a control-flow graph (it does by default).</summary>
        internal bool GraphFreeFlow { get; set; } = true;

        /// <summary>
        /// Runs the test twice: as the analyzer ships, then with every member analyzed through the control-flow graph
        /// and the operation-based rules run as plain operation actions over every member (no syntax pre-filter).
        /// Both must report exactly the expected diagnostics, so every analyzer test is also a test that the graph-free
        /// walk (<c>Flow/StructuredFlow.cs</c>) and the graph agree, and that the pre-filter
        /// (<c>Diagnostics/PrefilteredOperations.cs</c>) loses nothing.
        /// </summary>
        internal async Task RunWithAsync(params DiagnosticResult[] expected)
        {
            if (Prelude != null)
            {
                TestState.Sources.Add(("/0/Prelude.cs", Prelude));
            }

            for (var i = 0; i < ApiLists.Count; i++)
            {
                var path = i == 0 ? "/0/BiometricApis.txt" : $"/0/More{i}/BiometricApis.txt";
                TestState.AdditionalFiles.Add((path, ApiLists[i]));
            }

            if (EditorConfig != null)
            {
                TestState.AnalyzerConfigFiles.Add(("/.editorconfig", EditorConfig));
            }

            TestState.AdditionalReferences.AddRange(References);
            ExpectedDiagnostics.AddRange(expected);
            GraphFreeFlow = true;
            await RunAsync(CancellationToken.None);
            GraphFreeFlow = false;
            await RunAsync(CancellationToken.None);
        }

        /// <inheritdoc/>
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
            => new DiagnosticAnalyzer[] { new BiometricConsentAnalyzer(GraphFreeFlow, syntaxPrefilter: GraphFreeFlow) };
    }
}
