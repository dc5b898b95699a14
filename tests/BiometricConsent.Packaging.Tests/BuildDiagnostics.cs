using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace BiometricConsent.Packaging.Tests;

/// <summary>A diagnostic as MSBuild prints it: <c>path(line,column): warning ID: message [project]</c>.</summary>
internal sealed record BuildDiagnostic(string FileName, int Line, int Column, string Severity, string Id, string Message)
{
    private static readonly Regex Pattern = new(
        @"^(?<path>[^\s(][^(]*)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]+\])?$",
        RegexOptions.CultureInvariant);

    /// <summary>The distinct diagnostics with <paramref name="id"/> in a build's output (MSBuild repeats them in its summary).</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output, string id) =>
        output.Split('\n')
            .Select(line => Pattern.Match(line.Trim()))
            .Where(m => m.Success && m.Groups["id"].Value == id)
            .Select(m => new BuildDiagnostic(
                Path.GetFileName(m.Groups["path"].Value),
                int.Parse(m.Groups["line"].Value),
                int.Parse(m.Groups["column"].Value),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value))
            .Distinct()
            .OrderBy(d => d.FileName, System.StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
}
