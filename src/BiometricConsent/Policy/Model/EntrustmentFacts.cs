using System;
using System.Collections.Generic;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// Entrusted processing (<c>entrustment</c> in docs/activity-format.md; PIPL Art. 21, NDSMR Art. 12): a vendor that
/// processes the information on the processor's behalf, as the processor decides (a cloud host, a recognition-service
/// provider, an installer that runs the cameras). A recipient that decides its own purposes is <c>sharing</c>'s matter.
/// Each fact is <c>null</c> when unknown.
/// </summary>
public sealed class EntrustmentFacts
{
    private readonly ulong termMask;

    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="entrusted">The processor entrusts the processing (or part of it) to another party.</param>
    /// <param name="agreementTerms">What the entrustment agreement fixes (empty: no agreement, or one that fixes none of them), or <c>null</c> when unknown.</param>
    /// <param name="supervised">The processor supervises the entrusted party's processing.</param>
    /// <param name="processedBeyondAgreement">The entrusted party processes beyond the agreed purpose or method.</param>
    /// <param name="subEntrustedWithoutConsent">The entrusted party passed the processing on to another without the processor's consent.</param>
    /// <param name="retainedAfterEnd">The entrusted party kept the information after the agreement ended (or was void or revoked) instead of returning or deleting it.</param>
    /// <param name="recordsKeptThreeYears">Records of the entrusted processing are kept at least 3 years (NDSMR Art. 12).</param>
    /// <exception cref="ArgumentException">A detail of the entrustment is given while <paramref name="entrusted"/> is false, or <paramref name="agreementTerms"/> repeats a term or holds an undefined value.</exception>
    public EntrustmentFacts(
        bool? entrusted = null,
        IEnumerable<AgreementTerm>? agreementTerms = null,
        bool? supervised = null,
        bool? processedBeyondAgreement = null,
        bool? subEntrustedWithoutConsent = null,
        bool? retainedAfterEnd = null,
        bool? recordsKeptThreeYears = null)
    {
        AgreementTerms = FactGuard.EnumList(agreementTerms, FactPaths.Entrustment.AgreementTerms, allowEmpty: true, out termMask);
        if (entrusted == false && AgreementTerms?.Count > 0)
        {
            throw FactGuard.Invalid(FactPaths.Entrustment.AgreementTerms, "agreementTerms lists terms but entrusted is false; the two contradict each other.");
        }

        FactGuard.TrueOnlyIf(supervised, FactPaths.Entrustment.Supervised, entrusted, FactPaths.Entrustment.Entrusted);
        FactGuard.TrueOnlyIf(processedBeyondAgreement, FactPaths.Entrustment.ProcessedBeyondAgreement, entrusted, FactPaths.Entrustment.Entrusted);
        FactGuard.TrueOnlyIf(subEntrustedWithoutConsent, FactPaths.Entrustment.SubEntrustedWithoutConsent, entrusted, FactPaths.Entrustment.Entrusted);
        FactGuard.TrueOnlyIf(retainedAfterEnd, FactPaths.Entrustment.RetainedAfterEnd, entrusted, FactPaths.Entrustment.Entrusted);
        FactGuard.TrueOnlyIf(recordsKeptThreeYears, FactPaths.Entrustment.RecordsKeptThreeYears, entrusted, FactPaths.Entrustment.Entrusted);
        Entrusted = entrusted;
        Supervised = supervised;
        ProcessedBeyondAgreement = processedBeyondAgreement;
        SubEntrustedWithoutConsent = subEntrustedWithoutConsent;
        RetainedAfterEnd = retainedAfterEnd;
        RecordsKeptThreeYears = recordsKeptThreeYears;
    }

    /// <summary>The processor entrusts the processing to another party. JSON <c>$.entrustment.entrusted</c>.</summary>
    public bool? Entrusted { get; }

    /// <summary>What the entrustment agreement fixes, or <c>null</c> when unknown. JSON <c>$.entrustment.agreementTerms</c>.</summary>
    public IReadOnlyList<AgreementTerm>? AgreementTerms { get; }

    /// <summary>The processor supervises the entrusted party. JSON <c>$.entrustment.supervised</c>.</summary>
    public bool? Supervised { get; }

    /// <summary>The entrusted party processes beyond the agreed purpose or method. JSON <c>$.entrustment.processedBeyondAgreement</c>.</summary>
    public bool? ProcessedBeyondAgreement { get; }

    /// <summary>The entrusted party sub-entrusted without the processor's consent. JSON <c>$.entrustment.subEntrustedWithoutConsent</c>.</summary>
    public bool? SubEntrustedWithoutConsent { get; }

    /// <summary>The entrusted party kept the information after the agreement ended. JSON <c>$.entrustment.retainedAfterEnd</c>.</summary>
    public bool? RetainedAfterEnd { get; }

    /// <summary>Records of the entrusted processing are kept at least 3 years. JSON <c>$.entrustment.recordsKeptThreeYears</c>.</summary>
    public bool? RecordsKeptThreeYears { get; }

    /// <summary>
    /// Whether the agreement fixes <paramref name="term"/>: <c>false</c> when nothing is entrusted, <c>null</c> when the
    /// terms are unknown.
    /// </summary>
    /// <param name="term">The term.</param>
    public bool? Fixes(AgreementTerm term) =>
        Entrusted == false ? false : AgreementTerms is null ? (bool?)null : FactGuard.Has(termMask, (int)term);
}
