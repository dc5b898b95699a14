using System;
using System.IO;
using System.Text;
using BiometricConsent.Policy.Serialization;
using BiometricConsent.Tests.Cli;

namespace BiometricConsent.Tests.Policy;

/// <summary>
/// Property: for any input, <see cref="ActivityJson.Parse(Stream)"/> and <see cref="ActivityJson.Parse(string)"/>
/// return an activity or throw <see cref="ActivityFormatException"/> — nothing else — and every error is one line
/// naming a JSON path. Checked on seeded random byte strings and mutations of the example activities.
/// </summary>
public class ActivityJsonPropertyTests
{
    private const int Cases = 1_000;

    [Fact]
    public void Random_bytes_are_read_or_rejected_with_an_activity_format_exception()
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            AssertReadOrRejected(ActivityMutator.RandomBytes(seed), $"ActivityMutator.RandomBytes({seed})");
        }
    }

    [Fact]
    public void Mutated_examples_are_read_or_rejected_with_an_activity_format_exception()
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            AssertReadOrRejected(ActivityMutator.Mutate(seed), $"ActivityMutator.Mutate({seed})");
        }
    }

    [Fact]
    public void Strings_with_lone_surrogates_and_controls_are_read_or_rejected_with_an_activity_format_exception()
    {
        // Parse(string) can be given what no UTF-8 file holds: raw lone surrogates.
        var random = new Random(7);
        for (var seed = 0; seed < Cases; seed++)
        {
            var text = new StringBuilder(Encoding.UTF8.GetString(ActivityMutator.Mutate(seed)));
            text.Insert(random.Next(text.Length + 1), (char)(random.Next(2) == 0 ? random.Next(0xD800, 0xE000) : random.Next(0x20)));
            AssertRejectedOnly(() => ActivityJson.Parse(text.ToString()), $"string of ActivityMutator.Mutate({seed})");
        }
    }

    private static void AssertReadOrRejected(byte[] input, string source)
    {
        using var stream = new MemoryStream(input, writable: false);
        AssertRejectedOnly(() => ActivityJson.Parse(stream), source);
        AssertRejectedOnly(() => ActivityJson.Parse(Encoding.UTF8.GetString(input)), "decoded " + source);
    }

    private static void AssertRejectedOnly(Action parse, string source)
    {
        try
        {
            parse();
        }
        catch (ActivityFormatException e)
        {
            Assert.True(e.Errors.Count > 0 && e.ErrorCount >= e.Errors.Count, source);
            foreach (var error in e.Errors)
            {
                Assert.True(error.JsonPath.StartsWith('$') && error.Position != null, $"{source}: {error}");
                Assert.True(Printable.IndexOfUnprintable(error.JsonPath + error.Reason) < 0, $"{source}: unescaped character in {error}");
            }
        }
        catch (Exception e)
        {
            Assert.Fail($"{source} threw {e.GetType().Name} rather than ActivityFormatException: {e}");
        }
    }
}
