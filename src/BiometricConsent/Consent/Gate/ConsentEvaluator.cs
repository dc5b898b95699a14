using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Consent;

/// <summary>Judges a subject's consents against a request and a policy at an instant.</summary>
/// <remarks>
/// The success path allocates nothing: bit tests on the flattened <see cref="GrantState"/>s, no LINQ, no
/// closures, no formatting. Messages are built only when consent is denied.
/// </remarks>
internal static class ConsentEvaluator
{
    /// <summary>Throws when an argument of a check is invalid.</summary>
    internal static void ValidateRequest(SubjectId subject, Purpose purpose, RecognitionFunction function, Modality modality)
    {
        if (subject.IsDefault)
        {
            ThrowDefaultSubject();
        }

        if (!PurposeMask.IsDefined(purpose))
        {
            ThrowPurpose(purpose);
        }

        if (!ScopeFlags.IsValid(function))
        {
            ThrowFunction(function);
        }

        if (!ScopeFlags.IsValid(modality))
        {
            ThrowModality(modality);
        }
    }

    /// <summary>Evaluates an already validated request.</summary>
    internal static ConsentDecision Evaluate(
        SubjectConsentState? state,
        Purpose purpose,
        RecognitionFunction function,
        Modality modality,
        ConsentPolicy policy,
        Instant at)
    {
        if (state is null || state.Grants.Count == 0)
        {
            return ConsentDecision.Denied(ConsentDenialReason.NoRecord, null, "No consent from the subject is on record.");
        }

        var grants = state.Grants;
        var purposeBit = 1 << (int)purpose;
        ConsentLedgerEntry? relied = null;

        // Each kind of data named is governed by the latest consent, granted at or before the instant, that
        // covers the purpose and that kind: a renewal or a narrower consent supersedes the earlier ones.
        for (var bit = 1; bit <= (int)Modality.Gait; bit <<= 1)
        {
            if (((int)modality & bit) == 0)
            {
                continue;
            }

            var anyGranted = false;
            var anyForPurpose = false;
            GrantState? governing = null;
            for (var i = grants.Count - 1; i >= 0; i--)
            {
                var g = grants[i];
                if (g.GrantedAt > at)
                {
                    continue;
                }

                anyGranted = true;
                if ((g.PurposeBits & purposeBit) == 0)
                {
                    continue;
                }

                anyForPurpose = true;
                if (((int)g.Modalities & bit) != 0)
                {
                    governing = g;
                    break;
                }
            }

            if (governing is null)
            {
                var scope = !anyGranted ? ConsentDenialReason.NotYetGranted
                    : !anyForPurpose ? ConsentDenialReason.PurposeNotCovered
                    : ConsentDenialReason.ModalityNotCovered;
                return ConsentDecision.Denied(scope, null, DescribeScope(scope, purpose, (Modality)bit, at));
            }

            var reason = (governing.Functions & function) != function
                ? ConsentDenialReason.FunctionNotCovered
                : Judge(state, governing, purposeBit, policy, at);
            if (reason != ConsentDenialReason.None)
            {
                return ConsentDecision.Denied(reason, governing.Entry, Describe(reason, state, governing, purpose, function, purposeBit, policy, at));
            }

            relied ??= governing.Entry;
        }

        return ConsentDecision.Granted(relied!);
    }

    private static ConsentDenialReason Judge(SubjectConsentState state, GrantState g, int purposeBit, ConsentPolicy policy, Instant at)
    {
        var grant = g.Grant;
        if (state.WithdrawalOf(g, purposeBit, at) is not null)
        {
            return ConsentDenialReason.Withdrawn;
        }

        // Erasure ends the consent given before it: the subject's data is gone (and a protecting ledger has shredded
        // the grant's personal fields, such as the birth date the age check needs); a new enrolment needs new consent.
        if (state.LastDeletion is { } deleted && g.GrantedAt <= deleted && at >= deleted)
        {
            return ConsentDenialReason.DataDeleted;
        }

        if (at >= g.ExpiresAt)
        {
            return ConsentDenialReason.Expired;
        }

        if (!grant.IsSeparate)
        {
            return ConsentDenialReason.NotSeparate;
        }

        if (policy.RequireWrittenConsent && !grant.IsWritten)
        {
            return ConsentDenialReason.WrittenConsentRequired;
        }

        // The subject's own consent counts only if given on or after the birthday that reaches the minimum age.
        if (policy.MinimumAgeWithoutGuardian > 0 &&
            grant.Giver.Kind == ConsentGiverKind.Subject &&
            grant.SubjectBirthDate is { } birthDate &&
            g.GrantedAt < g.AgeReachedAt(birthDate, grant.TimeZone ?? policy.TimeZone, policy.MinimumAgeWithoutGuardian))
        {
            return ConsentDenialReason.GuardianConsentRequired;
        }

        if (policy.RequiredNoticeVersion is { } required && grant.NoticeVersion < required)
        {
            return ConsentDenialReason.StaleNoticeVersion;
        }

        return ConsentDenialReason.None;
    }

    private static string Describe(ConsentDenialReason reason, SubjectConsentState state, GrantState g, Purpose purpose, RecognitionFunction function, int purposeBit, ConsentPolicy policy, Instant at)
    {
        var grant = g.Grant;
        var granted = Format(grant.GrantedAt);
        switch (reason)
        {
            case ConsentDenialReason.FunctionNotCovered:
                return $"The consent for {purpose} granted at {granted} covers {grant.Functions}, not {function} (CAC FRT Measures Art. 19).";
            case ConsentDenialReason.Withdrawn:
                return $"The consent for {purpose} granted at {granted} was withdrawn at {Format(state.WithdrawalOf(g, purposeBit, at)!.WithdrawnAt)} (PIPL Art. 15).";
            case ConsentDenialReason.DataDeleted:
                return $"The consent for {purpose} granted at {granted} ended when the subject's biometric data was deleted at {Format(state.LastDeletion!.Value)} (PIPL Art. 47); the subject must consent again.";
            case ConsentDenialReason.Expired:
                return $"The consent for {purpose} granted at {granted} expired at {Format(g.ExpiresAt)}.";
            case ConsentDenialReason.NotSeparate:
                return $"The consent for {purpose} granted at {granted} was bundled with other authorisations; biometric data needs separate consent (PIPL Art. 29; SPC FR Provisions Art. 4(2)).";
            case ConsentDenialReason.WrittenConsentRequired:
                return $"The policy requires written consent, but the consent for {purpose} granted at {granted} was given as {grant.Form} (PIPL Art. 29).";
            case ConsentDenialReason.GuardianConsentRequired:
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "The subject consented personally at {0}, before turning {1} (born {2}); a parent or guardian must consent (PIPL Art. 31).",
                    granted,
                    policy.MinimumAgeWithoutGuardian,
                    LocalDatePattern.Iso.Format(grant.SubjectBirthDate!.Value));
            case ConsentDenialReason.StaleNoticeVersion:
                return $"The consent for {purpose} was given against notice version {grant.NoticeVersion}, older than the required {policy.RequiredNoticeVersion}; the subject must consent again (PIPL Art. 14 ¶2).";
            default:
                throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a reason about a covering consent.");
        }
    }

    private static string DescribeScope(ConsentDenialReason reason, Purpose purpose, Modality modality, Instant at) => reason switch
    {
        ConsentDenialReason.NotYetGranted => $"No consent had been granted by {Format(at)}; the consent on record was granted later.",
        ConsentDenialReason.PurposeNotCovered => $"No consent on record covers the purpose {purpose} (SPC FR Provisions Art. 2(4)).",
        ConsentDenialReason.ModalityNotCovered => $"No consent for {purpose} covers {modality} data.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a scope reason."),
    };

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static void ThrowDefaultSubject() =>
        throw new ArgumentException("The default SubjectId identifies no subject.", "subject");

    private static void ThrowPurpose(Purpose purpose) =>
        throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Undefined Purpose.");

    private static void ThrowFunction(RecognitionFunction function) =>
        throw new ArgumentOutOfRangeException(nameof(function), function, "Name one or more RecognitionFunction flags.");

    private static void ThrowModality(Modality modality) =>
        throw new ArgumentOutOfRangeException(nameof(modality), modality, "Name one or more Modality flags.");
}
