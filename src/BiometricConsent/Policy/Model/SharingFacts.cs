using System;
using System.Collections.Generic;

namespace BiometricConsent.Policy.Model;

/// <summary>Provision of the biometric information to others (<c>sharing</c> in docs/activity-format.md). Each fact is <c>null</c> when unknown.</summary>
public sealed class SharingFacts
{
    private readonly ulong termMask;

    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="sharedWithThirdParties">The information is provided to third parties.</param>
    /// <param name="separateConsentForSharing">Separate consent was obtained for providing it to third parties (PIPL Art. 23).</param>
    /// <param name="sold">The information is sold, leased or traded.</param>
    /// <param name="consentForSharing">The individuals consented (separately or not) to providing it to third parties (CRPL Art. 29 ¶2, Cybersecurity Law Art. 42, Civil Code Art. 1038); a <paramref name="separateConsentForSharing"/> of true counts as consent whatever this says.</param>
    /// <param name="recipientDisclosed">The individuals were told each recipient's name, contact details, purpose, method and categories of information (PIPL Art. 23).</param>
    /// <param name="agreementTerms">What the agreements with the recipients fix (NDSMR Art. 12; empty: none), or <c>null</c> when unknown.</param>
    /// <param name="recipientsSupervised">The processor supervises how the recipients perform their duties (NDSMR Art. 12).</param>
    /// <param name="recordsKeptThreeYears">Records of the provision are kept at least 3 years (NDSMR Art. 12).</param>
    /// <exception cref="ArgumentException">The facts contradict each other; the exception names the offending parameter.</exception>
    public SharingFacts(
        bool? sharedWithThirdParties = null,
        bool? separateConsentForSharing = null,
        bool? sold = null,
        bool? consentForSharing = null,
        bool? recipientDisclosed = null,
        IEnumerable<AgreementTerm>? agreementTerms = null,
        bool? recipientsSupervised = null,
        bool? recordsKeptThreeYears = null)
    {
        FactGuard.TrueOnlyIf(sold, FactPaths.Sharing.Sold, sharedWithThirdParties, FactPaths.Sharing.SharedWithThirdParties);

        // CRPL, Cybersecurity Law and Civil Code facts (issue 9). A separate consent is a consent: the rules read
        // separateConsentForSharing = true as consent whatever this field says, so the two are never contradictory.
        ConsentForSharing = consentForSharing;

        // Vendors and recipients (issue 9, PIPL Art. 23, NDSMR Art. 12). Details of a provision that does not happen
        // are not contradictions worth rejecting: the rules read them only when sharedWithThirdParties is true.
        RecipientDisclosed = recipientDisclosed;
        AgreementTerms = FactGuard.EnumList(agreementTerms, FactPaths.Sharing.AgreementTerms, allowEmpty: true, out termMask);
        RecipientsSupervised = recipientsSupervised;
        RecordsKeptThreeYears = recordsKeptThreeYears;

        SharedWithThirdParties = sharedWithThirdParties;
        SeparateConsentForSharing = separateConsentForSharing;
        Sold = sold;
    }

    /// <summary>The information is provided to third parties. JSON <c>$.sharing.sharedWithThirdParties</c>.</summary>
    public bool? SharedWithThirdParties { get; }

    /// <summary>Separate consent was obtained for providing it to third parties (PIPL Art. 23). JSON <c>$.sharing.separateConsentForSharing</c>.</summary>
    public bool? SeparateConsentForSharing { get; }

    /// <summary>The information is sold, leased or traded. JSON <c>$.sharing.sold</c>.</summary>
    public bool? Sold { get; }

    /// <summary>The individuals consented to providing it to third parties (a separate consent, <see cref="SeparateConsentForSharing"/>, is one too). JSON <c>$.sharing.consentForSharing</c>.</summary>
    public bool? ConsentForSharing { get; }

    /// <summary>The individuals were told each recipient's name, contact details, purpose, method and categories. JSON <c>$.sharing.recipientDisclosed</c>.</summary>
    public bool? RecipientDisclosed { get; }

    /// <summary>What the agreements with the recipients fix, or <c>null</c> when unknown. JSON <c>$.sharing.agreementTerms</c>.</summary>
    public IReadOnlyList<AgreementTerm>? AgreementTerms { get; }

    /// <summary>The processor supervises how the recipients perform their duties. JSON <c>$.sharing.recipientsSupervised</c>.</summary>
    public bool? RecipientsSupervised { get; }

    /// <summary>Records of the provision are kept at least 3 years. JSON <c>$.sharing.recordsKeptThreeYears</c>.</summary>
    public bool? RecordsKeptThreeYears { get; }

    /// <summary>Whether the agreements with the recipients fix <paramref name="term"/>: <c>null</c> when the terms are unknown.</summary>
    /// <param name="term">The term.</param>
    public bool? Fixes(AgreementTerm term) => AgreementTerms is null ? (bool?)null : FactGuard.Has(termMask, (int)term);
}
