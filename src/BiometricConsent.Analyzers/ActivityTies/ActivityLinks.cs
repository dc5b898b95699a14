using System.Threading;
using BiometricConsent.Analyzers.Activities;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.ActivityTies;

/// <summary>
/// The link between a compilation's code and its activity files, resolved once at compilation start: which activity
/// code is tied to (<see cref="ActivityTieResolver"/>) and what the activity files describe (<see cref="ActivityDescriptions"/>).
/// </summary>
internal sealed class ActivityLinks
{
    private ActivityLinks(ActivityTieResolver ties, ActivityDescriptions descriptions, bool declaresAttribute)
    {
        Ties = ties;
        Descriptions = descriptions;
        DeclaresAttribute = declaresAttribute;
    }

    /// <summary>Which activity code is tied to.</summary>
    internal ActivityTieResolver Ties { get; }

    /// <summary>The activities the compilation's activity files describe.</summary>
    internal ActivityDescriptions Descriptions { get; }

    /// <summary>
    /// Whether a <c>BiometricActivityAttribute</c> exists in the compilation or a reference: without one no code can be
    /// tied, and an activity file that nothing is tied to is not news (BIO2006 stays quiet).
    /// </summary>
    internal bool DeclaresAttribute { get; }

    /// <summary>The links of a compilation, or <see langword="null"/> when it has neither the attribute nor an activity file.</summary>
    internal static ActivityLinks? TryCreate(Compilation compilation, AnalyzerOptions options, ActivityFileLoader loader, CancellationToken cancellationToken)
    {
        var declaresAttribute = ConsentSymbols.DeclaresAnyOf(compilation, new[] { AttributeNames.BiometricActivity });
        var descriptions = ActivityDescriptions.Load(loader, options, cancellationToken);
        return declaresAttribute || !descriptions.All.IsEmpty
            ? new ActivityLinks(new ActivityTieResolver(compilation), descriptions, declaresAttribute)
            : null;
    }

    /// <summary>
    /// The tie of code in <paramref name="member"/> when the activity it names is described and declares consent as its
    /// basis (BIO2004 applies), else <see langword="null"/>.
    /// </summary>
    internal (ActivityTie Tie, ActivityDocument Activity)? ConsentBasedActivityOf(ISymbol member)
        => Ties.Resolve(member) is { } tie && Descriptions.Find(tie.ActivityId) is { DeclaresConsent: true } activity
            ? (tie, activity)
            : null;
}
