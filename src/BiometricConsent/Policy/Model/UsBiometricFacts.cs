using System;
using System.Collections.Generic;
using NodaTime;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// The facts the US state biometric statutes turn on that the other sections do not hold (<c>usBiometric</c> in
/// docs/activity-format.md): the Illinois Biometric Information Privacy Act (740 ILCS 14) and Texas's Capture or Use
/// of Biometric Identifier (Tex. Bus. &amp; Com. Code § 503.001). Notice, consent, the published retention policy, sale and
/// sharing are in <c>notice</c>, <c>consent</c>, <c>storage</c> and <c>sharing</c>. Each fact is <c>null</c> when unknown.
/// </summary>
public sealed class UsBiometricFacts
{
    private readonly ulong groundMask;

    /// <summary>Creates the facts; omit what is unknown.</summary>
    /// <param name="governmentEntity">
    /// The processor is a State or local government agency, an Illinois court, clerk of court, judge or justice (not a
    /// "private entity", BIPA 14/10), or a contractor, subcontractor or agent of a State agency or local unit of
    /// government working for it (BIPA 14/25(e)).
    /// </param>
    /// <param name="commercialPurpose">The biometric identifiers are captured for a commercial purpose (Texas 503.001(b)).</param>
    /// <param name="noticeInWriting">The notice of collection, its purpose and its term was given in writing (BIPA 14/15(b)(1)-(2)).</param>
    /// <param name="profitFromData">Beyond selling, leasing or trading it (<c>sharing.sold</c>), the processor otherwise profits from the biometric data (BIPA 14/15(c)).</param>
    /// <param name="disclosureGrounds">The grounds other than the individual's consent on which every disclosure to others rests (may be empty: none), or <c>null</c> when unknown.</param>
    /// <param name="reasonableCare">The data is stored, transmitted and protected from disclosure with reasonable care, by the standard of the processor's industry (BIPA 14/15(e)(1); Texas 503.001(c)(2)).</param>
    /// <param name="protectedAsOtherConfidentialData">It is protected in the same or a more protective way than the processor's other confidential and sensitive information (BIPA 14/15(e)(2); Texas 503.001(c)(2)).</param>
    /// <param name="keptAfterPurposeEnds">How long the data is kept once the purpose of collecting it is satisfied or expires (<c>P0D</c>: destroyed then).</param>
    /// <param name="keptAfterLastInteraction">How long the data is kept at most after the individual's last interaction with the processor (BIPA 14/15(a): 3 years).</param>
    /// <exception cref="ArgumentException">A period is negative, or <paramref name="disclosureGrounds"/> repeats a ground or holds an undefined value.</exception>
    public UsBiometricFacts(
        bool? governmentEntity = null,
        bool? commercialPurpose = null,
        bool? noticeInWriting = null,
        bool? profitFromData = null,
        IEnumerable<DisclosureGround>? disclosureGrounds = null,
        bool? reasonableCare = null,
        bool? protectedAsOtherConfidentialData = null,
        Period? keptAfterPurposeEnds = null,
        Period? keptAfterLastInteraction = null)
    {
        FactGuard.NotNegative(keptAfterPurposeEnds, FactPaths.UsBiometric.KeptAfterPurposeEnds);
        FactGuard.NotNegative(keptAfterLastInteraction, FactPaths.UsBiometric.KeptAfterLastInteraction);
        GovernmentEntity = governmentEntity;
        CommercialPurpose = commercialPurpose;
        NoticeInWriting = noticeInWriting;
        ProfitFromData = profitFromData;
        DisclosureGrounds = FactGuard.EnumList(disclosureGrounds, FactPaths.UsBiometric.DisclosureGrounds, allowEmpty: true, out groundMask);
        ReasonableCare = reasonableCare;
        ProtectedAsOtherConfidentialData = protectedAsOtherConfidentialData;
        KeptAfterPurposeEnds = keptAfterPurposeEnds;
        KeptAfterLastInteraction = keptAfterLastInteraction;
    }

    /// <summary>The processor is a government entity or works for one (outside BIPA, 14/10 and 14/25(e)). JSON <c>$.usBiometric.governmentEntity</c>.</summary>
    public bool? GovernmentEntity { get; }

    /// <summary>The identifiers are captured for a commercial purpose (Texas 503.001(b)). JSON <c>$.usBiometric.commercialPurpose</c>.</summary>
    public bool? CommercialPurpose { get; }

    /// <summary>The notice was given in writing (BIPA 14/15(b)(1)-(2)). JSON <c>$.usBiometric.noticeInWriting</c>.</summary>
    public bool? NoticeInWriting { get; }

    /// <summary>The processor otherwise profits from the biometric data (BIPA 14/15(c)). JSON <c>$.usBiometric.profitFromData</c>.</summary>
    public bool? ProfitFromData { get; }

    /// <summary>The grounds other than consent the disclosures rest on, or <c>null</c> when unknown. JSON <c>$.usBiometric.disclosureGrounds</c>.</summary>
    public IReadOnlyList<DisclosureGround>? DisclosureGrounds { get; }

    /// <summary>The data is protected with reasonable care by the industry's standard. JSON <c>$.usBiometric.reasonableCare</c>.</summary>
    public bool? ReasonableCare { get; }

    /// <summary>The data is protected at least as well as other confidential information. JSON <c>$.usBiometric.protectedAsOtherConfidentialData</c>.</summary>
    public bool? ProtectedAsOtherConfidentialData { get; }

    /// <summary>How long the data is kept after its purpose ends, as given. JSON <c>$.usBiometric.keptAfterPurposeEnds</c> (ISO-8601 period).</summary>
    public Period? KeptAfterPurposeEnds { get; }

    /// <summary>How long the data is kept at most after the individual's last interaction, as given. JSON <c>$.usBiometric.keptAfterLastInteraction</c> (ISO-8601 period).</summary>
    public Period? KeptAfterLastInteraction { get; }

    /// <summary>Whether every disclosure rests on grounds that <paramref name="accepted"/> holds: <c>null</c> when the grounds are unknown, <c>false</c> when none is given.</summary>
    /// <param name="accepted">The grounds the law accepts.</param>
    internal bool? GroundsWithin(DisclosureGround[] accepted)
    {
        if (DisclosureGrounds is null)
        {
            return null;
        }

        if (DisclosureGrounds.Count == 0)
        {
            return false;
        }

        foreach (var ground in DisclosureGrounds)
        {
            if (Array.IndexOf(accepted, ground) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
