using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace BiometricConsent.Policy.Reporting;

/// <summary>The JSON settings shared by the JSON, SARIF and catalog writers.</summary>
internal static class JsonOutput
{
    /// <summary>
    /// Indented, and with non-ASCII text (¶, Chinese titles) written as is rather than as <c>\uXXXX</c>: the output
    /// is read by people and by JSON parsers, never embedded in HTML.
    /// </summary>
    internal static readonly JsonWriterOptions Options = new JsonWriterOptions
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="write"/> on a fresh writer and returns the UTF-8 text.</summary>
    internal static string ToText(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Runs <paramref name="write"/> on a writer over <paramref name="output"/> and flushes it.</summary>
    internal static void WriteTo(Stream output, Action<Utf8JsonWriter> write)
    {
        Preconditions.CheckNotNull(output, nameof(output));

        using var writer = new Utf8JsonWriter(output, Options);
        write(writer);
        writer.Flush();
    }

    internal static void WriteDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is LocalDate d)
        {
            writer.WriteString(name, ReportText.Date(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
