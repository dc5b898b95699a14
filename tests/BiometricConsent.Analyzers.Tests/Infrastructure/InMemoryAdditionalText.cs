using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Analyzers.Tests.Infrastructure;

/// <summary>An <c>AdditionalFiles</c> item held in memory, for <see cref="AnalyzerRunner"/>.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? text;

    /// <param name="path">The item's path; its file name decides whether the analyzer reads it.</param>
    /// <param name="text">The content, or <see langword="null"/> for a file the host could not read.</param>
    internal InMemoryAdditionalText(string path, SourceText? text)
    {
        Path = path;
        this.text = text;
    }

    internal InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text))
    {
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
}
