using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Serialization;
using BiometricConsent.Tests.Policy;
using NodaTime;
using NodaTime.Testing;

namespace BiometricConsent.Tests.Reporting;

/// <summary>Test rules whose verdicts the tests choose, to drive the writers into every branch.</summary>
internal static class ReportingKit
{
    public static readonly Instrument Instrument = new(
        id: "CN-TEST",
        name: "Test Measures",
        shortName: "TM",
        chineseTitle: null,
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2020, 1, 1),
        penalty: "TM Art. 9: a fine | or *worse*");

    public static Rule Rule(string article, RuleEvaluator evaluate, Verification verification = Verification.VerifiedPrimary, FactSet? checks = null) =>
        new("CN-TEST-" + article, Instrument, "Art. " + article, $"Statement of Art. {article}.", verification, evaluate, checks: checks);

    public static Assessment Assess(string json, params Rule[] rules) =>
        new Assessor(new RuleCatalog(rules), new AssessorOptions { Clock = new FakeClock(TestData.Now) }).Assess(ActivityJson.Parse(json));

    /// <summary>A rule violated when consent was not obtained, naming that fact.</summary>
    public static Rule ConsentRule { get; } = Rule("1", (in RuleContext c) =>
    {
        var obtained = c.ConsentObtained();
        return obtained.IsFalse ? Verdict.Violated("No consent | *none*.", obtained)
            : obtained.IsUnknown ? Verdict.Undetermined("Consent decides.", obtained)
            : Verdict.Satisfied("Consent obtained.");
    }, checks: FactSet.Of(FactPaths.Consent.Obtained));

    public const string NoConsent = """
        {
          "id": "no-consent",
          "jurisdiction": "CN-BJ",
          "period": { "start": "2023-05-01", "end": "2023-05-31" },
          "legalBasis": "Consent",
          "consent": {
            "obtained": false
          }
        }
        """;

    public static string[] Outcomes(Assessment a) => a.Findings.Select(f => f.Outcome.ToString()).ToArray();
}
