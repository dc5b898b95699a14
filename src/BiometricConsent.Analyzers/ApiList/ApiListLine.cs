using BiometricConsent.Analyzers.SdkCatalog;

namespace BiometricConsent.Analyzers.ApiList;

/// <summary>What one line of <c>BiometricApis.txt</c> says, before it is resolved against a compilation.</summary>
internal readonly struct ApiListLine
{
    /// <summary>The longest text a BIO1008 message quotes from the file.</summary>
    internal const int MaxQuotedLength = 120;

    private const char ByteOrderMark = '\uFEFF';

    private ApiListLine(ApiListLineKind kind, ApiRole role, string documentationId, string? error)
    {
        Kind = kind;
        Role = role;
        DocumentationId = documentationId;
        Error = error;
    }

    /// <summary>Whether the line is blank, an entry, or malformed.</summary>
    internal ApiListLineKind Kind { get; }

    /// <summary>For an entry: what the listed API does.</summary>
    internal ApiRole Role { get; }

    /// <summary>For an entry: the documentation-comment ID, e.g. <c>M:Vendor.Face.FaceClient.Detect(System.IO.Stream)</c>.</summary>
    internal string DocumentationId { get; }

    /// <summary>For a malformed line: why it does not parse.</summary>
    internal string? Error { get; }

    /// <summary>
    /// Parses one line: <c>capture|check &lt;documentation-comment ID&gt;</c>, optionally followed by a
    /// <c>#</c> comment; blank and comment-only lines are <see cref="ApiListLineKind.Blank"/>.
    /// </summary>
    internal static ApiListLine Parse(string line)
    {
        // A byte-order mark that the host did not strip (a file concatenated from pieces) is not content.
        if (line.Length > 0 && line[0] == ByteOrderMark)
        {
            line = line.Substring(1);
        }

        // A documentation-comment ID never contains '#' except in explicit interface member names
        // ("M:C.N#I#M"), which always follow a '.', so a '#' after whitespace or at the start opens a comment.
        var end = line.Length;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                end = i;
                break;
            }
        }

        var content = line.Substring(0, end).Trim();
        if (content.Length == 0)
        {
            return new ApiListLine(ApiListLineKind.Blank, default, string.Empty, null);
        }

        var separator = IndexOfWhiteSpace(content);
        if (separator < 0)
        {
            return Malformed($"'{Shorten(content)}' is not an entry; write 'capture <ID>' or 'check <ID>'");
        }

        var word = content.Substring(0, separator);
        ApiRole role;
        if (word == "capture")
        {
            role = ApiRole.Capture;
        }
        else if (word == "check")
        {
            role = ApiRole.Check;
        }
        else
        {
            return Malformed($"'{Shorten(word)}' is neither 'capture' nor 'check'");
        }

        var id = content.Substring(separator).Trim();
        if (IndexOfWhiteSpace(id) >= 0)
        {
            return Malformed($"'{Shorten(id)}' is not one documentation-comment ID (it contains white space)");
        }

        if (id.Length < 3 || id[1] != ':' || (id[0] != 'M' && id[0] != 'T' && id[0] != 'P'))
        {
            return Malformed($"'{Shorten(id)}' is not a documentation-comment ID of a method (M:), type (T:) or property (P:)");
        }

        if (role == ApiRole.Check && id[0] != 'M')
        {
            return Malformed($"a 'check' entry names a method (M:), not '{Shorten(id)}'");
        }

        return new ApiListLine(ApiListLineKind.Entry, role, id, null);
    }

    /// <summary>
    /// <paramref name="text"/> as a diagnostic message quotes it: at most <see cref="MaxQuotedLength"/> characters, so
    /// a huge line (a binary file listed by mistake) does not make a huge message.
    /// </summary>
    internal static string Shorten(string text)
        => text.Length <= MaxQuotedLength ? text : text.Substring(0, MaxQuotedLength) + "…";

    private static ApiListLine Malformed(string error) => new ApiListLine(ApiListLineKind.Malformed, default, string.Empty, error);

    private static int IndexOfWhiteSpace(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
