using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace BiometricConsent.Tests.Cli;

/// <summary>
/// The tool on 1,000 seeded mutations of the example activities (<see cref="ActivityMutator"/>): always exit 0, 1
/// or 2, never a stack trace, an exit 2 names the JSON path of every error, and the same input gives the same output.
/// A failure names its seed; <c>ActivityMutator.Mutate(seed)</c> gives the input again.
/// </summary>
public class CliFuzzTests
{
    private const int FirstSeed = 12_000;
    private const int Cases = 1_000;
    private static readonly string[] Formats = { "text", "json", "markdown", "sarif", "html" };

    [Fact]
    public void Every_mutation_is_assessed_or_rejected_with_json_paths_the_same_way_each_time()
    {
        using var folder = TempFolder.InMemory();
        var exits = new int[3];
        var clock = Stopwatch.StartNew();
        for (var seed = FirstSeed; seed < FirstSeed + Cases; seed++)
        {
            var input = ActivityMutator.Mutate(seed);
            var file = folder.WriteBytes("fuzz.json", input);
            var args = seed % 7 == 0
                ? new[] { "assess", file, "--as-of", "2021-03-01", "--format", Formats[seed % Formats.Length] }
                : new[] { "assess", file, "--format", Formats[seed % Formats.Length] };
            var run = folder.Run(args);
            var context = $"seed {seed} (ActivityMutator.Mutate({seed})), args '{string.Join(" ", args)}', input:\n{Shown(input)}\n{run}";

            Assert.True(run.ExitCode is >= 0 and <= 2, context);
            Assert.DoesNotContain("internal error", run.Stderr);
            Assert.DoesNotContain("   at ", run.Stderr);
            Assert.DoesNotContain("Exception", run.Stderr);
            if (run.ExitCode == 2)
            {
                Assert.True(run.Stdout.Length == 0, context);
                var lines = run.Stderr.TrimEnd('\n').Split('\n');
                Assert.True(lines[^1] == "Nothing was assessed.", context);
                foreach (var line in lines[..^1])
                {
                    var named = line.StartsWith("fuzz.json:", StringComparison.Ordinal) && line.Contains(": error: $", StringComparison.Ordinal);
                    Assert.True(named || line.StartsWith("fuzz.json: error: ... and ", StringComparison.Ordinal), $"No JSON path in '{line}'; {context}");
                }
            }
            else
            {
                Assert.True(run.Stderr.Length == 0 && run.Stdout.Length > 0, context);
            }

            var again = folder.Run(args);
            Assert.True(again.ToString() == run.ToString(), "A second run differs; " + context + "\n--- second run\n" + again);
            exits[run.ExitCode]++;
        }

        // The mutations are worth their time only if some get through the reader to the rules.
        Assert.True(exits[0] + exits[1] >= Cases / 20, $"Only {exits[0] + exits[1]} of {Cases} mutations were valid activities.");
        Assert.True(exits[2] >= Cases / 2, $"Only {exits[2]} of {Cases} mutations were rejected.");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"The fuzz test took {clock.Elapsed}.");
    }

    /// <summary>The input for a failure message: text with its control characters and invalid bytes visible.</summary>
    internal static string Shown(byte[] input)
    {
        var text = new StringBuilder();
        foreach (var c in Encoding.UTF8.GetString(input))
        {
            text.Append(c < ' ' && c != '\n' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return text.ToString();
    }
}
