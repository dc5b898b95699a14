using System;
using System.Collections.Generic;
using System.Linq;

namespace BiometricConsent.Cli.Inventory;

/// <summary>
/// The capture sites of one or more logs, in a stable order (file, line, column, member), each once: a project built
/// for several target frameworks reports the same site in each framework's log.
/// </summary>
internal sealed class CaptureInventory
{
    /// <summary>The version of the JSON shape (docs/cli.md, "inventory"); a change that removes or renames a field bumps it.</summary>
    public const int FormatVersion = 1;

    public CaptureInventory(IEnumerable<CaptureSite> sites)
    {
        // Records compare by value, so Distinct drops exact repeats; a site that differs between frameworks stays twice.
        Sites = sites
            .Distinct()
            .OrderBy(s => s.File, StringComparer.Ordinal)
            .ThenBy(s => s.Line)
            .ThenBy(s => s.Column)
            .ThenBy(s => s.Member, StringComparer.Ordinal)
            .ThenBy(s => s.Status, StringComparer.Ordinal)
            .ToArray();
    }

    public IReadOnlyList<CaptureSite> Sites { get; }

    /// <summary>How many sites have <paramref name="status"/>.</summary>
    public int Count(string status) => Sites.Count(s => s.Status == status);

    /// <summary>"3 capture sites: 2 not guarded (BIO1001), 1 guarded", naming only the statuses present.</summary>
    public string Summary()
    {
        var parts = InventoryStatus.All
            .Select(status => (Status: status, Count: Count(status)))
            .Where(p => p.Count > 0)
            .Select(p => $"{p.Count} {SummaryWord(p.Status)}");
        var total = Sites.Count == 1 ? "1 capture site" : $"{Sites.Count} capture sites";
        return Sites.Count == 0 ? "No capture site." : $"{total}: {string.Join(", ", parts)}.";
    }

    private static string SummaryWord(string status) => status switch
    {
        InventoryStatus.Unguarded => "not guarded (BIO1001)",
        InventoryStatus.Callers => "left to callers ([RequiresConsent])",
        InventoryStatus.Exempt => "exempt",
        InventoryStatus.Unreached => "never reached",
        _ => status,
    };
}
