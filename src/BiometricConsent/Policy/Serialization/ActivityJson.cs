using System;
using System.IO;
using System.Text;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Reporting;

namespace BiometricConsent.Policy.Serialization;

/// <summary>
/// Reads an <see cref="Activity"/> from its JSON form (the activity format, <c>docs/activity-format.md</c>),
/// strictly: any invalid value rejects the whole document with an <see cref="ActivityFormatException"/> that
/// lists every error found — JSON path, line, column and reason — before any model object is returned.
/// </summary>
/// <remarks>
/// A field whose value is JSON <c>null</c> is treated as absent (unknown). Duplicate fields, duplicate list
/// values, comments and trailing commas are rejected. Field names and enum values are case-sensitive; an
/// unknown one that is close to a known one gets a "did you mean" hint. A top-level <c>"$schema"</c> string
/// (for editors) is accepted and ignored. Malformed JSON stops the reading at the first syntax error.
/// </remarks>
public static class ActivityJson
{
    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads an activity from JSON text.</summary>
    /// <param name="json">The JSON document (a leading byte-order mark is ignored).</param>
    /// <returns>The activity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ActivityFormatException">The document is not a valid activity.</exception>
    public static Activity Parse(string json)
    {
        Preconditions.CheckNotNull(json, nameof(json));

        return ParseText(json);
    }

    /// <summary>Reads an activity from a UTF-8 JSON stream (read to its end; not closed).</summary>
    /// <param name="utf8Json">The stream (a leading byte-order mark is ignored).</param>
    /// <returns>The activity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ActivityFormatException">The document is not UTF-8 text or not a valid activity.</exception>
    /// <remarks>
    /// The stream is read to its end whatever its length; bound input you do not trust before calling this (the
    /// <c>biometric-consent</c> tool reads regular files of at most 1 MiB).
    /// </remarks>
    public static Activity Parse(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));

        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        var utf8 = buffer.ToArray();
        string text;
        try
        {
            text = StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException e)
        {
            var unknown = e.BytesUnknown ?? new byte[0];
            var bytes = unknown.Length == 1 ? $"the byte 0x{unknown[0]:X2}" : $"the bytes 0x{BitConverter.ToString(unknown).Replace("-", " 0x")}";
            throw Single("$", PositionOfByte(utf8, e.Index), $"The document is not UTF-8 text: {bytes} here cannot be read as UTF-8; save the file as UTF-8.", e);
        }

        return ParseText(text);
    }

    private static Activity ParseText(string text)
    {
        // Editors on Windows often save a byte-order mark; it is not JSON, and positions are counted without it.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        if (text.Trim(' ', '\t', '\r', '\n').Length == 0)
        {
            throw Single("$", new TextPosition(1, 1), "The document is empty; expected a JSON object describing an activity.");
        }

        SourceValue root;
        try
        {
            root = SourceJson.Parse(text);
        }
        catch (SourceJsonException e)
        {
            throw Single("$", e.Position, "Malformed JSON: " + e.Message);
        }

        var reading = new ActivityReading();
        var activity = ActivityFormat.Activity.Read(root, "$", root.Position, reading);
        if (reading.ErrorCount > 0)
        {
            throw new ActivityFormatException(reading.ErrorsInDocumentOrder(), reading.ErrorCount);
        }

        return (Activity)activity!;
    }

    private static ActivityFormatException Single(string path, TextPosition position, string reason, Exception? inner = null) =>
        new ActivityFormatException(new[] { new ActivityFormatError(path, Printable.Escape(reason), position) }, inner);

    /// <summary>The line and column (UTF-16 units, without a byte-order mark) of the byte at <paramref name="offset"/>, whose line before it is valid UTF-8.</summary>
    private static TextPosition PositionOfByte(byte[] utf8, int offset)
    {
        var start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        offset = Math.Max(start, Math.Min(offset, utf8.Length));
        int line = 1, lineStart = start;
        for (var i = start; i < offset; i++)
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
