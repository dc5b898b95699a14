using System.Collections.Generic;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Ledger.Conformance;
using NodaTime;

namespace BiometricConsent.PostgreSql.Tests;

/// <summary>The shared ledger conformance suite against the PostgreSQL ledger, each ledger in a schema of its own.</summary>
public class PostgreSqlConformanceTests : LedgerConformanceTests
{
    private readonly List<string> schemas = new List<string>();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var schema in schemas)
        {
            await TestServer.DropAsync(schema);
        }
    }

    protected override async Task<IConsentLedger> CreateLedgerAsync(IClock clock)
    {
        var schema = TestServer.NewSchema();
        schemas.Add(schema);
        return await TestServer.OpenAsync(schema, clock, Configure);
    }

    /// <summary>Adjusts the options of each ledger the suite opens.</summary>
    protected virtual void Configure(PostgreSqlConsentLedgerOptions options)
    {
    }
}
