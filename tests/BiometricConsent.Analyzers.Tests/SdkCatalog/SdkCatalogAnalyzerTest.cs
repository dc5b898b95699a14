using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.SdkCatalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

/// <summary>
/// Every concrete analyzer of BiometricConsent.Analyzers, against the real SDK assemblies (Baidu.AI, OpenCvSharp4).
/// The analyzers are found by reflection, so these tests do not depend on their type names.
/// </summary>
internal sealed class SdkCatalogAnalyzerTest : AnalyzerTest<DefaultVerifier>
{
    /// <param name="withRealSdks">
    /// Whether to reference the real Baidu.AI and OpenCvSharp4 assemblies; stubs of another OpenCvSharp version
    /// (<c>Versions/OpenCvSharpVersions</c>) declare the same types and must not meet them.
    /// </param>
    public SdkCatalogAnalyzerTest(bool withRealSdks = true)
    {
        // No reference-assembly package (the machines here are offline): the running framework instead.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(SdkCatalogCompilation.FrameworkReferences);
        if (!withRealSdks)
        {
            return;
        }

        foreach (var assembly in SdkCatalogCompilation.Baidu.Append(SdkCatalogCompilation.OpenCvSharp))
        {
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(assembly.Location));
        }
    }

    public override string Language => LanguageNames.CSharp;

    protected override string DefaultFileExt => "cs";

    /// <summary>Runs the analyzers over <paramref name="source"/> and expects exactly <paramref name="expected"/>.</summary>
    internal static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(new[] { source }, expected);

    /// <summary>Runs the analyzers over <paramref name="sources"/> and expects exactly <paramref name="expected"/>.</summary>
    internal static async Task VerifyAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new SdkCatalogAnalyzerTest();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>
    /// Runs the analyzers over <paramref name="source"/> compiled against the stub assemblies of <paramref name="versions"/>
    /// (and the real Baidu.AI and OpenCvSharp4), and expects exactly <paramref name="expected"/>.
    /// </summary>
    internal static async Task VerifyAsync(string source, Versions.SdkVersion[] versions, params DiagnosticResult[] expected)
    {
        var test = new SdkCatalogAnalyzerTest();
        foreach (var version in versions)
        {
            test.TestState.AdditionalReferences.AddRange(Versions.SdkVersionCompilation.StubReferences(version));
        }

        test.TestState.Sources.Add(source);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>BIO1001 starting where <paramref name="call"/> starts in <paramref name="source"/> (the first source file).</summary>
    internal static DiagnosticResult Expected(string source, string call, string path = "/0/Test0.cs")
    {
        var offset = source.IndexOf(call, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{call}' is not in the source");
        return ExpectedAt(source, offset, path);
    }

    /// <summary>BIO1001 starting at character <paramref name="offset"/> of <paramref name="source"/>.</summary>
    internal static DiagnosticResult ExpectedAt(string source, int offset, string path = "/0/Test0.cs")
    {
        var before = source.Substring(0, offset);
        var line = before.Count(c => c == '\n') + 1;
        var column = offset - before.LastIndexOf('\n');

        // Line and column without a length: docs/rules/BIO1001.md allows the invocation or the member access.
        return new DiagnosticResult(DiagnosticIds.UnguardedCapture, DiagnosticSeverity.Warning).WithLocation(path, line, column);
    }

    protected override CompilationOptions CreateCompilationOptions() =>
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        typeof(BuiltInSdkCatalog).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!);
}
