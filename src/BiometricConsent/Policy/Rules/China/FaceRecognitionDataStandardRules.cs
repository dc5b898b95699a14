using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// GB/T 41819-2022, Information security technology — Security requirements of face recognition data (SAMR and SAC,
/// 2022-10-12, in force 2023-05-01): a recommended national standard. It binds no one by itself, so its rules are
/// advice (<see cref="EnforcementChannel.Advisory"/>): a <c>Violated</c> finding means the recommendation is not
/// followed, never a violation of law. Each rule's statement, checked facts and gaps are listed in
/// docs/rules-catalog.md.
/// </summary>
/// <remarks>
/// The chapters (5 general security requirements, 7 storage) are checked against the published table of contents
/// [V-S]; the contents are those reported of the 2021 draft and of the final text by secondary sources, and the
/// lettered sub-clauses were not read [R] (docs/policy-rules-notes.md, "Recommended national standards").
/// </remarks>
public static class FaceRecognitionDataStandardRules
{
    private const string NotFollowed = "Not followed (recommended standard, not law): ";

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-GBT41819",
        name: "GB/T 41819-2022 Security Requirements of Face Recognition Data",
        shortName: "GB/T 41819-2022",
        chineseTitle: "信息安全技术 人脸识别数据安全要求",
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Advisory,
        effectiveFrom: new LocalDate(2023, 5, 1),
        temporalNote: "a recommended standard, advice only");

    /// <summary>CN-GBT41819-5.</summary>
    public static Rule Clause5Alternative { get; } = new Rule(
        "CN-GBT41819-5",
        Instrument,
        "ch. 5 (general security requirements)",
        "A means of identification other than face recognition should be offered for the person to choose.",
        Verification.Recalled,
        (in RuleContext a) => Checklist.Unless(FaceOnly(a))
            .Requires(a.AlternativeOffered(), "no method other than face recognition is offered")
            .Verdict(
                violated: NotFollowed + "GB/T 41819-2022 ch. 5 recommends offering a method other than face recognition; ",
                undetermined: "Whether a method other than face recognition is offered decides this advice.",
                satisfied: "A method other than face recognition is offered."),
        checks: FactSet.Of(FactPaths.Modalities, FactPaths.Necessity.AlternativeOffered),
        notModelled: "the standard's other general requirements (explicit consent, no face recognition of minors under 14 in principle, no repeated prompts after a refusal)");

    /// <summary>CN-GBT41819-7.</summary>
    public static Rule Clause7DeleteImages { get; } = new Rule(
        "CN-GBT41819-7",
        Instrument,
        "ch. 7 (storage)",
        "Face images should be deleted once verification or identification is done, only the features being kept.",
        Verification.Recalled,
        (in RuleContext a) => Checklist.Unless(FaceOnly(a))
            .Forbids(a.RawImagesRetained(), "face images are kept after verification or identification")
            .Verdict(
                violated: NotFollowed + "GB/T 41819-2022 ch. 7 recommends deleting face images once recognition is done; ",
                undetermined: "Whether face images are kept after verification or identification decides this advice.",
                satisfied: "Face images are deleted once recognition is done; only features are kept."),
        checks: FactSet.Of(FactPaths.Modalities, FactPaths.Storage.RawImagesRetained),
        notModelled: "storage of face images with the person's separate (written) consent, reported of the draft; the other storage requirements (separate storage, encryption; see CN-GBT35273-6.3a/b)");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Clause5Alternative, Clause7DeleteImages };

    /// <summary>The standard concerns face recognition data only.</summary>
    private static Verdict? FaceOnly(in RuleContext a) =>
        a.Uses(Modality.Face) ? null : Verdict.NotApplicable("GB/T 41819-2022 concerns face recognition data; the activity processes no faces.");
}
