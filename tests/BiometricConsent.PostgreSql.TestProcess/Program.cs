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
//                             visible, then on "withdrawn" from stdin checks asynchronously at once ("async <bool>") and
//                             reports how long the cached check kept allowing ("denied-after-ms <ms>").
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

    Console.WriteLine("ready");
    if (Console.ReadLine() != "withdrawn")
    {
        return 2;
    }

    // The withdrawal has committed: the check that reads the database must deny now, the cached one within the bound.
    var stopwatch = Stopwatch.StartNew();
    var asyncAllowed = await gate.HasConsentAsync(subject, Purpose.AccessControl);
    Console.WriteLine("async " + asyncAllowed.ToString(CultureInfo.InvariantCulture).ToLowerInvariant());
    while (gate.HasConsent(subject, Purpose.AccessControl))
    {
        if (stopwatch.Elapsed > TimeSpan.FromSeconds(30))
        {
            Console.WriteLine("still-allowed");
            return 1;
        }

        Thread.Sleep(1);
    }

    Console.WriteLine("denied-after-ms " + stopwatch.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));
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
