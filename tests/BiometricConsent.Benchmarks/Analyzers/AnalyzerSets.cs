using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Benchmarks.Analyzers;

/// <summary>The analyzers under comparison, found by reflection so the benchmark does not depend on their type names.</summary>
internal static class AnalyzerSets
{
    /// <summary>The folder the benchmark project copies BannedApiAnalyzers' C# analyzer assemblies into.</summary>
    internal const string BannedApiFolder = "BannedApiAnalyzers";

    /// <summary>Every concrete analyzer of BiometricConsent.Analyzers.</summary>
    internal static ImmutableArray<DiagnosticAnalyzer> BiometricConsent() =>
        Instantiate(typeof(global::BiometricConsent.Analyzers.DiagnosticIds).Assembly);

    /// <summary>Microsoft.CodeAnalysis.BannedApiAnalyzers (RS0030 and friends), loaded from the copied package files.</summary>
    internal static ImmutableArray<DiagnosticAnalyzer> BannedApi()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, BannedApiFolder);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.dll") : Array.Empty<string>();
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"BannedApiAnalyzers assemblies are missing from '{folder}'; the benchmark project copies them there at build time.");
        }

        // Load the shared assembly first so the C# one binds to it.
        return files.OrderBy(file => file.Contains(".CSharp.", StringComparison.Ordinal))
            .Select(Assembly.LoadFrom)
            .ToList()
            .SelectMany(assembly => Instantiate(assembly))
            .ToImmutableArray();
    }

    private static ImmutableArray<DiagnosticAnalyzer> Instantiate(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            // BannedApiAnalyzers also ships code fixes that need Roslyn's Workspaces layer, which is not loaded here.
            types = partial.Types.Where(type => type is not null).ToArray()!;
        }

        return types
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Where(type => type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(attribute => attribute.Languages.Contains("C#")))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
    }
}
