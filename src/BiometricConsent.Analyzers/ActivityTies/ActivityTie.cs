using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.ActivityTies;

/// <summary>A <c>[BiometricActivity("id")]</c> that ties code to an activity: the ID and where the attribute was written.</summary>
internal sealed class ActivityTie
{
    internal ActivityTie(string activityId, AttributeData attribute)
    {
        ActivityId = activityId;
        Attribute = attribute;
    }

    /// <summary>The activity ID as written (not trimmed: a stray space is a different ID, and BIO2005 says so).</summary>
    internal string ActivityId { get; }

    /// <summary>The attribute application, for locations.</summary>
    internal AttributeData Attribute { get; }
}
