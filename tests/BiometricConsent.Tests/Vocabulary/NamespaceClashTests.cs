using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using BiometricConsent.Consent;
using BiometricConsent.Tests.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BiometricConsent.Tests.Vocabulary;

/// <summary>
/// A file may import every public namespace of the package without a name becoming ambiguous (CS0104): the consent
/// gate and the rules share one <see cref="Purpose"/>, <see cref="Modality"/> and <see cref="RecognitionFunction"/>,
/// and no namespace added later may bring a second type of the same name.
/// </summary>
public sealed class NamespaceClashTests
{
    private static readonly Type[] PublicTypes = typeof(ConsentGate).Assembly.GetExportedTypes()
        .Where(t => !t.IsNested)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    private static readonly string[] PublicNamespaces = PublicTypes
        .Select(t => t.Namespace!)
        .Distinct()
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The test's own runtime and dependencies: the library, NodaTime and the BCL.</summary>
    private static readonly Lazy<MetadataReference[]> References = new Lazy<MetadataReference[]>(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.Length > 0)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    [Fact]
    public void The_consumer_file_imports_every_public_namespace()
    {
        var source = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "tests", "BiometricConsent.Tests", "Vocabulary", "ConsumerFileTests.cs"));
        var imported = Regex.Matches(source, @"^using ([\w.]+);", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("BiometricConsent.Policy.Model", PublicNamespaces);
        var missing = PublicNamespaces.Where(n => !imported.Contains(n)).ToArray();
        Assert.True(missing.Length == 0, "ConsumerFileTests.cs does not import: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_public_type_is_unambiguous_when_every_public_namespace_is_imported()
    {
        Assert.Empty(Errors(Probe(PublicNamespaces)));
    }

    [Fact]
    public void The_probe_reports_a_namespace_that_brings_a_second_type_of_a_name()
    {
        // The probe itself must fail on a clash: here a namespace of the consumer's own reintroduces Purpose.
        const string clash = "namespace Elsewhere { public enum Purpose { AccessControl = 1 } }";

        var errors = Errors(Probe(PublicNamespaces.Append("Elsewhere")), clash);

        var error = Assert.Single(errors);
        Assert.Equal("CS0104", error.Id);
        Assert.Contains("'Purpose'", error.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A compilation unit in the global namespace (so that nothing is found by namespace nesting) importing the
    /// given namespaces, System and NodaTime, and naming every public type of the assembly by its simple name.
    /// </summary>
    private static string Probe(IEnumerable<string> namespaces)
    {
        var source = new StringBuilder();
        foreach (var name in new[] { "System", "NodaTime" }.Concat(namespaces))
        {
            source.Append("using ").Append(name).AppendLine(";");
        }

        source.AppendLine("public static class Probe").AppendLine("{").AppendLine("    public static readonly Type[] Types =").AppendLine("    {");
        foreach (var type in PublicTypes)
        {
            var name = type.Name;
            var tick = name.IndexOf('`');
            var simple = tick < 0 ? name : name.Substring(0, tick) + "<" + new string(',', type.GetGenericArguments().Length - 1) + ">";
            source.Append("        typeof(").Append(simple).AppendLine("),");
        }

        source.AppendLine("    };").AppendLine("}");
        return source.ToString();
    }

    private static IEnumerable<Diagnostic> Errors(params string[] sources)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
    }
}
