using System.Collections.Generic;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Ledger.Conformance;
using NodaTime;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>The shared ledger conformance suite against the SQLite ledger, each ledger in a file of its own.</summary>
public class SqliteConformanceTests : LedgerConformanceTests
{
    private readonly List<LedgerTestKit> kits = new List<LedgerTestKit>();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        kits.ForEach(k => k.Dispose());
    }

    protected override async Task<IConsentLedger> CreateLedgerAsync(IClock clock)
    {
        var kit = new LedgerTestKit();
        kits.Add(kit);
        return await SqliteConsentLedger.OpenAsync(kit.DatabasePath, clock, Options);
    }

    /// <summary>The options of each ledger the suite opens; null for the defaults.</summary>
    protected virtual SqliteConsentLedgerOptions? Options => null;
}
