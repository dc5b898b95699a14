using System.Collections.Generic;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;

namespace BiometricConsent.Tests.Policy
{
    public class CrplTianjinGuoBingRulesTests
    {
        private const string TianjinProvider = "jurisdiction=CN-TJ; processor.kinds=MarketCreditInformationProvider";

        public static IEnumerable<object[]> Cases() => new[]
        {
            RuleCases.Case("CN-CRPL-29.1", "", Outcome.Satisfied),
            RuleCases.Case("CN-CRPL-29.1", "notice.given=false; notice.beforeProcessing=null; notice.conspicuousSigns=null; notice.elements=null", Outcome.Violated, "without telling them"),
            RuleCases.Case("CN-CRPL-29.1", "notice.elements=ProcessorIdentity,Purpose,Method", Outcome.Violated, "omits the purpose, method or scope"),
            RuleCases.Case("CN-CRPL-29.1", "consent.obtained=false; consent.separate=null; consent.explicit=null", Outcome.Violated, "without their consent"),
            RuleCases.Case("CN-CRPL-29.1", "changes.purposeExtendedBeyondOriginal=true", Outcome.Violated, "beyond the agreed purpose"),
            RuleCases.Case("CN-CRPL-29.1", "processor.kinds=PropertyManager", Outcome.NotApplicable, "business operators"),
            RuleCases.Case("CN-CRPL-29.1", "subjects.kinds=Employee", Outcome.NotApplicable, "consumers"),
            RuleCases.Case("CN-CRPL-29.1", "subjects.kinds=null", Outcome.Undetermined, "$.subjects.kinds"),
            RuleCases.Case("CN-CRPL-29.1", "consent.obtained=null; consent.separate=null; consent.explicit=null", Outcome.Undetermined, "$.consent.obtained"),
            RuleCases.Case("CN-CRPL-29.1", "changes.purposeExtendedBeyondOriginal=true; changes.reconsentObtained=null", Outcome.Undetermined, "$.changes.reconsentObtained"),

            RuleCases.Case("CN-CRPL-29.2", "", Outcome.Satisfied),
            RuleCases.Case("CN-CRPL-29.2", "sharing.sharedWithThirdParties=true; sharing.sold=true", Outcome.Violated, "sells"),
            RuleCases.Case("CN-CRPL-29.2", "sharing.sharedWithThirdParties=true", Outcome.Violated, "without their consent"),
            RuleCases.Case("CN-CRPL-29.2", "security.incident=true; storage.encrypted=false", Outcome.Violated, "unencrypted"),
            RuleCases.Case("CN-CRPL-29.2", "security.incident=true", Outcome.Satisfied),
            RuleCases.Case("CN-CRPL-29.2", "processor.kinds=StateOrgan", Outcome.NotApplicable),
            RuleCases.Case("CN-CRPL-29.2", "security.incident=true; storage.encrypted=null", Outcome.Undetermined, "$.storage.encrypted"),
            RuleCases.Case("CN-CRPL-29.2", "sharing=null", Outcome.Undetermined, "$.sharing.sold"),

            RuleCases.Case("CN-TJ-SCR-16.1", TianjinProvider, Outcome.Satisfied),
            RuleCases.Case("CN-TJ-SCR-16.1", TianjinProvider + "; consent.obtained=false; consent.separate=null; consent.explicit=null", Outcome.Violated, "without consent"),
            RuleCases.Case("CN-TJ-SCR-16.1", TianjinProvider + "; notice.elements=ProcessorIdentity", Outcome.Violated, "did not agree the use"),
            RuleCases.Case("CN-TJ-SCR-16.1", TianjinProvider + "; legalBasis=StatutoryDuty; consent.obtained=false; consent.separate=null; consent.explicit=null", Outcome.Satisfied, "statutory duty"),
            RuleCases.Case("CN-TJ-SCR-16.1", "jurisdiction=CN-TJ", Outcome.NotApplicable, "market credit information providers"),
            RuleCases.Case("CN-TJ-SCR-16.1", TianjinProvider + "; consent.obtained=null; consent.separate=null; consent.explicit=null", Outcome.Undetermined, "$.consent.obtained"),

            RuleCases.Case("CN-TJ-SCR-16.2", TianjinProvider, Outcome.Violated, "does not cure"),
            RuleCases.Case("CN-TJ-SCR-16.2", TianjinProvider + "; modalities=Fingerprint", Outcome.Violated, "forbids outright"),
            RuleCases.Case("CN-TJ-SCR-16.2", "jurisdiction=CN-TJ", Outcome.NotApplicable),
            RuleCases.Case("CN-TJ-SCR-16.2", "jurisdiction=CN-TJ; processor.kinds=null", Outcome.Undetermined, "$.processor.kinds"),

            RuleCases.Case("CN-CASE-GB-1.4", "", Outcome.Satisfied),
            RuleCases.Case("CN-CASE-GB-1.4", "changes.entryMethodSwitchedUnilaterally=true", Outcome.Violated, "breach of contract"),
            RuleCases.Case("CN-CASE-GB-1.4", "purposes=Payment", Outcome.NotApplicable),
            RuleCases.Case("CN-CASE-GB-1.4", "changes.entryMethodSwitchedUnilaterally=null", Outcome.Undetermined, "$.changes.entryMethodSwitchedUnilaterally"),

            RuleCases.Case("CN-CASE-GB-2.3", "", Outcome.Satisfied),
            RuleCases.Case("CN-CASE-GB-2.3", "changes.purposeExtendedBeyondOriginal=true", Outcome.Violated, "deleted"),
            RuleCases.Case("CN-CASE-GB-2.3", "changes.purposeExtendedBeyondOriginal=true; changes.reconsentObtained=true", Outcome.Satisfied),
            RuleCases.Case("CN-CASE-GB-2.3", "modalities=Fingerprint", Outcome.NotApplicable),
            RuleCases.Case("CN-CASE-GB-2.3", "changes=null", Outcome.Undetermined, "$.changes.purposeExtendedBeyondOriginal"),

            RuleCases.Case("CN-CASE-GB-2.4", "modalities=Face,Fingerprint; changes.entryMethodSwitchedUnilaterally=true", Outcome.Violated, "must be deleted"),
            RuleCases.Case("CN-CASE-GB-2.4", "modalities=Face,Fingerprint", Outcome.NotApplicable, "still performed"),
            RuleCases.Case("CN-CASE-GB-2.4", "changes.entryMethodSwitchedUnilaterally=true", Outcome.NotApplicable, "other than faces"),
            RuleCases.Case("CN-CASE-GB-2.4", "modalities=Face,Fingerprint; changes.entryMethodSwitchedUnilaterally=null", Outcome.Undetermined, "$.changes.entryMethodSwitchedUnilaterally"),
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Evaluates(string ruleId, string variation, Outcome expected, string? detail)
        {
            Finding f = RuleCases.Apply(ActivityDoc.Compliant(), variation).Finding(ruleId);
            RuleCases.AssertFinding(f, expected, detail);
        }

        [Fact]
        public void EveryRuleHasFiringQuietAndUndeterminedCases()
        {
            RuleCases.AssertCoverage(CrplRules.All.Concat(TianjinSocialCreditRules.All).Concat(GuoBingCaseRules.All), Cases());
        }

        [Theory]
        [InlineData("CN-CRPL-29.1", "2014-03-14", "2014-03-14", Outcome.NotInForce)]
        [InlineData("CN-CRPL-29.1", "2014-03-15", "2014-03-15", Outcome.Violated)]
        [InlineData("CN-TJ-SCR-16.2", "2020-12-31", "2020-12-31", Outcome.NotInForce)]
        [InlineData("CN-TJ-SCR-16.2", "2021-01-01", "2021-01-01", Outcome.Violated)]
        public void IsNotInForceBeforeItsEffectiveDate(string ruleId, string start, string end, Outcome expected)
        {
            string variation = (ruleId.StartsWith("CN-TJ-", System.StringComparison.Ordinal) ? TianjinProvider + "; " : "") +
                "consent.obtained=false; consent.separate=null; consent.explicit=null";
            ActivityDoc doc = RuleCases.Apply(ActivityDoc.Compliant(), variation).Set("period.start", start).Set("period.end", end);
            Finding f = doc.Finding(ruleId);
            Assert.Equal(expected, f.Outcome);
            Assert.Equal(expected == Outcome.Violated ? f.Rule.Penalty : null, f.Penalty);
        }

        [Fact]
        public void CaseLawHasNoEffectiveIntervalAndAppliesTo2019Facts()
        {
            Finding f = ActivityDoc.Compliant().Set("period.start", "2019-04-27").Set("period.end", "2019-10-28")
                .Set("changes.entryMethodSwitchedUnilaterally", true).Finding("CN-CASE-GB-1.4");
            Assert.Equal(Outcome.Violated, f.Outcome);
            Assert.Null(f.Rule.EffectiveFrom);
            Assert.Equal(InstrumentStatus.CaseLaw, f.Rule.Instrument.Status);
            Assert.Contains("CNY 1,038", f.Penalty);
        }
    }
}
