using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>
/// The processor deleted the subject's biometric data, discharging the deletion duty that arose when consent
/// was withdrawn (PIPL Art. 47). The subject then leaves the list of pending deletions.
/// </summary>
public sealed class BiometricDataDeleted : ConsentEvent
{
    /// <summary>Records a deletion.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="deletedAt">When the data was deleted.</param>
    /// <param name="note">Free text for the record, such as which stores were purged; optional.</param>
    /// <exception cref="System.ArgumentException">The subject is the default value, or <paramref name="note"/> is blank but not null.</exception>
    public BiometricDataDeleted(SubjectId subject, Instant deletedAt, string? note = null)
        : base(subject)
    {
        DeletedAt = deletedAt;
        Note = NoteText.Validate(note, nameof(note));
    }

    /// <summary>When the data was deleted.</summary>
    public Instant DeletedAt { get; }

    /// <summary>Free text for the record; <see langword="null"/> if none.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override Instant OccurredAt => DeletedAt;

    /// <inheritdoc />
    public override ConsentEventKind Kind => ConsentEventKind.DataDeleted;
}
