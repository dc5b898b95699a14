using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.ChinaSeedCases;
using Xunit;

namespace BiometricConsent.Tests.Policy.Pipl
{
    /// <summary>Each PIPL rule fires, stays quiet, and is undetermined when its deciding facts are missing; the baseline is the compliant office example.</summary>
    public class PiplRulesTests
    {
        [Theory]
        [InlineData("CN-PIPL-13", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-13", "{ 'legalBasis': 'None', " + Scenario.NoConsent + " }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-13", "{ " + Scenario.NoConsent + " }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-13", "{ 'legalBasis': 'Contract' }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-13", "{ 'legalBasis': 'Contract', 'necessity': { 'necessaryForService': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-13", "{ 'legalBasis': 'StatutoryDuty' }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-13", "{ 'legalBasis': null }", Outcome.Undetermined, "$.legalBasis")]
        [InlineData("CN-PIPL-13", "{ 'consent': { 'obtained': null } }", Outcome.Undetermined, "$.consent.obtained")]
        [InlineData("CN-PIPL-14", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-14", "{ 'consent': { 'explicit': false } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-14", "{ 'consent': { 'separate': false, 'bundled': true } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-14", "{ 'consent': { 'conditionOfService': true } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-14", "{ 'changes': { 'purposeExtendedBeyondOriginal': true, 'reconsentObtained': false } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-14", "{ 'changes': { 'purposeExtendedBeyondOriginal': true, 'reconsentObtained': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-14", "{ 'legalBasis': 'StatutoryDuty' }", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-14", "{ 'consent': { 'explicit': null } }", Outcome.Undetermined, "$.consent.explicit")]
        [InlineData("CN-PIPL-14", "{ 'changes': { 'purposeExtendedBeyondOriginal': true } }", Outcome.Undetermined, "$.changes.reconsentObtained")]
        [InlineData("CN-PIPL-15", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-15", "{ 'consent': { 'withdrawalChannel': false } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-15", "{ 'legalBasis': 'None', " + Scenario.NoConsent + " }", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-15", "{ 'consent': { 'withdrawalChannel': null } }", Outcome.Undetermined, "$.consent.withdrawalChannel")]
        [InlineData("CN-PIPL-16", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-16", "{ 'necessity': { 'serviceRefusedWithoutConsent': true } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-16", "{ 'necessity': { 'serviceRefusedWithoutConsent': true, 'necessaryForService': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-16", "{ 'necessity': { 'serviceRefusedWithoutConsent': true, 'necessaryForService': null } }", Outcome.Undetermined, "$.necessity.necessaryForService")]
        [InlineData("CN-PIPL-16", "{ 'necessity': { 'serviceRefusedWithoutConsent': null } }", Outcome.Undetermined, "$.necessity.serviceRefusedWithoutConsent")]
        [InlineData("CN-PIPL-17", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-17", "{ 'notice': { 'given': false, 'beforeProcessing': null, 'conspicuousSigns': null, 'elements': [] } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-17", "{ 'notice': { 'beforeProcessing': false } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-17", "{ 'notice': { 'beforeProcessing': false }, 'legalBasis': 'PublicHealthEmergency' }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-17", "{ 'notice': { 'elements': null } }", Outcome.Undetermined, "$.notice.elements")]
        [InlineData("CN-PIPL-17", "{ 'notice': null }", Outcome.Undetermined, "$.notice.given, $.notice.beforeProcessing")]
        [InlineData("CN-PIPL-26", "{}", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-26", "{ 'publicPlace': true }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-26", "{ 'publicPlace': true, 'notice': { 'conspicuousSigns': false } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-26", "{ 'publicPlace': true, 'consent': { 'separate': false } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-26", "{ 'publicPlace': true, 'purposes': ['PublicSecurity'], 'legalBasis': 'PublicSecurity', " + Scenario.NoConsent + " }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-26", "{ 'publicPlace': null }", Outcome.Undetermined, "$.publicPlace")]
        [InlineData("CN-PIPL-26", "{ 'publicPlace': true, 'purposes': null }", Outcome.Undetermined, "$.purposes")]
        [InlineData("CN-PIPL-28", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-28", "{ 'necessity': { 'alternativeOffered': false } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-28", "{ 'necessity': { 'alternativeOffered': false, 'necessaryForService': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-28", "{ 'storage': { 'encrypted': false } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-28", "{ 'necessity': null }", Outcome.Undetermined, "$.necessity.necessaryForService, $.necessity.alternativeOffered")]
        [InlineData("CN-PIPL-28", "{ 'purposes': null }", Outcome.Undetermined, "$.purposes")]
        [InlineData("CN-PIPL-29", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-29", "{ 'consent': { 'separate': false } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-29", "{ 'legalBasis': 'None', " + Scenario.NoConsent + " }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-29", "{ 'legalBasis': 'Contract' }", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-29", "{ 'consent': { 'separate': null } }", Outcome.Undetermined, "$.consent.separate")]
        [InlineData("CN-PIPL-30", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-30", "{ 'notice': { 'elements': ['ProcessorIdentity', 'Purpose', 'Method', 'DataCategories', 'Retention', 'RightsExercise'] } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-30", "{ 'notice': { 'given': null } }", Outcome.Undetermined, "$.notice.given")]
        [InlineData("CN-PIPL-31", "{}", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-31", "{ " + Scenario.Minors + " }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-31", "{ " + Scenario.Minors + ", 'consent': { 'guardianForMinors': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-31", "{ " + Scenario.Minors + ", 'legalBasis': 'StatutoryDuty' }", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-31", "{ " + Scenario.Minors + ", 'consent': { 'guardianForMinors': null } }", Outcome.Undetermined, "$.consent.guardianForMinors")]
        [InlineData("CN-PIPL-31", "{ 'subjects': { 'includesMinorsUnder14': null } }", Outcome.Undetermined, "$.subjects.includesMinorsUnder14")]
        [InlineData("CN-PIPL-38", "{}", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-38", "{ " + Scenario.CrossBorder + " }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-38", "{ 'storage': { 'onDeviceOnly': false, 'crossBorder': true, 'crossBorderMechanism': 'None' } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-38", "{ 'storage': { 'onDeviceOnly': false, 'crossBorder': true, 'crossBorderMechanism': null } }", Outcome.Undetermined, "$.storage.crossBorderMechanism")]
        [InlineData("CN-PIPL-38", "{ 'storage': { 'onDeviceOnly': null, 'crossBorder': null, 'crossBorderMechanism': null } }", Outcome.Undetermined, "$.storage.crossBorder")]
        [InlineData("CN-PIPL-39", "{}", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-39", "{ " + Scenario.CrossBorder + " }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-39", "{ " + Scenario.CrossBorder + ", 'sharing': { 'separateConsentForSharing': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-39", "{ " + Scenario.CrossBorder + ", 'legalBasis': 'Contract' }", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-39", "{ " + Scenario.CrossBorder + ", 'sharing': { 'separateConsentForSharing': null } }", Outcome.Undetermined, "$.sharing.separateConsentForSharing")]
        [InlineData("CN-PIPL-40", "{}", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-40", "{ 'processor': { 'kinds': ['BusinessOperator', 'CriticalInformationInfrastructureOperator'] } }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-40", "{ 'processor': { 'kinds': ['CriticalInformationInfrastructureOperator'] }, " + Scenario.CrossBorder + " }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-40", "{ 'subjects': { 'storedPersons': 1000000 }, 'storage': { 'onDeviceOnly': false, 'crossBorder': true, 'crossBorderMechanism': 'SecurityAssessment' } }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-40", "{ 'subjects': { 'storedPersons': 999999 }, " + Scenario.CrossBorder + " }", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-40", "{ 'subjects': { 'storedPersons': null } }", Outcome.Undetermined, "$.subjects.storedPersons")]
        [InlineData("CN-PIPL-47", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-47", "{ 'changes': { 'entryMethodSwitchedUnilaterally': true } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-47", "{ 'storage': { 'retention': null } }", Outcome.Undetermined, "$.storage.retention")]
        [InlineData("CN-PIPL-51", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-51", "{ 'storage': { 'encrypted': false } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-51", "{ 'storage': { 'encrypted': null } }", Outcome.Undetermined, "$.storage.encrypted")]
        [InlineData("CN-PIPL-55", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-55", "{ 'impactAssessment': { 'done': false, 'completedOn': null } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-55", "{ 'impactAssessment': { 'completedOn': '2026-01-06' } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-55", "{ 'impactAssessment': { 'completedOn': '2026-01-05' } }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-55", "{ 'impactAssessment': { 'completedOn': null } }", Outcome.Undetermined, "$.impactAssessment.completedOn")]
        [InlineData("CN-PIPL-55", "{ 'impactAssessment': null }", Outcome.Undetermined, "$.impactAssessment.done")]
        [InlineData("CN-PIPL-56", "{ 'impactAssessment': { 'done': false, 'completedOn': null } }", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-56", "{}", Outcome.Undetermined, "$.impactAssessment")]
        [InlineData("CN-PIPL-56", "{ 'impactAssessment': null }", Outcome.Undetermined, "$.impactAssessment.done")]
        [InlineData("CN-PIPL-57", "{}", Outcome.NotApplicable, null)]
        [InlineData("CN-PIPL-57", "{ 'security': { 'incident': true, 'regulatorNotified': false, 'individualsNotified': true } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-57", "{ 'security': { 'incident': true, 'regulatorNotified': true, 'individualsNotified': false } }", Outcome.Violated, null)]
        [InlineData("CN-PIPL-57", "{ 'security': { 'incident': true, 'regulatorNotified': true, 'individualsNotified': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-PIPL-57", "{ 'security': { 'incident': null, 'regulatorNotified': null, 'individualsNotified': null } }", Outcome.Undetermined, "$.security.incident")]
        public void RuleOutcome(string rule, string patch, Outcome outcome, string? missing) =>
            Scenario.Expect(rule, patch, outcome, missing);

        [Fact]
        public void EveryViolationCarriesTheArt66Penalty()
        {
            Finding f = Scenario.Expect("CN-PIPL-29", "{ 'consent': { 'separate': false } }", Outcome.Violated);
            Assert.StartsWith("PIPL Art. 66:", f.Penalty);
            Assert.Contains("CNY 1 million", f.Penalty);
            Assert.Contains("CNY 50 million or 5% of the prior year's turnover", f.Penalty);
            Assert.All(PiplRules.All, r => Assert.Equal(PiplRules.Art66Penalty, r.Penalty));
        }

        [Fact]
        public void ReasonsNameTheDecidingFacts()
        {
            Assert.Contains("omits Retention", Scenario.Expect("CN-PIPL-17", "{ 'notice': { 'elements': ['ProcessorIdentity', 'Purpose', 'Method', 'DataCategories', 'RightsExercise'] } }", Outcome.Violated).Reason);
            Assert.Contains("completed on 2026-01-06, after the processing under this rule began on 2026-01-05",
                Scenario.Expect("CN-PIPL-55", "{ 'impactAssessment': { 'completedOn': '2026-01-06' } }", Outcome.Violated).Reason);
            Assert.Contains("not explicit", Scenario.Expect("CN-PIPL-14", "{ 'consent': { 'explicit': false } }", Outcome.Violated).Reason);
        }

        [Fact]
        public void NotInForceBefore2021_11_01InShanghaiTime() =>
            Scenario.ExpectNotInForceBefore(PiplRules.All, "2021-11-01", "2021-10-31T15:59:59Z", "CN-PIPL-29", "'consent': { 'separate': false }");

        [Fact]
        public void AnAssessmentBeforeTheInForcePartStartsIsNotLate()
        {
            // Processing from June 2021; the PIIA of October 2021 precedes the processing PIPL governs (from 1 November).
            Scenario.Expect("CN-PIPL-55", "{ 'period': { 'start': '2021-06-01', 'end': '2021-12-31' }, 'impactAssessment': { 'completedOn': '2021-10-15' } }", Outcome.Satisfied);
            Scenario.Expect("CN-PIPL-55", "{ 'period': { 'start': '2021-06-01', 'end': '2021-12-31' }, 'impactAssessment': { 'completedOn': '2021-11-02' } }", Outcome.Violated);
        }

        [Fact]
        public void CatalogHoldsTheEighteenPiplRulesAsVerifiedPrimary()
        {
            string[] ids = RuleCatalog.Default.Rules.Where(r => r.Instrument == PiplRules.Instrument).Select(r => r.Id).ToArray();
            Assert.Equal(
                new[] { "13", "14", "15", "16", "17", "26", "28", "29", "30", "31", "38", "39", "40", "47", "51", "55", "56", "57" }.Select(n => "CN-PIPL-" + n).OrderBy(i => i, System.StringComparer.Ordinal),
                ids);
            Assert.All(PiplRules.All, r => Assert.Equal(Verification.VerifiedPrimary, r.Verification));
            Assert.Equal(new NodaTime.LocalDate(2021, 11, 1), PiplRules.Instrument.EffectiveFrom);
            Assert.Equal(InstrumentStatus.InForce, PiplRules.Instrument.Status);
        }
    }
}
