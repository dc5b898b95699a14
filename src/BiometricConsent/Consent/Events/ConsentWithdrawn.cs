using System;
using System.Collections.Generic;
using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>
/// The subject (or guardian) withdrew consent (PIPL Art. 15). Withdrawal is not retroactive: processing
/// before <see cref="WithdrawnAt"/> stays lawful, and every consent granted at or before that instant no longer
/// covers the withdrawn purposes from that instant on. A later grant starts afresh.
/// </summary>
/// <remarks>
/// When all consent is gone, the processor must delete the data (PIPL Art. 47 ¶1(2)); the ledger lists such
/// subjects as pending deletion until a <see cref="BiometricDataDeleted"/> is recorded.
/// </remarks>
public sealed class ConsentWithdrawn : ConsentEvent
{
    /// <summary>Records a withdrawal.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="withdrawnAt">When consent was withdrawn.</param>
    /// <param name="purposes">The purposes withdrawn; <see langword="null"/> withdraws consent for every purpose.</param>
    /// <param name="note">Free text for the record, such as the channel the withdrawal came through; optional.</param>
    /// <exception cref="ArgumentException">The subject is the default value, <paramref name="purposes"/> is empty or holds an undefined value, or <paramref name="note"/> is blank but not null.</exception>
    public ConsentWithdrawn(SubjectId subject, Instant withdrawnAt, IEnumerable<Purpose>? purposes = null, string? note = null)
        : base(subject)
    {
        WithdrawnAt = withdrawnAt;
        if (purposes is null)
        {
            PurposeBits = ~0;
            Purposes = Array.Empty<Purpose>();
        }
        else
        {
            var mask = 0;
            foreach (var purpose in purposes)
            {
                mask |= PurposeMask.Of(purpose, nameof(purposes));
            }

            Preconditions.CheckArgument(mask != 0, nameof(purposes), "Pass null to withdraw every purpose; an empty list withdraws nothing.");

            PurposeBits = mask;
            Purposes = PurposeMask.ToList(mask);
        }

        Note = NoteText.Validate(note, nameof(note));
    }

    /// <summary>When consent was withdrawn.</summary>
    public Instant WithdrawnAt { get; }

    /// <summary>Whether consent was withdrawn for every purpose.</summary>
    public bool IsForAllPurposes => PurposeBits == ~0;

    /// <summary>The purposes withdrawn, ascending; empty when <see cref="IsForAllPurposes"/>.</summary>
    public IReadOnlyList<Purpose> Purposes { get; }

    /// <summary>Free text for the record; <see langword="null"/> if none.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override Instant OccurredAt => WithdrawnAt;

    /// <inheritdoc />
    public override ConsentEventKind Kind => ConsentEventKind.Withdrawn;

    /// <summary>The withdrawn purposes as a bit mask; all bits for every purpose.</summary>
    internal int PurposeBits { get; }
}

/// <summary>Validation of optional free-text notes.</summary>
internal static class NoteText
{
    internal static string? Validate(string? note, string paramName)
    {
        var trimmed = note?.Trim();
        return trimmed is { Length: 0 } ? throw new ArgumentException("A note must be null or non-blank.", paramName) : trimmed;
    }
}
