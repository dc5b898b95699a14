using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent;
using BiometricConsent.Consent;
using BiometricConsent.PostgreSql;
using NodaTime;

// Usage (the connection string comes from BIOMETRICCONSENT_POSTGRES):
//   gate <schema> <subject>   opens its own ledger instance and consent gate; prints "ready" once the subject's grant is
//                             visible, then on "withdrawn" from stdin waits for the cached check to deny, checks
//                             asynchronously ("async <bool>") and reports when the cached check first denied,
//                             relative to receiving "withdrawn" ("denied-after-ms <ms>", negative when before).
//   writer <schema> <prefix>  appends events with idempotency keys from 8 concurrent tasks and prints
//                             "ack <sequence> <key>" for each acknowledged one, until killed.
var connectionString = Environment.GetEnvironmentVariable("BIOMETRICCONSENT_POSTGRES")
    ?? throw new InvalidOperationException("BIOMETRICCONSENT_POSTGRES is not set.");
var mode = args[0];
var options = new PostgreSqlConsentLedgerOptions { Schema = args[1] };
await using var ledger = await PostgreSqlConsentLedger.OpenAsync(connectionString, SystemClock.Instance, options);
var output = Console.Out;
output.Flush();

if (mode == "gate")
{
    var subject = new SubjectId(args[2]);
    var gate = new ConsentGate(ledger, SystemClock.Instance);
    while (!gate.HasConsent(subject, Purpose.AccessControl))
    {
        await Task.Delay(5);
    }

    // From now on a thread watches the cached check and notes when it first denies.
    long deniedAt = 0;
    var watcher = new Thread(() =>
    {
        while (gate.HasConsent(subject, Purpose.AccessControl))
        {
            Thread.Sleep(1);
        }

        Volatile.Write(ref deniedAt, Stopwatch.GetTimestamp());
    })
    { IsBackground = true };
    watcher.Start();
    Console.WriteLine("ready");
    if (Console.ReadLine() != "withdrawn")
    {
        return 2;
    }

    // The withdrawal has committed: the cached check must deny within the bound (measured first, because the
    // asynchronous check refreshes the cache), and the check that reads the database must deny.
    var learnt = Stopwatch.GetTimestamp();
    if (!watcher.Join(TimeSpan.FromSeconds(30)))
    {
        Console.WriteLine("still-allowed");
        return 1;
    }

    var asyncAllowed = await gate.HasConsentAsync(subject, Purpose.AccessControl);
    Console.WriteLine("async " + asyncAllowed.ToString(CultureInfo.InvariantCulture).ToLowerInvariant());
    // Negative when the cache denied before the parent's message arrived (the notification was quicker).
    var elapsed = Stopwatch.GetElapsedTime(learnt, Volatile.Read(ref deniedAt));
    Console.WriteLine("denied-after-ms " + elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));
    return 0;
}

if (mode == "writer")
{
    var prefix = args[2];
    var next = 0;
    var sync = new object();
    var tasks = new Task[8];
    for (var t = 0; t < tasks.Length; t++)
    {
        tasks[t] = Task.Run(async () =>
        {
            while (true)
            {
                var n = Interlocked.Increment(ref next);
                var key = prefix + "-" + n.ToString(CultureInfo.InvariantCulture);
                var subject = new SubjectId("subject-" + (n % 16).ToString(CultureInfo.InvariantCulture));
                var entry = await ledger.AppendAsync(new ConsentWithdrawn(subject, SystemClock.Instance.GetCurrentInstant()) { IdempotencyKey = key });
                lock (sync)
                {
                    output.WriteLine("ack " + entry.SequenceNumber.ToString(CultureInfo.InvariantCulture) + " " + key);
                    output.Flush();
                }
            }
        });
    }

    await Task.WhenAll(tasks);
}

return 3;
