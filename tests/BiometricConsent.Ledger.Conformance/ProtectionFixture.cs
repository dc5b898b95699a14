using System.Collections.Generic;
using System.Linq;
using BiometricConsent.Consent;
using NodaTime;
using Xunit;

namespace BiometricConsent.Ledger.Conformance;

/// <summary>
/// The personal data the durable ledgers' protection tests record (SQLite and PostgreSQL), and what an erased subject's
/// history must look like in both.
/// </summary>
public static class ProtectionFixture
{
    public const string Guardian = "Zhang Wei, ID 110101198001011234";
    public const string Note = "asked by phone, caller 138-0000-0000";

    public static readonly ConsentDataProtection Protection = new ConsentDataProtection(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    public static readonly SubjectId Child = Protection.SubjectKeyer.Pseudonymise("employee-4711");
    public static readonly SubjectId Other = Protection.SubjectKeyer.Pseudonymise("employee-4712");
    public static readonly LocalDate BirthDate = new LocalDate(2015, 6, 1);

    /// <summary>Asserts the redacted form of a history that starts with a guardian's grant: personal fields gone, the rest intact.</summary>
    public static void AssertRedacted(IReadOnlyList<ConsentLedgerEntry> history)
    {
        var grant = Assert.IsType<ConsentGranted>(history[0].Event);
        Assert.Equal(ConsentGiverKind.Guardian, grant.Giver.Kind);
        Assert.Equal(ConsentDataProtection.ErasedValue, grant.Giver.GuardianIdentity);
        Assert.Null(grant.Giver.Relationship);
        Assert.Null(grant.SubjectBirthDate);
        Assert.Equal(new[] { Purpose.AccessControl }, grant.Purposes);
        Assert.Null(history.Select(h => h.Event).OfType<ConsentWithdrawn>().SingleOrDefault()?.Note);
    }
}
