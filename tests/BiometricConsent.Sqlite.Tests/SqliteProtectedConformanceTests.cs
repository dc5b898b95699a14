using static BiometricConsent.Ledger.Conformance.ProtectionFixture;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>
/// The shared ledger conformance suite against a SQLite ledger that protects personal data: sealing and unsealing
/// must not change what the ledger returns, except that an erased subject's personal fields read as redacted. The
/// suite names plain subjects, so they are allowed explicitly.
/// </summary>
public sealed class SqliteProtectedConformanceTests : SqliteConformanceTests
{
    protected override bool ErasesPersonalDataOnDeletion => true;

    protected override SqliteConsentLedgerOptions Options => new SqliteConsentLedgerOptions { Protection = Protection, AllowPlainSubjectIds = true };
}
