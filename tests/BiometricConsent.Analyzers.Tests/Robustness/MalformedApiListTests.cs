using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.ApiList;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Analyzers.Tests.Robustness;

/// <summary>
/// <c>BiometricApis.txt</c> files that are not what anyone meant to write: binary files, huge lines, blank files,
/// Windows line endings, byte-order marks. Bad lines get BIO1008; nothing throws.
/// </summary>
public sealed class MalformedApiListTests
{
    private const string Consumer = """
        namespace Vendor.Face
        {
            public sealed class FaceClient { public object Detect(byte[] image) => new object(); }
        }

        class Kiosk { object Run(Vendor.Face.FaceClient client) => client.Detect(new byte[0]); }
        """;

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(params AdditionalText[] files)
    {
        var (diagnostics, exceptions) = await AnalyzerRunner.RunAsync(
            new[] { AnalyzerRunner.Parse(Consumer, "Kiosk.cs") }, null, files.ToImmutableArray());
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private static AdditionalText File(string text) => new InMemoryAdditionalText("/project/BiometricApis.txt", text);

    private static AdditionalText BinaryFile(byte[] bytes)
    {
        // As a host reads it: decoded with fallback characters, binary content not rejected.
        using var stream = new MemoryStream(bytes);
        return new InMemoryAdditionalText("/project/BiometricApis.txt", SourceText.From(stream, Encoding.UTF8, throwIfBinaryDetected: false));
    }

    private static IEnumerable<Diagnostic> Bio1008(ImmutableArray<Diagnostic> diagnostics) => diagnostics.Where(d => d.Id == DiagnosticIds.InvalidApiListEntry);

    private static bool Bio1001(ImmutableArray<Diagnostic> diagnostics) => diagnostics.Any(d => d.Id == DiagnosticIds.UnguardedCapture);

    [Fact]
    public async Task Binary_junk_is_reported_line_by_line_and_nothing_is_listed()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[100] = 0;

        var diagnostics = await RunAsync(BinaryFile(bytes));

        Assert.NotEmpty(Bio1008(diagnostics));
        Assert.False(Bio1001(diagnostics));
        Assert.All(Bio1008(diagnostics), d => Assert.True(d.GetMessage().Length < 400, d.GetMessage()));
    }

    [Fact]
    public async Task Binary_junk_before_a_good_line_does_not_hide_it()
    {
        var bytes = new byte[] { 0, 1, 2, 0xFF, 0xFE, 0x80, 10 }.Concat(Encoding.UTF8.GetBytes("capture M:Vendor.Face.FaceClient.Detect\n")).ToArray();

        var diagnostics = await RunAsync(BinaryFile(bytes));

        var bad = Assert.Single(Bio1008(diagnostics));
        Assert.Equal(0, bad.Location.GetLineSpan().StartLinePosition.Line);
        Assert.True(Bio1001(diagnostics));
    }

    [Fact]
    public async Task A_huge_line_is_reported_with_a_short_message()
    {
        var diagnostics = await RunAsync(File("capture M:Vendor.Face.FaceClient." + new string('x', 1_000_000) + "\n" + new string('y', 200_000)));

        var messages = Bio1008(diagnostics).Select(d => d.GetMessage()).ToList();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, message => Assert.True(message.Length < 400, message.Length.ToString()));
        Assert.Contains(messages, message => message.Contains("…", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t \r\n\r\n  \n\r\u00A0\u2003")]
    [InlineData("\uFEFF")]
    [InlineData("# only a comment\r\n   # and another")]
    public async Task White_space_only_files_report_nothing(string text)
    {
        var diagnostics = await RunAsync(File(text));

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("capture M:Vendor.Face.FaceClient.Detect\r\n{|bad|}\r\ncapture M:Vendor.Face.FaceClient.Detect\r\n", "\r\n")]
    [InlineData("capture M:Vendor.Face.FaceClient.Detect\r{|bad|}\rcapture M:Vendor.Face.FaceClient.Detect\r", "\r")]
    [InlineData("\uFEFF# vendor\ncapture M:Vendor.Face.FaceClient.Detect\r\n{|bad|}\ncapture M:Vendor.Face.FaceClient.Detect", "mixed")]
    public async Task Line_endings_and_a_byte_order_mark_do_not_change_what_a_line_says(string template, string description)
    {
        // The third line repeats the first: the only BIO1008, whatever separates the lines.
        var text = template.Replace("{|bad|}", "capture M:Vendor.Face.FaceClient.Nope", StringComparison.Ordinal);
        var diagnostics = await RunAsync(File(text));

        var lines = Bio1008(diagnostics).Select(d => d.Location.GetLineSpan().StartLinePosition.Line).OrderBy(line => line).ToArray();
        var offset = description == "mixed" ? 1 : 0;
        Assert.Equal(new[] { 1 + offset, 2 + offset }, lines);
        Assert.True(Bio1001(diagnostics), description);
        Assert.All(Bio1008(diagnostics), d => Assert.DoesNotContain("\r", d.GetMessage(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_the_host_cannot_read_is_skipped()
    {
        var diagnostics = await RunAsync(new InMemoryAdditionalText("/project/BiometricApis.txt", (SourceText?)null), File("capture M:Vendor.Face.FaceClient.Detect"));

        Assert.Empty(Bio1008(diagnostics));
        Assert.True(Bio1001(diagnostics));
    }

    [Theory]
    [InlineData("M:Vendor.Face.FaceClient.Detect(``99999999999)")]
    [InlineData("M:Vendor.Face.FaceClient.Detect``99999999999")]
    [InlineData("M:Vendor.Face.FaceClient.Detect``-1")]
    [InlineData("T:Vendor.Face.FaceClient`99999999999")]
    [InlineData("T:Vendor.Face.FaceClient`")]
    [InlineData("M:Vendor.Face.FaceClient.Detect(")]
    [InlineData("M:Vendor.Face.FaceClient.Detect)")]
    [InlineData("M:Vendor.Face.FaceClient.Detect(System.Byte[0:,)")]
    [InlineData("M:Vendor.Face.FaceClient.Detect(System.Byte{)")]
    [InlineData("M:Vendor.Face.FaceClient.Detect(@,*,^)~")]
    [InlineData("M:Vendor.Face.FaceClient.#ctor(`0)")]
    [InlineData("P:Vendor.Face.FaceClient.Item[")]
    [InlineData("M:.")]
    [InlineData("M:..")]
    [InlineData("T:.")]
    [InlineData("M:Vendor..Detect")]
    [InlineData("M:#")]
    [InlineData("M:Vendor.Face.FaceClient.Detect\u0000")]
    public async Task Odd_documentation_comment_ids_are_reported_not_thrown(string id)
    {
        var diagnostics = await RunAsync(File("capture " + id));

        Assert.Single(Bio1008(diagnostics));
    }

    [Fact]
    public void Shorten_keeps_short_text_and_cuts_long_text()
    {
        Assert.Equal("abc", ApiListLine.Shorten("abc"));
        var cut = ApiListLine.Shorten(new string('a', ApiListLine.MaxQuotedLength + 1));
        Assert.Equal(ApiListLine.MaxQuotedLength + 1, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }
}
