using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Analyzers.ActivityTies;

/// <summary>
/// The activities the compilation's activity files describe, by ID. STAND-IN until the activity loader of the build
/// assessment lands: it finds the facts with patterns instead of the rules library's reader.
/// </summary>
internal sealed class ActivityDescriptions
{
    private static readonly Regex IdPattern = new Regex("\"id\"\\s*:\\s*(?<v>\"(?<id>[^\"]*)\")", RegexOptions.CultureInvariant);
    private static readonly Regex BasisPattern = new Regex("\"legalBasis\"\\s*:\\s*(?<v>\"Consent\")|\"obtained\"\\s*:\\s*(?<v>true)", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, DescribedActivity> byId;

    private ActivityDescriptions(ImmutableArray<DescribedActivity> all)
    {
        All = all;
        byId = new Dictionary<string, DescribedActivity>(StringComparer.Ordinal);
        foreach (var activity in all)
        {
            if (!byId.ContainsKey(activity.Id))
            {
                byId.Add(activity.Id, activity);
            }
        }
    }

    /// <summary>Every readable activity file, in the order the build lists them.</summary>
    internal ImmutableArray<DescribedActivity> All { get; }

    /// <summary>The IDs described.</summary>
    internal IEnumerable<string> Ids => byId.Keys;

    /// <summary>Reads the activity files among <paramref name="files"/>.</summary>
    internal static ActivityDescriptions Load(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var all = ImmutableArray.CreateBuilder<DescribedActivity>();
        foreach (var file in files)
        {
            if (!file.Path.EndsWith(".activity.json", StringComparison.OrdinalIgnoreCase) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            var content = text.ToString();
            var id = IdPattern.Match(content);
            if (!id.Success)
            {
                continue;
            }

            var basis = BasisPattern.Match(content);
            var idLocation = LocationOf(file.Path, text, id.Groups["v"]);
            all.Add(new DescribedActivity(id.Groups["id"].Value, file.Path, basis.Success, idLocation, basis.Success ? LocationOf(file.Path, text, basis.Groups["v"]) : idLocation));
        }

        return new ActivityDescriptions(all.ToImmutable());
    }

    /// <summary>The activity with the given ID, or <see langword="null"/>.</summary>
    internal DescribedActivity? Find(string id) => byId.TryGetValue(id, out var activity) ? activity : null;

    private static Location LocationOf(string path, SourceText text, Group group)
    {
        var span = new TextSpan(group.Index, group.Length);
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }
}
