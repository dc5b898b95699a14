using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.ActivityTies;

/// <summary>What the tie checks need to know of one activity file: its ID, whether it declares consent as its basis, and where.</summary>
internal sealed class DescribedActivity
{
    internal DescribedActivity(string id, string path, bool consentBasis, Location idLocation, Location basisLocation)
    {
        Id = id;
        Path = path;
        ConsentBasis = consentBasis;
        IdLocation = idLocation;
        BasisLocation = basisLocation;
    }

    /// <summary>The activity's <c>id</c>.</summary>
    internal string Id { get; }

    /// <summary>The activity file's path as the build gave it.</summary>
    internal string Path { get; }

    /// <summary>Whether the file declares consent as the basis of the processing (<c>legalBasis: "Consent"</c> or <c>consent.obtained: true</c>).</summary>
    internal bool ConsentBasis { get; }

    /// <summary>The <c>id</c> value in the file (BIO2006 is reported there).</summary>
    internal Location IdLocation { get; }

    /// <summary>The fact that declares the consent basis, or the <c>id</c> when there is none (BIO2004 points there as well).</summary>
    internal Location BasisLocation { get; }
}
