using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using BiometricConsent.Analyzers.SdkCatalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

/// <summary>Compilations against the running framework plus chosen SDK assemblies, and catalog look-ups on them.</summary>
internal static class SdkCatalogCompilation
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new Lazy<ImmutableArray<MetadataReference>>(() =>
    {
        // The trusted platform assemblies also list this test's own dependencies; keep the framework only.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    /// <summary>The running framework's assemblies, as compilation references.</summary>
    internal static ImmutableArray<MetadataReference> FrameworkReferences => Framework.Value;

    /// <summary>The real OpenCvSharp4 assembly this project references.</summary>
    internal static Assembly OpenCvSharp => typeof(global::OpenCvSharp.CascadeClassifier).Assembly;

    /// <summary>The real Baidu.AI assembly (AipSdk.dll) and Newtonsoft.Json, which its signatures use.</summary>
    internal static Assembly[] Baidu => new[] { typeof(global::Baidu.Aip.Face.Face).Assembly, typeof(Newtonsoft.Json.Linq.JArray).Assembly };

    internal static CSharpCompilation Create(IEnumerable<string> sources, IEnumerable<Assembly> sdkAssemblies) =>
        CSharpCompilation.Create(
            "CatalogTest",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, path: $"File{index}.cs")),
            Framework.Value.AddRange(sdkAssemblies.Select(assembly => MetadataReference.CreateFromFile(assembly.Location))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    internal static CSharpCompilation Create(string source, params Assembly[] sdkAssemblies) => Create(new[] { source }, sdkAssemblies);

    /// <summary>Compile errors, formatted for an assertion message.</summary>
    internal static string[] Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();

    /// <summary>The public methods and properties an entry names in <paramref name="compilation"/>.</summary>
    internal static ImmutableArray<ISymbol> Resolve(Compilation compilation, SdkCatalogEntry entry)
    {
        var type = compilation.GetTypeByMetadataName(entry.TypeMetadataName);
        if (type is null)
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        var members = entry.MemberName is null ? type.GetMembers() : type.GetMembers(entry.MemberName);
        return members.Where(IsPublicMethodOrProperty).ToImmutableArray();
    }

    internal static bool IsPublicMethodOrProperty(ISymbol member) =>
        member.DeclaredAccessibility == Accessibility.Public
        && member is IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol;

    /// <summary>Whether a catalog entry names <paramref name="member"/>'s containing type and its name.</summary>
    internal static bool IsCovered(ISymbol member)
    {
        var typeName = MetadataName(member.ContainingType);
        return BuiltInSdkCatalog.Entries.Any(entry =>
            entry.TypeMetadataName == typeName && (entry.MemberName is null || entry.MemberName == member.Name));
    }

    /// <summary>Asserts that the type has a member of that name (so the test cannot pass on a typo) and no entry covers it.</summary>
    internal static void AssertExistsAndIsNotCovered(Compilation compilation, string typeMetadataName, string memberName)
    {
        var type = compilation.GetTypeByMetadataName(typeMetadataName);
        Assert.NotNull(type);
        var members = type.GetMembers(memberName);

        Assert.NotEmpty(members);
        Assert.All(members, member => Assert.False(IsCovered(member), member.ToDisplayString()));
    }

    /// <summary>The name <c>GetTypeByMetadataName</c> takes: namespace, '+' between nested types, arity suffixes.</summary>
    internal static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        var ns = type.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty, StringComparison.Ordinal);
        return type.ContainingNamespace.IsGlobalNamespace ? name : ns + "." + name;
    }

    /// <summary>Every public method and property declared by <paramref name="typeMetadataName"/> (by reflection over the compilation).</summary>
    internal static IEnumerable<ISymbol> PublicMembers(Compilation compilation, string typeMetadataName)
    {
        var type = compilation.GetTypeByMetadataName(typeMetadataName)
            ?? throw new InvalidOperationException($"Type {typeMetadataName} is missing from the compilation.");
        return type.GetMembers().Where(IsPublicMethodOrProperty);
    }

    /// <summary>The invocation operations of every call to a method named <paramref name="methodName"/>.</summary>
    internal static IReadOnlyList<IInvocationOperation> Invocations(Compilation compilation, string methodName)
    {
        var result = new List<IInvocationOperation>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var syntax in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var name = syntax.Expression switch
                {
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => null,
                };
                if (name == methodName && model.GetOperation(syntax) is IInvocationOperation invocation)
                {
                    result.Add(invocation);
                }
            }
        }

        return result;
    }
}
