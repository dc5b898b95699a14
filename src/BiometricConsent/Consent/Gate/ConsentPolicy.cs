using System;
using NodaTime;

namespace BiometricConsent.Consent;

/// <summary>
/// What the application requires of a consent beyond the rules that always apply: the current notice version,
/// whether consent must be written, the minimum age for consenting personally, and the time zone in which
/// birthdays start. Immutable; derive variants with the <c>With…</c> methods.
/// </summary>
public sealed class ConsentPolicy
{
    /// <summary>The default minimum age for consenting personally: 14 (PIPL Art. 31).</summary>
    public const int PiplMinimumAge = 14;

    /// <summary>The largest accepted <see cref="MinimumAgeWithoutGuardian"/>.</summary>
    public const int MaximumMinimumAge = 21;

    private ConsentPolicy(NoticeVersion? requiredNoticeVersion, bool requireWrittenConsent, int minimumAgeWithoutGuardian, DateTimeZone timeZone)
    {
        RequiredNoticeVersion = requiredNoticeVersion;
        RequireWrittenConsent = requireWrittenConsent;
        MinimumAgeWithoutGuardian = minimumAgeWithoutGuardian;
        TimeZone = timeZone;
    }

    /// <summary>
    /// The default policy: any notice version, written consent not required, minimum age 14, time zone
    /// Asia/Shanghai (China Standard Time).
    /// </summary>
    public static ConsentPolicy Default { get; } = new ConsentPolicy(null, false, PiplMinimumAge, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    /// <summary>The oldest notice version a consent may have been given against; <see langword="null"/> accepts any.</summary>
    public NoticeVersion? RequiredNoticeVersion { get; }

    /// <summary>Whether consent must be written: on paper or by reliable electronic signature (PIPL Art. 29 where a law requires it).</summary>
    public bool RequireWrittenConsent { get; }

    /// <summary>The age from which a subject may consent personally; younger subjects need a guardian's consent. 0 disables the rule.</summary>
    public int MinimumAgeWithoutGuardian { get; }

    /// <summary>The time zone in which birthdays start, for consents that do not name their own zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Returns a policy requiring consent against <paramref name="version"/> or newer.</summary>
    /// <param name="version">The oldest acceptable notice version; <see langword="null"/> accepts any.</param>
    /// <returns>The new policy.</returns>
    public ConsentPolicy WithRequiredNoticeVersion(NoticeVersion? version) =>
        new ConsentPolicy(version, RequireWrittenConsent, MinimumAgeWithoutGuardian, TimeZone);

    /// <summary>Returns a policy that does or does not require written consent.</summary>
    /// <param name="required">Whether written consent is required.</param>
    /// <returns>The new policy.</returns>
    public ConsentPolicy WithWrittenConsentRequired(bool required) =>
        new ConsentPolicy(RequiredNoticeVersion, required, MinimumAgeWithoutGuardian, TimeZone);

    /// <summary>Returns a policy with another minimum age for consenting personally.</summary>
    /// <param name="age">The age in whole years, from 0 (no age rule) to <see cref="MaximumMinimumAge"/>.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="age"/> is out of range.</exception>
    public ConsentPolicy WithMinimumAgeWithoutGuardian(int age) =>
        age < 0 || age > MaximumMinimumAge
            ? throw new ArgumentOutOfRangeException(nameof(age), age, $"The minimum age must be between 0 and {MaximumMinimumAge}.")
            : new ConsentPolicy(RequiredNoticeVersion, RequireWrittenConsent, age, TimeZone);

    /// <summary>Returns a policy with another default time zone for birthdays.</summary>
    /// <param name="timeZone">The time zone.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> is null.</exception>
    public ConsentPolicy WithTimeZone(DateTimeZone timeZone) =>
        new ConsentPolicy(RequiredNoticeVersion, RequireWrittenConsent, MinimumAgeWithoutGuardian, Preconditions.CheckNotNull(timeZone, nameof(timeZone)));

    /// <summary>A readable summary of the requirements.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"notice >= {(RequiredNoticeVersion is { } v ? v.ToString() : "any")}, written {(RequireWrittenConsent ? "required" : "not required")}, minimum age {MinimumAgeWithoutGuardian}, zone {TimeZone.Id}";
}
