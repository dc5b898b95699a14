using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>Builds an <see cref="SdkVersion"/>'s stub assemblies and compiles its consumer against them.</summary>
internal static class SdkVersionCompilation
{
    private static readonly ConcurrentDictionary<string, ImmutableArray<MetadataReference>> Built = new ConcurrentDictionary<string, ImmutableArray<MetadataReference>>();

    private static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>The stub assemblies of <paramref name="version"/>, emitted in order, each referencing the ones before it.</summary>
    internal static ImmutableArray<MetadataReference> StubReferences(SdkVersion version) => Built.GetOrAdd(version.Key, _ =>
    {
        var built = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var (assembly, source) in version.Stubs)
        {
            var compilation = CSharpCompilation.Create(
                assembly,
                new[] { CSharpSyntaxTree.ParseText(source, path: assembly + ".cs") },
                SdkCatalogCompilation.FrameworkReferences.AddRange(built),
                Options);
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                throw new InvalidOperationException(
                    $"{version.Key}: stub {assembly} does not compile:{Environment.NewLine}"
                    + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            built.Add(MetadataReference.CreateFromImage(image.ToArray()));
        }

        return built.ToImmutable();
    });

    /// <summary>The consumer compiled against the stub assemblies.</summary>
    internal static CSharpCompilation Consumer(SdkVersion version) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(version.Consumer, path: "Consumer.cs") },
            SdkCatalogCompilation.FrameworkReferences.AddRange(StubReferences(version)),
            Options);

    /// <summary>Character offsets just after each <see cref="SdkVersion.Marker"/>: where BIO1001 must start.</summary>
    internal static IEnumerable<int> MarkedCalls(string consumer)
    {
        for (var at = consumer.IndexOf(SdkVersion.Marker, StringComparison.Ordinal); at >= 0; at = consumer.IndexOf(SdkVersion.Marker, at + 1, StringComparison.Ordinal))
        {
            yield return at + SdkVersion.Marker.Length;
        }
    }

    /// <summary>
    /// Public methods that the stub assemblies declare, other than constructors, accessors, operators, Dispose and
    /// overrides of object's members, and delegate types' members: the calls a consumer can make.
    /// </summary>
    internal static IEnumerable<IMethodSymbol> DeclaredMethods(Compilation compilation, SdkVersion version)
    {
        var stubs = StubReferences(version);
        foreach (var reference in stubs)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly)
            {
                continue;
            }

            // A delegate type's BeginInvoke/EndInvoke are compiler-made, not SDK members a consumer calls.
            foreach (var type in Types(assembly.GlobalNamespace).Where(type => type.DeclaredAccessibility == Accessibility.Public && type.TypeKind != TypeKind.Delegate))
            {
                foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
                {
                    if (method.DeclaredAccessibility == Accessibility.Public
                        && method.MethodKind == MethodKind.Ordinary
                        && method.Name != "Dispose"
                        && !(method.IsOverride && method.Name is "ToString" or "Equals" or "GetHashCode"))
                    {
                        yield return method;
                    }
                }
            }
        }
    }

    /// <summary>The methods that the consumer's invocations bind to (reduced extensions and generics unwrapped).</summary>
    internal static ISet<ISymbol> CalledMethods(Compilation compilation)
    {
        var called = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method)
                {
                    called.Add((method.ReducedFrom ?? method).OriginalDefinition);
                }
            }
        }

        return called;
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                foreach (var type in Types(inner))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
            }
        }
    }
}
