using System.Collections.Generic;

namespace BiometricConsent.Cli.Inventory;

/// <summary>The values of a site's <c>status</c>, in the order reports count them, with their words for people.</summary>
internal static class InventoryStatus
{
    public const string Guarded = "guarded";
    public const string Unguarded = "unguarded";
    public const string Callers = "callers";
    public const string Exempt = "exempt";
    public const string Unreached = "unreached";

    /// <summary>Every status, in report order.</summary>
    public static readonly IReadOnlyList<string> All = new[] { Unguarded, Guarded, Callers, Exempt, Unreached };

    /// <summary>Whether <paramref name="status"/> is one the analyzer writes.</summary>
    public static bool IsKnown(string status) => ((ICollection<string>)All).Contains(status);

    /// <summary>The status in words, for Markdown and HTML.</summary>
    public static string Words(CaptureSite site) => site.Status switch
    {
        Guarded => "guarded",
        Unguarded => "not guarded (BIO1001)",
        Callers => "callers check ([RequiresConsent])",
        Exempt => "exempt ([ConsentExempt])",
        _ => "never reached (dead code)",
    };

    /// <summary>Why it is a capture, in words.</summary>
    public static string SourceWords(CaptureSite site) => site.Source switch
    {
        "catalog" => site.Sdk is string sdk ? $"SDK catalog: {sdk}" : "SDK catalog",
        "attribute" => "[FaceCapture]",
        "api-list" => "BiometricApis.txt",
        "requires-consent" => "[RequiresConsent]",
        _ => site.Source,
    };
}
