using System;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// One end of an <see cref="ActivityPeriod"/>, as the user gave it: either a calendar date or an instant.
/// An instant is turned into a date only in the jurisdiction's time zone (<see cref="ToLocalDate"/>).
/// </summary>
public readonly struct PeriodBound : IEquatable<PeriodBound>
{
    private readonly LocalDate date;
    private readonly Instant instant;
    private readonly byte kind; // 0 = default, 1 = date, 2 = instant

    private PeriodBound(LocalDate date, Instant instant, byte kind)
    {
        this.date = date;
        this.instant = instant;
        this.kind = kind;
    }

    /// <summary>Whether this bound was given as an instant (rather than a date).</summary>
    public bool IsInstant => kind == 2;

    /// <summary>The date, when the bound was given as a date; otherwise <c>null</c>.</summary>
    public LocalDate? Date => kind == 1 ? date : (LocalDate?)null;

    /// <summary>The instant, when the bound was given as an instant; otherwise <c>null</c>.</summary>
    public Instant? Instant => kind == 2 ? instant : (Instant?)null;

    /// <summary>A bound given as a calendar date (ISO calendar).</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static PeriodBound FromDate(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date must be in the ISO calendar.", nameof(date));
        }

        return new PeriodBound(date, default, 1);
    }

    /// <summary>A bound given as an instant.</summary>
    /// <param name="instant">The instant.</param>
    public static PeriodBound FromInstant(Instant instant) => new PeriodBound(default, instant, 2);

    /// <summary>The date this bound falls on in <paramref name="zone"/> (a date is returned unchanged).</summary>
    /// <param name="zone">The jurisdiction's time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public LocalDate ToLocalDate(DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone, nameof(zone));

        switch (kind)
        {
            case 1: return date;
            case 2: return instant.InZone(zone).Date;
            default: throw new InvalidOperationException("This PeriodBound is the default value; create one with FromDate or FromInstant.");
        }
    }

    /// <inheritdoc />
    public bool Equals(PeriodBound other) => kind == other.kind && date == other.date && instant == other.instant;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PeriodBound other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => kind == 2 ? instant.GetHashCode() : date.GetHashCode();

    /// <summary>The bound in ISO-8601 form: <c>2021-08-01</c> or <c>2021-07-31T17:00:00Z</c>.</summary>
    /// <returns>The ISO-8601 text.</returns>
    public override string ToString() => kind switch
    {
        1 => LocalDatePattern.Iso.Format(date),
        2 => InstantPattern.ExtendedIso.Format(instant),
        _ => "",
    };
}
