using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.UnitedStates;

/// <summary>
/// Texas, Capture or Use of Biometric Identifier, Tex. Bus. &amp; Com. Code § 503.001 (H.B. 3186, effective
/// 2009-09-01): a person capturing a retina or iris scan, fingerprint, voiceprint or record of hand or face geometry
/// for a commercial purpose. Enforced by the Attorney General (§ 503.001(d)); there is no private right of action.
/// Each rule's statement, checked facts and gaps are listed in docs/rules-catalog.md; the readings in
/// docs/policy-rules-notes.md, "Illinois BIPA and Texas § 503.001".
/// </summary>
public static class CubiRules
{
    private const string Statute = "Texas § 503.001(a)";

    /// <summary>What every rule's gate reads.</summary>
    private static readonly FactSet ScopeChecks = FactSet.Of(FactPaths.UsBiometric.CommercialPurpose) + UsBiometricDuties.IdentifierChecks;

    /// <summary>The exceptions of § 503.001(c)(1)(A)-(D).</summary>
    private static readonly DisclosureGround[] ListedGrounds =
    {
        DisclosureGround.IdentificationOnDisappearanceOrDeath, DisclosureGround.FinancialTransaction, DisclosureGround.RequiredByStatute,
        DisclosureGround.PermittedByStatute, DisclosureGround.Warrant,
    };

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "US-TX-CUBI",
        name: "Capture or Use of Biometric Identifier (Tex. Bus. & Com. Code § 503.001)",
        shortName: "CUBI",
        chineseTitle: null,
        scope: Jurisdiction.Parse("US-TX"),
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2009, 9, 1),
        penalty: "Tex. Bus. & Com. Code § 503.001(d): a civil penalty of not more than USD 25,000 for each violation, recovered in an action brought by the Attorney General; no private right of action [V-P: subsection (d) as enacted by H.B. 678, 77th Leg. (2001), then Bus. & Com. Code § 35.50(d); carried unchanged into § 503.001]");

    /// <summary>US-TX-CUBI-b.</summary>
    public static Rule SectionB { get; } = new Rule(
        "US-TX-CUBI-b",
        Instrument,
        "§ 503.001(b)",
        "A person may not capture a biometric identifier of an individual for a commercial purpose unless it informs the individual before capturing it and receives the individual's consent to the capture.",
        Verification.VerifiedPrimary,
        (in RuleContext a) => Gate(a)
            .Requires(a.NoticeBeforeProcessing(), "the individual was not informed before the capture")
            .Requires(a.ConsentObtained(), "the individual's consent was not received")
            .Verdict(
                violated: "A biometric identifier is captured for a commercial purpose in breach of § 503.001(b): ",
                undetermined: "Whether the individual was informed before the capture and consented decides this rule.",
                satisfied: "The individual was informed before the capture and consented to it."),
        checks: ScopeChecks + FactSet.Of(FactPaths.Notice.Given, FactPaths.Notice.BeforeProcessing, FactPaths.Consent.Obtained),
        notModelled: "§ 503.001(b-1) (from 2026-01-01): images on the internet or another public source are neither notice nor consent unless the individual made them public");

    /// <summary>US-TX-CUBI-c1.</summary>
    public static Rule SectionC1 { get; } = new Rule(
        "US-TX-CUBI-c1",
        Instrument,
        "§ 503.001(c)(1)",
        "A person possessing a biometric identifier captured for a commercial purpose may not sell, lease or otherwise disclose it to another person unless the individual consents to the disclosure for identification on their disappearance or death, it completes a financial transaction the individual requested or authorised, a federal statute or a Texas statute other than Gov. Code ch. 552 requires or permits it, or it is made by or to a law enforcement agency for a law enforcement purpose in response to a warrant.",
        Verification.VerifiedPrimary,
        (in RuleContext a) => Gate(a)
            .AppliesWhen(a.SharedWithThirdParties(), "The biometric identifiers are not disclosed to anyone.")
            .Forbids(a.Sold(), "they are sold or leased")
            .Requires(a.DisclosedOnlyOn(ListedGrounds), "they are disclosed on grounds other than those § 503.001(c)(1)(A)-(D) lists")
            .Verdict(
                violated: "Biometric identifiers are disclosed in breach of § 503.001(c)(1): ",
                undetermined: "Whether the identifiers are sold, and on which grounds they are disclosed, decide this rule.",
                satisfied: "The identifiers are not sold, and are disclosed only on grounds § 503.001(c)(1) lists."),
        checks: ScopeChecks + FactSet.Of(FactPaths.Sharing.SharedWithThirdParties, FactPaths.Sharing.Sold, FactPaths.UsBiometric.DisclosureGrounds),
        notModelled: "a sale that itself completes a financial transaction the individual requested (read here as no exception for selling the identifiers); a general consent to sharing is no ground in Texas (sharing.consentForSharing is not read)");

    /// <summary>US-TX-CUBI-c2.</summary>
    public static Rule SectionC2 { get; } = new Rule(
        "US-TX-CUBI-c2",
        Instrument,
        "§ 503.001(c)(2)",
        "A person possessing a biometric identifier captured for a commercial purpose must store, transmit and protect it from disclosure using reasonable care, in a manner the same as or more protective than it uses for any other confidential information it possesses.",
        Verification.VerifiedPrimary,
        (in RuleContext a) => Gate(a).Care(a).Verdict(
            violated: "Biometric identifiers are not protected as § 503.001(c)(2) requires: ",
            undetermined: "Whether the identifiers are protected with reasonable care and at least as well as the processor's other confidential information decides this rule.",
            satisfied: "The identifiers are protected with reasonable care and at least as well as the processor's other confidential information."),
        checks: ScopeChecks + UsBiometricDuties.CareChecks,
        notModelled: "what reasonable care is (the processor states that it takes it)");

    /// <summary>US-TX-CUBI-c3.</summary>
    public static Rule SectionC3 { get; } = new Rule(
        "US-TX-CUBI-c3",
        Instrument,
        "§ 503.001(c)(3)",
        "A person possessing a biometric identifier captured for a commercial purpose must destroy it within a reasonable time, but not later than the first anniversary of the date the purpose for collecting it expires (except under (c-1)).",
        Verification.VerifiedPrimary,
        (in RuleContext a) => Gate(a)
            .Requires(
                UsBiometricDuties.AtMost(a.KeptAfterPurposeEnds, Period.FromYears(1), FactPaths.UsBiometric.KeptAfterPurposeEnds),
                "they are kept " + UsBiometricDuties.Text(a.KeptAfterPurposeEnds) + " after the purpose of collecting them expires, beyond its first anniversary")
            .Verdict(
                violated: "Biometric identifiers are not destroyed in time: ",
                undetermined: "How long the identifiers are kept after the purpose of collecting them expires decides this rule.",
                satisfied: "The identifiers are destroyed no later than a year after the purpose of collecting them expires."),
        checks: ScopeChecks + FactSet.Of(FactPaths.UsBiometric.KeptAfterPurposeEnds),
        notModelled: "whether a time shorter than a year was reasonable; (c-1): identifiers used with an instrument or document another law requires to be kept longer");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { SectionB, SectionC1, SectionC2, SectionC3 };

    /// <summary>§ 503.001 governs capture for a commercial purpose, of biometric identifiers only.</summary>
    private static Checklist Gate(in RuleContext a) => Checklist.Start
        .AppliesWhen(a.CommercialPurpose(), "The biometric identifiers are not captured for a commercial purpose; § 503.001 governs only that capture.")
        .AndUnless(UsBiometricDuties.Identifiers(a, Statute));
}
