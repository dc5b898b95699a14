using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Benchmarks.Analyzers;

/// <summary>
/// A generated solution-sized compilation: <see cref="ClassCount"/> classes, one in <see cref="CaptureEvery"/> of
/// them calling a face API that is listed both in BannedSymbols.txt (for BannedApiAnalyzers) and in
/// BiometricApis.txt (for ours); the rest is ordinary code (loops, LINQ, string work, properties).
/// </summary>
internal sealed class AnalyzerWorkload
{
    internal const int ClassCount = 2_000;
    internal const int CaptureEvery = 20;
    internal const string CaptureApi = "M:Vendor.Face.FaceClient.Detect(System.IO.Stream)";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private AnalyzerWorkload(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, AnalyzerOptions options)
    {
        Trees = trees;
        References = references;
        Options = options;
    }

    internal ImmutableArray<SyntaxTree> Trees { get; }

    internal ImmutableArray<MetadataReference> References { get; }

    /// <summary>Both API lists as additional files; each analyzer reads only its own.</summary>
    internal AnalyzerOptions Options { get; }

    internal static int ExpectedCaptureCalls => ClassCount / CaptureEvery;

    /// <summary>The vendor SDK and <paramref name="classCount"/> service classes (<see cref="ClassCount"/> unless told).</summary>
    internal static AnalyzerWorkload Create(int classCount = ClassCount)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(classCount + 1);
        trees.Add(Parse("Vendor/FaceClient.cs", VendorSdk));
        for (var i = 0; i < classCount; i++)
        {
            trees.Add(Parse($"App/Service{i}.cs", ServiceClass(i, capture: i % CaptureEvery == 0)));
        }

        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText("/repo/BannedSymbols.txt", CaptureApi + ";Face capture needs a consent check\n"),
            new InMemoryAdditionalText("/repo/BiometricApis.txt", "# the same API for both analyzers\ncapture " + CaptureApi + "\n")));

        return new AnalyzerWorkload(trees.MoveToImmutable(), references, options);
    }

    /// <summary>
    /// The same code compiled against the runtime library (BiometricConsent.dll, and NodaTime) as well, as every user of
    /// the package compiles: the marker attributes exist, so the analyzer also looks for marked members.
    /// </summary>
    internal AnalyzerWorkload WithRuntimeLibrary()
        => new AnalyzerWorkload(
            Trees,
            References.AddRange(new[] { typeof(global::BiometricConsent.Consent.ConsentGate).Assembly.Location, typeof(NodaTime.Instant).Assembly.Location }
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))),
            Options);

    /// <summary>A new compilation: compilations cache analyzer state, so every measured run needs its own.</summary>
    internal CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create(
            "Workload",
            Trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));

    /// <summary>Analyzes a new compilation with <paramref name="analyzers"/> and <see cref="Options"/> (or <paramref name="options"/>).</summary>
    internal ImmutableArray<Diagnostic> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions? options = null)
    {
        var compilation = NewCompilation();
        if (analyzers.IsEmpty)
        {
            // No analyzer: the compiler's own binding and flow analysis of every body, which any analyzer run also pays.
            return compilation.GetDiagnostics();
        }

        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(options ?? Options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    private static SyntaxTree Parse(string path, string text) => CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    private const string VendorSdk = """
        namespace Vendor.Face
        {
            public sealed class FaceClient
            {
                public int Detect(System.IO.Stream image) => (int)image.Length;
                public int Detect(System.IO.Stream image, int maxFaces) => maxFaces;
                public void DeleteGroup(string groupId) { }
            }
        }
        """;

    private static string ServiceClass(int index, bool capture)
    {
        var call = capture
            ? "var faces = _client.Detect(image);"
            : "var faces = (int)image.Length;";
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using System.Threading.Tasks;

            namespace App.Area{{index % 40}}
            {
                public sealed class Service{{index}}
                {
                    private readonly Vendor.Face.FaceClient _client = new Vendor.Face.FaceClient();
                    private readonly List<string> _names = new List<string>();

                    public string Name { get; set; } = "service{{index}}";

                    public int Count => _names.Count;

                    public int Process(Stream image, IReadOnlyList<int> values)
                    {
                        {{call}}
                        var total = 0;
                        for (var i = 0; i < values.Count; i++)
                        {
                            if (values[i] % 2 == 0) { total += values[i]; } else { total -= 1; }
                        }

                        foreach (var name in _names.Where(n => n.Length > 3).OrderBy(n => n))
                        {
                            total += name.Length;
                        }

                        return total + faces;
                    }

                    public async Task<string> DescribeAsync(int value)
                    {
                        await Task.Yield();
                        var parts = new[] { Name, value.ToString(), string.Join(",", _names) };
                        return string.Concat(parts.Select(p => p.Trim().ToUpperInvariant()));
                    }

                    public void Add(string name)
                    {
                        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A name is required.", nameof(name));
                        switch (name[0])
                        {
                            case 'a': _names.Insert(0, name); break;
                            default: _names.Add(name); break;
                        }
                    }

                    public bool TryFind(string name, out int position)
                    {
                        position = _names.IndexOf(name);
                        return position >= 0;
                    }
                }
            }
            """;
    }

    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        internal InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            this.text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
