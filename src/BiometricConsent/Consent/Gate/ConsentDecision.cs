using System;

namespace BiometricConsent.Consent;

/// <summary>
/// The outcome of a consent evaluation: granted, with the consent relied on, or denied, with the reason and a
/// message for people. A small struct, so that checking allocates nothing when consent is in place.
/// </summary>
/// <remarks>
/// The default value is not the result of an evaluation and is not granted (the gate fails closed).
/// </remarks>
public readonly struct ConsentDecision : IEquatable<ConsentDecision>
{
    private const string GrantedMessage = "Valid consent is in place.";
    private const string DefaultMessage = "This is the default ConsentDecision, not the result of an evaluation.";

    private readonly string? message;

    private ConsentDecision(ConsentDenialReason reason, ConsentLedgerEntry? grant, string? message)
    {
        Reason = reason;
        Grant = grant;
        this.message = message;
    }

    /// <summary>Whether valid consent is in place.</summary>
    /// <remarks>
    /// A consent check for the analyzer: testing it guards the capture that follows, as
    /// <see cref="ConsentGate.HasConsent"/> does, with the reason at hand when consent is missing:
    /// <c>var decision = gate.Evaluate(subject, purpose); if (!decision.IsGranted) { log(decision.Reason); return; }</c>.
    /// </remarks>
    [ConsentCheck]
    public bool IsGranted => Reason == ConsentDenialReason.None && Grant is not null;

    /// <summary>Why consent is missing; <see cref="ConsentDenialReason.None"/> when granted (and in the default value).</summary>
    public ConsentDenialReason Reason { get; }

    /// <summary>
    /// When granted, the ledger entry of the consent relied on (the evidence to keep with the processing
    /// record); when denied, the consent that was judged and found wanting, if there was one; otherwise null.
    /// </summary>
    public ConsentLedgerEntry? Grant { get; }

    /// <summary>A sentence saying why consent is or is not in place.</summary>
    public string Message => message ?? (IsGranted ? GrantedMessage : DefaultMessage);

    internal static ConsentDecision Granted(ConsentLedgerEntry grant) => new ConsentDecision(ConsentDenialReason.None, grant, null);

    internal static ConsentDecision Denied(ConsentDenialReason reason, ConsentLedgerEntry? grant, string message) =>
        new ConsentDecision(reason, grant, message);

    /// <inheritdoc />
    public bool Equals(ConsentDecision other) => Reason == other.Reason && ReferenceEquals(Grant, other.Grant);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConsentDecision other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Reason * 397) ^ (Grant?.GetHashCode() ?? 0);

    /// <summary>"Granted: message" or "Not granted (reason): message".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsGranted ? $"Granted: {Message}" : $"Not granted ({Reason}): {Message}";

    /// <summary>Whether two decisions have the same reason and rely on the same entry.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public static bool operator ==(ConsentDecision left, ConsentDecision right) => left.Equals(right);

    /// <summary>Whether two decisions differ.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(ConsentDecision left, ConsentDecision right) => !left.Equals(right);
}
