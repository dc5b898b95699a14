using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs a code fix of <c>BiometricConsent.CodeFixes</c> over test code with markup, next to the <see cref="Prelude"/>.
/// The framework applies the fix one diagnostic at a time and as fix-all in document, project and solution scope,
/// and checks that each way gives <see cref="CodeFixTest{TVerifier}.FixedCode"/>.
/// </summary>
internal static class CodeFixVerify<TCodeFix>
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Applies the fix offered for every diagnostic and compares with <paramref name="fixedSource"/>.</summary>
    internal static Task FixAsync(string source, string fixedSource)
        => new Test(source, fixedSource).RunAsync(CancellationToken.None);

    /// <summary>Checks that the fix is not offered for the diagnostics in <paramref name="source"/>.</summary>
    internal static Task NotOfferedAsync(string source)
        => new Test(source, source).RunAsync(CancellationToken.None);

    /// <summary>A code-fix test; set its properties, then call <c>RunAsync</c>.</summary>
    internal sealed class Test : CSharpCodeFixTest<BiometricConsentAnalyzer, TCodeFix, DefaultVerifier>
    {
        internal Test(string source, string fixedSource, string? prelude = null)
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestCode = source;
            FixedCode = fixedSource;
            FixedState.MarkupHandling = MarkupMode.Allow; // a fix may leave (or cause) diagnostics, marked in the fixed code
            prelude ??= Prelude.WithLocalAttributes;
            TestState.Sources.Add(("/0/Prelude.cs", prelude));
            FixedState.Sources.Add(("/0/Prelude.cs", prelude));
        }

        /// <summary>Adds a <c>BiometricApis.txt</c> to the project before and after the fix.</summary>
        internal void AddApiList(string contents)
        {
            TestState.AdditionalFiles.Add(("/0/BiometricApis.txt", contents));
            FixedState.AdditionalFiles.Add(("/0/BiometricApis.txt", contents));
        }

        /// <summary>Adds diagnostics expected before the fix that markup cannot express.</summary>
        internal List<DiagnosticResult> Expected => TestState.ExpectedDiagnostics;
    }
}
