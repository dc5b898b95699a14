using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using Xunit.Abstractions;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>
/// Nothing acknowledged is lost: a child process appends records and reports each acknowledged one, and is killed
/// (SIGKILL) at random moments; afterwards every acknowledged record is in the file, intact, and no append is torn.
/// </summary>
public sealed class KillTests : IDisposable
{
    private const int Rounds = 6;
    private readonly LedgerTestKit kit = new LedgerTestKit();
    private readonly ITestOutputHelper output;

    public KillTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    public void Dispose() => kit.Dispose();

    [Fact]
    public async Task Every_acknowledged_record_survives_the_writer_being_killed()
    {
        var random = new Random(20261123);
        var acknowledged = new Dictionary<long, (string Subject, ConsentEventKind Kind)>();
        for (var round = 1; round <= Rounds; round++)
        {
            var delay = random.Next(30, 600);
            var lines = await RunAndKillAsync(round, delay);
            var acks = 0;
            foreach (var line in lines)
            {
                var parts = line.Split(' ');
                // A line cut short by the kill lacks the final "OK": the append may or may not have been acknowledged.
                if (parts.Length == 5 && parts[0] == "ACK" && parts[4] == "OK")
                {
                    var sequence = long.Parse(parts[1], CultureInfo.InvariantCulture);
                    Assert.True(acknowledged.TryAdd(sequence, (parts[2], Enum.Parse<ConsentEventKind>(parts[3]))), $"sequence #{sequence} was acknowledged twice");
                    acks++;
                }
            }

            output.WriteLine($"round {round}: killed after {delay} ms, {acks} records acknowledged");
        }

        Assert.True(acknowledged.Count > 0, "the child never acknowledged a record; the test proved nothing");

        await using var ledger = await kit.OpenAsync(LedgerTestKit.NoPolling);
        // ReadAllAsync verifies every record's checksum: a torn or damaged record would throw here.
        var stored = await LedgerTestKit.ReadAllAsync(ledger);
        var bySequence = stored.ToDictionary(e => e.SequenceNumber);
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored.Select(e => e.SequenceNumber));
        foreach (var ack in acknowledged)
        {
            Assert.True(bySequence.TryGetValue(ack.Key, out var entry), $"acknowledged record #{ack.Key} is lost");
            Assert.Equal(ack.Value.Subject, entry!.Subject.Value);
            Assert.Equal(ack.Value.Kind, entry.Event.Kind);
        }

        // Appends are atomic: each pair's grant is immediately followed by its withdrawal, and vice versa.
        foreach (var entry in stored)
        {
            if (entry.Event is ConsentGranted { EvidenceReference: { } evidence } && evidence.EndsWith("-1", StringComparison.Ordinal))
            {
                var pair = evidence.Substring(0, evidence.Length - 2);
                Assert.True(bySequence.TryGetValue(entry.SequenceNumber + 1, out var next) && next.Event is ConsentWithdrawn { Note: { } note } && note == pair + "-2", $"the pair {pair} is torn at #{entry.SequenceNumber}");
            }

            if (entry.Event is ConsentWithdrawn { Note: { } withdrawalNote })
            {
                var pair = withdrawalNote.Substring(0, withdrawalNote.Length - 2);
                Assert.True(bySequence.TryGetValue(entry.SequenceNumber - 1, out var previous) && previous.Event is ConsentGranted { EvidenceReference: { } ev } && ev == pair + "-1", $"the pair {pair} is torn at #{entry.SequenceNumber}");
            }
        }

        output.WriteLine($"{acknowledged.Count} acknowledged, {stored.Count} stored");
    }

    private async Task<List<string>> RunAndKillAsync(int round, int delayMilliseconds)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "crash-writer", "BiometricConsent.Sqlite.CrashWriter.dll");
        Assert.True(File.Exists(writer), $"the crash writer was not built to {writer}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(kit.DatabasePath);
        start.ArgumentList.Add(round.ToString(CultureInfo.InvariantCulture));

        var lines = new ConcurrentQueue<string>();
        var ready = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstAck = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                ready.TrySetResult(false);
                firstAck.TrySetResult(false);
                return;
            }

            lines.Enqueue(e.Data);
            if (e.Data == "READY")
            {
                ready.TrySetResult(true);
            }
            else if (e.Data.StartsWith("ACK ", StringComparison.Ordinal))
            {
                firstAck.TrySetResult(true);
            }
        };
        var errors = new ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.Enqueue(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var finished = await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(finished == ready.Task && ready.Task.Result, $"round {round}: the crash writer did not open the ledger: {string.Join(Environment.NewLine, errors)}");
        // The kill comes at a random moment once the writers are appending: on a busy machine the first appends can
        // take longer than the whole delay, and a kill before any acknowledgement would prove nothing.
        finished = await Task.WhenAny(firstAck.Task, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(finished == firstAck.Task && firstAck.Task.Result, $"round {round}: the crash writer acknowledged nothing: {string.Join(Environment.NewLine, errors)}");
        await Task.Delay(delayMilliseconds);
        process.Kill(); // SIGKILL on Unix: no finally blocks, no flush, no dispose.
        await process.WaitForExitAsync();
        Assert.Empty(errors);
        return lines.ToList();
    }
}
