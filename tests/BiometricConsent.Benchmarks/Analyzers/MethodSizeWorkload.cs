using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Benchmarks.Analyzers;

/// <summary>The shape of the one large method of a <see cref="MethodSizeWorkload"/>.</summary>
public enum MethodShape
{
    /// <summary>Statements one after another: local declarations, compound assignments and capture calls.</summary>
    StraightLine,

    /// <summary>Each statement an <c>if</c> whose block holds the next one.</summary>
    NestedIfs,

    /// <summary>
    /// Straight-line, with a <c>for</c> loop, a <c>while</c> loop and an <c>if</c> whose conditions use <c>&amp;&amp;</c>
    /// and <c>||</c> in every ten statements, and the guard at the half written with <c>||</c>: the constructs the
    /// graph-free walk handles besides blocks and <c>if</c>.
    /// </summary>
    LoopsAndConditions,
}

/// <summary>
/// One class with one method of <c>size</c> statements (issue 10, part 5): the flow analysis must cost time linear in
/// the size of a method. The method captures unguarded in its first half (reported), checks consent through a
/// <c>bool</c> local in the middle, and captures guarded in the second half, so the analysis carries a fact about a
/// local through half the method and then a guard through the rest.
/// </summary>
internal sealed class MethodSizeWorkload
{
    /// <summary>One capture call in this many statements.</summary>
    internal const int CaptureEvery = 500;

    // The compiler binds nested blocks recursively; deep nesting needs more than the default 1 MB stack.
    private const int StackSize = 1024 * 1024 * 1024;

    private readonly SyntaxTree tree;
    private readonly ImmutableArray<MetadataReference> references;

    private MethodSizeWorkload(SyntaxTree tree, ImmutableArray<MetadataReference> references)
    {
        this.tree = tree;
        this.references = references;
    }

    /// <summary>The BIO1001 diagnostics a run must report: the capture calls of the first half.</summary>
    internal int ExpectedUnguarded { get; private set; }

    internal static MethodSizeWorkload Create(MethodShape shape, int size)
    {
        var (source, unguarded) = Generate(shape, size);
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), "Large.cs", Encoding.UTF8);
        return new MethodSizeWorkload(tree, references) { ExpectedUnguarded = unguarded };
    }

    /// <summary>
    /// Compiles (no analyzer: <paramref name="analyzers"/> empty) or analyzes a fresh compilation on a thread with a
    /// large stack, and returns the diagnostics.
    /// </summary>
    internal ImmutableArray<Diagnostic> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var result = ImmutableArray<Diagnostic>.Empty;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = AnalyzeOnThisThread(analyzers);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            StackSize);
        thread.Start();
        thread.Join();
        return failure == null ? result : throw new InvalidOperationException("The analysis failed.", failure);
    }

    private ImmutableArray<Diagnostic> AnalyzeOnThisThread(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        // A new compilation each time: compilations cache analyzer state.
        var compilation = CSharpCompilation.Create(
            "Large",
            new[] { tree },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false));
        if (analyzers.IsEmpty)
        {
            return compilation.GetDiagnostics();
        }

        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    private static (string Source, int Unguarded) Generate(MethodShape shape, int size)
    {
        var source = new StringBuilder(size * 48);
        source.Append("""
            using System;
            using System.IO;

            [AttributeUsage(AttributeTargets.All)] sealed class FaceCaptureAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.All)] sealed class ConsentCheckAttribute : Attribute { }

            sealed class Camera { [FaceCapture] public int Capture(Stream image) => (int)image.Length; }
            sealed class Consent { [ConsentCheck] public bool IsGranted(string subject) => subject.Length > 0; }

            sealed class Large
            {
                int Run(Camera camera, Consent consent, Stream image, int[] values, string subject)
                {
                    var total = 0;
                    var granted = consent.IsGranted(subject);

            """);
        var unguarded = 0;
        var half = size / 2;
        for (var i = 0; i < size; i++)
        {
            string statement;
            if (i == half)
            {
                statement = shape == MethodShape.LoopsAndConditions ? "if (!granted || values.Length == 0) return total;" : "if (!granted) return total;";
            }
            else if (i % CaptureEvery == CaptureEvery - 1)
            {
                statement = "total += camera.Capture(image);";
                if (i < half)
                {
                    unguarded++;
                }
            }
            else if (shape == MethodShape.LoopsAndConditions && i % 10 is 3 or 5 or 7 && i - 1 != half)
            {
                // Odd statements only: the even ones declare the locals the odd ones read.
                statement = (i % 10) switch
                {
                    3 => $"for (var k{i} = 0; k{i} < 3 && values[k{i}] != {i}; k{i}++) total += values[k{i}];",
                    5 => $"while (total > {i} && values[0] == 1) total--;",
                    _ => $"if (total > {i} && values[1] != 0 || values[2] == {i}) total--;",
                };
            }
            else
            {
                // An odd statement reads the local the even one before it declared (the guard at the half declares none).
                statement = i % 2 == 0 ? $"var v{i} = values[{i % 7}] + {i};" : i - 1 == half ? "total++;" : $"total += v{i - 1};";
            }

            if (shape == MethodShape.NestedIfs && i != half)
            {
                // The guard at the half stays at its nesting level: it ends the method on the false outcome.
                source.Append("if (values[").Append(i % 5).Append("] != ").Append(i).Append(") { ").Append(statement).Append('\n');
            }
            else
            {
                source.Append(statement).Append('\n');
            }
        }

        if (shape == MethodShape.NestedIfs)
        {
            source.Append(new string('}', size - 1)).Append('\n');
        }

        source.Append("        return total;\n    }\n}\n");
        return (source.ToString(), unguarded);
    }
}
