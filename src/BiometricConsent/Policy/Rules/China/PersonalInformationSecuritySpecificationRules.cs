using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// GB/T 35273-2020, Information security technology — Personal information security specification (SAMR and SAC,
/// 2020-03-06, in force 2020-10-01, replacing GB/T 35273-2017): a recommended national standard. It binds no one by
/// itself, so its rules are advice (<see cref="EnforcementChannel.Advisory"/>): a <c>Violated</c> finding means the
/// recommendation is not followed, never a violation of law. §6.3 on transmitting and storing sensitive personal
/// information, biometric information included. Each rule's statement, checked facts and gaps are listed in
/// docs/rules-catalog.md.
/// </summary>
/// <remarks>
/// The wording of §6.3(a)–(c) is checked against secondary sources that quote the clause text [V-S]
/// (docs/policy-rules-notes.md, "Recommended national standards").
/// </remarks>
public static class PersonalInformationSecuritySpecificationRules
{
    private const string NotFollowed = "Not followed (recommended standard, not law): ";

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-GBT35273",
        name: "GB/T 35273-2020 Personal Information Security Specification",
        shortName: "GB/T 35273-2020",
        chineseTitle: "信息安全技术 个人信息安全规范",
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Advisory,
        effectiveFrom: new LocalDate(2020, 10, 1),
        temporalNote: "replacing GB/T 35273-2017; a recommended standard, advice only");

    /// <summary>CN-GBT35273-6.3a.</summary>
    public static Rule Clause6_3a { get; } = new Rule(
        "CN-GBT35273-6.3a",
        Instrument,
        "§6.3(a)",
        "Sensitive personal information, biometric information included, should be encrypted (or otherwise secured) when it is transmitted and when it is stored.",
        Verification.VerifiedSecondary,
        EvaluateEncryption,
        checks: FactSet.Of(FactPaths.Storage.Encrypted, FactPaths.Storage.EncryptedInTransit, FactPaths.Storage.OnDeviceOnly),
        notModelled: "security measures other than encryption (\"加密等安全措施\"); the note on following the national cryptography standards");

    /// <summary>CN-GBT35273-6.3b.</summary>
    public static Rule Clause6_3b { get; } = new Rule(
        "CN-GBT35273-6.3b",
        Instrument,
        "§6.3(b)",
        "Biometric information should be stored apart from the personal identity information it belongs to.",
        Verification.VerifiedSecondary,
        (in RuleContext a) => Checklist.Start
            .Requires(a.SeparatedFromIdentity(), "the biometric information is stored together with the identity information")
            .Verdict(
                violated: NotFollowed + "GB/T 35273-2020 §6.3(b) recommends storing biometric information apart from identity information; ",
                undetermined: "Whether the biometric information is stored apart from the identity information decides this advice.",
                satisfied: "The biometric information is stored apart from the identity information."),
        checks: FactSet.Of(FactPaths.Storage.SeparatedFromIdentity),
        notModelled: "processing that stores nothing (the clause then has nothing to separate)");

    /// <summary>CN-GBT35273-6.3c.</summary>
    public static Rule Clause6_3c { get; } = new Rule(
        "CN-GBT35273-6.3c",
        Instrument,
        "§6.3(c)",
        "Raw biometric information (samples, images) should in principle not be stored: keep only a summary (template), use it within the capture terminal, or delete the raw images from which it can be extracted once recognition or authentication is done.",
        Verification.VerifiedSecondary,
        (in RuleContext a) => Checklist.Start
            .Forbids(a.RawImagesRetained(), "raw images are kept after recognition rather than templates only")
            .Verdict(
                violated: NotFollowed + "GB/T 35273-2020 §6.3(c) recommends storing no raw biometric information; ",
                undetermined: "Whether raw images are kept after enrolment or recognition decides this advice.",
                satisfied: "Raw images are not kept after enrolment or recognition; only templates are."),
        checks: FactSet.Of(FactPaths.Storage.RawImagesRetained),
        notModelled: "\"in principle\": the cases in which keeping raw samples is justified");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Clause6_3a, Clause6_3b, Clause6_3c };

    private static Verdict EvaluateEncryption(in RuleContext a)
    {
        var inTransit = a.EncryptedInTransit();
        var onDevice = a.OnDeviceOnly();

        // Information that never leaves the device is never transmitted: only encryption in storage is asked then.
        return Checklist.Start
            .Requires(a.Encrypted(), "it is stored unencrypted")
            .Breach(inTransit.IsFalse && onDevice.IsFalse, "it leaves the device unencrypted", inTransit, onDevice)
            .Needs(onDevice, when: inTransit.IsFalse)
            .Needs(inTransit, when: !onDevice.IsTrue)
            .Verdict(
                violated: NotFollowed + "GB/T 35273-2020 §6.3(a) recommends encryption in transmission and storage; ",
                undetermined: "Whether the information is encrypted in storage and, unless it stays on the device, in transmission decides this advice.",
                satisfied: onDevice.IsTrue && !inTransit.IsTrue
                    ? "The information is stored encrypted and never leaves the device."
                    : "The information is encrypted in storage and in transmission.");
    }
}
