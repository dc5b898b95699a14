using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>State Council Order 799 (<see cref="PublicSecurityVideoRules"/>), against the compliant mall moved to 2025.</summary>
public class PublicSecurityVideoRulesTests
{
    private static TestActivity Mall2025 => Mall.With("period.start", "2025-06-01").With("period.end", "2025-12-31");

    [Fact]
    public void Art8_1_is_violated_inside_a_dormitory_room_even_with_consent() =>
        Mall2025.With("venue", "Dormitory").Expect("CN-PSVIS-8.1", Outcome.Violated, reason: "the consent obtained does not cure it");

    [Fact]
    public void Art8_1_is_violated_inside_a_nursing_room() =>
        Mall2025.With("venue", "NursingRoom").Expect("CN-PSVIS-8.1", Outcome.Violated, reason: "(NursingRoom)");

    [Fact]
    public void Art8_1_is_violated_inside_a_fitting_room() =>
        Mall2025.With("venue", "FittingRoom").Expect("CN-PSVIS-8.1", Outcome.Violated, reason: "(FittingRoom)");

    [Fact]
    public void Art8_1_is_violated_inside_a_hotel_guest_room() =>
        Mall2025.With("venue", "HotelRoom").Expect("CN-PSVIS-8.1", Outcome.Violated, reason: "(HotelRoom)");

    [Fact]
    public void Art8_1_does_not_apply_in_the_mall() =>
        Mall2025.Expect("CN-PSVIS-8.1", Outcome.NotApplicable);

    [Fact]
    public void Art8_1_is_undetermined_when_venue_unknown() =>
        Mall2025.With("venue", null).Expect("CN-PSVIS-8.1", Outcome.Undetermined, missing: "$.venue");

    [Fact]
    public void Art8_1_is_not_in_force_before_2025_04_01() =>
        Mall2025.With("venue", "FittingRoom").ExpectNotInForceBefore(PublicSecurityVideoRules.All, "2025-04-01", "2025-03-31T15:59:59Z", "CN-PSVIS-8.1");
}
