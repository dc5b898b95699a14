using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Several Provisions on Automobile Data Security Management (Trial) (CAC and four ministries, Order No. 7,
/// effective 2021-10-01): automobile data processors — car makers, parts and software suppliers, dealers, repairers,
/// ride-hailing companies — processing data, faces of drivers, passengers and people outside the car included, in
/// the design, production, sale, use, operation or maintenance of cars. Each rule's statement, checked facts and
/// gaps are listed in docs/rules-catalog.md.
/// </summary>
public static class AutomobileDataRules
{
    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-ADSP",
        name: "Several Provisions on Automobile Data Security Management (Trial)",
        shortName: "Automobile Data Provisions",
        chineseTitle: "汽车数据安全管理若干规定（试行）",
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2021, 10, 1),
        penalty: "Punished under the Cybersecurity Law, the Data Security Law and (from 2021-11-01) the PIPL by the CAC, industry, public security and transport authorities [R]");

    /// <summary>CN-ADSP-10.</summary>
    public static Rule Art10 { get; } = new Rule(
        "CN-ADSP-10",
        Instrument,
        "Art. 10 [number R]",
        "An automobile data processor may collect biometric information such as faces only for the purpose of enhancing driving safety and where it is sufficiently necessary.",
        Verification.VerifiedSecondary,
        Evaluate,
        checks: FactSet.Of(FactPaths.Processor.Kinds, FactPaths.Modalities, FactPaths.Purposes, FactPaths.Necessity.NecessaryForService),
        notModelled: "the in-vehicle processing, default-off, precision and desensitisation principles (Art. 6); anonymising faces of people outside the car provided outside it without consent (Art. 8); the conditions for sensitive information (Art. 9); important data (Art. 3: outside-car video with faces, over 100,000 persons)");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art10 };

    private static Verdict Evaluate(in RuleContext a)
    {
        var processor = a.ProcessorIs(ProcessorKind.AutomobileDataProcessor);
        var purposes = a.Purposes;
        var onlySafety = purposes is null ? (bool?)null : purposes.Count == 1 && purposes[0] == Purpose.DrivingSafety;
        var necessary = a.NecessaryForService();
        return Checklist.Start
            .AppliesWhen(processor, "The processor is not an automobile data processor (car maker, parts or software supplier, dealer, repairer or ride-hailing company).")
            .AndUnless(a.Uses(Modality.Face) ? null : Verdict.NotApplicable("Art. 10 is applied to faces; the activity processes none."))
            .Breach(onlySafety == false, "it serves purposes other than enhancing driving safety", new Fact(false, FactPaths.Purposes))
            .NeedsValue(purposes, FactPaths.Purposes)
            .Requires(necessary, "collecting them is not necessary for the service", when: onlySafety != false)
            .Verdict(
                violated: "The automobile data processor collects faces outside Art. 10: ",
                undetermined: "The purposes and whether the collection is necessary decide this rule.",
                satisfied: "Faces are collected only to enhance driving safety, and necessarily.");
    }
}
