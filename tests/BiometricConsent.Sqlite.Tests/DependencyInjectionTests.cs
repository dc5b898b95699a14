using System;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

public sealed class DependencyInjectionTests : IDisposable
{
    private readonly LedgerTestKit kit = new LedgerTestKit();

    public void Dispose() => kit.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_sqlite_ledger_replaces_the_in_memory_default_whatever_the_order(bool sqliteFirst)
    {
        var services = new ServiceCollection();
        if (sqliteFirst)
        {
            services.AddSqliteConsentLedger(kit.DatabasePath, o => o.RefreshInterval = TimeSpan.FromSeconds(1));
            services.AddBiometricConsent(o => o.Clock = kit.Clock);
        }
        else
        {
            services.AddBiometricConsent(o => o.Clock = kit.Clock);
            services.AddSqliteConsentLedger(kit.DatabasePath);
        }

        await using (var provider = services.BuildServiceProvider())
        {
            var gate = provider.GetRequiredService<ConsentGate>();
            var ledger = Assert.IsType<SqliteConsentLedger>(gate.Ledger);
            Assert.Same(ledger, provider.GetRequiredService<IConsentLedger>());
            var entry = await gate.RecordAsync(Grant());
            Assert.Equal(kit.Clock.GetCurrentInstant(), entry.RecordedAt);
        }

        // The container disposed the ledger, closing the file; the record is there on reopening.
        await using var reopened = await kit.OpenAsync();
        Assert.Equal(1, reopened.LastSequenceNumber);
    }

    [Fact]
    public void Bad_arguments_are_rejected_naming_the_argument()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => SqliteConsentServiceCollectionExtensions.AddSqliteConsentLedger(null!, kit.DatabasePath)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddSqliteConsentLedger(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => new ServiceCollection().AddSqliteConsentLedger("  ")).ParamName);
    }
}
