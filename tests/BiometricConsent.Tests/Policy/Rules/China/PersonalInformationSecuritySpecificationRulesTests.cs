using System.Linq;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>
/// GB/T 35273-2020 §6.3 (<see cref="PersonalInformationSecuritySpecificationRules"/>): advice, so a finding that
/// is not followed is <c>Violated</c> with no penalty, listed among the advice and never among the findings.
/// </summary>
public class PersonalInformationSecuritySpecificationRulesTests
{
    // The office terminal of 2026, keeping templates only, apart from the employee records.
    private static TestActivity Templates => Office.Patch("{ 'storage': { 'rawImagesRetained': false, 'separatedFromIdentity': true } }");

    [Fact]
    public void Art6_3a_is_satisfied_when_stored_encrypted_on_the_device() =>
        Templates.Expect("CN-GBT35273-6.3a", Outcome.Satisfied, reason: "never leaves the device");

    [Fact]
    public void Art6_3a_is_satisfied_when_encrypted_in_storage_and_in_transit() =>
        Templates.Patch("{ 'storage': { 'onDeviceOnly': false, 'transmittedOverInternet': true, 'encryptedInTransit': true } }")
            .Expect("CN-GBT35273-6.3a", Outcome.Satisfied, reason: "in storage and in transmission");

    [Fact]
    public void Art6_3a_is_violated_when_stored_unencrypted() =>
        Templates.With("storage.encrypted", false).Expect("CN-GBT35273-6.3a", Outcome.Violated, reason: "stored unencrypted");

    [Fact]
    public void Art6_3a_is_violated_when_sent_to_a_server_unencrypted() =>
        Templates.Patch("{ 'storage': { 'onDeviceOnly': false, 'transmittedOverInternet': true, 'encryptedInTransit': false } }")
            .Expect("CN-GBT35273-6.3a", Outcome.Violated, reason: "leaves the device unencrypted");

    [Fact]
    public void Art6_3a_is_undetermined_when_it_leaves_the_device_and_transit_encryption_is_unknown() =>
        Templates.Patch("{ 'storage': { 'onDeviceOnly': false, 'transmittedOverInternet': true } }")
            .Expect("CN-GBT35273-6.3a", Outcome.Undetermined, missing: "$.storage.encryptedInTransit");

    [Fact]
    public void Art6_3a_is_undetermined_when_unencrypted_in_transit_and_whether_it_leaves_the_device_is_unknown() =>
        Templates.Patch("{ 'storage': { 'onDeviceOnly': null, 'transmittedOverInternet': null, 'encryptedInTransit': false } }")
            .Expect("CN-GBT35273-6.3a", Outcome.Undetermined, missing: "$.storage.onDeviceOnly");

    [Fact]
    public void Art6_3a_is_undetermined_when_storage_encryption_is_unknown() =>
        Templates.With("storage.encrypted", null).Expect("CN-GBT35273-6.3a", Outcome.Undetermined, missing: "$.storage.encrypted");

    [Fact]
    public void Art6_3b_is_satisfied_when_stored_apart_from_identity_data() =>
        Templates.Expect("CN-GBT35273-6.3b", Outcome.Satisfied);

    [Fact]
    public void Art6_3b_is_violated_when_stored_with_the_identity_data() =>
        Templates.With("storage.separatedFromIdentity", false).Expect("CN-GBT35273-6.3b", Outcome.Violated, reason: "together with the identity information");

    [Fact]
    public void Art6_3b_is_undetermined_when_unknown() =>
        Office.Expect("CN-GBT35273-6.3b", Outcome.Undetermined, missing: "$.storage.separatedFromIdentity");

    [Fact]
    public void Art6_3c_is_satisfied_when_only_templates_are_kept() =>
        Templates.Expect("CN-GBT35273-6.3c", Outcome.Satisfied);

    [Fact]
    public void Art6_3c_is_violated_when_raw_images_are_kept() =>
        Templates.With("storage.rawImagesRetained", true).Expect("CN-GBT35273-6.3c", Outcome.Violated, reason: "raw images are kept");

    [Fact]
    public void Art6_3c_is_undetermined_when_unknown() =>
        Office.Expect("CN-GBT35273-6.3c", Outcome.Undetermined, missing: "$.storage.rawImagesRetained");

    [Fact]
    public void Advice_not_followed_is_no_violation_and_has_no_penalty()
    {
        var a = Templates.Patch("{ 'storage': { 'rawImagesRetained': true, 'separatedFromIdentity': false } }").Assess();
        var f = a.Find("CN-GBT35273-6.3c")!;
        Assert.True(f.IsAdvice);
        Assert.Null(f.Penalty);
        Assert.StartsWith("Not followed (recommended standard, not law)", f.Reason, System.StringComparison.Ordinal);
        Assert.Contains(f, a.Advice);
        Assert.DoesNotContain(f, a.Findings);
        Assert.Equal(new[] { "CN-GBT35273-6.3b", "CN-GBT35273-6.3c", "CN-GBT41819-7" }, a.Advice.Where(x => x.Outcome == Outcome.Violated).Select(x => x.RuleId));
        Assert.Equal(3, a.AdviceSummary.Violated);

        // The office is otherwise compliant: three recommendations not followed, yet no violation.
        Assert.False(a.HasViolations);
        Assert.Equal(0, a.Summary.Violated);
    }

    [Fact]
    public void Art6_3c_is_not_in_force_before_2020_10_01() =>
        Templates.With("storage.rawImagesRetained", true)
            .ExpectNotInForceBefore(PersonalInformationSecuritySpecificationRules.All, "2020-10-01", "2020-09-30T15:59:59Z", "CN-GBT35273-6.3c");
}
