using System;
using System.Collections.Generic;

namespace BiometricConsent.Analyzers.ActivityTies;

/// <summary>"Did you mean" for activity IDs. STAND-IN: case-insensitive matches only, until the reader's Spelling is compiled in.</summary>
internal static class ActivitySpelling
{
    internal static string DidYouMean(string given, IEnumerable<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, given, StringComparison.OrdinalIgnoreCase))
            {
                return $"; did you mean '{candidate}'?";
            }
        }

        return "";
    }
}
