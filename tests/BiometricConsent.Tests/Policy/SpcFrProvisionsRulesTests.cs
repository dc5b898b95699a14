using System;
using System.Collections.Generic;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using NodaTime;

namespace BiometricConsent.Tests.Policy
{
    public class SpcFrProvisionsRulesTests
    {
        public static IEnumerable<object[]> Cases() => new[]
        {
            // rule, variation (path=value; ...), expected outcome, expected missing fact or reason fragment
            RuleCases.Case("CN-SPC-FR-2.1", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-2.1", "consent.separate=false", Outcome.Violated, "separate consent"),
            RuleCases.Case("CN-SPC-FR-2.1", "notice.given=false; notice.beforeProcessing=null; notice.conspicuousSigns=null; notice.elements=null", Outcome.Violated, "without notifying"),
            RuleCases.Case("CN-SPC-FR-2.1", "legalBasis=None; consent.obtained=false; consent.separate=null; consent.explicit=null", Outcome.Violated, "without any lawful basis"),
            RuleCases.Case("CN-SPC-FR-2.1", "legalBasis=Contract; necessity.necessaryForService=false", Outcome.Violated, "not necessary"),
            RuleCases.Case("CN-SPC-FR-2.1", "venue=Office; publicPlace=false", Outcome.NotApplicable),
            RuleCases.Case("CN-SPC-FR-2.1", "function=Detection", Outcome.NotApplicable),
            RuleCases.Case("CN-SPC-FR-2.1", "modalities=Fingerprint", Outcome.NotApplicable, "facial information"),
            RuleCases.Case("CN-SPC-FR-2.1", "processor.kinds=StateOrgan", Outcome.NotApplicable, "administrative"),
            RuleCases.Case("CN-SPC-FR-2.1", "venue=null; publicPlace=null", Outcome.Undetermined, "$.venue"),
            RuleCases.Case("CN-SPC-FR-2.1", "consent.separate=null", Outcome.Undetermined, "$.consent.separate"),
            // Art. 5 defences turn Art. 2 findings.
            RuleCases.Case("CN-SPC-FR-2.1", "legalBasis=PublicSecurity; consent.obtained=false; consent.separate=null; consent.explicit=null", Outcome.NotApplicable, "Art. 5(2)"),
            RuleCases.Case("CN-SPC-FR-2.1", "legalBasis=PublicSecurity; publicPlace=false; venue=Office; consent.obtained=false; consent.separate=null; consent.explicit=null", Outcome.NotApplicable, "business premises"),
            RuleCases.Case("CN-SPC-FR-2.1", "legalBasis=None; purposes=PublicHealthEmergency; consent.obtained=false; consent.separate=null; consent.explicit=null", Outcome.NotApplicable, "Art. 5(1)"),
            RuleCases.Case("CN-SPC-FR-2.1", "legalBasis=NewsReporting; notice.given=false; notice.beforeProcessing=null; notice.conspicuousSigns=null; notice.elements=null", Outcome.NotApplicable, "Art. 5(3)"),
            RuleCases.Case("CN-SPC-FR-2.1", "legalBasis=PublicSecurity; notice.given=false; notice.beforeProcessing=null; notice.conspicuousSigns=null; notice.elements=null", Outcome.Violated, "without notifying"),
            RuleCases.Case("CN-SPC-FR-2.1", "legalBasis=PublicSecurity; publicPlace=null; venue=Other; consent.obtained=false; consent.separate=null; consent.explicit=null; notice.given=false; notice.beforeProcessing=null; notice.conspicuousSigns=null; notice.elements=null", Outcome.Undetermined, "$.publicPlace"),

            RuleCases.Case("CN-SPC-FR-2.2", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-2.2", "notice.given=false; notice.beforeProcessing=null; notice.conspicuousSigns=null; notice.elements=null", Outcome.Violated, "not notified"),
            RuleCases.Case("CN-SPC-FR-2.2", "notice.elements=ProcessorIdentity,Purpose", Outcome.Violated, "purpose, method and scope"),
            RuleCases.Case("CN-SPC-FR-2.2", "notice.elements=null", Outcome.Undetermined, "$.notice.elements"),
            RuleCases.Case("CN-SPC-FR-2.2", "notice=null", Outcome.Undetermined, "$.notice.given"),
            RuleCases.Case("CN-SPC-FR-2.2", "purposes=PublicHealthEmergency; notice.given=false; notice.beforeProcessing=null; notice.conspicuousSigns=null; notice.elements=null", Outcome.NotApplicable, "Art. 5(1)"),

            RuleCases.Case("CN-SPC-FR-2.3", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-2.3", "consent.obtained=false; consent.separate=null; consent.explicit=null", Outcome.Violated, "without the individual's consent"),
            RuleCases.Case("CN-SPC-FR-2.3", "consent.separate=false", Outcome.Violated, "not separately"),
            RuleCases.Case("CN-SPC-FR-2.3", "subjects.includesMinorsUnder14=true", Outcome.Violated, "guardian"),
            RuleCases.Case("CN-SPC-FR-2.3", "subjects.includesMinorsUnder14=true; consent.guardianForMinors=true", Outcome.Satisfied, "guardians"),
            RuleCases.Case("CN-SPC-FR-2.3", "legalBasis=StatutoryDuty", Outcome.NotApplicable),
            RuleCases.Case("CN-SPC-FR-2.3", "legalBasis=null", Outcome.Undetermined, "$.legalBasis"),
            RuleCases.Case("CN-SPC-FR-2.3", "consent.separate=null", Outcome.Undetermined, "$.consent.separate"),
            RuleCases.Case("CN-SPC-FR-2.3", "subjects.includesMinorsUnder14=true; consent.guardianForMinors=null", Outcome.Undetermined, "$.consent.guardianForMinors"),

            RuleCases.Case("CN-SPC-FR-2.4", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-2.4", "changes.purposeExtendedBeyondOriginal=true", Outcome.Violated),
            RuleCases.Case("CN-SPC-FR-2.4", "changes.purposeExtendedBeyondOriginal=true; changes.reconsentObtained=true", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-2.4", "changes.purposeExtendedBeyondOriginal=true; changes.reconsentObtained=null", Outcome.Undetermined, "$.changes.reconsentObtained"),
            RuleCases.Case("CN-SPC-FR-2.4", "changes=null", Outcome.Undetermined, "$.changes.purposeExtendedBeyondOriginal"),
            // Art. 5 does not excuse going beyond the stated scope.
            RuleCases.Case("CN-SPC-FR-2.4", "legalBasis=PublicSecurity; changes.purposeExtendedBeyondOriginal=true", Outcome.Violated),

            RuleCases.Case("CN-SPC-FR-2.5", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-2.5", "security.incident=true", Outcome.Violated, "due technical and other measures"),
            RuleCases.Case("CN-SPC-FR-2.5", "security.incident=true; storage.encrypted=false", Outcome.Violated, "unencrypted"),
            RuleCases.Case("CN-SPC-FR-2.5", "security=null", Outcome.Undetermined, "$.security.incident"),

            RuleCases.Case("CN-SPC-FR-2.6", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-2.6", "sharing.sharedWithThirdParties=true", Outcome.Violated, "without the individual's separate consent"),
            RuleCases.Case("CN-SPC-FR-2.6", "sharing.sharedWithThirdParties=true; sharing.separateConsentForSharing=true; sharing.sold=true", Outcome.Violated, "sold"),
            RuleCases.Case("CN-SPC-FR-2.6", "sharing.sharedWithThirdParties=true; sharing.separateConsentForSharing=true", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-2.6", "sharing.sharedWithThirdParties=true; sharing.separateConsentForSharing=null", Outcome.Undetermined, "$.sharing.separateConsentForSharing"),

            RuleCases.Case("CN-SPC-FR-2.7", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-2.7", "venue=ChangingRoom", Outcome.Violated, "ChangingRoom"),
            RuleCases.Case("CN-SPC-FR-2.7", "venue=HotelRoom", Outcome.Violated, "private space"),
            RuleCases.Case("CN-SPC-FR-2.7", "venue=null", Outcome.Undetermined, "$.venue"),

            RuleCases.Case("CN-SPC-FR-2.8", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-2.8", "legalBasis=None; consent.obtained=false; consent.separate=null; consent.explicit=null", Outcome.Violated, "no lawful basis"),
            RuleCases.Case("CN-SPC-FR-2.8", "legalBasis=Contract; necessity.necessaryForService=false", Outcome.Violated, "necessity principle"),
            RuleCases.Case("CN-SPC-FR-2.8", "legalBasis=Contract; necessity.necessaryForService=null", Outcome.Undetermined, "$.necessity.necessaryForService"),
            RuleCases.Case("CN-SPC-FR-2.8", "legalBasis=null", Outcome.Undetermined, "$.legalBasis"),
            RuleCases.Case("CN-SPC-FR-2.8", "legalBasis=None; purposes=NewsReporting; consent.obtained=false; consent.separate=null; consent.explicit=null", Outcome.NotApplicable, "Art. 5(3)"),

            RuleCases.Case("CN-SPC-FR-4.1", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-4.1", "consent.conditionOfService=true", Outcome.Violated, "consent defence fails"),
            RuleCases.Case("CN-SPC-FR-4.1", "necessity.serviceRefusedWithoutConsent=true", Outcome.Violated, "consent defence fails"),
            RuleCases.Case("CN-SPC-FR-4.1", "consent.conditionOfService=true; necessity.necessaryForService=true", Outcome.Satisfied, "proviso"),
            RuleCases.Case("CN-SPC-FR-4.1", "consent.conditionOfService=true; necessity.necessaryForService=null", Outcome.Undetermined, "$.necessity.necessaryForService"),
            RuleCases.Case("CN-SPC-FR-4.1", "consent.conditionOfService=null; necessity.serviceRefusedWithoutConsent=null", Outcome.Undetermined, "$.consent.conditionOfService"),
            RuleCases.Case("CN-SPC-FR-4.1", "legalBasis=Contract", Outcome.NotApplicable),
            RuleCases.Case("CN-SPC-FR-4.1", "consent.obtained=false; consent.separate=null; consent.explicit=null", Outcome.NotApplicable, "no consent defence"),

            RuleCases.Case("CN-SPC-FR-4.2", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-4.2", "consent.bundled=true; consent.separate=false", Outcome.Violated),
            RuleCases.Case("CN-SPC-FR-4.2", "consent.bundled=null", Outcome.Undetermined, "$.consent.bundled"),
            RuleCases.Case("CN-SPC-FR-4.2", "legalBasis=StatutoryDuty", Outcome.NotApplicable),
            RuleCases.Case("CN-SPC-FR-4.2", "legalBasis=null", Outcome.Undetermined, "$.legalBasis"),

            RuleCases.Case("CN-SPC-FR-4.3", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-4.3", "changes.entryMethodSwitchedUnilaterally=true", Outcome.Violated, "unilaterally"),
            RuleCases.Case("CN-SPC-FR-4.3", "necessity.soleVerificationMethod=true; necessity.alternativeOffered=false", Outcome.Violated, "forced in disguise"),
            RuleCases.Case("CN-SPC-FR-4.3", "necessity.soleVerificationMethod=true; necessity.alternativeOffered=false; necessity.nonBiometricAlternativeExists=false", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-4.3", "changes.entryMethodSwitchedUnilaterally=null", Outcome.Undetermined, "$.changes.entryMethodSwitchedUnilaterally"),

            RuleCases.Case("CN-SPC-FR-5.1", "", Outcome.NotApplicable),
            RuleCases.Case("CN-SPC-FR-5.1", "legalBasis=PublicHealthEmergency", Outcome.Satisfied, "Art. 6 ¶3"),
            RuleCases.Case("CN-SPC-FR-5.1", "legalBasis=null; purposes=null", Outcome.Undetermined, "$.legalBasis"),

            RuleCases.Case("CN-SPC-FR-5.2", "", Outcome.NotApplicable),
            RuleCases.Case("CN-SPC-FR-5.2", "legalBasis=PublicSecurity", Outcome.Satisfied, "conspicuous signs"),
            RuleCases.Case("CN-SPC-FR-5.2", "legalBasis=PublicSecurity; notice.conspicuousSigns=false", Outcome.NotApplicable, "signs"),
            RuleCases.Case("CN-SPC-FR-5.2", "purposes=PublicSecurity; publicPlace=false", Outcome.NotApplicable, "not public"),
            RuleCases.Case("CN-SPC-FR-5.2", "legalBasis=PublicSecurity; notice.conspicuousSigns=null", Outcome.Undetermined, "$.notice.conspicuousSigns"),

            RuleCases.Case("CN-SPC-FR-5.3", "", Outcome.NotApplicable),
            RuleCases.Case("CN-SPC-FR-5.3", "purposes=NewsReporting", Outcome.Satisfied, "Art. 5(3)"),
            RuleCases.Case("CN-SPC-FR-5.3", "legalBasis=StatutoryDuty; purposes=null", Outcome.Undetermined, "$.purposes"),

            RuleCases.Case("CN-SPC-FR-5.4", "", Outcome.Satisfied, "Art. 5(4)"),
            RuleCases.Case("CN-SPC-FR-5.4", "changes.purposeExtendedBeyondOriginal=true", Outcome.NotApplicable, "beyond the purpose"),
            RuleCases.Case("CN-SPC-FR-5.4", "consent.separate=false", Outcome.NotApplicable, "not separate"),
            RuleCases.Case("CN-SPC-FR-5.4", "legalBasis=Contract", Outcome.NotApplicable),
            RuleCases.Case("CN-SPC-FR-5.4", "consent.bundled=null", Outcome.Undetermined, "$.consent.bundled"),

            RuleCases.Case("CN-SPC-FR-10.1", "", Outcome.NotApplicable, "property managers"),
            RuleCases.Case("CN-SPC-FR-10.1", "processor.kinds=PropertyManager; venue=ResidentialCompound; necessity.soleVerificationMethod=true; necessity.alternativeOffered=false", Outcome.Violated, "only way in"),
            RuleCases.Case("CN-SPC-FR-10.1", "processor.kinds=PropertyManager; venue=ResidentialCompound", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-10.1", "processor.kinds=PropertyManager; purposes=Payment", Outcome.NotApplicable, "access control"),
            RuleCases.Case("CN-SPC-FR-10.1", "processor.kinds=PropertyManager; necessity.soleVerificationMethod=null", Outcome.Undetermined, "$.necessity.soleVerificationMethod"),
            RuleCases.Case("CN-SPC-FR-10.1", "processor=null", Outcome.Undetermined, "$.processor.kinds"),

            RuleCases.Case("CN-SPC-FR-11", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-11", "contractTerms.irrevocableOrPerpetualGrant=true", Outcome.Violated, "invalid"),
            RuleCases.Case("CN-SPC-FR-11", "contractTerms=null", Outcome.Undetermined, "$.contractTerms.irrevocableOrPerpetualGrant"),

            RuleCases.Case("CN-SPC-FR-12", "", Outcome.Satisfied),
            RuleCases.Case("CN-SPC-FR-12", "changes.entryMethodSwitchedUnilaterally=true", Outcome.Violated, "deletion"),
            RuleCases.Case("CN-SPC-FR-12", "legalBasis=Contract; necessity.necessaryForService=true; changes.purposeExtendedBeyondOriginal=true", Outcome.Violated, "beyond the agreed purpose"),
            RuleCases.Case("CN-SPC-FR-12", "legalBasis=StatutoryDuty", Outcome.NotApplicable),
            RuleCases.Case("CN-SPC-FR-12", "changes.entryMethodSwitchedUnilaterally=null", Outcome.Undetermined, "$.changes.entryMethodSwitchedUnilaterally"),
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Evaluates(string ruleId, string variation, Outcome expected, string? detail)
        {
            Finding f = RuleCases.Apply(ActivityDoc.Compliant(), variation).Finding(ruleId);
            RuleCases.AssertFinding(f, expected, detail);
        }

        [Fact]
        public void EveryRuleHasAViolatedAndAQuietCase()
        {
            RuleCases.AssertCoverage(SpcFrProvisionsRules.All, Cases(), defencesAndExemptions: new[] { "CN-SPC-FR-5.1", "CN-SPC-FR-5.2", "CN-SPC-FR-5.3", "CN-SPC-FR-5.4" });
        }

        [Fact]
        public void IsNotInForceForActsBefore2021August1()
        {
            Assessment before = ActivityDoc.Compliant().Set("period.start", "2021-01-01").Set("period.end", "2021-07-31")
                .Set("consent.separate", false).Assess();
            foreach (Rule rule in SpcFrProvisionsRules.All)
            {
                Finding f = before.Find(rule.Id)!;
                Assert.Equal(Outcome.NotInForce, f.Outcome);
                Assert.Contains("Art. 16 ¶2", f.Reason);
                Assert.Null(f.Penalty);
            }
        }

        [Theory]
        [InlineData("2021-07-31T15:59:59Z", Outcome.NotInForce)]
        [InlineData("2021-07-31T16:00:00Z", Outcome.Violated)]
        public void TheEffectiveDateIsReckonedInShanghai(string end, Outcome expected)
        {
            Finding f = ActivityDoc.Compliant().Set("period.start", "2021-07-01T00:00:00Z").Set("period.end", end)
                .Set("consent.separate", false).Finding("CN-SPC-FR-2.3");
            Assert.Equal(expected, f.Outcome);
            if (expected == Outcome.Violated)
            {
                Assert.EndsWith("Considered only for the part of the period in force from 2021-08-01.", f.Reason);
                Assert.Equal(SpcFrProvisionsRules.Instrument.Penalty, f.Penalty);
            }
        }

        [Fact]
        public void AsOfTheDayBeforeIsNotInForce()
        {
            Activity a = ActivityDoc.Compliant().Set("period.start", "2021-01-01").Set("period.end", "2021-12-31").Set("consent.separate", false).Parse();
            Assert.Equal(Outcome.NotInForce, TestData.Assessor.Assess(a, new LocalDate(2021, 7, 31)).Find("CN-SPC-FR-2.3")!.Outcome);
            Finding on = TestData.Assessor.Assess(a, new LocalDate(2021, 8, 1)).Find("CN-SPC-FR-2.3")!;
            Assert.Equal(Outcome.Violated, on.Outcome);
            Assert.DoesNotContain("Considered only", on.Reason);
        }
    }
}
