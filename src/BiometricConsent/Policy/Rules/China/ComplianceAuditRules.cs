using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Measures for Personal Information Protection Compliance Audits (CAC, promulgated 2025-02-14, effective
/// 2025-05-01), implementing PIPL Arts. 54 and 64: the interval of the regular audit Art. 54 requires. Each rule's
/// statement, checked facts and gaps are listed in docs/rules-catalog.md; the readings in docs/policy-rules-notes.md.
/// </summary>
public static class ComplianceAuditRules
{
    /// <summary>Persons whose personal information a processor must handle for the two-year audit interval to bind it (more than this many).</summary>
    public const long TwoYearIntervalThreshold = 10_000_000;

    /// <summary>
    /// The first day on which a processor bound since the Measures took effect can have gone two years without an audit:
    /// the two-year cycle is read as starting on 2025-05-01 [R], so no breach can be shown before 2027-05-01.
    /// </summary>
    public static readonly LocalDate FirstCycleEnds = new LocalDate(2027, 5, 1);

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-CAC-PICA",
        name: "Measures for Personal Information Protection Compliance Audits",
        shortName: "CAC audit measures",
        chineseTitle: "个人信息保护合规审计管理办法",
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2025, 5, 1),
        penalty: PiplRules.Art66Penalty + " (the Measures punish under the PIPL and other laws [V-S])");

    /// <summary>CN-CAC-PICA-19.</summary>
    public static Rule Art19 { get; } = new Rule(
        "CN-CAC-PICA-19",
        Instrument,
        "Art. 19 [number R]",
        "A processor handling the personal information of more than 10 million persons must carry out a compliance audit at least once every two years.",
        Verification.VerifiedSecondary,
        Evaluate,
        checks: FactSet.Of(FactPaths.Audit.Done, FactPaths.Audit.LastAuditOn, FactPaths.Audit.PersonsProcessed, FactPaths.Subjects.StoredPersons, FactPaths.Period.Self),
        notModelled: "audits the regulator orders (Measures and PIPL Art. 64: high risk, harm to many, or an incident affecting over 1 million persons or the sensitive information of 100,000); the audit's scope, the auditor's independence and the report; the two-year cycle is read as starting when the Measures took effect, so a missing audit is Violated only from 2027-05-01");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art19 };

    private static Verdict Evaluate(in RuleContext a)
    {
        // Stored persons are a lower bound of persons processed: above the threshold they settle it.
        var persons = a.PersonsProcessed;
        var stored = a.StoredPersons;
        var large = persons > TwoYearIntervalThreshold || stored > TwoYearIntervalThreshold;
        var to = a.To;
        var done = a.AuditDone();
        var last = done.IsFalse ? null : a.LastAuditOn;
        var recent = last is LocalDate l && l.PlusYears(2) >= to;
        if (recent)
        {
            return Verdict.Satisfied($"A compliance audit was completed on {ChineseDuties.Iso(last!.Value)}, within the two years before {ChineseDuties.Iso(to)}.");
        }

        if (!large)
        {
            return persons is null
                ? Verdict.Undetermined("How many persons' personal information the processor handles (over 10 million: an audit at least every two years) and when it was last audited decide this rule.",
                    new Fact(null, FactPaths.Audit.PersonsProcessed), new Fact(last is null ? (bool?)null : true, FactPaths.Audit.LastAuditOn))
                : Verdict.NotApplicable($"The processor handles the personal information of {persons:N0} persons, not more than 10 million; the Measures set it no interval (PIPL Art. 54's regular audits still apply).");
        }

        if (done.IsUnknown || (done.IsTrue && last is null))
        {
            return Verdict.Undetermined("The processor handles the personal information of more than 10 million persons; whether and when it was last audited decides this rule.",
                done, new Fact(null, FactPaths.Audit.LastAuditOn));
        }

        var since = last is LocalDate d ? $"its last compliance audit was completed on {ChineseDuties.Iso(d)}" : "it has never had a compliance audit";
        return to >= FirstCycleEnds
            ? Verdict.Violated($"The processor handles the personal information of more than 10 million persons, but {since}: none in the two years before {ChineseDuties.Iso(to)}.",
                new Fact(true, persons > TwoYearIntervalThreshold ? FactPaths.Audit.PersonsProcessed : FactPaths.Subjects.StoredPersons),
                done.IsFalse ? done : new Fact(true, FactPaths.Audit.LastAuditOn))
            : Verdict.Undetermined(
                $"The processor handles the personal information of more than 10 million persons and {since}; read as starting on 2025-05-01, its first two-year cycle ends on 2027-04-30, so no breach is shown yet — audit before then.",
                FactPaths.Audit.LastAuditOn);
    }
}
