using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.UnitedStates;

/// <summary>
/// Illinois Biometric Information Privacy Act, 740 ILCS 14 (P.A. 95-994, effective 2008-10-03; amended by P.A. 103-0769,
/// effective 2024-08-02): the duties of section 15 of private entities holding biometric identifiers (a scan of face or hand
/// geometry, a fingerprint, an iris or retina scan, a voiceprint) or information based on them. Enforced by the persons
/// aggrieved (14/20), not by a regulator. Each rule's statement, checked facts and gaps are listed in docs/rules-catalog.md;
/// the readings in docs/policy-rules-notes.md, "Illinois BIPA and Texas § 503.001".
/// </summary>
public static class BipaRules
{
    /// <summary>The day P.A. 103-0769 took effect: an electronic signature is a written release (14/10), repeated collection or disclosure is one violation (14/20(b)-(c)).</summary>
    public static readonly LocalDate Amendment2024 = new LocalDate(2024, 8, 2);

    /// <summary>The remedies of 14/20(a).</summary>
    public const string Section20Penalty =
        "740 ILCS 14/20(a): a private right of action of any person aggrieved; for each violation liquidated damages of USD 1,000 (negligent) or USD 5,000 (intentional or reckless), " +
        "or actual damages if greater, plus reasonable attorneys' fees and costs (expert witness fees included) and other relief such as an injunction";

    private const string Statute = "BIPA (740 ILCS 14/10)";

    /// <summary>What every rule's gate reads.</summary>
    private static readonly FactSet ScopeChecks = FactSet.Of(FactPaths.UsBiometric.GovernmentEntity) + UsBiometricDuties.IdentifierChecks;

    /// <summary>The grounds other than consent 14/15(d)(2)-(4) lists.</summary>
    private static readonly DisclosureGround[] Section15dGrounds =
    {
        DisclosureGround.FinancialTransaction, DisclosureGround.RequiredByStatute, DisclosureGround.RequiredByMunicipalOrdinance,
        DisclosureGround.Warrant, DisclosureGround.Subpoena,
    };

    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "US-IL-BIPA",
        name: "Biometric Information Privacy Act (740 ILCS 14)",
        shortName: "BIPA",
        chineseTitle: null,
        scope: Jurisdiction.Parse("US-IL"),
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.CivilCourt,
        effectiveFrom: new LocalDate(2008, 10, 3),
        penalty: Section20Penalty);

    /// <summary>US-IL-BIPA-15a.</summary>
    public static Rule Section15a { get; } = new Rule(
        "US-IL-BIPA-15a",
        Instrument,
        "740 ILCS 14/15(a)",
        "A private entity in possession of biometric identifiers or information must have a written policy, made available to the public, with a retention schedule and guidelines for destroying them permanently when the initial purpose of collecting them is satisfied or within 3 years of the individual's last interaction with it, whichever comes first, and must comply with it.",
        Verification.VerifiedPrimary,
        (in RuleContext a) => Gate(a)
            .Requires(a.RetentionPolicyPublished(), "no written retention schedule and destruction guidelines are made available to the public")
            .Requires(
                UsBiometricDuties.AtMost(a.KeptAfterPurposeEnds, Period.Zero, FactPaths.UsBiometric.KeptAfterPurposeEnds),
                "it is kept " + UsBiometricDuties.Text(a.KeptAfterPurposeEnds) + " after the purpose of collecting it is satisfied instead of being destroyed then")
            .Requires(
                UsBiometricDuties.AtMost(a.KeptAfterLastInteraction, Period.FromYears(3), FactPaths.UsBiometric.KeptAfterLastInteraction),
                "it is kept up to " + UsBiometricDuties.Text(a.KeptAfterLastInteraction) + " after the individual's last interaction, more than 3 years")
            .Verdict(
                violated: "The biometric data is not kept as 14/15(a) requires: ",
                undetermined: "Whether a retention and destruction policy is public, and how long the data is kept after its purpose is satisfied and after the individual's last interaction, decide this rule.",
                satisfied: "A public written policy sets the retention schedule, and the data is destroyed when its purpose is satisfied and within 3 years of the last interaction."),
        checks: ScopeChecks + FactSet.Of(FactPaths.Storage.RetentionPolicyPublished, FactPaths.UsBiometric.KeptAfterPurposeEnds, FactPaths.UsBiometric.KeptAfterLastInteraction),
        notModelled: "whether the published policy's text itself sets the schedule (the facts describe the retention practised); retention under a valid warrant or subpoena");

    /// <summary>US-IL-BIPA-15b.</summary>
    public static Rule Section15b { get; } = new Rule(
        "US-IL-BIPA-15b",
        Instrument,
        "740 ILCS 14/15(b) (with 14/10, \"written release\", as amended by P.A. 103-0769)",
        "Before collecting, capturing, purchasing, receiving or otherwise obtaining a person's biometric identifier or information, a private entity must inform the subject (or legally authorised representative) in writing that it is collected or stored and of the specific purpose and length of term, and receive a written release executed by the subject; from 2024-08-02 an electronic signature is a written release.",
        Verification.VerifiedPrimary,
        Evaluate15b,
        penalty: Section20Penalty + ". From 2024-08-02 (14/20(b), P.A. 103-0769): collecting the same identifier from the same person by the same method more than once is a single violation of 15(b), with at most one recovery",
        checks: ScopeChecks + FactSet.Of(
            FactPaths.Notice.Given, FactPaths.Notice.BeforeProcessing, FactPaths.Notice.Elements, FactPaths.UsBiometric.NoticeInWriting,
            FactPaths.Consent.Obtained, FactPaths.Consent.Written, FactPaths.Consent.ElectronicSignature, FactPaths.Period.Self),
        notModelled: "whether the release was executed by the subject or a legally authorised representative; a release executed by an employee as a condition of employment (14/10) beyond the written form; whether an electronic signature already was a written release before 2024-08-02 under the Electronic Commerce Security Act (read here as not)");

    /// <summary>US-IL-BIPA-15c.</summary>
    public static Rule Section15c { get; } = new Rule(
        "US-IL-BIPA-15c",
        Instrument,
        "740 ILCS 14/15(c)",
        "A private entity in possession of a biometric identifier or information must not sell, lease, trade or otherwise profit from it.",
        Verification.VerifiedPrimary,
        (in RuleContext a) => Gate(a)
            .Forbids(UsBiometricDuties.Sold(a), "it is sold, leased or traded")
            .Forbids(a.ProfitFromData(), "the processor otherwise profits from it")
            .Verdict(
                violated: "A person's biometric data is turned to profit, which 14/15(c) forbids: ",
                undetermined: "Whether the biometric data is sold, leased or traded, or otherwise turned to profit, decides this rule.",
                satisfied: "The biometric data is neither sold, leased or traded nor otherwise turned to profit."),
        checks: ScopeChecks + FactSet.Of(FactPaths.Sharing.SharedWithThirdParties, FactPaths.Sharing.Sold, FactPaths.UsBiometric.ProfitFromData),
        notModelled: "where the line of \"otherwise profit\" runs (some courts ask whether the data itself is part of what is sold [R]; the processor states it)");

    /// <summary>US-IL-BIPA-15d.</summary>
    public static Rule Section15d { get; } = new Rule(
        "US-IL-BIPA-15d",
        Instrument,
        "740 ILCS 14/15(d)",
        "A private entity in possession of a biometric identifier or information must not disclose, redisclose or otherwise disseminate it unless the subject consents, the disclosure completes a financial transaction the subject requested or authorised, State or federal law or a municipal ordinance requires it, or a valid warrant or subpoena requires it.",
        Verification.VerifiedSecondary,
        (in RuleContext a) =>
        {
            var consent = a.ConsentForSharing();
            var grounds = a.DisclosedOnlyOn(Section15dGrounds);
            var covered = consent.IsTrue || grounds.IsTrue ? true : consent.IsFalse && grounds.IsFalse ? false : (bool?)null;
            return Gate(a)
                .AppliesWhen(a.SharedWithThirdParties(), "The biometric data is not disclosed to anyone.")
                .Breach(covered == false, "it is disclosed without the subject's consent and not only on the grounds 15(d)(2)-(4) list", consent, grounds)
                .Needs(consent, when: covered is null)
                .Needs(grounds, when: covered is null)
                .Verdict(
                    violated: "The biometric data is disclosed in breach of 14/15(d): ",
                    undetermined: "Whether the subject consented to the disclosure, or on which grounds it rests, decides this rule.",
                    satisfied: "The biometric data is disclosed only with the subject's consent or on a ground 14/15(d) lists.");
        },
        penalty: Section20Penalty + ". From 2024-08-02 (14/20(c), P.A. 103-0769): disclosing the same identifier of the same person to the same recipient by the same method more than once is a single violation of 15(d), with at most one recovery",
        checks: ScopeChecks + FactSet.Of(
            FactPaths.Sharing.SharedWithThirdParties, FactPaths.Sharing.ConsentForSharing, FactPaths.Sharing.SeparateConsentForSharing, FactPaths.UsBiometric.DisclosureGrounds),
        notModelled: "disclosure to each recipient separately (one activity describes all its disclosures together); whether the warrant or subpoena is valid");

    /// <summary>US-IL-BIPA-15e.</summary>
    public static Rule Section15e { get; } = new Rule(
        "US-IL-BIPA-15e",
        Instrument,
        "740 ILCS 14/15(e)",
        "A private entity in possession of biometric identifiers or information must store, transmit and protect them from disclosure with the reasonable standard of care of its industry, and in a manner the same as or more protective than it uses for its other confidential and sensitive information.",
        Verification.VerifiedSecondary,
        (in RuleContext a) => Gate(a).Care(a).Verdict(
            violated: "The biometric data is not protected as 14/15(e) requires: ",
            undetermined: "Whether the biometric data is protected with the industry's reasonable care and at least as well as the processor's other confidential information decides this rule.",
            satisfied: "The biometric data is protected with the industry's reasonable care and at least as well as the processor's other confidential information."),
        checks: ScopeChecks + UsBiometricDuties.CareChecks,
        notModelled: "what the industry's standard of care is (the processor states that it meets it; encryption and the other security facts are not read as proof either way)");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Section15a, Section15b, Section15c, Section15d, Section15e };

    /// <summary>BIPA binds private entities only (14/10) and not government contractors working for the government (14/25(e)), and only for biometric identifiers.</summary>
    private static Checklist Gate(in RuleContext a) => Checklist.Start
        .AppliesWhen(a.GovernmentEntity().Not(), "The processor is a government entity or works for one; BIPA binds private entities only (14/10, 14/25(e)).")
        .AndUnless(UsBiometricDuties.Identifiers(a, Statute));

    private static Verdict Evaluate15b(in RuleContext a)
    {
        var notice = Gate(a)
            .Requires(a.NoticeBeforeProcessing(), "the subject was not informed before the collection")
            .Requires(a.NoticeInWriting(), "the notice was not in writing")
            .Requires(a.NoticeStates(NoticeElement.Purpose), "the notice does not state the specific purpose")
            .Requires(a.NoticeStates(NoticeElement.Retention), "the notice does not state the length of term");
        var obtained = a.ConsentObtained();
        var written = a.ConsentWritten();
        var electronic = a.ElectronicSignature();

        // An electronic signature is a written release only from 2024-08-02 (P.A. 103-0769, 14/10): for a period that
        // starts earlier, only a written release shows the part before it.
        var electronicCounts = a.From >= Amendment2024;
        var released = written.IsTrue || (electronic.IsTrue && electronicCounts);
        var notWritten = !released && written.IsFalse;
        return notice
            .Breach(!released && obtained.IsFalse, "no release was received", obtained)
            .Breach(
                notWritten && !obtained.IsFalse && electronic.IsTrue,
                "the release was signed only electronically, which is a written release only from 2024-08-02 (P.A. 103-0769), and the period starts before",
                electronic, written)
            .Breach(notWritten && !obtained.IsFalse && electronic.IsFalse, "the release was neither written nor signed electronically", written, electronic)
            .Breach(
                notWritten && !obtained.IsFalse && electronic.IsUnknown && !electronicCounts,
                "the release was not written (before 2024-08-02 an electronic signature was not a written release)", written)
            .Needs(written, when: !released && !obtained.IsFalse)
            .Needs(electronic, when: !released && !obtained.IsFalse && !written.IsTrue && electronicCounts)
            .Verdict(
                violated: "The biometric data is collected without what 14/15(b) requires first: ",
                undetermined: "Whether the subject was informed in writing, before the collection, of it, its purpose and its term, and signed a written release (or, from 2024-08-02, an electronic one), decide this rule.",
                satisfied: "The subject was informed in writing, before the collection, of it, its purpose and its term, and signed a written release" +
                    (written.IsTrue ? "." : " electronically, which counts from 2024-08-02 (P.A. 103-0769)."));
    }
}
