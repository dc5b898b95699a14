using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

public class ConsentValidityTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    [Fact]
    public void No_record_is_denied_and_a_valid_grant_is_granted()
    {
        var kit = new ConsentTestKit();
        Assert.Equal(ConsentDenialReason.NoRecord, kit.At(T0).Reason);
        Assert.False(kit.Gate.HasConsent(Alice, Purpose.AccessControl));

        var entry = kit.Append(Grant());

        var decision = kit.Gate.Evaluate(Alice, Purpose.AccessControl);
        Assert.True(decision.IsGranted);
        Assert.Equal(ConsentDenialReason.None, decision.Reason);
        Assert.Same(entry, decision.Grant);
        Assert.True(kit.Gate.HasConsent(Alice, Purpose.AccessControl));
        Assert.Equal(ConsentDenialReason.NoRecord, kit.At(T0, subject: Bob).Reason);
    }

    [Fact]
    public void Consent_does_not_reach_back_before_it_was_granted()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(at: T0));

        Assert.Equal(ConsentDenialReason.NotYetGranted, kit.At(T0 - Duration.Epsilon).Reason);
        Assert.True(kit.At(T0).IsGranted);
    }

    [Fact]
    public void Consent_for_one_purpose_does_not_cover_another()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(purposes: new[] { Purpose.AccessControl, Purpose.Attendance }));

        Assert.True(kit.At(T0, Purpose.AccessControl).IsGranted);
        Assert.True(kit.At(T0, Purpose.Attendance).IsGranted);
        var payment = kit.At(T0, Purpose.Payment);
        Assert.Equal(ConsentDenialReason.PurposeNotCovered, payment.Reason);
        Assert.Contains("Payment", payment.Message);
        Assert.Null(payment.Grant);
    }

    [Fact]
    public void Consent_for_one_modality_does_not_cover_another()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(modalities: Modality.Fingerprint));

        Assert.True(kit.At(T0, modality: Modality.Fingerprint).IsGranted);
        var face = kit.At(T0, modality: Modality.Face);
        Assert.Equal(ConsentDenialReason.ModalityNotCovered, face.Reason);
        Assert.Contains("Face", face.Message);
        // Several flags in a check: all must be covered.
        Assert.Equal(ConsentDenialReason.ModalityNotCovered, kit.At(T0, modality: Modality.Fingerprint | Modality.Face).Reason);
    }

    [Fact]
    public void Consent_for_one_function_does_not_cover_another()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(functions: RecognitionFunction.Verification | RecognitionFunction.Detection));

        Assert.True(kit.At(T0, function: RecognitionFunction.Verification).IsGranted);
        Assert.True(kit.At(T0, function: RecognitionFunction.Verification | RecognitionFunction.Detection).IsGranted);
        Assert.Equal(ConsentDenialReason.FunctionNotCovered, kit.At(T0, function: RecognitionFunction.Identification).Reason);
        Assert.Equal(ConsentDenialReason.FunctionNotCovered, kit.At(T0, function: RecognitionFunction.Verification | RecognitionFunction.AttributeAnalysis).Reason);
    }

    [Fact]
    public void Bundled_consent_is_not_consent_for_biometric_data()
    {
        var kit = new ConsentTestKit();
        var bundled = kit.Append(Grant(separate: false));

        var decision = kit.At(T0);
        Assert.Equal(ConsentDenialReason.NotSeparate, decision.Reason);
        Assert.Same(bundled, decision.Grant);
        Assert.Contains("Art. 29", decision.Message);

        // A later separate consent cures it.
        kit.Append(Grant(at: T0 + Hour, separate: true));
        Assert.True(kit.At(T0 + Hour).IsGranted);
        Assert.Equal(ConsentDenialReason.NotSeparate, kit.At(T0 + Hour - Duration.Epsilon).Reason);
    }

    [Theory]
    [InlineData(ConsentForm.Oral, false)]
    [InlineData(ConsentForm.ElectronicAction, false)]
    [InlineData(ConsentForm.Written, true)]
    [InlineData(ConsentForm.ElectronicSignature, true)]
    public void Written_consent_is_required_only_when_the_policy_says_so(ConsentForm form, bool isWritten)
    {
        var kit = new ConsentTestKit(ConsentPolicy.Default.WithWrittenConsentRequired(true));
        kit.Append(Grant(form: form));

        var decision = kit.At(T0);
        Assert.Equal(isWritten, decision.IsGranted);
        if (!isWritten)
        {
            Assert.Equal(ConsentDenialReason.WrittenConsentRequired, decision.Reason);
            Assert.Contains(form.ToString(), decision.Message);
        }

        // Without the requirement any form will do.
        Assert.True(kit.Gate.WithPolicy(ConsentPolicy.Default).EvaluateAt(Alice, Purpose.AccessControl, T0).IsGranted);
    }

    [Fact]
    public void Consent_against_an_older_notice_than_required_is_stale()
    {
        var kit = new ConsentTestKit(ConsentPolicy.Default.WithRequiredNoticeVersion(NoticeVersion.Parse("2.1")));
        kit.Append(Grant(notice: NoticeVersion.Parse("2.0")));

        var stale = kit.At(T0);
        Assert.Equal(ConsentDenialReason.StaleNoticeVersion, stale.Reason);
        Assert.Contains("2.1", stale.Message);
        Assert.Contains("Art. 14", stale.Message);

        // Re-consent against the current notice (PIPL Art. 14 ¶2) renews it; a newer notice is fine too.
        kit.Append(Grant(at: T0 + Hour, notice: NoticeVersion.Parse("2.1")));
        Assert.True(kit.At(T0 + Hour).IsGranted);
        Assert.True(kit.Gate.WithPolicy(ConsentPolicy.Default.WithRequiredNoticeVersion(new NoticeVersion(2))).EvaluateAt(Alice, Purpose.AccessControl, T0).IsGranted);
        Assert.True(kit.Gate.WithPolicy(ConsentPolicy.Default).EvaluateAt(Alice, Purpose.AccessControl, T0).IsGranted);
    }

    [Fact]
    public void Expired_consent_is_gone_from_the_expiry_instant()
    {
        var kit = new ConsentTestKit();
        var expiry = T0 + Duration.FromDays(365);
        kit.Append(Grant(expiresAt: expiry));

        Assert.True(kit.At(expiry - Duration.Epsilon).IsGranted);
        var expired = kit.At(expiry);
        Assert.Equal(ConsentDenialReason.Expired, expired.Reason);
        Assert.Contains("2027-03-01T08:00:00Z", expired.Message);
    }

    [Fact]
    public void Withdrawal_is_not_retroactive()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant());
        var withdrawnAt = T0 + Duration.FromDays(10);
        kit.Append(new ConsentWithdrawn(Alice, withdrawnAt));

        Assert.True(kit.At(withdrawnAt - Duration.Epsilon).IsGranted);
        var withdrawn = kit.At(withdrawnAt);
        Assert.Equal(ConsentDenialReason.Withdrawn, withdrawn.Reason);
        Assert.Contains("withdrawn at 2026-03-11T08:00:00Z", withdrawn.Message);
        Assert.Equal(ConsentDenialReason.Withdrawn, kit.At(withdrawnAt + Hour).Reason);

        // A new grant after the withdrawal starts afresh.
        kit.Append(Grant(at: withdrawnAt + Hour));
        Assert.True(kit.At(withdrawnAt + Hour).IsGranted);
    }

    [Fact]
    public void Withdrawal_of_one_purpose_leaves_the_others()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(purposes: new[] { Purpose.AccessControl, Purpose.Attendance }));
        kit.Append(new ConsentWithdrawn(Alice, T0 + Hour, new[] { Purpose.Attendance }));

        Assert.Equal(ConsentDenialReason.Withdrawn, kit.At(T0 + Hour, Purpose.Attendance).Reason);
        Assert.True(kit.At(T0 + Hour, Purpose.AccessControl).IsGranted);
    }

    [Fact]
    public void A_withdrawal_recorded_late_still_ends_consent_from_its_instant_and_a_backdated_grant_before_it_too()
    {
        var kit = new ConsentTestKit();
        kit.Append(new ConsentWithdrawn(Alice, T0 + Hour));
        // Recorded after the withdrawal, but granted before it: withdrawn too.
        kit.Append(Grant(at: T0));

        Assert.True(kit.At(T0).IsGranted);
        Assert.Equal(ConsentDenialReason.Withdrawn, kit.At(T0 + Hour).Reason);
    }

    [Fact]
    public void The_latest_consent_for_a_purpose_and_modality_governs()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(at: T0, functions: RecognitionFunction.Verification | RecognitionFunction.Identification));
        // A narrower consent later supersedes the broader one for the same purpose and kind of data.
        var narrower = kit.Append(Grant(at: T0 + Hour, functions: RecognitionFunction.Verification));

        Assert.True(kit.At(T0, function: RecognitionFunction.Identification).IsGranted);
        var identification = kit.At(T0 + Hour, function: RecognitionFunction.Identification);
        Assert.Equal(ConsentDenialReason.FunctionNotCovered, identification.Reason);
        Assert.Same(narrower, identification.Grant);
        Assert.Contains("covers Verification, not Identification", identification.Message);
        Assert.Same(narrower, kit.At(T0 + Hour).Grant);

        // So does a later bundled consent: the latest expression of the subject's will counts.
        kit.Append(Grant(at: T0 + (2 * Hour), separate: false));
        Assert.Equal(ConsentDenialReason.NotSeparate, kit.At(T0 + (2 * Hour)).Reason);
    }

    [Fact]
    public void Consents_for_other_purposes_or_modalities_do_not_supersede()
    {
        var kit = new ConsentTestKit();
        var face = kit.Append(Grant(at: T0));
        var payment = kit.Append(Grant(at: T0 + Hour, purposes: new[] { Purpose.Payment }));
        var fingerprint = kit.Append(Grant(at: T0 + (2 * Hour), modalities: Modality.Fingerprint));

        var later = T0 + (3 * Hour);
        Assert.Same(face, kit.At(later).Grant);
        Assert.Same(payment, kit.At(later, Purpose.Payment).Grant);
        Assert.Same(fingerprint, kit.At(later, modality: Modality.Fingerprint).Grant);
        Assert.Same(face, kit.At(later, modality: Modality.Face | Modality.Fingerprint).Grant);
    }

    [Fact]
    public void A_check_of_several_modalities_fails_when_any_governing_consent_fails()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(at: T0, modalities: Modality.Face | Modality.Voice));
        kit.Append(Grant(at: T0 + Hour, modalities: Modality.Voice, separate: false));

        Assert.True(kit.At(T0 + Hour, modality: Modality.Face).IsGranted);
        Assert.Equal(ConsentDenialReason.NotSeparate, kit.At(T0 + Hour, modality: Modality.Face | Modality.Voice).Reason);
    }

    [Fact]
    public void Decision_to_string_and_equality()
    {
        var kit = new ConsentTestKit();
        var none = kit.At(T0);
        Assert.Equal("Not granted (NoRecord): No consent from the subject is on record.", none.ToString());
        Assert.Equal(none, kit.At(T0));
        kit.Append(Grant());
        var granted = kit.At(T0);
        Assert.Equal("Granted: Valid consent is in place.", granted.ToString());
        Assert.NotEqual(none, granted);
        // The default value fails closed.
        Assert.False(default(ConsentDecision).IsGranted);
        Assert.Equal("Not granted (None): This is the default ConsentDecision, not the result of an evaluation.", default(ConsentDecision).ToString());
    }
}
