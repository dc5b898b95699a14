using System;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// An inclusive range of local dates whose end may be open (an ongoing activity).
/// </summary>
public readonly struct LocalDateRange : IEquatable<LocalDateRange>
{
    /// <summary>Creates a range.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or <c>null</c> when open.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public LocalDateRange(LocalDate start, LocalDate? end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The end {end} is before the start {start}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day, or <c>null</c> when the range is open (ongoing).</summary>
    public LocalDate? End { get; }

    /// <summary>Whether the range has no end.</summary>
    public bool IsOpen => End is null;

    /// <summary>Whether <paramref name="date"/> lies within the range.</summary>
    /// <param name="date">The date.</param>
    public bool Contains(LocalDate date) => date >= Start && (End is null || date <= End.Value);

    /// <inheritdoc />
    public bool Equals(LocalDateRange other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LocalDateRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Start.GetHashCode() * 397) ^ End.GetHashCode();

    /// <summary>The range as text, e.g. <c>2021-01-01/2021-06-30</c> or <c>2021-01-01/..</c>.</summary>
    /// <returns>The ISO-8601 interval text.</returns>
    public override string ToString() =>
        $"{LocalDatePattern.Iso.Format(Start)}/{(End is LocalDate e ? LocalDatePattern.Iso.Format(e) : "..")}";
}
