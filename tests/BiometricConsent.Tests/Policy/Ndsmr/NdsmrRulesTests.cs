using System.Linq;
using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Tests.Policy.ChinaSeedCases;
using NodaTime;
using Xunit;

namespace BiometricConsent.Tests.Policy.Ndsmr
{
    /// <summary>The NDSMR final rules against the compliant office baseline, and the 2021 draft's rules, which never bind.</summary>
    public class NdsmrRulesTests
    {
        private const string Bystanders = "'publicPlace': true, 'function': 'Identification'";

        [Theory]
        [InlineData("CN-NDSMR-21", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-NDSMR-21", "{ 'notice': { 'elements': ['ProcessorIdentity', 'Purpose', 'Method', 'DataCategories', 'Necessity', 'Impact', 'RightsExercise'] } }", Outcome.Violated, null)]
        [InlineData("CN-NDSMR-21", "{ 'notice': { 'given': false, 'beforeProcessing': null, 'conspicuousSigns': null, 'elements': [] } }", Outcome.NotApplicable, null)]
        [InlineData("CN-NDSMR-21", "{ 'notice': { 'elements': null } }", Outcome.Undetermined, "$.notice.elements")]
        [InlineData("CN-NDSMR-22.1", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-NDSMR-22.1", "{ 'necessity': { 'alternativeOffered': false } }", Outcome.Violated, null)]
        [InlineData("CN-NDSMR-22.1", "{ 'consent': { 'conditionOfService': true } }", Outcome.Violated, null)]
        [InlineData("CN-NDSMR-22.1", "{ 'legalBasis': 'Contract' }", Outcome.NotApplicable, null)]
        [InlineData("CN-NDSMR-22.1", "{ 'necessity': null }", Outcome.Undetermined, "$.necessity.necessaryForService, $.necessity.alternativeOffered, $.necessity.serviceRefusedWithoutConsent")]
        [InlineData("CN-NDSMR-22.2", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-NDSMR-22.2", "{ 'consent': { 'separate': false } }", Outcome.Violated, null)]
        [InlineData("CN-NDSMR-22.2", "{ 'legalBasis': 'Contract' }", Outcome.NotApplicable, null)]
        [InlineData("CN-NDSMR-22.2", "{ 'consent': { 'separate': null } }", Outcome.Undetermined, "$.consent.separate")]
        [InlineData("CN-NDSMR-22.3", "{}", Outcome.NotApplicable, null)]
        [InlineData("CN-NDSMR-22.3", "{ " + Scenario.Minors + " }", Outcome.Violated, null)]
        [InlineData("CN-NDSMR-22.3", "{ " + Scenario.Minors + ", 'consent': { 'guardianForMinors': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-NDSMR-22.3", "{ 'subjects': { 'includesMinorsUnder14': null } }", Outcome.Undetermined, "$.subjects.includesMinorsUnder14")]
        [InlineData("CN-NDSMR-22.4", "{}", Outcome.Satisfied, null)]
        [InlineData("CN-NDSMR-22.4", "{ 'changes': { 'purposeExtendedBeyondOriginal': true, 'reconsentObtained': false } }", Outcome.Violated, null)]
        [InlineData("CN-NDSMR-22.4", "{ 'changes': { 'purposeExtendedBeyondOriginal': true, 'reconsentObtained': true } }", Outcome.Satisfied, null)]
        [InlineData("CN-NDSMR-22.4", "{ 'changes': { 'purposeExtendedBeyondOriginal': null } }", Outcome.Undetermined, "$.changes.purposeExtendedBeyondOriginal")]
        [InlineData("CN-NDSMR-24", "{}", Outcome.NotApplicable, null)]
        [InlineData("CN-NDSMR-24", "{ 'legalBasis': 'None', " + Scenario.NoConsent + " }", Outcome.Violated, null)]
        [InlineData("CN-NDSMR-24", "{ " + Scenario.NoConsent + " }", Outcome.Violated, null)]
        [InlineData("CN-NDSMR-24", "{ " + Bystanders + ", 'storage': { 'retention': 'P0D' } }", Outcome.Satisfied, null)]
        [InlineData("CN-NDSMR-24", "{ " + Bystanders + ", 'purposes': ['PublicSecurity'], 'legalBasis': 'PublicSecurity', " + Scenario.NoConsent + " }", Outcome.Satisfied, null)]
        [InlineData("CN-NDSMR-24", "{ " + Bystanders + " }", Outcome.Undetermined, "$.storage.retention")]
        [InlineData("CN-NDSMR-24", "{ 'publicPlace': false, 'function': 'Identification', 'subjects': { 'kinds': ['Public'] }, 'storage': { 'retention': 'PT0S' } }", Outcome.Satisfied, null)]
        [InlineData("CN-NDSMR-24", "{ 'publicPlace': null, 'function': 'Identification' }", Outcome.Undetermined, "$.publicPlace")]
        [InlineData("CN-NDSMR-24", "{ 'legalBasis': null }", Outcome.Undetermined, "$.legalBasis")]
        [InlineData("CN-NDSMR-24", "{ " + Bystanders + ", 'storage': { 'retention': 'P0D' }, 'legalBasis': null }", Outcome.Undetermined, "$.legalBasis")]
        public void RuleOutcome(string rule, string patch, Outcome outcome, string? missing) =>
            Scenario.Expect(rule, patch, outcome, missing);

        [Fact]
        public void Article22ViolationsCarryTheArt55PenaltyOthersThePiplRoute()
        {
            Assert.StartsWith("NDSMR Art. 55:", Scenario.Expect("CN-NDSMR-22.2", "{ 'consent': { 'separate': false } }", Outcome.Violated).Penalty);
            Assert.Contains("CNY 1 million", NdsmrRules.Art55Penalty);
            Assert.Contains("PIPL Art. 66 [R]", Scenario.Expect("CN-NDSMR-24", "{ " + Scenario.NoConsent + " }", Outcome.Violated).Penalty);
            Assert.All(NdsmrRules.All.Where(r => r.Id.StartsWith("CN-NDSMR-22.", System.StringComparison.Ordinal)), r => Assert.Equal(NdsmrRules.Art55Penalty, r.Penalty));
        }

        [Fact]
        public void NotInForceBefore2025() =>
            Scenario.ExpectNotInForceBefore(NdsmrRules.All, "2025-01-01", "2024-12-31T15:59:59Z", "CN-NDSMR-22.2", "'consent': { 'separate': false }");

        [Fact]
        public void The2021DraftNeverBinds()
        {
            // Facts that breach both draft articles, in every era.
            const string breaches = "{ 'consent': { 'separate': false }, 'necessity': { 'alternativeOffered': false, 'soleVerificationMethod': true }, 'impactAssessment': { 'done': false, 'completedOn': null }";
            foreach (string period in new[] { "'2021-01-01', 'end': '2021-12-31'", "'2024-01-01', 'end': '2024-12-31'", "'2026-01-05', 'end': '2026-12-31'" })
            {
                Assessment result = TestData.Assessor.Assess(Scenario.Build(breaches + ", 'period': { 'start': " + period + " } }"));
                foreach (string id in new[] { "CN-NDSMR-D2021-21", "CN-NDSMR-D2021-25" })
                {
                    Finding f = result.Find(id)!;
                    Assert.Equal(Outcome.NotInForce, f.Outcome);
                    Assert.Contains("draft for comment and never binds", f.Reason);
                    Assert.Null(f.Penalty);
                }
            }

            Assert.Equal(InstrumentStatus.Draft, NdsmrDraft2021Rules.Instrument.Status);
            Assert.Null(NdsmrDraft2021Rules.Instrument.EffectiveFrom);
            Assert.Equal(Verification.Recalled, NdsmrDraft2021Rules.Art21.Verification);
            Assert.Equal(Verification.VerifiedSecondary, NdsmrDraft2021Rules.Art25.Verification);
        }

        [Theory]
        [InlineData("CN-NDSMR-D2021-21", "{ 'consent': { 'separate': false } }", Outcome.Violated)]
        [InlineData("CN-NDSMR-D2021-21", "{}", Outcome.Satisfied)]
        [InlineData("CN-NDSMR-D2021-25", "{ 'necessity': { 'alternativeOffered': false, 'soleVerificationMethod': true } }", Outcome.Violated)]
        [InlineData("CN-NDSMR-D2021-25", "{ 'impactAssessment': { 'done': false, 'completedOn': null } }", Outcome.Violated)]
        [InlineData("CN-NDSMR-D2021-25", "{}", Outcome.Satisfied)]
        [InlineData("CN-NDSMR-D2021-25", "{ 'function': 'Identification', 'purposes': ['CustomerAnalytics'] }", Outcome.NotApplicable)]
        [InlineData("CN-NDSMR-D2021-25", "{ 'necessity': { 'soleVerificationMethod': null } }", Outcome.Undetermined)]
        public void DraftEvaluationsServeWhatIfComparisons(string id, string patch, Outcome outcome)
        {
            // The engine never calls them; evaluated directly, they say what the draft would have decided.
            Rule rule = RuleCatalog.Default.Find(id)!;
            Activity a = Scenario.Build(patch);
            Verdict verdict = rule.Evaluate(a, a.Dates.Start, a.Dates.End!.Value, WeekdayCalendar.Instance);
            Assert.Equal(outcome, verdict.Outcome);
        }

        [Fact]
        public void CatalogHoldsTheNdsmrRules()
        {
            string[] ids = RuleCatalog.Default.Rules.Where(r => r.Id.StartsWith("CN-NDSMR-", System.StringComparison.Ordinal)).Select(r => r.Id).ToArray();
            Assert.Equal(new[] { "CN-NDSMR-21", "CN-NDSMR-22.1", "CN-NDSMR-22.2", "CN-NDSMR-22.3", "CN-NDSMR-22.4", "CN-NDSMR-24", "CN-NDSMR-D2021-21", "CN-NDSMR-D2021-25" }, ids);
            Assert.All(NdsmrRules.All, r => Assert.Equal(Verification.VerifiedPrimary, r.Verification));
            Assert.Equal(new LocalDate(2025, 1, 1), NdsmrRules.Instrument.EffectiveFrom);
        }
    }
}
