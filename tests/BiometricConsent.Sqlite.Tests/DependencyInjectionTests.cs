using System;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static BiometricConsent.Ledger.Conformance.ProtectionFixture;
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
            services.AddSqliteConsentLedger(kit.DatabasePath, o => (o.RefreshInterval, o.Protection) = (TimeSpan.FromSeconds(1), Protection));
            services.AddBiometricConsent(o => o.Clock = kit.Clock);
        }
        else
        {
            services.AddBiometricConsent(o => o.Clock = kit.Clock);
            services.AddSqliteConsentLedger(kit.DatabasePath, o => o.Protection = Protection);
        }

        await using (var provider = services.BuildServiceProvider())
        {
            var gate = provider.GetRequiredService<ConsentGate>();
            var ledger = Assert.IsType<SqliteConsentLedger>(gate.Ledger);
            Assert.Same(ledger, provider.GetRequiredService<IConsentLedger>());
            var entry = await gate.RecordAsync(Grant(Child));
            Assert.Equal(kit.Clock.GetCurrentInstant(), entry.RecordedAt);
        }

        // The container disposed the ledger, closing the file; the record is there on reopening.
        await using var reopened = await kit.OpenAsync(new SqliteConsentLedgerOptions { Protection = Protection });
        Assert.Equal(1, reopened.LastSequenceNumber);
    }

    [Fact]
    public void Bad_arguments_are_rejected_naming_the_argument()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => SqliteConsentServiceCollectionExtensions.AddSqliteConsentLedger(null!, kit.DatabasePath)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddSqliteConsentLedger(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => new ServiceCollection().AddSqliteConsentLedger("  ")).ParamName);
    }

    [Fact]
    public void A_registration_without_protection_is_refused_at_once_naming_the_options()
    {
        var services = new ServiceCollection();
        foreach (var configure in new Action<SqliteConsentLedgerOptions>?[] { null, o => o.AllowPlainSubjectIds = true })
        {
            var refused = Assert.Throws<InvalidOperationException>(() => services.AddSqliteConsentLedger(kit.DatabasePath, configure));
            Assert.Contains("SqliteConsentLedgerOptions.Protection", refused.Message, StringComparison.Ordinal);
            Assert.Contains("SqliteConsentLedgerOptions.AllowUnprotectedPersonalData", refused.Message, StringComparison.Ordinal);
        }

        // Refused before anything is registered, and no file is created.
        Assert.Empty(services);
        Assert.False(System.IO.File.Exists(kit.DatabasePath));
    }

    [Fact]
    public async Task The_explicit_opt_out_registers_a_ledger_that_records_plain_subjects_in_clear()
    {
        var services = new ServiceCollection().AddSqliteConsentLedger(kit.DatabasePath, o => o.AllowUnprotectedPersonalData = true);
        await using (var provider = services.BuildServiceProvider())
        {
            var ledger = provider.GetRequiredService<SqliteConsentLedger>();
            Assert.Equal(1, (await ledger.AppendAsync(Grant())).SequenceNumber);
        }

        // The opt-out governs registration only: the file is the unprotected kind, which opens without a key.
        await using var reopened = await kit.OpenAsync();
        Assert.Equal(Alice, Assert.Single(await reopened.ReadSubjectAsync(Alice)).Event.Subject);
    }

    [Fact]
    public async Task A_protected_registration_refuses_plain_subjects_even_with_the_opt_out_set()
    {
        var services = new ServiceCollection().AddSqliteConsentLedger(kit.DatabasePath, o => (o.Protection, o.AllowUnprotectedPersonalData) = (Protection, true));
        await using var provider = services.BuildServiceProvider();
        var ledger = provider.GetRequiredService<SqliteConsentLedger>();
        await Assert.ThrowsAsync<ArgumentException>("events", async () => await ledger.AppendAsync(Grant()));
        Assert.Equal(1, (await ledger.AppendAsync(Grant(Child))).SequenceNumber);
    }
}
