using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>
/// A subject, or a guardian on the subject's behalf, consented to the processing of biometric data for
/// some purposes, modalities and functions, after being shown a given version of the notice.
/// </summary>
/// <remarks>
/// A renewal (for example after the notice changed, PIPL Art. 14 ¶2) is simply a newer grant: earlier grants
/// stay in the ledger as history, but for each purpose and modality it names, the latest grant (by
/// <see cref="GrantedAt"/>) governs — so a renewal or a narrower consent supersedes the earlier ones.
/// </remarks>
public sealed class ConsentGranted : ConsentEvent
{
    /// <summary>Records a consent.</summary>
    /// <param name="subject">The subject whose data the consent covers.</param>
    /// <param name="purposes">The purposes consented to; at least one. Duplicates are ignored.</param>
    /// <param name="modalities">The kinds of biometric data consented to; one or more flags.</param>
    /// <param name="functions">What may be done with the data; one or more flags.</param>
    /// <param name="noticeVersion">The version of the notice shown when consent was given.</param>
    /// <param name="grantedAt">When consent was given.</param>
    /// <param name="form">How consent was expressed.</param>
    /// <param name="isSeparate">
    /// Whether the consent was given separately (单独同意) for this biometric processing, rather than bundled
    /// into a wider agreement such as general terms of service (PIPL Art. 29; SPC FR Provisions Art. 4(2)).
    /// </param>
    /// <param name="giver">Who gave the consent: <see cref="ConsentGiver.Subject"/> or a guardian.</param>
    /// <param name="subjectBirthDate">The subject's date of birth in the calendar of their jurisdiction, when known; needed to apply the under-14 rule (PIPL Art. 31).</param>
    /// <param name="expiresAt">When the consent lapses by its own terms, if ever; must be after <paramref name="grantedAt"/>.</param>
    /// <param name="timeZone">The time zone of the subject's jurisdiction, in which birthdays start; when null, the zone of the <see cref="ConsentPolicy"/> applies.</param>
    /// <param name="evidenceReference">Where the proof of consent is kept (a signed-form archive key, a screen-recording id, a document hash); optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="purposes"/> or <paramref name="giver"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is out of range: the default subject, no purposes or an undefined one, no or unknown modality or function flags, blank evidence reference.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is undefined, <paramref name="expiresAt"/> is not after <paramref name="grantedAt"/>, or <paramref name="subjectBirthDate"/> is after the grant.</exception>
    public ConsentGranted(
        SubjectId subject,
        IEnumerable<Purpose> purposes,
        Modality modalities,
        RecognitionFunction functions,
        NoticeVersion noticeVersion,
        Instant grantedAt,
        ConsentForm form,
        bool isSeparate,
        ConsentGiver giver,
        LocalDate? subjectBirthDate = null,
        Instant? expiresAt = null,
        DateTimeZone? timeZone = null,
        string? evidenceReference = null)
        : base(subject)
    {
        Preconditions.CheckNotNull(purposes, nameof(purposes));

        var mask = 0;
        foreach (var purpose in purposes)
        {
            mask |= PurposeMask.Of(purpose, nameof(purposes));
        }

        Preconditions.CheckArgument(mask != 0, nameof(purposes), "A consent must name at least one purpose.");

        if (!ScopeFlags.IsValid(modalities))
        {
            throw new ArgumentException($"'{modalities}' is not a combination of Modality flags with at least one flag set.", nameof(modalities));
        }

        if (!ScopeFlags.IsValid(functions))
        {
            throw new ArgumentException($"'{functions}' is not a combination of RecognitionFunction flags with at least one flag set.", nameof(functions));
        }

        if (form < ConsentForm.Oral || form > ConsentForm.ElectronicSignature)
        {
            throw new ArgumentOutOfRangeException(nameof(form), form, "Undefined ConsentForm.");
        }

        if (expiresAt is { } expiry && expiry <= grantedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresAt), expiry, $"A consent must expire after it was granted ({grantedAt}).");
        }

        // Loose sanity check: the birth date may be local to any zone (at most 14 hours ahead of UTC).
        if (subjectBirthDate is { } birth && birth > grantedAt.InUtc().Date.PlusDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(subjectBirthDate), birth, $"The subject cannot be born after the consent was granted ({grantedAt}).");
        }

        var evidence = evidenceReference?.Trim();
        Preconditions.CheckArgument(evidence is not { Length: 0 }, nameof(evidenceReference), "An evidence reference must be null or non-blank.");

        PurposeBits = mask;
        Purposes = PurposeMask.ToList(mask);
        Modalities = modalities;
        Functions = functions;
        NoticeVersion = noticeVersion;
        GrantedAt = grantedAt;
        Form = form;
        IsSeparate = isSeparate;
        Giver = Preconditions.CheckNotNull(giver, nameof(giver));
        SubjectBirthDate = subjectBirthDate;
        ExpiresAt = expiresAt;
        TimeZone = timeZone;
        EvidenceReference = evidence;
    }

    /// <summary>The purposes consented to, in ascending order of their values, without duplicates.</summary>
    public IReadOnlyList<Purpose> Purposes { get; }

    /// <summary>The kinds of biometric data consented to.</summary>
    public Modality Modalities { get; }

    /// <summary>What may be done with the data.</summary>
    public RecognitionFunction Functions { get; }

    /// <summary>The version of the notice shown when consent was given.</summary>
    public NoticeVersion NoticeVersion { get; }

    /// <summary>When consent was given.</summary>
    public Instant GrantedAt { get; }

    /// <summary>How consent was expressed.</summary>
    public ConsentForm Form { get; }

    /// <summary>Whether the consent was given separately rather than bundled with other authorisations.</summary>
    public bool IsSeparate { get; }

    /// <summary>Whether the form satisfies a requirement of written consent (paper or reliable electronic signature).</summary>
    public bool IsWritten => Form == ConsentForm.Written || Form == ConsentForm.ElectronicSignature;

    /// <summary>Who gave the consent.</summary>
    public ConsentGiver Giver { get; }

    /// <summary>The subject's date of birth, when known.</summary>
    public LocalDate? SubjectBirthDate { get; }

    /// <summary>When the consent lapses by its own terms; <see langword="null"/> if it does not.</summary>
    public Instant? ExpiresAt { get; }

    /// <summary>The time zone of the subject's jurisdiction; <see langword="null"/> to use the policy's zone.</summary>
    public DateTimeZone? TimeZone { get; }

    /// <summary>Where the proof of consent is kept; <see langword="null"/> if not recorded.</summary>
    public string? EvidenceReference { get; }

    /// <inheritdoc />
    public override Instant OccurredAt => GrantedAt;

    /// <inheritdoc />
    public override ConsentEventKind Kind => ConsentEventKind.Granted;

    /// <summary>The purposes as a bit mask (bit n set for purpose value n), for allocation-free checks.</summary>
    internal int PurposeBits { get; }

    /// <summary>Whether the consent covers the purpose.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns><see langword="true"/> if covered.</returns>
    public bool Covers(Purpose purpose) => PurposeMask.IsDefined(purpose) && (PurposeBits & (1 << (int)purpose)) != 0;

    /// <summary>Whether the consent covers every modality and every function named.</summary>
    /// <param name="modalities">The modalities.</param>
    /// <param name="functions">The functions.</param>
    /// <returns><see langword="true"/> if all are covered.</returns>
    public bool Covers(Modality modalities, RecognitionFunction functions) =>
        (Modalities & modalities) == modalities && (Functions & functions) == functions;
}

/// <summary>Purpose sets as bit masks.</summary>
internal static class PurposeMask
{
    // The highest declared purpose, not a named one: a purpose added to the vocabulary (DrivingSafety came after
    // Other) must be recordable in grants at once. The masks are ints, so at most 31 purposes fit.
    private static readonly Purpose Last = HighestPurpose();

    internal static bool IsDefined(Purpose purpose) => purpose >= Purpose.AccessControl && purpose <= Last;

    internal static int Of(Purpose purpose, string paramName) => IsDefined(purpose)
        ? 1 << (int)purpose
        : throw new ArgumentException($"'{(int)purpose}' is not a defined Purpose.", paramName);

    // One read-only list per purpose set, shared by every event with that set: a loaded ledger holds a million
    // events, and a list each (three objects) was a fifth of the objects the collector had to keep alive on open.
    private static readonly IReadOnlyList<Purpose>?[] Lists = new IReadOnlyList<Purpose>?[1 << ((int)Last + 1)];

    /// <summary>The purposes of a mask of defined purposes, in enum order; the same read-only instance for equal masks.</summary>
    internal static IReadOnlyList<Purpose> ToList(int mask)
    {
        // Benign race: two threads may build equal lists for a mask; either may be kept.
        return Lists[mask] ??= Build(mask);
    }

    private static Purpose HighestPurpose()
    {
        var highest = Purpose.AccessControl;
        foreach (Purpose p in Enum.GetValues(typeof(Purpose)))
        {
            highest = p > highest ? p : highest;
        }

        return (int)highest < 31
            ? highest
            : throw new InvalidOperationException("Purpose masks are ints: at most 31 purposes can be recorded.");
    }

    private static IReadOnlyList<Purpose> Build(int mask)
    {
        var list = new List<Purpose>();
        for (var p = Purpose.AccessControl; p <= Last; p++)
        {
            if ((mask & (1 << (int)p)) != 0)
            {
                list.Add(p);
            }
        }

        return new ReadOnlyCollection<Purpose>(list);
    }
}
