using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Analyzers.Symbols;

/// <summary>
/// What the text of one syntax tree says to the pre-filter (<see cref="CandidateSyntax"/>) before any syntax node is
/// visited: whether one of its identifiers may be one of a set of names (<see cref="MayName"/>), and whether it
/// mentions one of some texts anywhere (<see cref="ContainsAny"/>, for the marker attributes).
/// One pass over the characters, no allocation per identifier: most files of a large code base name no member with a
/// role, and for them this scan is the analyzer's whole cost.
/// </summary>
internal sealed class TreeTextScan
{
    // Whether an ASCII character can be part of an identifier: the scan's hot path, without a call per character.
    private static readonly bool[] AsciiIdentifierPart = CreateAsciiIdentifierPart();

    [ThreadStatic]
    private static char[]? buffer;

    private readonly Dictionary<int, string[]> namesByHash = new Dictionary<int, string[]>();

    // Bit n set: some name has n characters (bit 63: 63 or more).
    private readonly ulong nameLengths;

    internal TreeTextScan(IEnumerable<string> names)
    {
        var buckets = new Dictionary<int, List<string>>();
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                continue;
            }

            nameLengths |= LengthBit(name.Length);
            var hash = 0;
            foreach (var c in name)
            {
                hash = Step(hash, c);
            }

            if (!buckets.TryGetValue(hash, out var bucket))
            {
                buckets[hash] = bucket = new List<string>();
            }

            bucket.Add(name);
        }

        foreach (var pair in buckets)
        {
            namesByHash[pair.Key] = pair.Value.ToArray();
        }
    }

    /// <summary>
    /// Whether an identifier of <paramref name="text"/> may have one of the names as its value: it is one (also written
    /// <c>@Name</c>), or it is written with a Unicode escape or a formatting character, whose value the scan does not
    /// compute. Names in comments and strings count too.
    /// </summary>
    internal bool MayName(SourceText text)
    {
        var (chars, length) = Copy(text);
        return namesByHash.Count > 0 && MayNameOne(chars, length);
    }

    /// <summary>Whether <paramref name="text"/> contains one of <paramref name="texts"/> anywhere (code, comment or string).</summary>
    internal static bool ContainsAny(SourceText text, string[] texts)
    {
        var (chars, length) = Copy(text);

        // One pass: at each character, only the texts that start with it are compared.
        for (var i = 0; i < length; i++)
        {
            var c = chars[i];
            foreach (var candidate in texts)
            {
                if (candidate[0] == c && i + candidate.Length <= length && Equals(chars, i, candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static (char[] Chars, int Length) Copy(SourceText text)
    {
        var length = text.Length;
        var chars = buffer;
        if (chars == null || chars.Length < length)
        {
            chars = buffer = new char[Math.Max(length, 4096)];
        }

        text.CopyTo(0, chars, 0, length);
        return (chars, length);
    }

    private bool MayNameOne(char[] chars, int length)
    {
        var i = 0;
        while (i < length)
        {
            var c = chars[i];
            if (c == '\\' && i + 1 < length && (chars[i + 1] == 'u' || chars[i + 1] == 'U'))
            {
                // A Unicode escape may spell a name inside an identifier (\u0044etect is Detect).
                return true;
            }

            if (!IsIdentifierPart(c))
            {
                i++;
                continue;
            }

            var start = i;
            var hash = 0;
            var formatting = false;
            for (; i < length && IsIdentifierPart(chars[i]); i++)
            {
                hash = Step(hash, chars[i]);
                formatting |= chars[i] > 0x7F && CharUnicodeInfo.GetUnicodeCategory(chars[i]) == UnicodeCategory.Format;
            }

            if (formatting || ((nameLengths & LengthBit(i - start)) != 0 && IsName(chars, start, i - start, hash)))
            {
                // Formatting characters do not count in an identifier's value, so the run may still be a name.
                return true;
            }
        }

        return false;
    }

    private bool IsName(char[] chars, int start, int count, int hash)
    {
        if (!namesByHash.TryGetValue(hash, out var candidates))
        {
            return false;
        }

        foreach (var name in candidates)
        {
            if (name.Length == count && Equals(chars, start, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentifierPart(char c) => c < 128 ? AsciiIdentifierPart[c] : SyntaxFacts.IsIdentifierPartCharacter(c);

    private static bool[] CreateAsciiIdentifierPart()
    {
        var table = new bool[128];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = SyntaxFacts.IsIdentifierPartCharacter((char)c);
        }

        return table;
    }

    private static bool Equals(char[] chars, int start, string value)
    {
        for (var j = 0; j < value.Length; j++)
        {
            if (chars[start + j] != value[j])
            {
                return false;
            }
        }

        return true;
    }

    private static int Step(int hash, char c) => unchecked((hash * 31) + c);

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
}
