using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using BiometricConsent.Analyzers.Activities;
using BiometricConsent.Analyzers.Policy.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.ActivityTies;

/// <summary>
/// The activities the compilation's activity files describe, by ID, as the activity loader reads them (the same
/// reader, and cache, as BIO2001-BIO2003). A file whose ID cannot be told is left out: BIO2003 reports it, and no
/// code can be tied to it.
/// </summary>
internal sealed class ActivityDescriptions
{
    private readonly Dictionary<string, ActivityDocument> byId;

    private ActivityDescriptions(ImmutableArray<ActivityDocument> documents)
    {
        var all = ImmutableArray.CreateBuilder<ActivityDocument>();
        byId = new Dictionary<string, ActivityDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.ActivityId is not { } id)
            {
                continue;
            }

            all.Add(document);

            // Two files with one ID: code tied to it is held to the first by path (the loader's order).
            if (!byId.ContainsKey(id))
            {
                byId.Add(id, document);
            }
        }

        All = all.ToImmutable();
    }

    /// <summary>Every activity file with an ID, ordered by path.</summary>
    internal ImmutableArray<ActivityDocument> All { get; }

    /// <summary>Reads the activity files of a compilation.</summary>
    internal static ActivityDescriptions Load(ActivityFileLoader loader, AnalyzerOptions options, CancellationToken cancellationToken)
        => new ActivityDescriptions(loader.Load(options, cancellationToken));

    /// <summary>The activity file with the given ID, or <see langword="null"/>.</summary>
    internal ActivityDocument? Find(string id) => byId.TryGetValue(id, out var document) ? document : null;

    /// <summary>"; did you mean 'x'?" when a described ID is close to <paramref name="id"/> (the reader's spelling hints), else "".</summary>
    internal string DidYouMean(string id) => Spelling.DidYouMean(id, byId.Keys);

    /// <summary>
    /// Where a file declares the consent BIO2004 holds code to: its <c>consent.obtained</c>, else its <c>legalBasis</c>,
    /// else its <c>id</c>.
    /// </summary>
    internal static Location ConsentLocation(ActivityDocument document)
        => document.Locate("$.consent.obtained") ?? document.Locate("$.legalBasis") ?? document.IdLocation;
}
