namespace BiometricConsent.Cli.Inventory;

/// <summary>
/// One face-capture site of the inventory, as the analyzer's BIO1900 described it (docs/rules/BIO1900.md); the
/// JSON shape is documented in docs/cli.md, "inventory".
/// </summary>
internal sealed record CaptureSite
{
    /// <summary>The source file, relative to the inventory's root when it lies below it, with <c>/</c> separators.</summary>
    public required string File { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    /// <summary><c>guarded</c>, <c>unguarded</c>, <c>callers</c>, <c>exempt</c> or <c>unreached</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The capture API or <c>[RequiresConsent]</c> member called (<c>Camera.Capture</c>).</summary>
    public required string Member { get; init; }

    public string? MemberId { get; init; }

    public string? Assembly { get; init; }

    /// <summary><c>catalog</c>, <c>attribute</c>, <c>api-list</c> or <c>requires-consent</c>.</summary>
    public required string Source { get; init; }

    public string? Sdk { get; init; }

    public string? Package { get; init; }

    public string? EnclosingMember { get; init; }

    /// <summary>For a guarded site, the consent check nearest before it, and its line in the same file.</summary>
    public string? Check { get; init; }

    public int? CheckLine { get; init; }

    public string? ExemptionBasis { get; init; }

    public string? Justification { get; init; }

    /// <summary>The ID of the activity the site's code is tied to with <c>[BiometricActivity]</c>, or <see langword="null"/> when untied.</summary>
    public string? Activity { get; init; }
}
