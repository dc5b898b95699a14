using System;
using System.Collections.Generic;
using NodaTime;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// A biometric processing activity: the facts the rules are assessed against (the activity format:
/// docs/activity-format.md). Immutable. Every fact that may be unknown is nullable, and a missing section is
/// <c>null</c>: unknown is never read as compliant.
/// </summary>
public sealed class Activity
{
    private static readonly IReadOnlyList<Modality> FaceOnly = Array.AsReadOnly(new[] { Modality.Face });
    private readonly Modality modalityFlags;
    private readonly ulong purposeMask;

    /// <summary>Creates an activity; omit what is unknown.</summary>
    /// <param name="jurisdiction">Where the processing happens (required; must have a time zone, so not <c>EU</c> or <c>US</c>).</param>
    /// <param name="period">When it happens (required).</param>
    /// <param name="id">An identifier for reports.</param>
    /// <param name="processor">Who processes.</param>
    /// <param name="venue">Where recognition takes place.</param>
    /// <param name="publicPlace">Whether the venue is a public place.</param>
    /// <param name="modalities">The biometric modalities, each a single flag (default: face only).</param>
    /// <param name="function">What the recognition does: a single flag.</param>
    /// <param name="purposes">Why the information is processed.</param>
    /// <param name="subjects">Whose information is processed.</param>
    /// <param name="legalBasis">The basis relied on.</param>
    /// <param name="consent">The consent obtained.</param>
    /// <param name="notice">The notice given.</param>
    /// <param name="necessity">How necessary the processing is.</param>
    /// <param name="impactAssessment">The impact assessment.</param>
    /// <param name="storage">Storage and retention.</param>
    /// <param name="sharing">Provision to others.</param>
    /// <param name="filing">The CAC filing.</param>
    /// <param name="security">Security incidents.</param>
    /// <param name="contractTerms">Standard-form terms.</param>
    /// <param name="changes">Changes after collection.</param>
    /// <param name="scraping">How the recognition database is built.</param>
    /// <param name="realTimeRemoteIdentification">Whether this is real-time remote identification (EU AI Act Art. 5(1)(h)).</param>
    /// <param name="entrustment">Processing entrusted to a vendor.</param>
    /// <param name="audit">Compliance audits.</param>
    /// <param name="usBiometric">The facts of the US state biometric statutes (Illinois BIPA, Texas § 503.001).</param>
    /// <param name="gdpr">What the GDPR asks beyond the other sections.</param>
    /// <param name="aiSystem">What the EU AI Act asks about the AI system.</param>
    /// <param name="accepted">The findings the team has accepted, each rule at most once; not a fact (see <see cref="Accepted"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or an acceptance is null.</exception>
    /// <exception cref="ArgumentException">A fact is invalid or contradicts another, or a rule is accepted twice; the exception names the parameter.</exception>
    public Activity(
        Jurisdiction jurisdiction,
        ActivityPeriod period,
        string? id = null,
        ProcessorFacts? processor = null,
        Venue? venue = null,
        bool? publicPlace = null,
        IEnumerable<Modality>? modalities = null,
        RecognitionFunction? function = null,
        IEnumerable<Purpose>? purposes = null,
        SubjectsFacts? subjects = null,
        LegalBasis? legalBasis = null,
        ConsentFacts? consent = null,
        NoticeFacts? notice = null,
        NecessityFacts? necessity = null,
        ImpactAssessmentFacts? impactAssessment = null,
        StorageFacts? storage = null,
        SharingFacts? sharing = null,
        FilingFacts? filing = null,
        SecurityFacts? security = null,
        ContractTermsFacts? contractTerms = null,
        ChangesFacts? changes = null,
        ScrapingFacts? scraping = null,
        bool? realTimeRemoteIdentification = null,
        EntrustmentFacts? entrustment = null,
        AuditFacts? audit = null,
        UsBiometricFacts? usBiometric = null,
        GdprFacts? gdpr = null,
        AiSystemFacts? aiSystem = null,
        IEnumerable<AcceptedFinding>? accepted = null)
    {
        if (jurisdiction.ToString().Length == 0)
        {
            throw FactGuard.Invalid(FactPaths.Jurisdiction, "jurisdiction is the default value; create it with Jurisdiction.Parse.");
        }

        if (!jurisdiction.HasTimeZone)
        {
            throw FactGuard.Invalid(FactPaths.Jurisdiction, $"jurisdiction {jurisdiction} has no single time zone; name the member state or state where the processing happens.");
        }

        Period = Preconditions.CheckNotNull(period, nameof(period));
        try
        {
            Dates = period.InZone(jurisdiction.TimeZone);
        }
        catch (ArgumentException e)
        {
            // Compared in the jurisdiction's zone, what is rejected is the end.
            throw FactGuard.Invalid(FactPaths.Period.End, FactGuard.ReasonOf(e), nameof(period));
        }

        FactGuard.DefinedOrNull(venue, FactPaths.Venue);
        FactGuard.DefinedOrNull(function, FactPaths.Function);
        FactGuard.DefinedOrNull(legalBasis, FactPaths.LegalBasis);
        Modalities = FactGuard.EnumList(modalities, FactPaths.Modalities, allowEmpty: false, out _) ?? FaceOnly;
        foreach (var modality in Modalities)
        {
            modalityFlags |= modality;
        }

        Purposes = FactGuard.EnumList(purposes, FactPaths.Purposes, allowEmpty: false, out purposeMask);
        if (legalBasis == Model.LegalBasis.None && consent?.Obtained == true)
        {
            throw FactGuard.Invalid(FactPaths.LegalBasis, "legalBasis is None but consent.obtained is true; a processor holding consent relies on it (use Consent) or on another basis.");
        }

        Jurisdiction = jurisdiction;
        Id = id;
        Processor = processor;
        Venue = venue;
        PublicPlace = publicPlace;
        Function = function;
        Subjects = subjects;
        LegalBasis = legalBasis;
        Consent = consent;
        Notice = notice;
        Necessity = necessity;
        ImpactAssessment = impactAssessment;
        Storage = storage;
        Sharing = sharing;
        Filing = filing;
        Security = security;
        ContractTerms = contractTerms;
        Changes = changes;
        Scraping = scraping;
        RealTimeRemoteIdentification = realTimeRemoteIdentification;
        Entrustment = entrustment;
        Audit = audit;
        UsBiometric = usBiometric;
        Gdpr = gdpr;
        AiSystem = aiSystem;
        Accepted = AcceptedOnce(accepted);
    }

    /// <summary>An identifier for reports, or <c>null</c>. JSON <c>$.id</c>.</summary>
    public string? Id { get; }

    /// <summary>Where the processing happens. JSON <c>$.jurisdiction</c>.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>When the processing happens, as given. JSON <c>$.period</c>.</summary>
    public ActivityPeriod Period { get; }

    /// <summary>The <see cref="Period"/> as local dates in the jurisdiction's time zone.</summary>
    public LocalDateRange Dates { get; }

    /// <summary>Who processes, or <c>null</c>. JSON <c>$.processor</c>.</summary>
    public ProcessorFacts? Processor { get; }

    /// <summary>Where recognition takes place, or <c>null</c>. JSON <c>$.venue</c>.</summary>
    public Venue? Venue { get; }

    /// <summary>Whether the venue is a public place, or <c>null</c>. JSON <c>$.publicPlace</c>.</summary>
    public bool? PublicPlace { get; }

    /// <summary>The biometric modalities (never empty; face only when not given). JSON <c>$.modalities</c>.</summary>
    public IReadOnlyList<Modality> Modalities { get; }

    /// <summary>What the recognition does, or <c>null</c>. JSON <c>$.function</c>.</summary>
    public RecognitionFunction? Function { get; }

    /// <summary>Why the information is processed, or <c>null</c> when unknown. JSON <c>$.purposes</c>.</summary>
    public IReadOnlyList<Purpose>? Purposes { get; }

    /// <summary>Whose information is processed, or <c>null</c>. JSON <c>$.subjects</c>.</summary>
    public SubjectsFacts? Subjects { get; }

    /// <summary>The basis relied on, or <c>null</c>. JSON <c>$.legalBasis</c>.</summary>
    public LegalBasis? LegalBasis { get; }

    /// <summary>The consent, or <c>null</c>. JSON <c>$.consent</c>.</summary>
    public ConsentFacts? Consent { get; }

    /// <summary>The notice, or <c>null</c>. JSON <c>$.notice</c>.</summary>
    public NoticeFacts? Notice { get; }

    /// <summary>The necessity facts, or <c>null</c>. JSON <c>$.necessity</c>.</summary>
    public NecessityFacts? Necessity { get; }

    /// <summary>The impact assessment, or <c>null</c>. JSON <c>$.impactAssessment</c>.</summary>
    public ImpactAssessmentFacts? ImpactAssessment { get; }

    /// <summary>Storage and retention, or <c>null</c>. JSON <c>$.storage</c>.</summary>
    public StorageFacts? Storage { get; }

    /// <summary>Provision to others, or <c>null</c>. JSON <c>$.sharing</c>.</summary>
    public SharingFacts? Sharing { get; }

    /// <summary>The CAC filing, or <c>null</c>. JSON <c>$.filing</c>.</summary>
    public FilingFacts? Filing { get; }

    /// <summary>Security incidents, or <c>null</c>. JSON <c>$.security</c>.</summary>
    public SecurityFacts? Security { get; }

    /// <summary>Standard-form terms, or <c>null</c>. JSON <c>$.contractTerms</c>.</summary>
    public ContractTermsFacts? ContractTerms { get; }

    /// <summary>Changes after collection, or <c>null</c>. JSON <c>$.changes</c>.</summary>
    public ChangesFacts? Changes { get; }

    /// <summary>How the recognition database is built, or <c>null</c>. JSON <c>$.scraping</c>.</summary>
    public ScrapingFacts? Scraping { get; }

    /// <summary>Whether this is real-time remote identification, or <c>null</c>. JSON <c>$.realTimeRemoteIdentification</c>.</summary>
    public bool? RealTimeRemoteIdentification { get; }

    /// <summary>Processing entrusted to a vendor, or <c>null</c>. JSON <c>$.entrustment</c>.</summary>
    public EntrustmentFacts? Entrustment { get; }

    /// <summary>Compliance audits, or <c>null</c>. JSON <c>$.audit</c>.</summary>
    public AuditFacts? Audit { get; }

    /// <summary>The facts of the US state biometric statutes, or <c>null</c>. JSON <c>$.usBiometric</c>.</summary>
    public UsBiometricFacts? UsBiometric { get; }
    /// <summary>What the GDPR asks beyond the other sections, or <c>null</c>. JSON <c>$.gdpr</c>.</summary>
    public GdprFacts? Gdpr { get; }

    /// <summary>What the EU AI Act asks about the AI system, or <c>null</c>. JSON <c>$.aiSystem</c>.</summary>
    public AiSystemFacts? AiSystem { get; }

    /// <summary>
    /// The findings the team has accepted (empty when none). JSON <c>$.accepted</c>. Not a fact: the rules never read
    /// it and an accepted finding keeps its outcome; the analyzer does not report an accepted finding that has a
    /// justification, and the tool shows the justification next to it.
    /// </summary>
    public IReadOnlyList<AcceptedFinding> Accepted { get; }

    /// <summary>Whether <see cref="Modalities"/> includes <paramref name="modality"/> (every one of them, for a combination of flags).</summary>
    /// <param name="modality">The modality, or several combined.</param>
    /// <returns><see langword="false"/> for <see cref="Modality.None"/>.</returns>
    public bool Uses(Modality modality) => modality != Modality.None && (modalityFlags & modality) == modality;

    /// <summary>Whether <see cref="Purposes"/> includes <paramref name="purpose"/>: <c>null</c> when the purposes are unknown.</summary>
    /// <param name="purpose">The purpose.</param>
    public bool? Serves(Purpose purpose) => Purposes is null ? (bool?)null : FactGuard.Has(purposeMask, (int)purpose);

    private static IReadOnlyList<AcceptedFinding> AcceptedOnce(IEnumerable<AcceptedFinding>? accepted)
    {
        var list = new List<AcceptedFinding>();
        foreach (var acceptance in accepted ?? Array.Empty<AcceptedFinding>())
        {
            Preconditions.CheckNotNull(acceptance, nameof(accepted), "An acceptance is null.");
            Preconditions.CheckArgument(!list.Exists(a => a.Rule == acceptance.Rule), nameof(accepted), $"The rule {acceptance.Rule} is accepted more than once.");
            list.Add(acceptance);
        }

        return list.AsReadOnly();
    }
}
