using BiometricConsent.Consent;
using BiometricConsent.Sqlite.Storage;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>
/// Payload format 1 stores <see cref="Purpose"/>, <see cref="Modality"/> and <see cref="RecognitionFunction"/> by
/// number. These payloads were written before the shared vocabulary existed (with the consent gate's own
/// ConsentPurpose and BiometricModality); they must still be written and read the same.
/// </summary>
public sealed class PayloadFormatTests
{
    private const string GrantPayload =
        "{\"grantedAt\":\"2026-03-01T08:00:00Z\",\"purposes\":[1,2,12],\"modalities\":21,\"functions\":9,\"noticeVersion\":\"1\"," +
        "\"form\":2,\"separate\":true,\"giver\":{\"kind\":1,\"guardianIdentity\":null,\"relationship\":null}," +
        "\"subjectBirthDate\":null,\"expiresAt\":null,\"timeZone\":null,\"evidenceReference\":null}";

    private const string WithdrawalPayload = "{\"withdrawnAt\":\"2026-03-01T08:00:00Z\",\"purposes\":[5,11],\"note\":null}";

    [Fact]
    public void A_grant_is_stored_with_the_numbers_of_format_1()
    {
        var grant = new ConsentGranted(
            Alice,
            new[] { Purpose.AccessControl, Purpose.Payment, Purpose.Other },
            Modality.Face | Modality.Iris | Modality.Gait,
            RecognitionFunction.Verification | RecognitionFunction.Detection,
            new NoticeVersion(1),
            T0,
            ConsentForm.ElectronicAction,
            true,
            ConsentGiver.Subject);

        Assert.Equal(GrantPayload, EventCodec.Encode(grant, "events"));
    }

    [Fact]
    public void A_grant_stored_before_reads_the_same()
    {
        var grant = Assert.IsType<ConsentGranted>(EventCodec.Decode(Alice, (long)ConsentEventKind.Granted, GrantPayload));

        Assert.Equal(new[] { Purpose.AccessControl, Purpose.Payment, Purpose.Other }, grant.Purposes);
        Assert.Equal(Modality.Face | Modality.Iris | Modality.Gait, grant.Modalities);
        Assert.Equal(RecognitionFunction.Verification | RecognitionFunction.Detection, grant.Functions);
        Assert.Equal(ConsentForm.ElectronicAction, grant.Form);
    }

    [Fact]
    public void A_withdrawal_round_trips_with_the_numbers_of_format_1()
    {
        var withdrawal = new ConsentWithdrawn(Alice, T0, new[] { Purpose.CustomerAnalytics, Purpose.ResearchTraining });
        Assert.Equal(WithdrawalPayload, EventCodec.Encode(withdrawal, "events"));

        var read = Assert.IsType<ConsentWithdrawn>(EventCodec.Decode(Alice, (long)ConsentEventKind.Withdrawn, WithdrawalPayload));
        Assert.Equal(new[] { Purpose.CustomerAnalytics, Purpose.ResearchTraining }, read.Purposes);
    }
}
