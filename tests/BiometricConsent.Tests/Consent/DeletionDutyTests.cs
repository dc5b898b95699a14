using System.Collections.Generic;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

/// <summary>PIPL Art. 47: withdrawing all consent makes the data due for deletion until a deletion is recorded.</summary>
public class DeletionDutyTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    [Fact]
    public async Task Withdrawing_all_consent_lists_the_subject_until_deletion_is_recorded()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(subject: Alice));
        kit.Append(Grant(subject: Bob));
        Assert.Empty(await kit.Gate.GetPendingDeletionsAsync());

        kit.Clock.Advance(Hour);
        await kit.Gate.WithdrawAsync(Alice, note: "app settings");

        var pending = await kit.Gate.GetPendingDeletionsAsync();
        Assert.Equal(new[] { new PendingDeletion(Alice, T0 + Hour) }, pending);
        Assert.Equal(new PendingDeletion(Alice, T0 + Hour), kit.Ledger.GetState(Alice)!.PendingDeletion);

        kit.Clock.Advance(Hour);
        await kit.Gate.RecordDeletionAsync(Alice, "face templates purged");
        Assert.Empty(await kit.Gate.GetPendingDeletionsAsync());
        Assert.Null(kit.Ledger.GetState(Alice)!.PendingDeletion);
    }

    [Fact]
    public async Task Partial_withdrawal_leaves_no_duty_until_the_last_purpose_goes()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(purposes: new[] { Purpose.AccessControl, Purpose.Attendance }));
        kit.Append(new ConsentWithdrawn(Alice, T0 + Hour, new[] { Purpose.Attendance }));
        Assert.Empty(await kit.Ledger.GetPendingDeletionsAsync());

        kit.Append(new ConsentWithdrawn(Alice, T0 + (2 * Hour), new[] { Purpose.AccessControl }));
        Assert.Equal(new[] { new PendingDeletion(Alice, T0 + (2 * Hour)) }, await kit.Ledger.GetPendingDeletionsAsync());
    }

    [Fact]
    public async Task A_deletion_dated_before_the_withdrawal_does_not_discharge_the_duty_nor_does_a_new_grant()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant());
        kit.Append(new ConsentWithdrawn(Alice, T0 + (2 * Hour)));
        kit.Append(new BiometricDataDeleted(Alice, T0 + Hour));
        kit.Append(Grant(at: T0 + (3 * Hour)));

        Assert.Equal(new[] { new PendingDeletion(Alice, T0 + (2 * Hour)) }, await kit.Ledger.GetPendingDeletionsAsync());

        kit.Append(new BiometricDataDeleted(Alice, T0 + (2 * Hour)));
        Assert.Empty(await kit.Ledger.GetPendingDeletionsAsync());
    }

    [Fact]
    public async Task A_withdrawal_without_any_consent_on_record_creates_no_duty()
    {
        var kit = new ConsentTestKit();
        kit.Append(new ConsentWithdrawn(Alice, T0));
        Assert.Empty(await kit.Ledger.GetPendingDeletionsAsync());
    }

    [Fact]
    public async Task Pending_deletions_are_ordered_by_due_instant_then_subject()
    {
        var kit = new ConsentTestKit();
        var carol = new SubjectId("carol");
        foreach (var s in new[] { Alice, Bob, carol })
        {
            kit.Append(Grant(subject: s));
        }

        kit.Append(new ConsentWithdrawn(carol, T0 + Hour));
        kit.Append(new ConsentWithdrawn(Bob, T0 + (2 * Hour)));
        kit.Append(new ConsentWithdrawn(Alice, T0 + (2 * Hour)));

        Assert.Equal(
            new[] { new PendingDeletion(carol, T0 + Hour), new PendingDeletion(Alice, T0 + (2 * Hour)), new PendingDeletion(Bob, T0 + (2 * Hour)) },
            await kit.Ledger.GetPendingDeletionsAsync());
    }
}
