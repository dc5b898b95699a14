using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Analyzers.Tests;

/// <summary>
/// The per-tree text scan of the pre-filter: a file is skipped only when none of its identifiers can be a candidate
/// name, so everything that may spell a name (escapes, formatting characters) must count, and nothing else may.
/// </summary>
public class TreeTextScanTests
{
    private static readonly TreeTextScan Scan = new TreeTextScan(new[] { "Detect", "识别" }, new[] { "FaceCapture", "ConsentCheck" });

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
        => Assert.Equal(TreeTextScan.Findings.Name, Scan.Scan(SourceText.From(text), findMarkers: false));

    [Theory]
    [InlineData("")]
    [InlineData("client.DetectAll(image); client.Detects(); xDetect(); Detect_();")]
    [InlineData("// 人脸检测 😀 识别器 \n var detect = 1;")]
    [InlineData("\"FaceCapture\"")]
    public void Text_without_a_candidate_name_is_skipped(string text)
        => Assert.Equal(TreeTextScan.Findings.None, Scan.Scan(SourceText.From(text), findMarkers: false));

    [Theory]
    [InlineData("[FaceCapture] void M() { }", 1)]
    [InlineData("// see MyConsentCheckAttribute\n Detect();", 3)]
    [InlineData("Face Capture", 0)]
    public void Markers_are_found_anywhere_in_the_text(string text, int expected)
        => Assert.Equal((TreeTextScan.Findings)expected, Scan.Scan(SourceText.From(text), findMarkers: true));

    [Fact]
    public void A_long_text_after_a_short_one_is_scanned_whole()
    {
        Assert.Equal(TreeTextScan.Findings.None, Scan.Scan(SourceText.From("x"), findMarkers: false));
        var text = new string(' ', 100_000) + "Detect";
        Assert.Equal(TreeTextScan.Findings.Name, Scan.Scan(SourceText.From(text), findMarkers: false));
    }

    [Fact]
    public void Without_names_only_markers_are_reported()
        => Assert.Equal(
            TreeTextScan.Findings.None,
            new TreeTextScan(System.Array.Empty<string>(), new[] { "FaceCapture" }).Scan(SourceText.From("Detect()"), findMarkers: true));
}
