using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>
/// Checks, before biometric data is captured, that the subject's consent is in place now — and records
/// consents, withdrawals and deletions in the ledger that proves it.
/// </summary>
/// <remarks>
/// <para>
/// Call <see cref="HasConsent"/>, <see cref="Require"/> or their asynchronous forms immediately before capture:
/// they carry <see cref="ConsentCheckAttribute"/>, so the BiometricConsent analyzer treats a successful call as
/// guarding the capture that follows. Checks are judged at the current instant of the injected clock.
/// </para>
/// <para>
/// Without a function or modality, a check asks about <see cref="RecognitionFunction.Verification"/> (1:1) of
/// <see cref="Modality.Face"/> data: pass <see cref="RecognitionFunction.Identification"/> for 1:N
/// search, and so on — consent to one function does not cover another.
/// </para>
/// <para>
/// A check that finds no valid consent is logged (event 100 <c>ConsentDenied</c>, level Information) with the reason,
/// the purpose, function and modality, and a short keyed hash of the subject — never the subject identifier itself.
/// A check that succeeds logs nothing. <see cref="Evaluate"/> and the other evaluations log nothing.
/// </para>
/// </remarks>
public sealed class ConsentGate
{
    private readonly IConsentLedger ledger;
    private readonly IClock clock;
    private readonly ILogger<ConsentGate> logger;

    /// <summary>Creates a gate.</summary>
    /// <param name="ledger">The ledger holding the consents.</param>
    /// <param name="clock">The clock giving the current instant.</param>
    /// <param name="policy">The requirements; <see cref="ConsentPolicy.Default"/> when null.</param>
    /// <param name="logger">Where denied checks are logged; nowhere when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> or <paramref name="clock"/> is null.</exception>
    public ConsentGate(IConsentLedger ledger, IClock clock, ConsentPolicy? policy = null, ILogger<ConsentGate>? logger = null)
    {
        this.ledger = Preconditions.CheckNotNull(ledger, nameof(ledger));
        this.clock = Preconditions.CheckNotNull(clock, nameof(clock));
        Policy = policy ?? ConsentPolicy.Default;
        this.logger = logger ?? NullLogger<ConsentGate>.Instance;
    }

    /// <summary>The requirements this gate applies.</summary>
    public ConsentPolicy Policy { get; }

    /// <summary>The ledger this gate reads and records to.</summary>
    public IConsentLedger Ledger => ledger;

    /// <summary>Returns a gate on the same ledger, clock and logger that applies another policy, for example one requiring written consent for payments.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The new gate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public ConsentGate WithPolicy(ConsentPolicy policy) =>
        new ConsentGate(ledger, clock, Preconditions.CheckNotNull(policy, nameof(policy)), logger);

    /// <summary>Whether the subject's valid consent covers the processing now.</summary>
    /// <param name="subject">The subject about to be captured.</param>
    /// <param name="purpose">What the data is processed for.</param>
    /// <param name="function">What is done with the data; one or more flags, all of which must be covered.</param>
    /// <param name="modality">Which biometric data; one or more flags, all of which must be covered.</param>
    /// <returns><see langword="true"/> if valid consent is in place.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/>, <paramref name="function"/> or <paramref name="modality"/> is undefined or empty.</exception>
    [ConsentCheck]
    public bool HasConsent(
        SubjectId subject,
        Purpose purpose,
        RecognitionFunction function = RecognitionFunction.Verification,
        Modality modality = Modality.Face) =>
        Checked(subject, purpose, function, modality, Evaluate(subject, purpose, function, modality));

    /// <summary>Returns normally when the subject's valid consent covers the processing now; throws otherwise.</summary>
    /// <param name="subject">The subject about to be captured.</param>
    /// <param name="purpose">What the data is processed for.</param>
    /// <param name="function">What is done with the data; one or more flags, all of which must be covered.</param>
    /// <param name="modality">Which biometric data; one or more flags, all of which must be covered.</param>
    /// <exception cref="ConsentRequiredException">Valid consent is not in place; the exception says why.</exception>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/>, <paramref name="function"/> or <paramref name="modality"/> is undefined or empty.</exception>
    [ConsentCheck]
    public void Require(
        SubjectId subject,
        Purpose purpose,
        RecognitionFunction function = RecognitionFunction.Verification,
        Modality modality = Modality.Face)
    {
        var decision = Evaluate(subject, purpose, function, modality);
        if (!Checked(subject, purpose, function, modality, decision))
        {
            throw new ConsentRequiredException(subject, purpose, function, modality, decision);
        }
    }

    /// <summary>Whether the subject's valid consent covers the processing now, reading the ledger asynchronously.</summary>
    /// <param name="subject">The subject about to be captured.</param>
    /// <param name="purpose">What the data is processed for.</param>
    /// <param name="function">What is done with the data; one or more flags, all of which must be covered.</param>
    /// <param name="modality">Which biometric data; one or more flags, all of which must be covered.</param>
    /// <param name="cancellationToken">Cancels the ledger read.</param>
    /// <returns><see langword="true"/> if valid consent is in place.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/>, <paramref name="function"/> or <paramref name="modality"/> is undefined or empty.</exception>
    [ConsentCheck]
    public async ValueTask<bool> HasConsentAsync(
        SubjectId subject,
        Purpose purpose,
        RecognitionFunction function = RecognitionFunction.Verification,
        Modality modality = Modality.Face,
        CancellationToken cancellationToken = default)
    {
        var decision = await EvaluateAsync(subject, purpose, function, modality, cancellationToken).ConfigureAwait(false);
        return Checked(subject, purpose, function, modality, decision);
    }

    /// <summary>Completes normally when the subject's valid consent covers the processing now; fails otherwise.</summary>
    /// <param name="subject">The subject about to be captured.</param>
    /// <param name="purpose">What the data is processed for.</param>
    /// <param name="function">What is done with the data; one or more flags, all of which must be covered.</param>
    /// <param name="modality">Which biometric data; one or more flags, all of which must be covered.</param>
    /// <param name="cancellationToken">Cancels the ledger read.</param>
    /// <returns>A task that completes when consent is confirmed.</returns>
    /// <exception cref="ConsentRequiredException">Valid consent is not in place; the exception says why.</exception>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/>, <paramref name="function"/> or <paramref name="modality"/> is undefined or empty.</exception>
    [ConsentCheck]
    public async ValueTask RequireAsync(
        SubjectId subject,
        Purpose purpose,
        RecognitionFunction function = RecognitionFunction.Verification,
        Modality modality = Modality.Face,
        CancellationToken cancellationToken = default)
    {
        var decision = await EvaluateAsync(subject, purpose, function, modality, cancellationToken).ConfigureAwait(false);
        if (!Checked(subject, purpose, function, modality, decision))
        {
            throw new ConsentRequiredException(subject, purpose, function, modality, decision);
        }
    }

    /// <summary>Judges the subject's consent for the processing now, with the reason when it is missing. Testing the decision's <see cref="ConsentDecision.IsGranted"/> (a consent check for the analyzer) before capture guards it.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="purpose">What the data is processed for.</param>
    /// <param name="function">What is done with the data; one or more flags, all of which must be covered.</param>
    /// <param name="modality">Which biometric data; one or more flags, all of which must be covered.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/>, <paramref name="function"/> or <paramref name="modality"/> is undefined or empty.</exception>
    public ConsentDecision Evaluate(
        SubjectId subject,
        Purpose purpose,
        RecognitionFunction function = RecognitionFunction.Verification,
        Modality modality = Modality.Face)
    {
        ConsentEvaluator.ValidateRequest(subject, purpose, function, modality);
        return ConsentEvaluator.Evaluate(ledger.GetState(subject), purpose, function, modality, Policy, clock.GetCurrentInstant());
    }

    /// <summary>Judges the subject's consent for processing at a given instant, past or future — for audits and investigations.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="purpose">What the data is processed for.</param>
    /// <param name="at">The instant to judge at.</param>
    /// <param name="function">What is done with the data; one or more flags, all of which must be covered.</param>
    /// <param name="modality">Which biometric data; one or more flags, all of which must be covered.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/>, <paramref name="function"/> or <paramref name="modality"/> is undefined or empty.</exception>
    public ConsentDecision EvaluateAt(
        SubjectId subject,
        Purpose purpose,
        Instant at,
        RecognitionFunction function = RecognitionFunction.Verification,
        Modality modality = Modality.Face)
    {
        ConsentEvaluator.ValidateRequest(subject, purpose, function, modality);
        return ConsentEvaluator.Evaluate(ledger.GetState(subject), purpose, function, modality, Policy, at);
    }

    /// <summary>Judges the subject's consent for the processing now, reading the ledger asynchronously.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="purpose">What the data is processed for.</param>
    /// <param name="function">What is done with the data; one or more flags, all of which must be covered.</param>
    /// <param name="modality">Which biometric data; one or more flags, all of which must be covered.</param>
    /// <param name="cancellationToken">Cancels the ledger read.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/>, <paramref name="function"/> or <paramref name="modality"/> is undefined or empty.</exception>
    public async ValueTask<ConsentDecision> EvaluateAsync(
        SubjectId subject,
        Purpose purpose,
        RecognitionFunction function = RecognitionFunction.Verification,
        Modality modality = Modality.Face,
        CancellationToken cancellationToken = default)
    {
        ConsentEvaluator.ValidateRequest(subject, purpose, function, modality);
        var state = await ledger.GetStateAsync(subject, cancellationToken).ConfigureAwait(false);
        // The instant is taken after the read, so that an append acknowledged before the check is seen.
        return ConsentEvaluator.Evaluate(state, purpose, function, modality, Policy, clock.GetCurrentInstant());
    }

    /// <summary>Records a consent in the ledger.</summary>
    /// <param name="consent">The consent.</param>
    /// <param name="cancellationToken">Cancels the append if it has not yet been committed.</param>
    /// <returns>The recorded entry, once durable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="consent"/> is null.</exception>
    public ValueTask<ConsentLedgerEntry> RecordAsync(ConsentGranted consent, CancellationToken cancellationToken = default) =>
        ledger.AppendAsync(Preconditions.CheckNotNull(consent, nameof(consent)), cancellationToken);

    /// <summary>Records that the subject withdrew consent now (PIPL Art. 15).</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="purposes">The purposes withdrawn; <see langword="null"/> for every purpose.</param>
    /// <param name="note">Free text for the record; optional.</param>
    /// <param name="cancellationToken">Cancels the append if it has not yet been committed.</param>
    /// <returns>The recorded entry, once durable.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value, <paramref name="purposes"/> is empty or <paramref name="note"/> blank.</exception>
    public ValueTask<ConsentLedgerEntry> WithdrawAsync(
        SubjectId subject,
        IEnumerable<Purpose>? purposes = null,
        string? note = null,
        CancellationToken cancellationToken = default) =>
        ledger.AppendAsync(new ConsentWithdrawn(subject, clock.GetCurrentInstant(), purposes, note), cancellationToken);

    /// <summary>Records that the subject's biometric data was deleted now, discharging a pending deletion (PIPL Art. 47).</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="note">Free text for the record, such as the stores purged; optional.</param>
    /// <param name="cancellationToken">Cancels the append if it has not yet been committed.</param>
    /// <returns>The recorded entry, once durable.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value or <paramref name="note"/> blank.</exception>
    public ValueTask<ConsentLedgerEntry> RecordDeletionAsync(SubjectId subject, string? note = null, CancellationToken cancellationToken = default) =>
        ledger.AppendAsync(new BiometricDataDeleted(subject, clock.GetCurrentInstant(), note), cancellationToken);

    /// <summary>The subjects whose biometric data is due for deletion because all consent was withdrawn (PIPL Art. 47).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The pending deletions, oldest first.</returns>
    public ValueTask<IReadOnlyList<PendingDeletion>> GetPendingDeletionsAsync(CancellationToken cancellationToken = default) =>
        ledger.GetPendingDeletionsAsync(cancellationToken);

    /// <summary>The outcome of a check: logs a denial (only a denial, and only when the level is on).</summary>
    private bool Checked(SubjectId subject, Purpose purpose, RecognitionFunction function, Modality modality, in ConsentDecision decision)
    {
        if (decision.IsGranted)
        {
            return true;
        }

        ConsentLog.Denied(logger, subject, purpose, function, modality, decision);
        return false;
    }
}
