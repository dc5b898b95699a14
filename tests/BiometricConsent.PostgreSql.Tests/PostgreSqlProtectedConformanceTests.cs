using static BiometricConsent.Ledger.Conformance.ProtectionFixture;

namespace BiometricConsent.PostgreSql.Tests;

/// <summary>
/// The shared ledger conformance suite against a PostgreSQL ledger that protects personal data: sealing and unsealing
/// must not change what the ledger returns, except that an erased subject's personal fields read as redacted. The
/// suite names plain subjects, so they are allowed explicitly.
/// </summary>
public sealed class PostgreSqlProtectedConformanceTests : PostgreSqlConformanceTests
{
    protected override bool ErasesPersonalDataOnDeletion => true;

    protected override void Configure(PostgreSqlConsentLedgerOptions options)
    {
        options.Protection = Protection;
        options.AllowPlainSubjectIds = true;
    }
}
