using System;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

public class ConsentGateTests
{
    [Fact]
    public void Require_returns_when_consent_is_in_place()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant());
        kit.Gate.Require(Alice, Purpose.AccessControl);
    }

    [Fact]
    public async Task Require_throws_saying_why()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant());
        kit.Clock.Advance(Duration.FromDays(1));
        await kit.Gate.WithdrawAsync(Alice);

        var ex = Assert.Throws<ConsentRequiredException>(() => kit.Gate.Require(Alice, Purpose.AccessControl, RecognitionFunction.Verification));
        Assert.Equal(
            "Subject 'alice' has no valid consent for AccessControl (Face Verification): The consent for AccessControl granted at 2026-03-01T08:00:00Z was withdrawn at 2026-03-02T08:00:00Z (PIPL Art. 15). [Withdrawn]",
            ex.Message);
        Assert.Equal(ConsentDenialReason.Withdrawn, ex.Reason);
        Assert.Equal(Alice, ex.Subject);
        Assert.Equal(Purpose.AccessControl, ex.Purpose);
        Assert.Equal(RecognitionFunction.Verification, ex.Function);
        Assert.Equal(Modality.Face, ex.Modality);
        Assert.False(ex.Decision.IsGranted);
    }

    [Fact]
    public void The_exception_refuses_a_granted_decision()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant());
        var granted = kit.Gate.Evaluate(Alice, Purpose.AccessControl);
        Assert.Throws<ArgumentException>("decision", () => new ConsentRequiredException(Alice, Purpose.AccessControl, RecognitionFunction.Verification, Modality.Face, granted));
    }

    [Fact]
    public async Task Async_forms_agree_with_the_synchronous_ones()
    {
        var kit = new ConsentTestKit();
        Assert.False(await kit.Gate.HasConsentAsync(Alice, Purpose.Payment));
        var ex = await Assert.ThrowsAsync<ConsentRequiredException>(async () => await kit.Gate.RequireAsync(Alice, Purpose.Payment));
        Assert.Equal(ConsentDenialReason.NoRecord, ex.Reason);

        await kit.Gate.RecordAsync(Grant(purposes: new[] { Purpose.Payment }, functions: RecognitionFunction.Identification));
        Assert.True(await kit.Gate.HasConsentAsync(Alice, Purpose.Payment, RecognitionFunction.Identification));
        await kit.Gate.RequireAsync(Alice, Purpose.Payment, RecognitionFunction.Identification);
        Assert.Equal(ConsentDenialReason.FunctionNotCovered, (await kit.Gate.EvaluateAsync(Alice, Purpose.Payment)).Reason);
        Assert.False(await kit.Gate.HasConsentAsync(Alice, Purpose.Payment));
    }

    [Fact]
    public async Task Checks_use_the_clock_now()
    {
        var kit = new ConsentTestKit();
        await kit.Gate.RecordAsync(Grant(at: T0 + Duration.FromHours(1), expiresAt: T0 + Duration.FromHours(2)));

        Assert.False(kit.Gate.HasConsent(Alice, Purpose.AccessControl));
        kit.Clock.Advance(Duration.FromHours(1));
        Assert.True(kit.Gate.HasConsent(Alice, Purpose.AccessControl));
        kit.Clock.Advance(Duration.FromHours(1));
        Assert.False(kit.Gate.HasConsent(Alice, Purpose.AccessControl));
        Assert.Equal(ConsentDenialReason.Expired, kit.Gate.Evaluate(Alice, Purpose.AccessControl).Reason);
    }

    [Fact]
    public async Task Bad_arguments_name_the_parameter()
    {
        var kit = new ConsentTestKit();
        var gate = kit.Gate;
        Assert.Throws<ArgumentNullException>("ledger", () => new ConsentGate(null!, kit.Clock));
        Assert.Throws<ArgumentNullException>("clock", () => new ConsentGate(kit.Ledger, null!));
        Assert.Throws<ArgumentNullException>("policy", () => gate.WithPolicy(null!));

        Assert.Throws<ArgumentException>("subject", () => gate.HasConsent(default, Purpose.Login));
        Assert.Throws<ArgumentException>("subject", () => gate.Require(default, Purpose.Login));
        Assert.Throws<ArgumentOutOfRangeException>("purpose", () => gate.HasConsent(Alice, (Purpose)0));
        Assert.Throws<ArgumentOutOfRangeException>("purpose", () => gate.Evaluate(Alice, (Purpose)99));
        Assert.Throws<ArgumentOutOfRangeException>("function", () => gate.HasConsent(Alice, Purpose.Login, RecognitionFunction.None));
        Assert.Throws<ArgumentOutOfRangeException>("function", () => gate.HasConsent(Alice, Purpose.Login, (RecognitionFunction)64));
        Assert.Throws<ArgumentOutOfRangeException>("modality", () => gate.HasConsent(Alice, Purpose.Login, modality: Modality.None));
        Assert.Throws<ArgumentOutOfRangeException>("modality", () => gate.EvaluateAt(Alice, Purpose.Login, T0, modality: (Modality)32));
        await Assert.ThrowsAsync<ArgumentException>("subject", async () => await gate.HasConsentAsync(default, Purpose.Login));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("purpose", async () => await gate.RequireAsync(Alice, (Purpose)64));
        Assert.Throws<ArgumentNullException>("consent", () => { gate.RecordAsync(null!); });
        Assert.Throws<ArgumentException>("subject", () => { gate.WithdrawAsync(default); });
        Assert.Throws<ArgumentException>("purposes", () => { gate.WithdrawAsync(Alice, Array.Empty<Purpose>()); });
        Assert.Throws<ArgumentException>("note", () => { gate.RecordDeletionAsync(Alice, "  "); });
    }

    [Fact]
    public void Checks_carry_the_consent_check_attribute_and_evaluate_does_not()
    {
        foreach (var name in new[] { nameof(ConsentGate.HasConsent), nameof(ConsentGate.Require), nameof(ConsentGate.HasConsentAsync), nameof(ConsentGate.RequireAsync) })
        {
            Assert.NotNull(Attribute.GetCustomAttribute(typeof(ConsentGate).GetMethod(name)!, typeof(ConsentCheckAttribute)));
        }

        Assert.Null(Attribute.GetCustomAttribute(typeof(ConsentGate).GetMethod(nameof(ConsentGate.Evaluate))!, typeof(ConsentCheckAttribute)));
    }
}
