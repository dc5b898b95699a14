using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.ChinaSeedCases;
using Xunit;

namespace BiometricConsent.Tests.Policy.CacFrt
{
    /// <summary>Each CAC FRT rule fires, stays quiet, and is undetermined when its deciding facts are missing; the baseline is the compliant office example.</summary>
    public class CacFrtRulesTests
    {
        [Theory]
        [InlineData("CN-CAC-FRT-4", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-4", "{ 'necessity': { 'alternativeOffered': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-4", "{ 'necessity': { 'alternativeOffered': false, 'necessaryForService': true } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-4", "{ 'necessity': { 'alternativeOffered': false, 'necessaryForService': true, 'nonBiometricAlternativeExists': false } }", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-4", "{ 'storage': { 'encrypted': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-4", "{ 'necessity': null }", Outcome.Undetermined, "$.necessity.necessaryForService, $.necessity.alternativeOffered, $.necessity.nonBiometricAlternativeExists")]
        [InlineData("CN-CAC-FRT-4", "{ 'function': 'Detection' }", Outcome.NotApplicable, null)]
        [InlineData("CN-CAC-FRT-4", "{ 'function': 'AttributeAnalysis' }", Outcome.NotApplicable, null)]
        [InlineData("CN-CAC-FRT-4", "{ 'purposes': ['ResearchTraining'] }", Outcome.NotApplicable, null)]
        [InlineData("CN-CAC-FRT-4", "{ 'purposes': ['ResearchTraining', 'AccessControl'] }", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-4", "{ 'function': 'Identification' }", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-4", "{ 'function': null }", Outcome.Undetermined, "$.function")]
        [InlineData("CN-CAC-FRT-4", "{ 'purposes': null }", Outcome.Undetermined, "$.purposes")]
        [InlineData("CN-CAC-FRT-5", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-5", "{ 'notice': { 'elements': ['ProcessorIdentity', 'Purpose', 'Method', 'Retention', 'Necessity', 'RightsExercise'] } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-5", "{ 'notice': { 'elements': ['ProcessorIdentity', 'Purpose', 'Method', 'Retention', 'Necessity', 'Impact', 'RightsExercise'] } }", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-5", "{ 'notice': { 'beforeProcessing': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-5", "{ 'notice': { 'elements': null } }", Outcome.Undetermined, "$.notice.elements")]
        [InlineData("CN-CAC-FRT-6", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-6", "{ 'consent': { 'withdrawalChannel': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-6", "{ 'consent': { 'separate': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-6", "{ 'legalBasis': 'Contract' }", Outcome.NotApplicable, null)]
        [InlineData("CN-CAC-FRT-6", "{ 'consent': { 'explicit': null } }", Outcome.Undetermined, "$.consent.explicit")]
        [InlineData("CN-CAC-FRT-7", "{}", Outcome.NotApplicable, null)]
        [InlineData("CN-CAC-FRT-7", "{ " + Scenario.Minors + " }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-7", "{ " + Scenario.Minors + ", 'consent': { 'guardianForMinors': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-7", "{ " + Scenario.Minors + ", 'function': 'AttributeAnalysis' }", Outcome.NotApplicable, null)]
        [InlineData("CN-CAC-FRT-7", "{ 'subjects': { 'includesMinorsUnder14': null } }", Outcome.Undetermined, "$.subjects.includesMinorsUnder14")]
        [InlineData("CN-CAC-FRT-8.1", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-8.1", "{ 'storage': { 'onDeviceOnly': false, 'transmittedOverInternet': true }, 'consent': { 'separate': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-8.1", "{ 'storage': { 'onDeviceOnly': false }, 'consent': { 'separate': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-8.1", "{ 'storage': { 'onDeviceOnly': false, 'transmittedOverInternet': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-8.1", "{ 'storage': { 'onDeviceOnly': false, 'transmittedOverInternet': true }, 'legalBasis': 'StatutoryDuty', " +
            Scenario.NoConsent + " }", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-8.1", "{ 'storage': { 'onDeviceOnly': false, 'transmittedOverInternet': true }, 'consent': { 'separate': null } }", Outcome.Undetermined, "$.consent.separate")]
        [InlineData("CN-CAC-FRT-8.1", "{ 'storage': { 'onDeviceOnly': null, 'transmittedOverInternet': null } }", Outcome.Undetermined, "$.storage.onDeviceOnly, $.storage.transmittedOverInternet")]
        [InlineData("CN-CAC-FRT-8.2", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-8.2", "{ 'changes': { 'purposeExtendedBeyondOriginal': true, 'reconsentObtained': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-8.2", "{ 'storage': { 'retention': null } }", Outcome.Undetermined, "$.storage.retention")]
        [InlineData("CN-CAC-FRT-9", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-9", "{ 'impactAssessment': { 'done': false, 'completedOn': null } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-9", "{ 'impactAssessment': { 'completedOn': '2026-02-01' } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-9", "{ 'period': { 'start': '2025-03-01', 'end': '2025-12-31' }, 'impactAssessment': { 'completedOn': '2025-05-20' } }", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-9", "{ 'impactAssessment': { 'completedOn': null } }", Outcome.Undetermined, "$.impactAssessment.completedOn")]
        [InlineData("CN-CAC-FRT-10", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-10", "{ 'necessity': { 'alternativeOffered': false, 'soleVerificationMethod': true } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-10", "{ 'necessity': { 'alternativeOffered': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-10", "{ 'necessity': { 'nonBiometricAlternativeExists': false, 'alternativeOffered': false, 'soleVerificationMethod': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-10", "{ 'function': 'Identification', 'purposes': ['CustomerAnalytics'] }", Outcome.NotApplicable, null)]
        [InlineData("CN-CAC-FRT-10", "{ 'function': 'Identification', 'purposes': ['Payment'], 'necessity': { 'alternativeOffered': false, 'soleVerificationMethod': true } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-10", "{ 'necessity': { 'alternativeOffered': null } }", Outcome.Undetermined, "$.necessity.alternativeOffered")]
        [InlineData("CN-CAC-FRT-12", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-12", "{ 'changes': { 'entryMethodSwitchedUnilaterally': true } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-12", "{ 'consent': { 'conditionOfService': true } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-12", "{ 'consent': { 'conditionOfService': true }, 'necessity': { 'necessaryForService': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-12", "{ 'changes': { 'entryMethodSwitchedUnilaterally': null } }", Outcome.Undetermined, "$.changes.entryMethodSwitchedUnilaterally")]
        [InlineData("CN-CAC-FRT-13.1", "{}", Outcome.NotApplicable, null)]
        [InlineData("CN-CAC-FRT-13.1", "{ 'publicPlace': true }", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-13.1", "{ 'publicPlace': true, 'notice': { 'conspicuousSigns': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-13.1", "{ 'publicPlace': true, 'consent': { 'separate': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-13.1", "{ 'publicPlace': null }", Outcome.Undetermined, "$.publicPlace")]
        [InlineData("CN-CAC-FRT-13.2", "{}", Outcome.NotApplicable, null)]
        [InlineData("CN-CAC-FRT-13.2", "{ 'venue': 'HotelRoom' }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-13.2", "{ 'venue': 'PublicBathhouse' }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-13.2", "{ 'venue': 'ChangingRoom' }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-13.2", "{ 'venue': 'PublicToilet' }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-13.2", "{ 'venue': 'Hotel' }", Outcome.NotApplicable, null)]
        [InlineData("CN-CAC-FRT-13.2", "{ 'venue': 'HotelRoom', 'function': 'Detection' }", Outcome.NotApplicable, null)]
        [InlineData("CN-CAC-FRT-13.2", "{ 'venue': null }", Outcome.Undetermined, "$.venue")]
        [InlineData("CN-CAC-FRT-14", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-CAC-FRT-14", "{ 'storage': { 'encrypted': false } }", Outcome.Violated, null)]
        [InlineData("CN-CAC-FRT-14", "{ 'storage': { 'encrypted': null } }", Outcome.Undetermined, "$.storage.encrypted")]
        public void RuleOutcome(string rule, string patch, Outcome outcome, string? missing) =>
            Scenario.Expect(rule, patch, outcome, missing);

        [Fact]
        public void PenaltyRunsThroughPiplArt66AndIsMarkedRecalled()
        {
            Finding f = Scenario.Expect("CN-CAC-FRT-14", "{ 'storage': { 'encrypted': false } }", Outcome.Violated);
            Assert.StartsWith("Via PIPL Art. 66 [R]", f.Penalty);
            Assert.Contains("CNY 50 million", f.Penalty);
        }

        [Fact]
        public void DetectionAndAttributeAnalysisAreOutsideTheMeasuresButNotOutsideThePipl()
        {
            Assessment result = TestData.Assessor.Assess(Scenario.Build("{ 'function': 'AttributeAnalysis', 'storage': { 'encrypted': false } }"));
            Assert.All(result.Findings.Where(f => f.RuleId.StartsWith("CN-CAC-FRT-", System.StringComparison.Ordinal)),
                f => Assert.Equal(Outcome.NotApplicable, f.Outcome));
            Assert.Contains("recognises identity", result.Find("CN-CAC-FRT-14")!.Reason);
            Assert.Equal(Outcome.Violated, result.Find("CN-PIPL-51")!.Outcome);
        }

        [Fact]
        public void NotInForceBefore2025_06_01() =>
            Scenario.ExpectNotInForceBefore(CacFrtRules.All, "2025-06-01", "2025-05-31T15:59:59Z", "CN-CAC-FRT-13.2", "'venue': 'HotelRoom'");

        [Fact]
        public void CatalogHoldsTheThirteenCacRulesAsVerifiedSecondary()
        {
            string[] ids = RuleCatalog.Default.Rules.Where(r => r.Instrument == CacFrtRules.Instrument).Select(r => r.Id).ToArray();
            Assert.Equal(
                new[] { "4", "5", "6", "7", "8.1", "8.2", "9", "10", "12", "13.1", "13.2", "14", "15.1" }.Select(n => "CN-CAC-FRT-" + n).OrderBy(i => i, System.StringComparer.Ordinal),
                ids);
            Assert.All(CacFrtRules.All, r => Assert.Equal(Verification.VerifiedSecondary, r.Verification));
            Assert.Equal(new NodaTime.LocalDate(2025, 6, 1), CacFrtRules.Instrument.EffectiveFrom);
        }
    }
}
