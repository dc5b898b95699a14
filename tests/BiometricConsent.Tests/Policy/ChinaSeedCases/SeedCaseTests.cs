using System;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using Xunit;

namespace BiometricConsent.Tests.Policy.ChinaSeedCases
{
    /// <summary>The seed cases across the PIPL, the CAC FRT Measures and the NDSMR.</summary>
    public class SeedCaseTests
    {
        /// <summary>Patch of the office example: a primary school taking attendance of under-14s without guardian consent.</summary>
        internal const string ZhejiangSchool =
            "{ 'id': 'zhejiang-school-2025', 'jurisdiction': 'CN-ZJ', 'period': { 'start': '2025-09-01', 'end': '2026-01-16' }, " +
            "'processor': { 'name': 'A Hangzhou primary school', 'kinds': ['Other'] }, 'venue': 'School', 'purposes': ['Attendance'], " +
            "'subjects': { 'kinds': ['Student'], 'includesMinorsUnder14': true, 'storedPersons': 1200 }, " +
            "'consent': { 'guardianForMinors': false }, 'impactAssessment': { 'completedOn': '2025-08-01' } }";

        [Fact]
        public void XPengShanghai2021PredatesEveryPiplCacAndNdsmrRule()
        {
            Assessment result = TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json"));
            Finding[] mine = result.Findings.Where(Scenario.Mine).ToArray();
            Assert.Equal(18 + 13 + 6 + 2, mine.Length);
            Assert.All(mine, f => Assert.Equal(Outcome.NotInForce, f.Outcome));
            Assert.Contains("in force from 2021-11-01", result.Find("CN-PIPL-29")!.Reason);
            Assert.Contains("in force from 2025-06-01", result.Find("CN-CAC-FRT-15.1")!.Reason);

            // The law in force then still catches it.
            Assert.Equal(Outcome.Violated, result.Find("CN-CRPL-29.1")!.Outcome);
        }

        [Fact]
        public void BeijingHotelGuestRoomsViolateCac13Point2EvenWithConsent()
        {
            Activity hotel = TestData.Example("beijing-hotel-2025.json");
            Assert.True(hotel.Consent!.Separate == true && hotel.Consent.Written == true);
            Assessment result = TestData.Assessor.Assess(hotel);
            Finding f = result.Find("CN-CAC-FRT-13.2")!;
            Assert.Equal(Outcome.Violated, f.Outcome);
            Assert.Contains("HotelRoom", f.Reason);
            Assert.Contains("the consent obtained does not cure it", f.Reason);
            Assert.StartsWith("Via PIPL Art. 66 [R]", f.Penalty);

            // Everything else the hotel does meets the PIPL, CAC and NDSMR rules: the prohibition stands alone.
            Assert.Equal(new[] { "CN-CAC-FRT-13.2" }, result.Findings.Where(Scenario.Mine).Where(x => x.Outcome == Outcome.Violated).Select(x => x.RuleId));
        }

        [Fact]
        public void UnderFourteenSchoolDeploymentWithoutGuardianConsent()
        {
            Assessment result = TestData.Assessor.Assess(Scenario.Build(ZhejiangSchool));
            foreach (string id in new[] { "CN-PIPL-31", "CN-CAC-FRT-7", "CN-NDSMR-22.3" })
            {
                Finding f = result.Find(id)!;
                Assert.Equal(Outcome.Violated, f.Outcome);
                Assert.Contains("no parent or guardian consented", f.Reason);
            }

            Assert.StartsWith("NDSMR Art. 55:", result.Find("CN-NDSMR-22.3")!.Penalty);
            Assert.StartsWith("PIPL Art. 66:", result.Find("CN-PIPL-31")!.Penalty);

            Assessment withGuardians = TestData.Assessor.Assess(Scenario.Build(ZhejiangSchool.Replace("'guardianForMinors': false", "'guardianForMinors': true")));
            foreach (string id in new[] { "CN-PIPL-31", "CN-CAC-FRT-7", "CN-NDSMR-22.3" })
            {
                Assert.Equal(Outcome.Satisfied, withGuardians.Find(id)!.Outcome);
            }
        }

        [Fact]
        public void CompliantOfficeDeploymentHasNoViolations()
        {
            Assessment result = TestData.Assessor.Assess(TestData.Example("office-access-2026.json"));
            Assert.False(result.HasViolations, string.Join("\n", result.Findings.Where(f => f.Outcome == Outcome.Violated)));
            Assert.All(result.Findings.Where(Scenario.Mine).Where(f => !f.RuleId.StartsWith("CN-NDSMR-D2021-", StringComparison.Ordinal)),
                f => Assert.NotEqual(Outcome.NotInForce, f.Outcome));

            // Only what the activity model cannot describe stays open.
            Assert.Equal(new[] { "CN-PIPL-56" }, result.Findings.Where(Scenario.Mine).Where(f => f.Outcome == Outcome.Undetermined).Select(f => f.RuleId));
            Assert.Equal(24, result.Findings.Where(Scenario.Mine).Count(f => f.Outcome == Outcome.Satisfied));
        }
    }
}
