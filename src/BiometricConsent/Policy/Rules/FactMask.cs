using System;

namespace BiometricConsent.Policy.Rules;

/// <summary>
/// A set of facts as bits over <see cref="FactIndex"/>: bit <c>i</c> stands for fact <c>i</c>. Two 64-bit words, so
/// the table holds up to <see cref="Capacity"/> facts; a value type, so combining masks allocates nothing.
/// </summary>
internal readonly struct FactMask : IEquatable<FactMask>
{
    /// <summary>How many facts a mask can hold.</summary>
    internal const int Capacity = 128;

    private readonly ulong low;
    private readonly ulong high;

    private FactMask(ulong low, ulong high)
    {
        this.low = low;
        this.high = high;
    }

    /// <summary>The empty mask.</summary>
    internal static FactMask Empty => default;

    /// <summary>Every fact.</summary>
    internal static FactMask All => new FactMask(ulong.MaxValue, ulong.MaxValue);

    /// <summary>Whether no fact is in the mask.</summary>
    internal bool IsEmpty => (low | high) == 0;

    /// <summary>The number of facts in the mask.</summary>
    internal int Count => CountBits(low) + CountBits(high);

    /// <summary>The mask of fact <paramref name="index"/> alone.</summary>
    internal static FactMask Of(int index) =>
        index < 64 ? new FactMask(1UL << index, 0) : new FactMask(0, 1UL << (index - 64));

    /// <summary>Whether fact <paramref name="index"/> is in the mask.</summary>
    internal bool Has(int index) =>
        index < 64 ? (low & (1UL << index)) != 0 : (high & (1UL << (index - 64))) != 0;

    public static FactMask operator |(FactMask a, FactMask b) => new FactMask(a.low | b.low, a.high | b.high);

    public static FactMask operator &(FactMask a, FactMask b) => new FactMask(a.low & b.low, a.high & b.high);

    public static FactMask operator ~(FactMask a) => new FactMask(~a.low, ~a.high);

    public static bool operator ==(FactMask a, FactMask b) => a.Equals(b);

    public static bool operator !=(FactMask a, FactMask b) => !a.Equals(b);

    public bool Equals(FactMask other) => low == other.low && high == other.high;

    public override bool Equals(object? obj) => obj is FactMask other && Equals(other);

    public override int GetHashCode() => (low ^ (high * 0x9E3779B97F4A7C15UL)).GetHashCode();

    private static int CountBits(ulong word)
    {
        var count = 0;
        for (; word != 0; word &= word - 1)
        {
            count++;
        }

        return count;
    }
}
