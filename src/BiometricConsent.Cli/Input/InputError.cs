using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Cli.Input;

/// <summary>
/// Why an input cannot be used, printed on standard error as
/// <c>file:line:column: error: $.json.path: reason</c> (the parts that are known).
/// </summary>
internal sealed class InputError
{
    public InputError(string? file, string? jsonPath, string reason, TextPosition? position = null)
    {
        File = file;
        JsonPath = jsonPath;
        Reason = reason;
        Position = position;
    }

    /// <summary>The file as shown to the user, or <c>null</c> for an option error.</summary>
    public string? File { get; }

    /// <summary>The JSON path of the offending value, or <c>null</c> when the whole file is at fault.</summary>
    public string? JsonPath { get; }

    public string Reason { get; }

    public TextPosition? Position { get; }

    /// <summary>The error as one line: a file name, option value or system message with a line break in it is escaped.</summary>
    public override string ToString()
    {
        var where = File is null ? "biometric-consent" : Position is TextPosition p ? $"{File}:{p.Line}:{p.Column}" : File;
        return Printable.Escape(JsonPath is null ? $"{where}: error: {Reason}" : $"{where}: error: {JsonPath}: {Reason}");
    }
}
