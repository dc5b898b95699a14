using Xunit;

namespace BiometricConsent.Ledger.Conformance;

/// <summary>
/// A test of the shared ledger conformance suite, for ledgers that need nothing outside the process (in-memory,
/// SQLite): it always runs. The PostgreSQL test project compiles its own attribute of this name instead (its project
/// file excludes this one), with the rule for a missing server.
/// </summary>
public sealed class LedgerFactAttribute : FactAttribute
{
}
