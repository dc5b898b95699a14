using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using BiometricConsent.Analyzers.SdkCatalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Analyzers.ApiList;

/// <summary>
/// The merged, resolved content of every <c>BiometricApis.txt</c> of a compilation (docs/sdk-catalog.md, "Adding APIs:
/// BiometricApis.txt"), with a BIO1008 diagnostic for each line that does not parse, resolves to nothing, or
/// repeats an entry.
/// </summary>
internal sealed class ApiListSet
{
    /// <summary>The file name that makes an <c>AdditionalFiles</c> item an API list.</summary>
    internal const string FileName = "BiometricApis.txt";

    internal static readonly ApiListSet Empty = new ApiListSet(
        hasFiles: false,
        ImmutableHashSet<ISymbol>.Empty,
        ImmutableHashSet<ISymbol>.Empty,
        ImmutableHashSet<ISymbol>.Empty,
        ImmutableDictionary<string, ImmutableArray<Diagnostic>>.Empty);

    private readonly ImmutableDictionary<string, ImmutableArray<Diagnostic>> diagnosticsByPath;

    private ApiListSet(
        bool hasFiles,
        ImmutableHashSet<ISymbol> captureMembers,
        ImmutableHashSet<ISymbol> checkMembers,
        ImmutableHashSet<ISymbol> captureTypes,
        ImmutableDictionary<string, ImmutableArray<Diagnostic>> diagnosticsByPath)
    {
        HasFiles = hasFiles;
        CaptureMembers = captureMembers;
        CheckMembers = checkMembers;
        CaptureTypes = captureTypes;
        this.diagnosticsByPath = diagnosticsByPath;
    }

    /// <summary>Whether the compilation has at least one API list file.</summary>
    internal bool HasFiles { get; }

    /// <summary>Methods and properties listed with <c>capture</c> (original definitions).</summary>
    internal ImmutableHashSet<ISymbol> CaptureMembers { get; }

    /// <summary>Methods listed with <c>check</c> (original definitions).</summary>
    internal ImmutableHashSet<ISymbol> CheckMembers { get; }

    /// <summary>Types listed with <c>capture T:</c>: all their public methods and properties capture.</summary>
    internal ImmutableHashSet<ISymbol> CaptureTypes { get; }

    /// <summary>Whether <paramref name="file"/> is an API list by its file name.</summary>
    internal static bool IsApiListFile(AdditionalText file)
        => string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The BIO1008 diagnostics located in <paramref name="file"/>.</summary>
    internal ImmutableArray<Diagnostic> DiagnosticsFor(AdditionalText file)
        => diagnosticsByPath.TryGetValue(file.Path, out var diagnostics) ? diagnostics : ImmutableArray<Diagnostic>.Empty;

    /// <summary>Reads, merges and resolves every API list among <paramref name="additionalFiles"/>, in path order.</summary>
    internal static ApiListSet Load(ImmutableArray<AdditionalText> additionalFiles, Compilation compilation, CancellationToken cancellationToken)
    {
        var hasFiles = false;
        var captureMembers = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        var checkMembers = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        var captureTypes = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        var diagnostics = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Diagnostic>>();
        var seen = new Dictionary<string, (ApiRole Role, string Path, int Line)>(StringComparer.Ordinal);

        // Hosts do not promise an order of additional files; ordering by path keeps "earlier entry" stable.
        var files = new List<AdditionalText>();
        foreach (var file in additionalFiles)
        {
            if (IsApiListFile(file))
            {
                files.Add(file);
            }
        }

        files.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        foreach (var file in files)
        {
            hasFiles = true;
            var text = file.GetText(cancellationToken);
            if (text == null)
            {
                continue;
            }

            var fileDiagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var textLine in text.Lines)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = ApiListLine.Parse(text.ToString(textLine.Span));
                string? problem = null;
                switch (line.Kind)
                {
                    case ApiListLineKind.Blank:
                        continue;
                    case ApiListLineKind.Malformed:
                        problem = line.Error;
                        break;
                    default:
                        if (seen.TryGetValue(line.DocumentationId, out var earlier))
                        {
                            problem = earlier.Role == line.Role
                                ? $"'{ApiListLine.Shorten(line.DocumentationId)}' repeats the entry on line {earlier.Line} of {earlier.Path}"
                                : $"'{ApiListLine.Shorten(line.DocumentationId)}' is already listed as '{RoleWord(earlier.Role)}' on line {earlier.Line} of {earlier.Path}";
                            break;
                        }

                        var lineNumber = textLine.LineNumber + 1;
                        var resolved = Resolve(line.DocumentationId, compilation);
                        if (resolved.IsEmpty)
                        {
                            problem = $"'{ApiListLine.Shorten(line.DocumentationId)}' names no {KindWord(line.DocumentationId)} of the compilation";
                            break;
                        }

                        seen.Add(line.DocumentationId, (line.Role, file.Path, lineNumber));
                        foreach (var symbol in resolved)
                        {
                            var target = line.Role == ApiRole.Check ? checkMembers : symbol is INamedTypeSymbol ? captureTypes : captureMembers;
                            target.Add(symbol.OriginalDefinition);
                        }

                        break;
                }

                if (problem != null)
                {
                    var location = Location.Create(file.Path, textLine.Span, text.Lines.GetLinePositionSpan(textLine.Span));
                    fileDiagnostics.Add(Diagnostic.Create(Descriptors.InvalidApiListEntry, location, problem));
                }
            }

            diagnostics[file.Path] = diagnostics.TryGetValue(file.Path, out var previous)
                ? previous.AddRange(fileDiagnostics)
                : fileDiagnostics.ToImmutable();
        }

        return hasFiles
            ? new ApiListSet(true, captureMembers.ToImmutable(), checkMembers.ToImmutable(), captureTypes.ToImmutable(), diagnostics.ToImmutable())
            : Empty;
    }

    /// <summary>
    /// The symbols a documentation-comment ID names. <c>M:</c> without a parameter list names every overload
    /// (Roslyn would read it as the parameterless one); <c>M:Type.Name()</c> names the parameterless overload.
    /// </summary>
    internal static ImmutableArray<ISymbol> Resolve(string documentationId, Compilation compilation)
    {
        if (documentationId.StartsWith("M:", StringComparison.Ordinal))
        {
            var open = documentationId.IndexOf('(');
            if (open < 0)
            {
                return ResolveMethodGroup(documentationId.Substring(2), parameterless: false, compilation);
            }

            if (open == documentationId.Length - 2 && documentationId[open + 1] == ')')
            {
                return ResolveMethodGroup(documentationId.Substring(2, open - 2), parameterless: true, compilation);
            }
        }

        var kind = documentationId[0];
        var result = ImmutableArray.CreateBuilder<ISymbol>();
        foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(documentationId, compilation))
        {
            // Roslyn's parser is lenient ("T:N.C`" finds N.C); a type entry must be the type's own ID, or it is a typo.
            if ((kind == 'M' && symbol is IMethodSymbol)
                || (kind == 'T' && symbol is INamedTypeSymbol && symbol.GetDocumentationCommentId() == documentationId)
                || (kind == 'P' && symbol is IPropertySymbol))
            {
                result.Add(symbol);
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<ISymbol> ResolveMethodGroup(string body, bool parameterless, Compilation compilation)
    {
        var dot = body.LastIndexOf('.');
        if (dot <= 0 || dot == body.Length - 1)
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        var name = body.Substring(dot + 1);
        var arity = -1;
        var arityMark = name.IndexOf("``", StringComparison.Ordinal);
        if (arityMark >= 0)
        {
            if (!int.TryParse(name.Substring(arityMark + 2), out arity) || arity < 0)
            {
                return ImmutableArray<ISymbol>.Empty;
            }

            name = name.Substring(0, arityMark);
        }

        name = name switch
        {
            "#ctor" => WellKnownMemberNames.InstanceConstructorName,
            "#cctor" => WellKnownMemberNames.StaticConstructorName,
            _ => name.Replace('#', '.'),
        };

        var result = ImmutableArray.CreateBuilder<ISymbol>();
        foreach (var type in DocumentationCommentId.GetSymbolsForDeclarationId("T:" + body.Substring(0, dot), compilation))
        {
            if (type is not INamedTypeSymbol namedType)
            {
                continue;
            }

            foreach (var member in namedType.GetMembers(name))
            {
                if (member is IMethodSymbol method
                    && (arity < 0 || method.Arity == arity)
                    && (!parameterless || method.Parameters.IsEmpty))
                {
                    result.Add(method);
                }
            }
        }

        return result.ToImmutable();
    }

    private static string RoleWord(ApiRole role) => role == ApiRole.Check ? "check" : "capture";

    private static string KindWord(string documentationId) => documentationId[0] switch
    {
        'T' => "type",
        'P' => "property",
        _ => "method",
    };
}
