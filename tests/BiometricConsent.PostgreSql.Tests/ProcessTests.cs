using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Ledger.Conformance;
using NodaTime;
using Xunit.Abstractions;
using static BiometricConsent.PostgreSql.Tests.TestServer;

namespace BiometricConsent.PostgreSql.Tests;

/// <summary>Instances in separate processes: four gates see a withdrawal, and a killed writer loses nothing acknowledged.</summary>
public sealed class ProcessTests : IAsyncLifetime
{
    // The documented bound (docs/postgresql-ledger.md): RefreshInterval (500 ms by default) after the commit, plus the
    // time of one catch-up query; notifications normally make it milliseconds. The margin is for a loaded CI machine.
    private static readonly TimeSpan CachedDenialBound = TimeSpan.FromMilliseconds(500 + 1500);

    private readonly string schema = NewSchema();
    private readonly ITestOutputHelper output;

    public ProcessTests(ITestOutputHelper output) => this.output = output;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => DropAsync(schema);

    [LedgerFact]
    public async Task After_WithdrawAsync_returns_four_gates_in_other_processes_deny()
    {
        await using var ledger = await OpenAsync(schema);
        var gate = new ConsentGate(ledger, SystemClock.Instance);
        await gate.RecordAsync(Grant("alice"));

        var children = Enumerable.Range(0, 4).Select(_ => Child.Start("gate", schema, "alice")).ToList();
        try
        {
            foreach (var child in children)
            {
                Assert.Equal("ready", await child.ReadLineAsync(TimeSpan.FromSeconds(60)));
            }

            await gate.WithdrawAsync(new SubjectId("alice"));
            foreach (var child in children)
            {
                child.WriteLine("withdrawn");
            }

            foreach (var child in children)
            {
                // The check that reads the database never allows once the withdrawal has committed.
                Assert.Equal("async false", await child.ReadLineAsync(TimeSpan.FromSeconds(30)));
                var denied = await child.ReadLineAsync(TimeSpan.FromSeconds(30));
                Assert.StartsWith("denied-after-ms ", denied, StringComparison.Ordinal);
                var elapsed = double.Parse(denied!.Substring("denied-after-ms ".Length), CultureInfo.InvariantCulture);
                output.WriteLine($"cached check denied {elapsed} ms after the child learnt of the withdrawal (negative: before)");
                Assert.True(elapsed <= CachedDenialBound.TotalMilliseconds, $"the cached check allowed for {elapsed} ms after the withdrawal");
                await child.ExitAsync(0);
            }
        }
        finally
        {
            children.ForEach(c => c.Dispose());
        }
    }

    [LedgerTheory]
    [InlineData(300)]
    [InlineData(900)]
    public async Task A_writer_killed_with_SIGKILL_loses_no_acknowledged_event(int delayMilliseconds)
    {
        var acknowledged = new Dictionary<string, long>();
        for (var round = 0; round < 2; round++)
        {
            using var child = Child.Start("writer", schema, "round" + round.ToString(CultureInfo.InvariantCulture));
            Assert.StartsWith("ack ", await child.ReadLineAsync(TimeSpan.FromSeconds(60)), StringComparison.Ordinal);
            await Task.Delay(delayMilliseconds);
            child.Kill(); // SIGKILL on Unix: no finally blocks, no dispose.
            foreach (var line in child.Lines.Where(l => l.StartsWith("ack ", StringComparison.Ordinal)))
            {
                var parts = line.Split(' ');
                acknowledged[parts[2]] = long.Parse(parts[1], CultureInfo.InvariantCulture);
            }
        }

        await using var ledger = await OpenAsync(schema);
        var stored = new Dictionary<string, long>();
        await foreach (var entry in ledger.ReadAllAsync())
        {
            stored[entry.Event.IdempotencyKey!] = entry.SequenceNumber;
        }

        output.WriteLine($"{acknowledged.Count} acknowledged, {stored.Count} stored");
        Assert.NotEmpty(acknowledged);
        foreach (var (key, sequence) in acknowledged)
        {
            Assert.True(stored.TryGetValue(key, out var found), $"acknowledged event {key} (#{sequence}) is missing");
            Assert.Equal(sequence, found);
        }

        Assert.Equal(ledger.Head, await ledger.VerifyAgainstAsync(ledger.Head));
    }

    /// <summary>A BiometricConsent.PostgreSql.TestProcess child, its standard output read line by line.</summary>
    private sealed class Child : IDisposable
    {
        private readonly Process process;
        private readonly BlockingCollection<string?> lines = new BlockingCollection<string?>();
        private readonly ConcurrentQueue<string> all = new ConcurrentQueue<string>();
        private readonly ConcurrentQueue<string> errors = new ConcurrentQueue<string>();

        private Child(Process process) => this.process = process;

        internal IEnumerable<string> Lines => all;

        internal static Child Start(params string[] arguments)
        {
            var program = Path.Combine(AppContext.BaseDirectory, "test-process", "BiometricConsent.PostgreSql.TestProcess.dll");
            Assert.True(File.Exists(program), $"the test process was not built to {program}");
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(program);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment[Variable] = ConnectionString;
            var child = new Child(new Process { StartInfo = start });
            child.process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    child.all.Enqueue(e.Data);
                }

                child.lines.Add(e.Data);
            };
            child.process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    child.errors.Enqueue(e.Data);
                }
            };
            child.process.Start();
            child.process.BeginOutputReadLine();
            child.process.BeginErrorReadLine();
            return child;
        }

        internal Task<string?> ReadLineAsync(TimeSpan timeout) => Task.Run<string?>(() =>
        {
            Assert.True(lines.TryTake(out var line, timeout), $"the child said nothing within {timeout}: {string.Join(Environment.NewLine, errors)}");
            Assert.True(line is not null, $"the child ended: {string.Join(Environment.NewLine, errors)}");
            return line;
        });

        internal void WriteLine(string line)
        {
            process.StandardInput.WriteLine(line);
            process.StandardInput.Flush();
        }

        internal async Task ExitAsync(int expected)
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(expected, process.ExitCode);
        }

        internal void Kill()
        {
            process.Kill();
            process.WaitForExit();
            // The output read so far is complete once the process has exited.
            process.WaitForExit(5000);
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }

            process.Dispose();
        }
    }
}
