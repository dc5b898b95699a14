using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace BiometricConsent.Policy.Reporting;

/// <summary>
/// Finds where a JSON path of the form used in findings and input errors (<c>$.consent.separate</c>,
/// <c>$.purposes[1]</c>) occurs in a JSON text, so that reports can point at the line a fact is written on.
/// </summary>
public static class JsonPathLocator
{
    /// <summary>
    /// The position of the property (or array element) <paramref name="jsonPath"/> names, or of its nearest
    /// ancestor present in the text when the fact itself is absent (for <c>$.consent.separate</c> in a document
    /// without that field: the <c>consent</c> property). <c>null</c> when the text is not well-formed JSON, the
    /// path is malformed, or not even its first element is present.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="jsonPath">The path, starting with <c>$</c>.</param>
    /// <returns>The position of the property name (or element), or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TextPosition? Locate(string json, string jsonPath)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        Preconditions.CheckNotNull(jsonPath, nameof(jsonPath));

        var segments = Split(jsonPath);
        if (segments is null || segments.Count == 0)
        {
            return null;
        }

        // The reader works on UTF-8; positions are mapped back to the text's lines and UTF-16 columns.
        if (json.Length > 0 && json[0] == '\uFEFF')
        {
            json = json.Substring(1);
        }

        var utf8 = Encoding.UTF8.GetBytes(json);
        long? offset;
        try
        {
            offset = Find(utf8, segments);
        }
        catch (JsonException)
        {
            return null;
        }

        return offset is long o ? PositionOf(utf8, (int)o) : (TextPosition?)null;
    }

    /// <summary><c>$.a.b[2]</c> → <c>"a", "b", 2</c>; <c>null</c> when malformed.</summary>
    private static List<object>? Split(string path)
    {
        if (path.Length == 0 || path[0] != '$')
        {
            return null;
        }

        var segments = new List<object>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                if (end == i + 1)
                {
                    return null;
                }

                segments.Add(path.Substring(i + 1, end - i - 1));
                i = end;
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || !int.TryParse(path.Substring(i + 1, close - i - 1), out var index) || index < 0)
                {
                    return null;
                }

                segments.Add(index);
                i = close + 1;
            }
            else
            {
                return null;
            }
        }

        return segments;
    }

    /// <summary>The byte offset of the deepest segment found, or <c>null</c> when not even the first is.</summary>
    private static long? Find(byte[] utf8, List<object> segments)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read())
        {
            return null;
        }

        long? found = null;
        foreach (var segment in segments)
        {
            var here = segment is string name ? EnterProperty(ref reader, name) : EnterElement(ref reader, (int)segment);
            if (here is null)
            {
                break;
            }

            found = here;
        }

        return found;
    }

    /// <summary>With the reader on an object's start, moves it onto the value of <paramref name="name"/>; returns the name's offset.</summary>
    private static long? EnterProperty(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var start = reader.TokenStartIndex;
            var match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                return start;
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>With the reader on an array's start, moves it onto element <paramref name="index"/>; returns its offset.</summary>
    private static long? EnterElement(ref Utf8JsonReader reader, int index)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (i == index)
            {
                return reader.TokenStartIndex;
            }

            reader.Skip();
        }

        return null;
    }

    private static TextPosition PositionOf(byte[] utf8, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new TextPosition(line, Encoding.UTF8.GetCharCount(utf8, lineStart, offset - lineStart) + 1);
    }
}
