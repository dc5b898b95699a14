using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BiometricConsent.Policy.Reporting;

namespace BiometricConsent.Policy.Serialization;

/// <summary>
/// Parses strict JSON (RFC 8259: no comments, no trailing commas, double-quoted strings, one value) into
/// <see cref="SourceValue"/>s that remember their line and column. Its own parser rather than
/// <see cref="Utf8JsonReader"/>, so that a syntax error is explained in words a person can act on, at the
/// character that is wrong.
/// </summary>
internal sealed class SourceJson
{
    /// <summary>How deeply objects and arrays may nest (an activity needs three levels).</summary>
    public const int MaxDepth = 16;

    private readonly string text;
    private readonly List<(string Kind, TextPosition Position)> open = new List<(string, TextPosition)>();
    private int index;
    private int line = 1;
    private int lineStart;

    private SourceJson(string text)
    {
        this.text = text;
    }

    /// <summary>Parses <paramref name="text"/>, which must hold exactly one JSON value.</summary>
    /// <exception cref="SourceJsonException">The text is not well-formed JSON; the exception says where and why.</exception>
    public static SourceValue Parse(string text)
    {
        var parser = new SourceJson(text);
        parser.SkipWhitespace();
        var root = parser.ParseValue();
        parser.SkipWhitespace();
        if (parser.index < text.Length)
        {
            throw Error(parser.Here, $"found {parser.DescribeNext()} after the end of the document; a document holds one JSON value.");
        }

        return root;
    }

    private TextPosition Here => new TextPosition(line, index - lineStart + 1);

    private bool AtEnd => index >= text.Length;

    private SourceValue ParseValue()
    {
        if (AtEnd)
        {
            throw Expected("a value");
        }

        var c = text[index];
        switch (c)
        {
            case '{': return ParseObject();
            case '[': return ParseArray();
            case '"':
                var at = Here;
                return SourceValue.Scalar(JsonValueKind.String, at, ParseString());
            case '-':
                return ParseNumber();
            default:
                if (c >= '0' && c <= '9')
                {
                    return ParseNumber();
                }

                return IsWordChar(c) ? ParseLiteral() : throw Expected("a value");
        }
    }

    private SourceValue ParseObject()
    {
        var start = Enter("object");
        var properties = new List<SourceProperty>();
        SkipWhitespace();
        if (Peek('}'))
        {
            return Leave(SourceValue.Object(start, properties));
        }

        while (true)
        {
            SkipWhitespace();
            if (!Peek('"'))
            {
                throw properties.Count > 0 && Peek('}')
                    ? Error(Here, "a comma before '}' is not allowed; remove the comma after the last field.")
                    : Expected("a field name in double quotes");
            }

            var namePosition = Here;
            var name = ParseString();
            SkipWhitespace();
            if (!Peek(':'))
            {
                throw Expected($"':' after the field name \"{Printable.Shorten(name)}\"");
            }

            index++;
            SkipWhitespace();
            properties.Add(new SourceProperty(name, namePosition, ParseValue()));
            SkipWhitespace();
            if (Peek('}'))
            {
                return Leave(SourceValue.Object(start, properties));
            }

            if (!Peek(','))
            {
                throw Expected($"',' or '}}' after the value of \"{Printable.Shorten(name)}\"");
            }

            index++;
        }
    }

    private SourceValue ParseArray()
    {
        var start = Enter("array");
        var items = new List<SourceValue>();
        SkipWhitespace();
        if (Peek(']'))
        {
            return Leave(SourceValue.Array(start, items));
        }

        while (true)
        {
            SkipWhitespace();
            if (items.Count > 0 && Peek(']'))
            {
                throw Error(Here, "a comma before ']' is not allowed; remove the comma after the last item.");
            }

            items.Add(ParseValue());
            SkipWhitespace();
            if (Peek(']'))
            {
                return Leave(SourceValue.Array(start, items));
            }

            if (!Peek(','))
            {
                throw Expected("',' or ']' after an item of the array");
            }

            index++;
        }
    }

    private TextPosition Enter(string kind)
    {
        var start = Here;
        if (open.Count == MaxDepth)
        {
            throw Error(start, $"objects and arrays nest deeper than {MaxDepth} levels.");
        }

        open.Add((kind, start));
        index++;
        return start;
    }

    private SourceValue Leave(SourceValue value)
    {
        index++;
        open.RemoveAt(open.Count - 1);
        return value;
    }

    private string ParseString()
    {
        var start = Here;
        index++;
        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw Error(start, "the string that starts here is not closed; a '\"' is missing.");
            }

            var c = text[index];
            if (c == '"')
            {
                index++;
                return value.ToString();
            }

            if (c == '\\')
            {
                value.Append(ParseEscape());
                continue;
            }

            if (c < ' ')
            {
                throw Error(Here, c == '\n' || c == '\r'
                    ? "a string must not span lines; close it with '\"' on this line (write a line break in a string as \\n)."
                    : c == '\t'
                        ? "a tab inside a string must be written as \\t."
                        : $"the control character U+{(int)c:X4} inside a string must be written as \\u{(int)c:x4}.");
            }

            value.Append(c);
            index++;
        }
    }

    private char ParseEscape()
    {
        var at = Here;
        var next = index + 1 < text.Length ? text[index + 1] : '\0';
        index += 2;
        switch (next)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (index + 4 <= text.Length &&
                    int.TryParse(text.Substring(index, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    index += 4;
                    return (char)code;
                }

                throw Error(at, "\\u must be followed by four hexadecimal digits.");
            default:
                var shown = next == '\0' ? "\\" : "\\" + next;
                throw Error(at, $"'{shown}' is not an escape sequence of JSON (a backslash is written \\\\; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX).");
        }
    }

    private SourceValue ParseNumber()
    {
        var start = Here;
        var first = index;
        if (Peek('-'))
        {
            index++;
        }

        if (Peek('0'))
        {
            index++;
            if (IsDigit())
            {
                throw Error(start, $"'{Word(first)}' is not a JSON number: a number must not start with 0 unless it is 0 or 0.x.");
            }
        }
        else
        {
            Digits(first, start, "'-'");
        }

        if (Peek('.'))
        {
            index++;
            Digits(first, start, "the decimal point");
        }

        if (Peek('e') || Peek('E'))
        {
            index++;
            if (Peek('+') || Peek('-'))
            {
                index++;
            }

            Digits(first, start, "the exponent");
        }

        return SourceValue.Scalar(JsonValueKind.Number, start, text.Substring(first, index - first));
    }

    private void Digits(int first, TextPosition start, string after)
    {
        if (!IsDigit())
        {
            throw Error(start, $"'{Word(first)}' is not a JSON number: a digit must follow {after}.");
        }

        while (IsDigit())
        {
            index++;
        }
    }

    private SourceValue ParseLiteral()
    {
        var start = Here;
        var word = Word(index);
        switch (word)
        {
            case "true":
            case "false":
            case "null":
                index += word.Length;
                var kind = word == "true" ? JsonValueKind.True : word == "false" ? JsonValueKind.False : JsonValueKind.Null;
                return SourceValue.Scalar(kind, start);
        }

        var lower = word.ToLowerInvariant();
        var hint = lower == "true" || lower == "false" || lower == "null"
            ? $"; JSON writes it in lower case: {lower}"
            : $"; a string must be in double quotes: \"{word}\"";
        throw Error(start, $"expected a value, found '{word}'{hint}.");
    }

    /// <summary>The run of letters, digits, '.', '+', '-' and '_' from <paramref name="from"/>, for messages.</summary>
    private string Word(int from)
    {
        var end = from;
        while (end < text.Length && end - from < 40 && (IsWordChar(text[end]) || text[end] == '.' || text[end] == '+' || text[end] == '-'))
        {
            end++;
        }

        return text.Substring(from, Math.Max(end - from, 1));
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private bool IsDigit() => !AtEnd && text[index] >= '0' && text[index] <= '9';

    private bool Peek(char c) => !AtEnd && text[index] == c;

    private void SkipWhitespace()
    {
        while (!AtEnd)
        {
            var c = text[index];
            if (c == '\n')
            {
                line++;
                lineStart = index + 1;
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            index++;
        }
    }

    private SourceJsonException Expected(string what)
    {
        if (AtEnd && open.Count > 0)
        {
            (var kind, var at) = open[open.Count - 1];
            return Error(Here, $"the document ends before the {kind} opened at line {at.Line}, column {at.Column} is closed.");
        }

        return Error(Here, AtEnd ? $"the document ends where {what} was expected." : $"expected {what}, found {DescribeNext()}.");
    }

    private string DescribeNext()
    {
        var c = text[index];
        var next = index + 1 < text.Length ? text[index + 1] : '\0';
        if (c == '/' && (next == '/' || next == '*'))
        {
            return "a comment (JSON has no comments)";
        }

        if (c == '\uFEFF')
        {
            return "a byte-order mark (U+FEFF; one is allowed at the very start of the file, nowhere else)";
        }

        if (c == '\'')
        {
            return "a single quote (JSON strings and field names are in double quotes)";
        }

        if (IsWordChar(c))
        {
            return $"'{Word(index)}'";
        }

        return c > ' ' && c < 0x7F ? $"'{c}'" : $"the character U+{(int)c:X4}";
    }

    private static SourceJsonException Error(TextPosition at, string reason) => new SourceJsonException(at, reason);
}

/// <summary>A JSON syntax error at a position.</summary>
internal sealed class SourceJsonException : Exception
{
    public SourceJsonException(TextPosition position, string reason)
        : base(reason)
    {
        Position = position;
    }

    public TextPosition Position { get; }
}
