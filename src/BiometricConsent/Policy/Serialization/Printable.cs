using System.Text;

namespace BiometricConsent.Policy.Serialization;

/// <summary>
/// Makes text from a document safe to print on one line: error messages echo field names and values, and a
/// raw line break, escape sequence or bidirectional override in them could forge or hide lines of output.
/// </summary>
internal static class Printable
{
    /// <summary>How many characters of a name or value a message echoes; longer ones are cut with "...".</summary>
    public const int EchoLength = 40;

    /// <summary>Whether the character at <paramref name="index"/> of <paramref name="text"/> must be escaped.</summary>
    public static bool NeedsEscape(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        // C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional embeddings,
        // overrides and isolates (which reorder what a terminal shows).
        return c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' ||
            (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /// <summary>The first character of <paramref name="text"/> that <see cref="NeedsEscape"/>, or -1.</summary>
    public static int IndexOfUnprintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="text"/> with every character that <see cref="NeedsEscape"/> written as a JSON escape
    /// (<c>\n</c>, <c>\t</c>, <c>\u001b</c>, a lone surrogate as <c>\ud800</c>); unchanged when there is none.
    /// </summary>
    public static string Escape(string text)
    {
        var first = IndexOfUnprintable(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text, 0, first, text.Length + 16);
        for (var i = first; i < text.Length; i++)
        {
            if (NeedsEscape(text, i))
            {
                escaped.Append(EscapeOf(text[i]));
            }
            else
            {
                escaped.Append(text[i]);
            }
        }

        return escaped.ToString();
    }

    /// <summary>The JSON escape of one character: <c>\n</c>, <c>\r</c>, <c>\t</c>, or <c>\uXXXX</c>.</summary>
    public static string EscapeOf(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary><paramref name="text"/> cut to <see cref="EchoLength"/> characters (with "..."), for echoing in a message.</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= EchoLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[EchoLength - 4]) ? EchoLength - 4 : EchoLength - 3;
        return text.Substring(0, cut) + "...";
    }

    /// <summary>
    /// The JSON path of the field <paramref name="name"/> of the object at <paramref name="parent"/>:
    /// <c>$.consent.separate</c>, or <c>$['odd name']</c> (RFC 9535) when the name is not a plain word (then a long one is cut).
    /// </summary>
    public static string Child(string parent, string name)
    {
        var plain = name.Length > 0 && name.Length <= EchoLength;
        foreach (var c in name)
        {
            plain &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '-';
        }

        return plain ? parent + "." + name : parent + "['" + Shorten(name).Replace("\\", "\\\\").Replace("'", "\\'") + "']";
    }
}
