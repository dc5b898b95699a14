using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

/// <summary>
/// <c>biometric_consent.builtin_catalog = false</c> (docs/sdk-catalog.md, "Turning the catalog off") switches the built-in catalog off, in
/// <c>.editorconfig</c> sections (per file) or in a global config; the user's own marks keep working.
/// </summary>
public sealed class SdkCatalogSwitchTests
{
    private const string Baidu = """
        class Scanner
        {
            object Scan(string image) => new Baidu.Aip.Face.Face("key", "secret").Detect(image, "BASE64", null);
        }
        """;

    private const string Marked = """
        using System;
        sealed class FaceCaptureAttribute : Attribute { }
        class Camera { [FaceCapture] public byte[] Capture() => new byte[0]; }
        class Kiosk { byte[] Run(Camera camera) => camera.Capture(); }
        """;

    /// <summary>The same code in another class, for a second file.</summary>
    private const string LegacyBaidu = """
        class LegacyScanner
        {
            object Scan(string image) => new Baidu.Aip.Face.Face("key", "secret").Detect(image, "BASE64", null);
        }
        """;

    private const string Call = "new Baidu.Aip.Face.Face(\"key\", \"secret\").Detect(";

    private static Task RunAsync(string? editorConfig, string? globalConfig, string[] sources, params DiagnosticResult[] expected)
    {
        var test = new SdkCatalogAnalyzerTest();
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/src/{(i == 0 ? "App" : "Legacy")}/File{i}.cs", sources[i]));
        }

        if (editorConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n" + editorConfig));
        }

        if (globalConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("[*.cs]\nbiometric_consent.builtin_catalog = true\n")]
    [InlineData("[*.cs]\nbiometric_consent.builtin_catalog = yes-please\n")]
    public Task The_catalog_is_on_unless_switched_off(string? editorConfig)
        => RunAsync(editorConfig, null, new[] { Baidu }, SdkCatalogAnalyzerTest.Expected(Baidu, Call, "/src/App/File0.cs"));

    [Theory]
    [InlineData("[*]\nbiometric_consent.builtin_catalog = false\n")]
    [InlineData("[*.cs]\nbiometric_consent.builtin_catalog =  FALSE \n")]
    public Task The_editorconfig_switch_turns_the_catalog_off(string editorConfig)
        => RunAsync(editorConfig, null, new[] { Baidu });

    [Fact]
    public Task A_global_config_turns_the_catalog_off_for_the_whole_project()
        => RunAsync(null, "biometric_consent.builtin_catalog = false\n", new[] { Baidu, LegacyBaidu });

    [Fact]
    public Task An_editorconfig_section_turns_the_catalog_off_only_for_its_files()
        => RunAsync(
            "[/src/Legacy/**.cs]\nbiometric_consent.builtin_catalog = false\n",
            null,
            new[] { Baidu, LegacyBaidu },
            SdkCatalogAnalyzerTest.Expected(Baidu, Call, "/src/App/File0.cs"));

    [Fact]
    public Task The_users_own_marks_still_work_with_the_catalog_off()
    {
        var expected = SdkCatalogAnalyzerTest.Expected(Marked, "camera.Capture()", "/src/App/File0.cs");
        return RunAsync(null, "biometric_consent.builtin_catalog = false\n", new[] { Marked, Baidu }, expected);
    }
}
