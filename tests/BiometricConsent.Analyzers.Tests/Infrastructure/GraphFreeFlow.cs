using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Flow;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the analyzer with and without the graph-free flow walk (<c>Flow/StructuredFlow.cs</c>) and tells which
/// methods that walk handles, so tests can show that it is used and agrees with the control-flow graph.
/// </summary>
internal static class GraphFreeFlow
{
    /// <summary>The BIO diagnostics of <paramref name="compilation"/>, with the graph-free walk on or off, sorted by place.</summary>
    internal static async Task<IReadOnlyList<string>> DiagnosticsAsync(Compilation compilation, bool graphFreeFlow)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (e, _, _) => { lock (exceptions) { exceptions.Add(e); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new BiometricConsentAnalyzer(graphFreeFlow));
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        if (exceptions.Count > 0)
        {
            throw new InvalidOperationException("The analyzer threw.", exceptions[0]);
        }

        return diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition} {d.GetMessage()}")
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The names of the methods of <paramref name="compilation"/>'s first tree whose bodies the graph-free walk analyzes (no graph needed).</summary>
    internal static IReadOnlyList<string> HandledMethods(Compilation compilation)
    {
        var symbols = ConsentSymbols.TryCreate(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None)
            ?? throw new InvalidOperationException("The compilation declares no consent attribute.");
        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        var handled = new List<string>();
        foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            var context = new FlowContext(symbols, new Dictionary<SyntaxNode, CapturePoint>(), ImmutableArray<TextSpan>.Empty, CancellationToken.None);
            if (model.GetOperation(method) is IMethodBodyOperation body && StructuredFlow.TryAnalyze(body, context) != null)
            {
                handled.Add(method.Identifier.Text);
            }
        }

        return handled;
    }

    /// <summary>Whether the graph-free walk analyzes method <paramref name="methodName"/> of <paramref name="source"/> (compiled with the prelude).</summary>
    internal static bool Handles(string source, string methodName)
        => HandledMethods(Compile(source)).Contains(methodName);

    /// <summary><paramref name="source"/> and the prelude, compiled against .NET 8; throws on a compile error.</summary>
    internal static Compilation Compile(string source)
    {
        var compilation = AnalyzerRunner.Compile(new[] { AnalyzerRunner.Parse(source, "Test.cs"), AnalyzerRunner.Parse(Prelude.WithLocalAttributes, "Prelude.cs") });
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return errors.Count == 0 ? compilation : throw new InvalidOperationException("The test code does not compile: " + errors[0]);
    }
}
