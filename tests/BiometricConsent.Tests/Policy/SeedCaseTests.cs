using System;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Policy.Serialization;
using BiometricConsent.Tests.Policy.Support;
using NodaTime;

namespace BiometricConsent.Tests.Policy;

/// <summary>The documented enforcement cases and deployments, as example files in docs/examples (and one school).</summary>
public class SeedCaseTests
{
    /// <summary>Patch of the office example: a primary school taking attendance of under-14s without guardian consent.</summary>
    internal const string ZhejiangSchool =
        "{ 'id': 'zhejiang-school-2025', 'jurisdiction': 'CN-ZJ', 'period': { 'start': '2025-09-01', 'end': '2026-01-16' }, " +
        "'processor': { 'name': 'A Hangzhou primary school', 'kinds': ['Other'] }, 'venue': 'School', 'purposes': ['Attendance'], " +
        "'subjects': { 'kinds': ['Student'], 'includesMinorsUnder14': true, 'storedPersons': 1200 }, " +
        "'consent': { 'guardianForMinors': false }, 'impactAssessment': { 'completedOn': '2025-08-01' } }";

    private static readonly string[] Prefixes = { "CN-PIPL-", "CN-CAC-FRT-", "CN-NDSMR-" };

    [Fact]
    public void XPeng_Shanghai_2021_violates_only_CRPL_Art29_1_the_law_in_force_then()
    {
        var result = TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json"));

        var crpl = result.Find("CN-CRPL-29.1")!;
        Assert.Equal(Outcome.Violated, crpl.Outcome);
        Assert.Equal(CrplRules.Art56Penalty, crpl.Penalty);
        Assert.Contains("without their consent", crpl.Reason);
        Assert.Equal("xpeng-shanghai-2021", result.ActivityId);
        Assert.Equal(new LocalDateRange(new LocalDate(2021, 1, 1), new LocalDate(2021, 6, 30)), result.Period);

        // January–June 2021 predates the SPC FR Provisions (2021-08-01) — and PIPL (2021-11-01).
        Assert.All(result.Findings.Where(f => f.RuleId.StartsWith("CN-SPC-FR-", StringComparison.Ordinal)), f => Assert.Equal(Outcome.NotInForce, f.Outcome));
        Assert.All(result.Findings.Where(f => f.RuleId.StartsWith("CN-PIPL-", StringComparison.Ordinal)), f => Assert.Equal(Outcome.NotInForce, f.Outcome));
        Assert.Equal(SpcFrProvisionsRules.All.Count, result.Findings.Count(f => f.RuleId.StartsWith("CN-SPC-FR-", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("CN-TJ-", StringComparison.Ordinal));
    }

    [Fact]
    public void XPeng_Shanghai_2021_also_breaches_Civil_Code_Art1035_in_force_since_2021_01_01()
    {
        var result = TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json"));

        // The Civil Code bound the January–June 2021 captures: no notice, no published rules, no consent.
        var civil = result.Find("CN-CC-1035")!;
        Assert.Equal(Outcome.Violated, civil.Outcome);
        Assert.Contains("without their consent", civil.Reason);
        Assert.Contains("without telling them the purpose, method and scope", civil.Reason);
        Assert.StartsWith("Civil liability, not a fine", civil.Penalty);

        // The two violations are the CRPL's and the Civil Code's; the other new instruments stay open or out of time.
        Assert.Equal(new[] { "CN-CC-1035", "CN-CRPL-29.1" }, result.Findings.Where(f => f.Outcome == Outcome.Violated).Select(f => f.RuleId).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(Outcome.Undetermined, result.Find("CN-CC-1038")!.Outcome);
        Assert.Equal(new[] { "$.sharing.sharedWithThirdParties", "$.security.incident" }, result.Find("CN-CC-1038")!.MissingFacts);

        // Whether XPeng was a network operator is not stated: the Cybersecurity Law is undetermined, never assumed.
        foreach (var id in new[] { "CN-CSL-41", "CN-CSL-42" })
        {
            var f = result.Find(id)!;
            Assert.Equal(Outcome.Undetermined, f.Outcome);
            Assert.Equal(new[] { "$.processor.networkOperator" }, f.MissingFacts);
        }

        // Guo Bing's first-instance necessity holding needs the necessity facts the example does not give.
        Assert.Equal(Outcome.Undetermined, result.Find("CN-CASE-GB-1.3")!.Outcome);

        // Later instruments: the Automobile Data Provisions (2021-10-01), Order 799 (2025-04-01), the CRPL
        // Implementing Regulations (2024-07-01).
        Assert.Contains("in force from 2021-10-01", result.Find("CN-ADSP-10")!.Reason);
        foreach (var id in new[] { "CN-ADSP-10", "CN-PSVIS-8.1", "CN-CRPL-IR-23", "CN-CAC-PICA-19" })
        {
            Assert.Equal(Outcome.NotInForce, result.Find(id)!.Outcome);
        }
    }

    [Fact]
    public void The_Tianjin_credit_provider_violates_Art16_2_despite_written_separate_consent()
    {
        var result = TestData.Assessor.Assess(TestData.Example("tianjin-credit-provider.json"));
        var f = result.Find("CN-TJ-SCR-16.2")!;
        Assert.Equal(Outcome.Violated, f.Outcome);
        Assert.Contains("written or separate consent obtained does not cure it", f.Reason);
        Assert.Equal(Outcome.Satisfied, result.Find("CN-TJ-SCR-16.1")!.Outcome);
    }

    [Fact]
    public void The_same_facts_in_Shanghai_have_no_Tianjin_finding()
    {
        var json = TestData.ExampleText("tianjin-credit-provider.json").Replace("\"CN-TJ\"", "\"CN-SH\"");
        var result = TestData.Assessor.Assess(ActivityJson.Parse(json));
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("CN-TJ-", StringComparison.Ordinal));
        Assert.False(result.HasViolations, string.Join("; ", result.Findings.Where(f => f.Outcome == Outcome.Violated)));
    }

    [Fact]
    public void Guo_Bing_violates_the_three_holdings_and_CRPL_Art29_1_but_predates_the_SPC_provisions()
    {
        var result = TestData.Assessor.Assess(TestData.Example("guo-bing-safari-park.json"));
        Assert.Equal(Outcome.Violated, result.Find("CN-CASE-GB-1.4")!.Outcome);
        Assert.Equal(Outcome.Violated, result.Find("CN-CASE-GB-2.3")!.Outcome);
        Assert.Equal(Outcome.Violated, result.Find("CN-CASE-GB-2.4")!.Outcome);
        // 2019: the SPC FR Provisions were not yet in force; the CRPL was (no consent to the new purpose).
        Assert.All(result.Findings.Where(f => f.RuleId.StartsWith("CN-SPC-FR-", StringComparison.Ordinal)), f => Assert.Equal(Outcome.NotInForce, f.Outcome));
        Assert.Equal(Outcome.Violated, result.Find("CN-CRPL-29.1")!.Outcome);

        // The first-instance holding that collecting photos went beyond necessity.
        Assert.Equal(Outcome.Violated, result.Find("CN-CASE-GB-1.3")!.Outcome);
        Assert.Contains("beyond necessity", result.Find("CN-CASE-GB-1.3")!.Reason);

        // 2019 also predates the Civil Code (2021-01-01).
        Assert.Equal(Outcome.NotInForce, result.Find("CN-CC-1035")!.Outcome);
    }

    [Fact]
    public void Guo_Bing_facts_after_2021_would_breach_the_SPC_provisions()
    {
        var json = TestData.ExampleText("guo-bing-safari-park.json")
            .Replace("\"start\": \"2019-04-27\", \"end\": \"2019-10-28\"", "\"start\": \"2021-09-01\", \"end\": \"2021-10-31\"");
        var result = TestData.Assessor.Assess(ActivityJson.Parse(json));
        Assert.Equal(Outcome.Violated, result.Find("CN-SPC-FR-2.4")!.Outcome);
        Assert.Equal(Outcome.Violated, result.Find("CN-SPC-FR-12")!.Outcome);
        Assert.Equal(Outcome.Violated, result.Find("CN-SPC-FR-2.8")!.Outcome);
    }

    [Fact]
    public void XPeng_Shanghai_2021_predates_every_PIPL_CAC_and_NDSMR_rule()
    {
        var result = TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json"));
        var mine = result.Findings.Where(PiplCacOrNdsmr).ToArray();
        Assert.Equal(PiplRules.All.Count + 13 + NdsmrRules.All.Count + 2, mine.Length);
        Assert.All(mine, f => Assert.Equal(Outcome.NotInForce, f.Outcome));
        Assert.Contains("in force from 2021-11-01", result.Find("CN-PIPL-29")!.Reason);
        Assert.Contains("in force from 2021-11-01", result.Find("CN-PIPL-21")!.Reason);
        Assert.Contains("in force from 2025-01-01", result.Find("CN-NDSMR-12")!.Reason);
        Assert.Contains("in force from 2025-05-01", result.Find("CN-CAC-PICA-19")!.Reason);
        Assert.Contains("in force from 2025-06-01", result.Find("CN-CAC-FRT-15.1")!.Reason);

        // The law in force then still catches it.
        Assert.Equal(Outcome.Violated, result.Find("CN-CRPL-29.1")!.Outcome);
    }

    [Fact]
    public void Beijing_hotel_guest_rooms_violate_CAC_Art13_2_even_with_consent()
    {
        var hotel = TestData.Example("beijing-hotel-2025.json");
        Assert.True(hotel.Consent!.Separate == true && hotel.Consent.Written == true);
        var result = TestData.Assessor.Assess(hotel);
        var f = result.Find("CN-CAC-FRT-13.2")!;
        Assert.Equal(Outcome.Violated, f.Outcome);
        Assert.Contains("HotelRoom", f.Reason);
        Assert.Contains("the consent obtained does not cure it", f.Reason);
        Assert.StartsWith("Via PIPL Art. 66 [R]", f.Penalty);

        // Equipment in a public place for a purpose other than public security also breaches Art. 13 ¶1, which consent
        // does not extend; everything else the hotel does meets the PIPL, CAC and NDSMR rules.
        Assert.Equal(new[] { "CN-CAC-FRT-13.1", "CN-CAC-FRT-13.2" }, result.Findings.Where(PiplCacOrNdsmr).Where(x => x.Outcome == Outcome.Violated).Select(x => x.RuleId));
    }

    [Fact]
    public void A_school_deployment_for_under_14s_without_guardian_consent_violates_PIPL_CAC_and_NDSMR()
    {
        const string school = ZhejiangSchool;
        var result = TestActivity.Office.Patch(school).Assess();
        foreach (var id in new[] { "CN-PIPL-31", "CN-CAC-FRT-7", "CN-NDSMR-22.3" })
        {
            var f = result.Find(id)!;
            Assert.Equal(Outcome.Violated, f.Outcome);
            Assert.Contains("no parent or guardian consented", f.Reason);
        }

        Assert.StartsWith("NDSMR Art. 55:", result.Find("CN-NDSMR-22.3")!.Penalty);
        Assert.StartsWith("PIPL Art. 66:", result.Find("CN-PIPL-31")!.Penalty);

        var withGuardians = TestActivity.Office.Patch(school.Replace("'guardianForMinors': false", "'guardianForMinors': true")).Assess();
        foreach (var id in new[] { "CN-PIPL-31", "CN-CAC-FRT-7", "CN-NDSMR-22.3" })
        {
            Assert.Equal(Outcome.Satisfied, withGuardians.Find(id)!.Outcome);
        }
    }

    [Fact]
    public void The_compliant_office_deployment_has_no_violations()
    {
        var result = TestData.Assessor.Assess(TestData.Example("office-access-2026.json"));
        Assert.False(result.HasViolations, string.Join("\n", result.Findings.Where(f => f.Outcome == Outcome.Violated)));
        Assert.All(result.Findings.Where(PiplCacOrNdsmr).Where(f => !f.RuleId.StartsWith("CN-NDSMR-D2021-", StringComparison.Ordinal)),
            f => Assert.NotEqual(Outcome.NotInForce, f.Outcome));

        // With the impact assessment's contents, the retention's necessity, the vendors (none) and the last audit
        // described, nothing stays open; PIPL Art. 54 is satisfied by the audit of 2025-11-20.
        Assert.Empty(result.Findings.Where(PiplCacOrNdsmr).Where(f => f.Outcome == Outcome.Undetermined).Select(f => f.RuleId));
        Assert.Equal(26, result.Findings.Where(PiplCacOrNdsmr).Count(f => f.Outcome == Outcome.Satisfied));
        Assert.Equal(Outcome.Satisfied, result.Find("CN-CAC-PICA-19")!.Outcome);
    }

    /// <summary>Whether the finding is of a PIPL, CAC FRT or NDSMR (final or draft) rule.</summary>
    private static bool PiplCacOrNdsmr(Finding f) => Array.Exists(Prefixes, p => f.RuleId.StartsWith(p, StringComparison.Ordinal));
}
