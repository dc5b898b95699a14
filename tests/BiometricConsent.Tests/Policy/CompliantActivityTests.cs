using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Tests.Policy.Support;

namespace BiometricConsent.Tests.Policy;

/// <summary>The fully compliant document is the baseline every rule test varies; it must be clean.</summary>
public class CompliantActivityTests
{
    [Fact]
    public void TheCompliantDocumentHasNoViolationsAndNothingUndetermined()
    {
        var result = TestActivity.Mall.Assess();
        Assert.Empty(result.Findings.Where(f => f.Outcome == Outcome.Violated).Select(f => f.ToString()));

        // With the impact assessment's contents and the security measures described, nothing stays open.
        Assert.Empty(result.Findings.Where(f => f.Outcome == Outcome.Undetermined).Select(f => f.RuleId));
        Assert.True(result.Summary.Satisfied > 10);
    }

    [Fact]
    public void AnEmptyActivityIsMostlyUndeterminedNeverSatisfied()
    {
        var result = TestData.Assessor.Assess(TestData.Parse(""));
        foreach (var f in result.Findings)
        {
            Assert.NotEqual(Outcome.Satisfied, f.Outcome);
            if (f.Outcome == Outcome.Undetermined)
            {
                Assert.NotEmpty(f.MissingFacts);
            }
            else
            {
                Assert.Empty(f.MissingFacts);
            }
        }
    }
}
