using System.Linq;
using BenchmarkDotNet.Attributes;
using BiometricConsent.Consent;
using NodaTime;

namespace BiometricConsent.Benchmarks.Consent;

/// <summary>
/// Folding one subject's history of alternating grants and withdrawals into its state, in memory: the cost per event
/// must not grow with the history (it grew linearly, so the fold was quadratic). Mean / <see cref="Events"/> is the
/// cost of one event.
/// </summary>
[MemoryDiagnoser]
public class SubjectHistoryBenchmarks
{
    private static readonly SubjectId Subject = new SubjectId("long-history");
    private ConsentLedgerEntry[] entries = null!;

    [Params(1_000, 100_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = Instant.FromUtc(2020, 1, 1, 0, 0);
        entries = Enumerable.Range(0, Events).Select(i =>
        {
            var at = start + Duration.FromMinutes(i);
            ConsentEvent e = i % 2 == 0
                ? new ConsentGranted(Subject, new[] { Purpose.AccessControl }, Modality.Face, RecognitionFunction.Verification, new NoticeVersion(3), at, ConsentForm.ElectronicAction, isSeparate: true, ConsentGiver.Subject)
                : new ConsentWithdrawn(Subject, at);
            return new ConsentLedgerEntry(i + 1, at, e);
        }).ToArray();
    }

    [Benchmark]
    public SubjectConsentState Fold() => SubjectConsentState.FromEntries(Subject, entries);
}
