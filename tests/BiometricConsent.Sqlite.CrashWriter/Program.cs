using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite;
using NodaTime;

namespace BiometricConsent.Sqlite.CrashWriter;

/// <summary>
/// Usage: <c>CrashWriter &lt;database&gt; &lt;run-id&gt; [writers]</c>. Appends records from concurrent writers until
/// killed, printing <c>READY</c> once the ledger is open and <c>ACK &lt;sequence&gt; &lt;subject&gt; &lt;kind&gt; OK</c> for every
/// record (the final <c>OK</c> tells a complete line from one cut short by the kill), after its append was acknowledged. Every third append is a pair — a grant whose evidence reference is
/// <c>pair-&lt;id&gt;-1</c> followed by a withdrawal noted <c>pair-&lt;id&gt;-2</c> — so the test can check that appends are atomic.
/// </summary>
public static class Program
{
    private static readonly object OutputLock = new object();

    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: CrashWriter <database> <run-id> [writers]");
            return 2;
        }

        var run = args[1];
        var writers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8;
        await using var ledger = await SqliteConsentLedger.OpenAsync(args[0], SystemClock.Instance);
        Report("READY");
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => WriteForeverAsync(ledger, run, w))));
        return 0;
    }

    private static async Task WriteForeverAsync(IConsentLedger ledger, string run, int writer)
    {
        var t0 = Instant.FromUtc(2026, 3, 1, 8, 0);
        for (var i = 0; ; i++)
        {
            var subject = new SubjectId($"r{run}-w{writer}-s{i % 5}");
            var pair = $"pair-{run}-{writer}-{i}";
            IReadOnlyList<ConsentEvent> events = i % 3 == 2
                ? new ConsentEvent[]
                {
                    new ConsentGranted(subject, new[] { Purpose.AccessControl }, Modality.Face, RecognitionFunction.Verification, new NoticeVersion(1), t0 + Duration.FromSeconds(i), ConsentForm.ElectronicAction, true, ConsentGiver.Subject, evidenceReference: pair + "-1"),
                    new ConsentWithdrawn(subject, t0 + Duration.FromSeconds(i), note: pair + "-2"),
                }
                : new ConsentEvent[]
                {
                    new ConsentGranted(subject, new[] { Purpose.Payment, Purpose.AccessControl }, Modality.Face, RecognitionFunction.Verification, new NoticeVersion(2, 1), t0 + Duration.FromSeconds(i), ConsentForm.Written, true, ConsentGiver.Subject),
                };
            var entries = await ledger.AppendAsync(events);
            foreach (var entry in entries)
            {
                Report(string.Create(CultureInfo.InvariantCulture, $"ACK {entry.SequenceNumber} {entry.Subject} {entry.Event.Kind} OK"));
            }
        }
    }

    private static void Report(string line)
    {
        lock (OutputLock)
        {
            Console.Out.WriteLine(line);
            Console.Out.Flush();
        }
    }
}
