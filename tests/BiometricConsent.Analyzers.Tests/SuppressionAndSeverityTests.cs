using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests;

/// <summary>docs/analyzer.md "Configuration" and the rule pages in docs/rules/: severity from .editorconfig, #pragma and [SuppressMessage].</summary>
public class SuppressionAndSeverityTests
{
    [Fact]
    public Task Editorconfig_severity_none_silences_BIO1001_in_the_files_it_covers()
    {
        var test = new Verify.Test("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera) { camera.Capture(); }
            }
            """)
        {
            EditorConfig = "root = true\n\n[Test0.cs]\ndotnet_diagnostic.BIO1001.severity = none\n",
        };
        test.TestState.Sources.Add(("/0/Other.cs", """
            using Acme;
            class Gate
            {
                void Scan(Camera camera) { {|BIO1001:camera.Capture()|}; }
            }
            """));
        return test.RunWithAsync();
    }

    [Fact]
    public Task Pragma_suppresses_only_the_lines_it_covers()
        => new Verify.Test("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera)
                {
            #pragma warning disable BIO1001 // Signed release form on file, checked by the front desk
                    camera.Capture();
            #pragma warning restore BIO1001
                    {|BIO1001:camera.Capture(1)|};
                }
            }
            """)
        {
            // The framework's own check wraps each expected diagnostic in #pragma; this source already has one.
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
        }.RunWithAsync();

    [Fact]
    public Task SuppressMessage_on_a_member_or_type_suppresses_inside_it_only()
        => Verify.AnalyzerAsync("""
            using System.Diagnostics.CodeAnalysis;
            using Acme;
            class Kiosk
            {
                [SuppressMessage("BiometricConsent", "BIO1001:Face captured without a consent check", Justification = "Test rig only")]
                void Rig(Camera camera) => camera.Capture();

                void Scan(Camera camera) => {|BIO1001:camera.Capture()|};
            }

            [SuppressMessage("BiometricConsent", "BIO1001", Justification = "Calibration fixture")]
            class Fixture
            {
                void Run(Camera camera) => camera.Capture();
            }
            """);
}
