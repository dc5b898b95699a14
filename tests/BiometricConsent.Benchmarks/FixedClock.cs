using NodaTime;

namespace BiometricConsent.Benchmarks;

/// <summary>A clock stopped at one instant, so results do not depend on when the benchmark runs (and no clock read is timed).</summary>
internal sealed class FixedClock : IClock
{
    private readonly Instant now;

    public FixedClock(Instant now) => this.now = now;

    public Instant GetCurrentInstant() => now;
}
