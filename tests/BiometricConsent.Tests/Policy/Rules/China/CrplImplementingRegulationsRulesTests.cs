using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The CRPL Implementing Regulations, Art. 23 (<see cref="CrplImplementingRegulationsRules"/>), against the compliant mall moved to 2025.</summary>
public class CrplImplementingRegulationsRulesTests
{
    private static TestActivity Mall2025 => Mall.With("period.start", "2025-01-01").With("period.end", "2025-03-31");

    [Fact]
    public void Art23_is_satisfied_for_the_compliant_mall() =>
        Mall2025.Expect("CN-CRPL-IR-23", Outcome.Satisfied);

    [Fact]
    public void Art23_is_violated_when_consent_bundled() =>
        Mall2025.With("consent.separate", false).With("consent.bundled", true).Expect("CN-CRPL-IR-23", Outcome.Violated, reason: "bundled");

    [Fact]
    public void Art23_is_violated_when_service_refused_without_consent_although_not_necessary() =>
        Mall2025.With("necessity.serviceRefusedWithoutConsent", true).Expect("CN-CRPL-IR-23", Outcome.Violated, reason: "not necessary");

    [Fact]
    public void Art23_does_not_apply_when_subjects_kinds_Employee() =>
        Mall2025.With("subjects.kinds", new[] { "Employee" }).Expect("CN-CRPL-IR-23", Outcome.NotApplicable, reason: "consumers");

    [Fact]
    public void Art23_is_undetermined_when_consent_bundled_unknown() =>
        Mall2025.With("consent.bundled", null).Expect("CN-CRPL-IR-23", Outcome.Undetermined, missing: "$.consent.bundled");

    [Fact]
    public void Art23_is_not_in_force_before_2024_07_01() =>
        Mall2025.With("consent.separate", false).With("consent.bundled", true).ExpectNotInForceBefore(CrplImplementingRegulationsRules.All, "2024-07-01", "2024-06-30T15:59:59Z", "CN-CRPL-IR-23");
}
