using System;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>GB/T 41819-2022 (<see cref="FaceRecognitionDataStandardRules"/>): advice on face recognition data.</summary>
public class FaceRecognitionDataStandardRulesTests
{
    private static TestActivity Templates => Office.With("storage.rawImagesRetained", false);

    [Fact]
    public void Art5_is_satisfied_when_a_card_or_password_is_offered() =>
        Office.Expect("CN-GBT41819-5", Outcome.Satisfied);

    [Fact]
    public void Art5_is_violated_when_only_face_recognition_is_offered() =>
        Office.With("necessity.alternativeOffered", false).Expect("CN-GBT41819-5", Outcome.Violated, reason: "no method other than face recognition");

    [Fact]
    public void Art5_is_undetermined_when_unknown() =>
        Office.With("necessity.alternativeOffered", null).Expect("CN-GBT41819-5", Outcome.Undetermined, missing: "$.necessity.alternativeOffered");

    [Fact]
    public void Art5_does_not_apply_to_fingerprints() =>
        Office.With("modalities", new[] { "Fingerprint" }).With("necessity.alternativeOffered", false)
            .Expect("CN-GBT41819-5", Outcome.NotApplicable, reason: "no faces");

    [Fact]
    public void Art7_is_satisfied_when_face_images_are_deleted_after_recognition() =>
        Templates.Expect("CN-GBT41819-7", Outcome.Satisfied);

    [Fact]
    public void Art7_is_violated_when_face_images_are_kept() =>
        Office.With("storage.rawImagesRetained", true).Expect("CN-GBT41819-7", Outcome.Violated, reason: "face images are kept");

    [Fact]
    public void Art7_is_undetermined_when_unknown() =>
        Office.Expect("CN-GBT41819-7", Outcome.Undetermined, missing: "$.storage.rawImagesRetained");

    [Fact]
    public void Art7_does_not_apply_to_fingerprints() =>
        Office.With("modalities", new[] { "Fingerprint" }).With("storage.rawImagesRetained", true)
            .Expect("CN-GBT41819-7", Outcome.NotApplicable);

    [Fact]
    public void Art7_is_not_in_force_before_2023_05_01() =>
        Office.With("storage.rawImagesRetained", true)
            .ExpectNotInForceBefore(FaceRecognitionDataStandardRules.All, "2023-05-01", "2023-04-30T15:59:59Z", "CN-GBT41819-7");

    [Fact]
    public void An_advisory_instrument_or_rule_cannot_carry_a_penalty()
    {
        var e = Assert.Throws<ArgumentException>(() => new Instrument(
            "CN-X", "X", "X", null, BiometricConsent.Policy.Model.Jurisdiction.China, InstrumentStatus.InForce, EnforcementChannel.Advisory,
            new NodaTime.LocalDate(2023, 5, 1), penalty: "a fine"));
        Assert.Equal("penalty", e.ParamName);
        var r = Assert.Throws<ArgumentException>(() => new Rule(
            "CN-GBT41819-X", FaceRecognitionDataStandardRules.Instrument, "ch. 7", "s", Verification.Recalled,
            (in RuleContext c) => Verdict.Satisfied("ok"), penalty: "a fine"));
        Assert.Equal("penalty", r.ParamName);
    }
}
