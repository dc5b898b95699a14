using System;
using BiometricConsent.PostgreSql.Tests;
using Xunit;

namespace BiometricConsent.Ledger.Conformance;

/// <summary>
/// A test that needs the PostgreSQL server named by <c>BIOMETRICCONSENT_POSTGRES</c>. In CI (<c>.ci/run</c> sets
/// <c>BIOMETRICCONSENT_CI=true</c>; <c>CI=true</c> counts too) it always runs, and fails without a server. On a
/// developer's machine without a server it is reported as skipped, with the command that starts one — so that the
/// README's quick start passes on a fresh machine and the test summary still shows what did not run.
/// </summary>
public sealed class LedgerFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute; sets <see cref="FactAttribute.Skip"/> when the test cannot run here.</summary>
    public LedgerFactAttribute()
    {
        if (!TestServer.IsConfigured && !TestServer.InContinuousIntegration)
        {
            Skip = TestServer.MissingServerMessage;
        }
    }
}

/// <summary>A data-driven <see cref="LedgerFactAttribute"/>: same rule for a missing server.</summary>
public sealed class LedgerTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute; sets <see cref="FactAttribute.Skip"/> when the test cannot run here.</summary>
    public LedgerTheoryAttribute()
    {
        if (!TestServer.IsConfigured && !TestServer.InContinuousIntegration)
        {
            Skip = TestServer.MissingServerMessage;
        }
    }
}
