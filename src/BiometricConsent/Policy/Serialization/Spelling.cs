using System;
using System.Collections.Generic;

namespace BiometricConsent.Policy.Serialization;

/// <summary>Finds the names a misspelt name was probably meant to be, for "did you mean" hints.</summary>
internal static class Spelling
{
    /// <summary>
    /// The candidates closest to <paramref name="given"/>: the one that differs only in case, or else those at
    /// the smallest edit distance (insertions, deletions, substitutions, swaps of neighbours; case ignored) when
    /// that distance is small for the name's length. Empty when none is close.
    /// </summary>
    public static IReadOnlyList<string> Closest(string given, IEnumerable<string> candidates)
    {
        var closest = new List<string>();
        var best = given.Length <= 3 ? 1 : given.Length <= 6 ? 2 : 3;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, given, StringComparison.OrdinalIgnoreCase))
            {
                return new[] { candidate };
            }

            var distance = Distance(given.ToLowerInvariant(), candidate.ToLowerInvariant(), best);
            if (distance < best)
            {
                closest.Clear();
                best = distance;
            }

            if (distance == best)
            {
                closest.Add(candidate);
            }
        }

        return closest;
    }

    /// <summary>"; did you mean 'x'?" or "; did you mean 'x' or 'y'?", or "" when nothing is close.</summary>
    public static string DidYouMean(string given, IEnumerable<string> candidates)
    {
        var closest = Closest(given, candidates);
        if (closest.Count == 0)
        {
            return "";
        }

        var quoted = new List<string>();
        foreach (var name in closest)
        {
            quoted.Add($"'{name}'");
        }

        return "; did you mean " + string.Join(" or ", quoted) + "?";
    }

    /// <summary>The optimal-string-alignment distance, or <paramref name="limit"/> + 1 once it is certain to exceed it.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, previous2[j - 2] + 1);
                }

                current[j] = d;
                rowMinimum = Math.Min(rowMinimum, d);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
