using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Ledger.Conformance;
using NodaTime;

namespace BiometricConsent.Tests.Consent;

/// <summary>The shared ledger conformance suite against the in-memory ledger.</summary>
public sealed class InMemoryConformanceTests : LedgerConformanceTests
{
    // The original in-memory test's load: the in-memory ledger takes it in milliseconds.
    protected override int ConcurrentAppendsPerWriter => 250;

    protected override Task<IConsentLedger> CreateLedgerAsync(IClock clock) => Task.FromResult<IConsentLedger>(new InMemoryConsentLedger(clock));
}
