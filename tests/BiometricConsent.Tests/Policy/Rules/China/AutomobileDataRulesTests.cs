using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The Automobile Data Security Provisions (trial), Art. 10 (<see cref="AutomobileDataRules"/>): a car maker's driver-monitoring camera.</summary>
public class AutomobileDataRulesTests
{
    private static TestActivity DriverMonitoring => Mall.With("processor.kinds", new[] { "AutomobileDataProcessor" })
        .With("purposes", new[] { "DrivingSafety" }).With("necessity.necessaryForService", true);

    [Fact]
    public void Art10_is_satisfied_for_a_necessary_driver_monitoring_camera() =>
        DriverMonitoring.Expect("CN-ADSP-10", Outcome.Satisfied);

    [Fact]
    public void Art10_is_violated_when_a_dealer_analyses_showroom_visitors() =>
        DriverMonitoring.With("purposes", new[] { "CustomerAnalytics" }).Expect("CN-ADSP-10", Outcome.Violated, reason: "other than enhancing driving safety");

    [Fact]
    public void Art10_is_violated_when_driving_safety_is_joined_by_marketing() =>
        DriverMonitoring.With("purposes", new[] { "DrivingSafety", "Marketing" }).Expect("CN-ADSP-10", Outcome.Violated, reason: "other than enhancing driving safety");

    [Fact]
    public void Art10_is_violated_when_not_necessary() =>
        DriverMonitoring.With("necessity.necessaryForService", false).Expect("CN-ADSP-10", Outcome.Violated, reason: "not necessary");

    [Fact]
    public void Art10_does_not_apply_when_processor_kinds_BusinessOperator() =>
        DriverMonitoring.With("processor.kinds", new[] { "BusinessOperator" }).Expect("CN-ADSP-10", Outcome.NotApplicable, reason: "automobile data processor");

    [Fact]
    public void Art10_is_undetermined_when_processor_kinds_unknown() =>
        DriverMonitoring.With("processor.kinds", null).Expect("CN-ADSP-10", Outcome.Undetermined, missingIncludes: "$.processor.kinds");

    [Fact]
    public void Art10_is_undetermined_when_necessity_unknown() =>
        DriverMonitoring.With("necessity.necessaryForService", null).Expect("CN-ADSP-10", Outcome.Undetermined, missing: "$.necessity.necessaryForService");

    [Fact]
    public void Art10_is_not_in_force_before_2021_10_01() =>
        DriverMonitoring.With("purposes", new[] { "CustomerAnalytics" })
            .ExpectNotInForceBefore(AutomobileDataRules.All, "2021-10-01", "2021-09-30T15:59:59Z", "CN-ADSP-10");
}
