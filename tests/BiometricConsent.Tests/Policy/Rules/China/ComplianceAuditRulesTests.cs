using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.Support;
using static BiometricConsent.Tests.Policy.Support.TestActivity;

namespace BiometricConsent.Tests.Policy.Rules.China;

/// <summary>The CAC audit measures (<see cref="ComplianceAuditRules"/>): the two-year audit interval for processors of over 10 million persons.</summary>
public class ComplianceAuditRulesTests
{
    private const string Platform = "'audit': { 'done': true, 'lastAuditOn': '2025-06-30', 'personsProcessed': 25000000 }";

    private const string LateInCycle = "'period': { 'start': '2027-01-01', 'end': '2027-12-31' }";

    [Fact]
    public void Art19_does_not_apply_for_the_compliant_office() =>
        Office.Patch("{ 'audit': { 'lastAuditOn': '2020-01-01' } }").Expect("CN-CAC-PICA-19", Outcome.NotApplicable, reason: "not more than 10 million");

    [Fact]
    public void Art19_is_satisfied_when_a_large_processor_audited_within_two_years() =>
        Office.Patch("{ " + Platform + " }").Expect("CN-CAC-PICA-19", Outcome.Satisfied, reason: "2025-06-30");

    [Fact]
    public void Art19_is_violated_when_a_large_processor_has_not_audited_for_two_years_after_the_first_cycle() =>
        Office.Patch("{ " + Platform + ", " + LateInCycle + " }").Patch("{ 'audit': { 'lastAuditOn': '2025-06-01' } }")
            .Expect("CN-CAC-PICA-19", Outcome.Violated, reason: "none in the two years before 2027-12-31");

    [Fact]
    public void Art19_is_violated_when_a_large_processor_never_audited_by_2027_05_01() =>
        Office.Patch("{ " + Platform + ", " + LateInCycle + " }").Patch("{ 'audit': { 'done': false, 'lastAuditOn': null } }")
            .Expect("CN-CAC-PICA-19", Outcome.Violated, reason: "never had a compliance audit");

    [Fact]
    public void Art19_is_violated_when_stored_persons_alone_exceed_ten_million() =>
        Office.Patch("{ " + LateInCycle + ", 'subjects': { 'storedPersons': 12000000 }, 'audit': { 'done': false, 'lastAuditOn': null, 'personsProcessed': null } }")
            .Expect("CN-CAC-PICA-19", Outcome.Violated);

    [Fact]
    public void Art19_is_undetermined_not_violated_within_the_first_cycle() =>
        Office.Patch("{ " + Platform + " }").Patch("{ 'audit': { 'done': false, 'lastAuditOn': null } }")
            .Expect("CN-CAC-PICA-19", Outcome.Undetermined, missing: "$.audit.lastAuditOn", reason: "2027-04-30");

    [Fact]
    public void Art19_is_undetermined_when_audit_personsProcessed_unknown() =>
        Office.Patch("{ 'audit': { 'lastAuditOn': '2020-01-01', 'personsProcessed': null } }")
            .Expect("CN-CAC-PICA-19", Outcome.Undetermined, missing: "$.audit.personsProcessed");

    [Fact]
    public void Art19_is_undetermined_when_a_large_processor_gives_no_audit_facts() =>
        Office.Patch("{ 'audit': { 'done': null, 'lastAuditOn': null, 'personsProcessed': 25000000 } }")
            .Expect("CN-CAC-PICA-19", Outcome.Undetermined, missing: "$.audit.done, $.audit.lastAuditOn");

    [Fact]
    public void Art19_is_not_in_force_before_2025_05_01()
    {
        // The first day in force cannot fire (the first two-year cycle ends 2027-04-30), so the helper that checks the
        // first firing day does not fit: the day before is checked here, the first cycle by the test above.
        var f = Office.Patch("{ 'period': { 'start': '2020-01-01', 'end': '2025-04-30T15:59:59Z' }, 'audit': { 'done': false, 'lastAuditOn': null, 'personsProcessed': 25000000 } }")
            .Finding("CN-CAC-PICA-19");
        Assert.Equal(Outcome.NotInForce, f.Outcome);
        Assert.Contains("in force from 2025-05-01", f.Reason);
    }
}
