using BenchmarkDotNet.Attributes;
using BiometricConsent.Consent;
using NodaTime;

namespace BiometricConsent.Benchmarks.Consent;

/// <summary>
/// The consent check on the hot path: <see cref="ConsentGate.HasConsent"/> on the in-memory ledger with the
/// system clock. Target: at most 100 ns and 0 bytes allocated when consent is in place.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ConsentGateBenchmarks
{
    private readonly SubjectId adult = new SubjectId("member-000123");
    private readonly SubjectId history = new SubjectId("member-000456");
    private readonly SubjectId unknown = new SubjectId("member-999999");
    private ConsentGate gate = null!;
    private ConsentGate fixedClockGate = null!;
    private InMemoryConsentLedger ledger = null!;

    [GlobalSetup]
    public void Setup()
    {
        IClock clock = SystemClock.Instance;
        ledger = new InMemoryConsentLedger(clock);
        var now = clock.GetCurrentInstant();
        var grantedAt = now - Duration.FromDays(30);

        // 10,000 other subjects, so the lookup is not into a tiny dictionary.
        for (var i = 0; i < 10_000; i++)
        {
            ledger.AppendAsync(Grant(new SubjectId("member-" + (500_000 + i)), grantedAt, NoticeVersion.Parse("3"))).AsTask().GetAwaiter().GetResult();
        }

        ledger.AppendAsync(Grant(adult, grantedAt, NoticeVersion.Parse("3"))).AsTask().GetAwaiter().GetResult();

        // A longer history: an old grant, a partial withdrawal, a stale grant, then the current one.
        ledger.AppendAsync(Grant(history, grantedAt - Duration.FromDays(400), NoticeVersion.Parse("1"))).AsTask().GetAwaiter().GetResult();
        ledger.AppendAsync(new ConsentWithdrawn(history, grantedAt - Duration.FromDays(300), new[] { Purpose.Attendance })).AsTask().GetAwaiter().GetResult();
        ledger.AppendAsync(Grant(history, grantedAt - Duration.FromDays(200), NoticeVersion.Parse("2"))).AsTask().GetAwaiter().GetResult();
        ledger.AppendAsync(Grant(history, grantedAt, NoticeVersion.Parse("3"))).AsTask().GetAwaiter().GetResult();

        gate = new ConsentGate(ledger, clock, ConsentPolicy.Default.WithRequiredNoticeVersion(NoticeVersion.Parse("3")));
        fixedClockGate = new ConsentGate(ledger, new FixedClock(now), gate.Policy);
        if (!gate.HasConsent(adult, Purpose.AccessControl) || !gate.HasConsent(history, Purpose.AccessControl) || gate.HasConsent(unknown, Purpose.AccessControl))
        {
            throw new System.InvalidOperationException("Benchmark setup is wrong.");
        }
    }

    [Benchmark(Baseline = true)]
    public bool HasConsent_Granted() => gate.HasConsent(adult, Purpose.AccessControl);

    [Benchmark]
    public bool HasConsent_Granted_LongHistory() => gate.HasConsent(history, Purpose.AccessControl);

    [Benchmark]
    public bool HasConsent_Denied_NoRecord() => gate.HasConsent(unknown, Purpose.AccessControl);

    // The gate's own cost, without reading the system clock.
    [Benchmark]
    public bool HasConsent_Granted_FixedClock() => fixedClockGate.HasConsent(adult, Purpose.AccessControl);

    // The floor under the check: reading the clock and looking up the subject's state.
    [Benchmark]
    public Instant Floor_ClockRead() => SystemClock.Instance.GetCurrentInstant();

    [Benchmark]
    public SubjectConsentState? Floor_StateLookup() => ledger.GetState(adult);

    private static ConsentGranted Grant(SubjectId subject, Instant at, NoticeVersion notice) =>
        new ConsentGranted(
            subject,
            new[] { Purpose.AccessControl, Purpose.Attendance },
            Modality.Face,
            RecognitionFunction.Verification | RecognitionFunction.Identification,
            notice,
            at,
            ConsentForm.ElectronicAction,
            isSeparate: true,
            ConsentGiver.Subject,
            subjectBirthDate: new LocalDate(1990, 7, 15));
}
