using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using NodaTime;
using Snapshooter.Xunit;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

public class ConsentReceiptTests
{
    private static readonly Instant GeneratedAt = Instant.FromUtc(2026, 6, 1, 0, 0);

    private static ConsentTestKit History()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(
            at: T0,
            purposes: new[] { Purpose.AccessControl, Purpose.Attendance },
            modalities: Modality.Face | Modality.Fingerprint,
            functions: RecognitionFunction.Verification | RecognitionFunction.Identification,
            notice: NoticeVersion.Parse("2.1"),
            form: ConsentForm.ElectronicSignature,
            birthDate: new LocalDate(1990, 7, 15),
            expiresAt: T0 + Duration.FromDays(365),
            evidence: "esign/2026/000123"));
        kit.Clock.Advance(Duration.FromDays(30));
        kit.Append(new ConsentWithdrawn(Alice, kit.Clock.GetCurrentInstant(), new[] { Purpose.Attendance }, "withdrawn at HR desk"));
        kit.Append(Grant(
            subject: Bob,
            at: T0,
            giver: ConsentGiver.Guardian("parent-7", "mother"),
            birthDate: new LocalDate(2016, 2, 29),
            form: ConsentForm.Written,
            timeZone: DateTimeZoneProviders.Tzdb["Asia/Shanghai"],
            separate: true));
        kit.Clock.Advance(Duration.FromDays(1));
        kit.Append(new ConsentWithdrawn(Alice, kit.Clock.GetCurrentInstant()));
        kit.Clock.Advance(Duration.FromMilliseconds(1500));
        kit.Append(new BiometricDataDeleted(Alice, kit.Clock.GetCurrentInstant(), "templates purged from door controllers"));
        kit.Clock.Advance(Duration.FromDays(1));
        kit.Append(new ConsentWithdrawn(Bob, kit.Clock.GetCurrentInstant()));
        return kit;
    }

    [Fact]
    public void Receipt_of_a_grant_withdrawal_and_deletion()
    {
        var kit = History();
        var json = ConsentReceipt.ToJson(kit.Ledger.GetState(Alice)!, GeneratedAt);
        Snapshot.Match(json);
    }

    [Fact]
    public void Receipt_of_a_guardian_consent_pending_deletion()
    {
        var kit = History();
        var json = ConsentReceipt.ToJson(kit.Ledger.GetState(Bob)!, GeneratedAt);
        Snapshot.Match(json);
    }

    [Fact]
    public async Task Writing_from_the_ledger_to_a_stream_gives_the_same_receipt()
    {
        var kit = History();
        using var stream = new MemoryStream();
        await ConsentReceipt.WriteAsync(kit.Ledger, Alice, GeneratedAt, stream);
        var json = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Equal(ConsentReceipt.ToJson(kit.Ledger.GetState(Alice)!, GeneratedAt), json);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(ConsentReceipt.Format, doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(4, doc.RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task A_subject_without_entries_gets_an_empty_receipt_and_bad_arguments_are_named()
    {
        var kit = new ConsentTestKit();
        using var stream = new MemoryStream();
        await ConsentReceipt.WriteAsync(kit.Ledger, Alice, GeneratedAt, stream);
        using var doc = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(0, doc.RootElement.GetProperty("events").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("pendingDeletion").ValueKind);

        await Assert.ThrowsAsync<ArgumentNullException>("ledger", () => ConsentReceipt.WriteAsync(null!, Alice, GeneratedAt, stream));
        await Assert.ThrowsAsync<ArgumentNullException>("destination", () => ConsentReceipt.WriteAsync(kit.Ledger, Alice, GeneratedAt, null!));
        await Assert.ThrowsAsync<ArgumentException>("subject", () => ConsentReceipt.WriteAsync(kit.Ledger, default, GeneratedAt, stream));
        Assert.Throws<ArgumentNullException>("state", () => ConsentReceipt.ToJson(null!, GeneratedAt));
    }
}
