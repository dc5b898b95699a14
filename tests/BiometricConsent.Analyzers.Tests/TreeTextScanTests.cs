using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Analyzers.Tests;

/// <summary>
/// The per-tree text scan of the pre-filter: a file is skipped only when none of its identifiers can be a candidate
/// name, so everything that may spell a name (escapes, formatting characters) must count, and nothing else may.
/// </summary>
public class TreeTextScanTests
{
    private static readonly TreeTextScan Scan = new TreeTextScan(new[] { "Detect", "识别" });

    private static readonly string[] Markers = { "FaceCapture", "ConsentCheck" };

    [Theory]
    [InlineData("client.Detect(image);")]
    [InlineData("client.@Detect(image);")]
    [InlineData("/* Detect */ var x = 1;")]
    [InlineData("var 结果 = 相机.识别(图像);")]
    [InlineData("x.\\u0044etect();")]
    [InlineData("x.\\U00000044etect();")]
    [InlineData("x.De\u200Btect();")]
    [InlineData("Detect")]
    public void Text_that_may_name_a_candidate_is_found(string text)
        => Assert.True(Scan.MayName(SourceText.From(text)));

    [Theory]
    [InlineData("")]
    [InlineData("client.DetectAll(image); client.Detects(); xDetect(); Detect_();")]
    [InlineData("// 人脸检测 😀 识别器 \n var detect = 1;")]
    [InlineData("\"FaceCapture\"")]
    public void Text_without_a_candidate_name_is_skipped(string text)
        => Assert.False(Scan.MayName(SourceText.From(text)));

    [Theory]
    [InlineData("[FaceCapture] void M() { }", true, false)]
    [InlineData("// see MyConsentCheckAttribute\n Detect();", true, true)]
    [InlineData("Face Capture", false, false)]
    public void Markers_are_found_anywhere_in_the_text(string text, bool marker, bool name)
    {
        Assert.Equal(marker, TreeTextScan.ContainsAny(SourceText.From(text), Markers));
        Assert.Equal(name, Scan.MayName(SourceText.From(text)));
    }

    [Fact]
    public void A_long_text_after_a_short_one_is_scanned_whole()
    {
        Assert.False(Scan.MayName(SourceText.From("x")));
        var text = new string(' ', 100_000) + "Detect";
        Assert.True(Scan.MayName(SourceText.From(text)));
    }

    [Fact]
    public void Without_names_nothing_is_named()
        => Assert.False(new TreeTextScan(System.Array.Empty<string>()).MayName(SourceText.From("Detect()")));
}
