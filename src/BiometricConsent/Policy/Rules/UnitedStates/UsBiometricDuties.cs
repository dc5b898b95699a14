using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.UnitedStates;

/// <summary>
/// What the Illinois and Texas biometric statutes share: what a "biometric identifier" is, the duty of care, and how a
/// destruction time is compared with a statutory limit (docs/policy-rules-notes.md, "Illinois BIPA and Texas § 503.001").
/// </summary>
internal static class UsBiometricDuties
{
    /// <summary>What <see cref="Identifiers"/> reads.</summary>
    internal static readonly FactSet IdentifierChecks = FactSet.Of(FactPaths.Modalities);

    /// <summary>What <see cref="Care"/> reads.</summary>
    internal static readonly FactSet CareChecks = FactSet.Of(FactPaths.UsBiometric.ReasonableCare, FactPaths.UsBiometric.ProtectedAsOtherConfidentialData);

    // Any non-leap year: P1Y and P365D then compare equal, as they do in the statutes' common reading of "one year".
    private static readonly LocalDateTime Reference = new LocalDateTime(2001, 1, 1, 0, 0);

    /// <summary>
    /// <see cref="Outcome.NotApplicable"/> when no modality is a biometric identifier of both statutes (a scan or record of
    /// face or hand geometry, a fingerprint, an iris or retina scan, a voiceprint: BIPA 14/10, Texas 503.001(a)) — gait
    /// is none; else <c>null</c>.
    /// </summary>
    internal static Verdict? Identifiers(in RuleContext a, string statute) =>
        a.Uses(Modality.Face) || a.Uses(Modality.Fingerprint) || a.Uses(Modality.Iris) || a.Uses(Modality.Voice)
            ? null
            : Verdict.NotApplicable($"No modality processed is a biometric identifier under {statute} (face or hand geometry, fingerprint, iris or retina, voiceprint); gait is none.");

    /// <summary>The duty of care of BIPA 14/15(e) and Texas 503.001(c)(2): reasonable care, and no less than for other confidential information.</summary>
    internal static Checklist Care(this Checklist list, in RuleContext a) => list
        .Requires(a.ReasonableCare(), "it is not stored, transmitted and protected with the reasonable care of the processor's industry")
        .Requires(a.ProtectedAsOtherConfidentialData(), "it is protected less well than the processor's other confidential and sensitive information");

    /// <summary>Whether <paramref name="kept"/> is at most <paramref name="limit"/>: unknown when <paramref name="kept"/> is.</summary>
    internal static Fact AtMost(Period? kept, Period limit, string path) =>
        new Fact(kept is null ? (bool?)null : Reference.Plus(kept) <= Reference.Plus(limit), path);

    /// <summary>Whether the data is sold, leased or traded (<c>$.sharing.sold</c>): false when it is not provided to anyone at all.</summary>
    internal static Fact Sold(in RuleContext a)
    {
        var shared = a.SharedWithThirdParties();
        // Nothing provided to anyone is nothing sold: the deciding fact is then sharedWithThirdParties (false).
        return shared.IsFalse ? shared : a.Sold();
    }

    /// <summary>"P6M" as the reader wrote it, for reasons.</summary>
    internal static string Text(Period? period) => period?.ToString() ?? "an unknown time";
}
