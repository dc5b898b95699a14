using Xunit;

namespace BiometricConsent.Ledger.Conformance;

/// <summary>
/// A test of the shared ledger conformance suite. This ledger needs nothing outside the process, so the test always
/// runs; the PostgreSQL test project defines the same attribute with the rule for a missing server.
/// </summary>
public sealed class LedgerFactAttribute : FactAttribute
{
}
