using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Tests.Infrastructure;

/// <summary>Analyzer config options held in memory: global keys, and keys of one additional file by path (an .editorconfig section).</summary>
internal sealed class TestConfigOptions : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Empty = new DictionaryOptions(new Dictionary<string, string>());
    private readonly Dictionary<string, DictionaryOptions> perFile = new Dictionary<string, DictionaryOptions>();

    internal TestConfigOptions(Dictionary<string, string>? global = null)
        => GlobalOptions = new DictionaryOptions(global ?? new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>Gives the additional file at <paramref name="path"/> these keys (chainable).</summary>
    internal TestConfigOptions ForFile(string path, Dictionary<string, string> values)
    {
        perFile[path] = new DictionaryOptions(values);
        return this;
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => perFile.TryGetValue(textFile.Path, out var options) ? options : Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        internal DictionaryOptions(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
