using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>Guards in switch statements and switch expressions (docs/analyzer.md): each section or arm is a branch.</summary>
public class SwitchTests
{
    [Fact]
    public Task Switch_on_the_check_guards_the_true_section_only()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    switch (consent.IsGranted("p"))
                    {
                        case true:
                            camera.Capture();
                            break;
                        case false:
                            {|BIO1001:camera.Capture(1)|};
                            break;
                    }
                }

                void Default(Camera camera, Consent consent)
                {
                    switch (consent.IsGranted("p"))
                    {
                        case false:
                            return;
                        default:
                            camera.Capture();
                            break;
                    }

                    camera.Capture(1);
                }
            }
            """);

    [Fact]
    public Task Check_in_every_section_guards_after_the_switch()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, int kind)
                {
                    switch (kind)
                    {
                        case 1:
                            consent.Require("member");
                            break;
                        case 2:
                            if (!consent.IsGranted("staff")) return;
                            break;
                        default:
                            throw new System.ArgumentOutOfRangeException(nameof(kind));
                    }

                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Check_in_only_some_sections_does_not_guard_after_the_switch()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, int kind)
                {
                    switch (kind)
                    {
                        case 1:
                            consent.Require("member");
                            camera.Capture(1);
                            break;
                        case 2:
                            {|BIO1001:camera.Capture(2)|};
                            break;
                    }

                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Pattern_switch_with_when_clause_check_guards_its_section()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, object visitor)
                {
                    switch (visitor)
                    {
                        case string name when consent.IsGranted(name):
                            camera.Capture();
                            break;
                        case string:
                            {|BIO1001:camera.Capture(1)|};
                            break;
                    }
                }
            }
            """);

    [Fact]
    public Task Switch_expression_on_the_check_guards_the_true_arm_only()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image? Scan(Camera camera, Consent consent)
                    => consent.IsGranted("p") switch
                    {
                        true => camera.Capture(),
                        false => null,
                    };

                Image? Mirror(Camera camera, Consent consent)
                    => consent.IsGranted("p") switch
                    {
                        false => {|BIO1001:camera.Capture()|},
                        _ => null,
                    };
            }
            """);

    [Fact]
    public Task Switch_expression_arm_with_when_clause_check()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image? Scan(Camera camera, Consent consent, string? person)
                    => person switch
                    {
                        null => null,
                        var p when consent.IsGranted(p) => camera.Capture(),
                        _ => {|BIO1001:camera.Capture(1)|},
                    };
            }
            """);

    [Fact]
    public Task Switch_expression_with_a_check_in_every_arm_guards_what_follows()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, int kind)
                {
                    var ok = kind switch
                    {
                        1 => consent.IsGranted("member"),
                        _ => consent.IsGranted("visitor"),
                    };
                    if (ok) camera.Capture();
                }

                void SomeArms(Camera camera, Consent consent, int kind)
                {
                    var ok = kind switch
                    {
                        1 => consent.IsGranted("member"),
                        _ => true,
                    };
                    if (ok) {|BIO1001:camera.Capture()|};
                }
            }
            """);
}
