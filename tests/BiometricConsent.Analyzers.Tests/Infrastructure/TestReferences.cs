using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests.Infrastructure;

/// <summary>Reference assemblies and extra references the tests compile against.</summary>
internal static class TestReferences
{
    /// <summary>.NET 8 reference assemblies.</summary>
    internal static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

    /// <summary>The runtime library with the real attributes (namespace <c>BiometricConsent</c>).</summary>
    internal static MetadataReference RuntimeLibrary { get; } =
        MetadataReference.CreateFromFile(typeof(global::BiometricConsent.FaceCaptureAttribute).Assembly.Location);

    /// <summary>Baidu AI's SDK (a built-in catalog entry).</summary>
    internal static MetadataReference BaiduAi { get; } =
        MetadataReference.CreateFromFile(typeof(global::Baidu.Aip.Face.Face).Assembly.Location);

    internal static string AssemblyDirectory(System.Type type) => Path.GetDirectoryName(type.Assembly.Location)!;
}
