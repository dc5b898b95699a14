using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Tests.Inventory;

/// <summary>
/// BIO1900, the capture-site inventory (docs/rules/BIO1900.md): one diagnostic per capture site with its data in the
/// properties, only when the project sets <c>BiometricConsentInventory=true</c> and the rule is enabled (the package's
/// build files do both), and always in agreement with BIO1001.
/// </summary>
public sealed class CaptureSiteInventoryTests
{
    private const string Id = DiagnosticIds.CaptureSite;

    [Fact]
    public async Task Guarded_site_names_the_member_its_source_and_the_check_before_it()
    {
        var sites = await InventoryAsync("""
            using Acme;
            class Kiosk
            {
                Image? Scan(Camera camera, Consent consent)
                {
                    camera.Focus();
                    if (!consent.IsGranted("p")) return null;
                    return camera.Capture();
                }
            }
            """);

        var site = Assert.Single(sites);
        Assert.Equal(8, Line(site));
        Assert.Equal("guarded", site.Properties["status"]);
        Assert.Equal("Camera.Capture", site.Properties["member"]);
        Assert.Equal("M:Acme.Camera.Capture", site.Properties["memberId"]);
        Assert.Equal("attribute", site.Properties["source"]);
        Assert.Equal("Kiosk.Scan", site.Properties["enclosingMember"]);
        Assert.Equal("Consent.IsGranted", site.Properties["check"]);
        Assert.Equal("7", site.Properties["checkLine"]);
        Assert.Equal("1", site.Properties["inventoryVersion"]);
        Assert.Equal("Face capture 'Camera.Capture' in 'Kiosk.Scan': guarded (nearest check before it: 'Consent.IsGranted' on line 7)", site.GetMessage());
        Assert.Equal(DiagnosticSeverity.Info, site.Severity);
    }

    [Fact]
    public async Task Unguarded_site_is_listed_where_BIO1001_is_reported_and_names_no_check()
    {
        var diagnostics = await RunAsync("""
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera, Consent consent, bool fast)
                {
                    if (fast && !consent.IsGranted("p")) return new Image();
                    return camera.Capture(2);
                }
            }
            """);

        var site = Assert.Single(diagnostics, d => d.Id == Id);
        var unguarded = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.UnguardedCapture);
        Assert.Equal(unguarded.Location, site.Location);
        Assert.Equal("unguarded", site.Properties["status"]);
        Assert.False(site.Properties.ContainsKey("check"));
        Assert.Equal("M:Acme.Camera.Capture(System.Int32)", site.Properties["memberId"]);
    }

    [Fact]
    public async Task Call_of_a_RequiresConsent_member_and_sites_inside_it_are_listed()
    {
        var sites = await InventoryAsync("""
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                [RequiresConsent]
                Image Shoot(Camera camera) => camera.Frame;

                Image? Scan(Camera camera, Consent consent)
                {
                    consent.Require("p");
                    return Shoot(camera);
                }
            }
            """);

        Assert.Equal(2, sites.Length);
        var inside = sites.Single(s => Line(s) == 6);
        Assert.Equal(("callers", "attribute", "Camera.Frame", "Kiosk.Shoot"), Describe(inside));
        var call = sites.Single(s => Line(s) == 11);
        Assert.Equal(("guarded", "requires-consent", "Kiosk.Shoot", "Kiosk.Scan"), Describe(call));
        Assert.Equal(("Consent.Require", "10"), (call.Properties["check"], call.Properties["checkLine"]));
    }

    [Fact]
    public async Task Site_in_an_exempt_type_carries_the_basis_and_the_justification()
    {
        var site = Assert.Single(await InventoryAsync("""
            using Acme;
            using Acme.Privacy;
            [ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "Station entrance, municipal order 2025-12")]
            class Station
            {
                Image Patrol(Camera camera) => camera.Capture();
            }
            """));

        Assert.Equal("exempt", site.Properties["status"]);
        Assert.Equal("PublicSecurity", site.Properties["exemptionBasis"]);
        Assert.Equal("Station entrance, municipal order 2025-12", site.Properties["justification"]);
        Assert.Contains("exempt ([ConsentExempt] PublicSecurity)", site.GetMessage());
    }

    [Fact]
    public async Task Api_list_entry_is_the_source_of_a_listed_member()
    {
        var trees = new[]
        {
            AnalyzerRunner.Parse("""
                namespace Vendor
                {
                    public class Sensor { public byte[] Grab() => new byte[0]; }
                    public class Gate { public bool Allowed(string p) => true; }
                }
                class Door
                {
                    byte[]? Open(Vendor.Sensor sensor, Vendor.Gate gate) => gate.Allowed("p") ? sensor.Grab() : null;
                    byte[] Peek(Vendor.Sensor sensor) => sensor.Grab();
                }
                """, "Door.cs"),
        };
        var apiList = new InMemoryAdditionalText("/p/BiometricApis.txt", "capture M:Vendor.Sensor.Grab\ncheck M:Vendor.Gate.Allowed(System.String)\n");

        var sites = Sites(await RunCheckedAsync(trees, ImmutableArray.Create<AdditionalText>(apiList)));

        Assert.Equal(2, sites.Length);
        Assert.All(sites, s => Assert.Equal("api-list", s.Properties["source"]));
        var guarded = sites.Single(s => Line(s) == 8);
        Assert.Equal(("guarded", "Gate.Allowed"), (guarded.Properties["status"], guarded.Properties["check"]));
        Assert.Equal("unguarded", sites.Single(s => Line(s) == 9).Properties["status"]);
    }

    [Fact]
    public async Task Catalog_capture_names_the_sdk_and_its_package()
    {
        var trees = new[]
        {
            AnalyzerRunner.Parse("""
                namespace Baidu.Aip.Face
                {
                    public class Face { public object Detect(string image, string imageType) => new object(); }
                }
                class Enrolment
                {
                    object Run(Baidu.Aip.Face.Face client) => client.Detect("img", "BASE64");
                }
                """, "Enrolment.cs"),
        };

        var site = Assert.Single(Sites(await RunCheckedAsync(trees, ImmutableArray<AdditionalText>.Empty)));

        Assert.Equal(("unguarded", "catalog", "Face.Detect", "Enrolment.Run"), Describe(site));
        Assert.Equal(("Baidu AI face", "Baidu.AI"), (site.Properties["sdk"], site.Properties["package"]));
    }

    [Fact]
    public async Task Every_BIO1001_is_an_unguarded_site_and_every_site_is_listed_once()
    {
        var diagnostics = await RunAsync("""
            using System;
            using System.Threading.Tasks;
            using Acme;
            class Shapes
            {
                Image Before(Camera camera, Consent consent)
                {
                    var image = camera.Capture();
                    consent.Require("p");
                    return camera.Capture(1);
                }

                async Task<Image?> Async(Camera camera, Consent consent)
                {
                    if (!await consent.IsGrantedAsync("p")) return null;
                    return await camera.CaptureAsync();
                }

                Func<Image> Lambda(Camera camera, Consent consent)
                {
                    Func<Image> early = () => camera.Capture();
                    consent.Require("p");
                    return () => camera.Frame;
                }

                void Loop(Camera camera, Consent consent)
                {
                    for (var i = 0; i < 3; i++)
                    {
                        camera.Capture(i);
                        if (!consent.IsGranted("p")) return;
                    }
                }
            }
            """);

        var sites = Sites(diagnostics);
        var unguarded = diagnostics.Where(d => d.Id == DiagnosticIds.UnguardedCapture).Select(d => d.Location).OrderBy(l => l.SourceSpan.Start);
        Assert.Equal(unguarded, sites.Where(s => s.Properties["status"] == "unguarded").Select(s => s.Location).OrderBy(l => l.SourceSpan.Start));
        Assert.Equal(6, sites.Length);
        Assert.Equal(sites.Length, sites.Select(s => s.Location.SourceSpan).Distinct().Count());
        Assert.Equal(new[] { 10, 16, 23 }, sites.Where(s => s.Properties["status"] == "guarded").Select(Line).OrderBy(l => l));
    }

    [Fact]
    public async Task Site_no_path_reaches_is_listed_as_unreached()
    {
        var sites = await InventoryAsync("""
            using System;
            using Acme;
            class Dead
            {
                Image Scan(Camera camera)
                {
                    throw new NotSupportedException();
                    return camera.Capture();
                }
            }
            """);

        Assert.Equal("unreached", Assert.Single(sites).Properties["status"]);
    }

    [Fact]
    public async Task Off_by_default_nothing_is_listed_without_the_property_even_with_the_rule_enabled()
    {
        var diagnostics = await RunAsync(GuardedAndUnguarded, inventory: false);

        Assert.DoesNotContain(diagnostics, d => d.Id == Id);
        Assert.Single(diagnostics, d => d.Id == DiagnosticIds.UnguardedCapture);
    }

    [Fact]
    public async Task Off_by_default_nothing_is_listed_with_the_property_but_the_rule_left_disabled()
    {
        var diagnostics = await RunAsync(GuardedAndUnguarded, enableRule: false);

        Assert.DoesNotContain(diagnostics, d => d.Id == Id);
        Assert.Single(diagnostics, d => d.Id == DiagnosticIds.UnguardedCapture);
    }

    [Fact]
    public async Task Property_value_false_keeps_it_off()
    {
        var diagnostics = await RunAsync(GuardedAndUnguarded, propertyValue: "false");

        Assert.DoesNotContain(diagnostics, d => d.Id == Id);
    }

    private const string GuardedAndUnguarded = """
        using Acme;
        class Kiosk
        {
            Image? Guarded(Camera camera, Consent consent) => consent.IsGranted("p") ? camera.Capture() : null;
            Image Unguarded(Camera camera) => camera.Capture();
        }
        """;

    [Fact]
    public async Task Site_names_the_activity_its_code_is_tied_to_and_none_when_untied()
    {
        var source = """
            using Acme;
            using Acme.Privacy;
            [assembly: BiometricActivity("door-analytics")]
            class Door
            {
                Image Count(Camera camera) => camera.Capture();
            }

            [BiometricActivity("member-check-in")]
            class Desk
            {
                Image? CheckIn(Camera camera, Consent consent) => consent.IsGranted("m") ? camera.Capture() : null;
            }

            namespace Acme.Privacy
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class BiometricActivityAttribute : System.Attribute { public BiometricActivityAttribute(string id) { } }
            }
            """;
        var sites = Sites(await RunCheckedAsync(
            new[] { AnalyzerRunner.Parse(source, "Site.cs"), AnalyzerRunner.Parse(Prelude.WithLocalAttributes, "Prelude.cs") },
            ImmutableArray<AdditionalText>.Empty));

        // The driver reports members in no fixed order (concurrent execution): compare by member.
        Assert.Equal(
            new (string?, string?)[] { ("Desk.CheckIn", "member-check-in"), ("Door.Count", "door-analytics") },
            sites.Select(site => (site.Properties["enclosingMember"], site.Properties["activity"])).OrderBy(site => site.Item1, System.StringComparer.Ordinal));

        var untied = Assert.Single(await InventoryAsync("using Acme; class Kiosk { Image Scan(Camera camera) => camera.Capture(); }"));
        Assert.Null(untied.Properties["activity"]);
    }

    [Fact]
    public async Task Site_reported_as_BIO2004_names_BIO2004_in_its_message()
    {
        var source = """
            using Acme;
            [Acme.Privacy.BiometricActivity("member-check-in")]
            class Desk
            {
                Image Scan(Camera camera) => camera.Capture();
            }
            """;
        var diagnostics = await RunCheckedAsync(
            new[]
            {
                AnalyzerRunner.Parse(source, "Site.cs"),
                AnalyzerRunner.Parse(Prelude.WithLocalAttributes + "\n" + BiometricConsent.Analyzers.Tests.ActivityTies.ActivityFiles.Attribute, "Prelude.cs"),
            },
            ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(
                "/project/member-check-in.activity.json", BiometricConsent.Analyzers.Tests.ActivityTies.ActivityFiles.CheckIn)));

        Assert.Contains(diagnostics, d => d.Id == "BIO2004");
        var site = Assert.Single(Sites(diagnostics));
        Assert.Equal("unguarded", site.Properties["status"]);
        Assert.Equal("Face capture 'Camera.Capture' in 'Desk.Scan': not guarded on every path (BIO2004)", site.GetMessage());
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static (string?, string?, string?, string?) Describe(Diagnostic site)
        => (site.Properties["status"], site.Properties["source"], site.Properties["member"], site.Properties["enclosingMember"]);

    private static Diagnostic[] Sites(ImmutableArray<Diagnostic> diagnostics) => diagnostics.Where(d => d.Id == Id).ToArray();

    private static async Task<Diagnostic[]> InventoryAsync(string source) => Sites(await RunAsync(source));

    private static Task<ImmutableArray<Diagnostic>> RunAsync(string source, bool inventory = true, bool enableRule = true, string propertyValue = "true")
        => RunCheckedAsync(
            new[] { AnalyzerRunner.Parse(source, "Site.cs"), AnalyzerRunner.Parse(Prelude.WithLocalAttributes, "Prelude.cs") },
            ImmutableArray<AdditionalText>.Empty,
            inventory ? propertyValue : null,
            enableRule);

    /// <summary>Runs the analyzer as the package's build files configure it, and fails on any analyzer exception.</summary>
    private static async Task<ImmutableArray<Diagnostic>> RunCheckedAsync(
        IEnumerable<SyntaxTree> trees, ImmutableArray<AdditionalText> additionalFiles, string? propertyValue = "true", bool enableRule = true)
    {
        var global = propertyValue == null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["build_property.BiometricConsentInventory"] = propertyValue };
        var severities = enableRule ? new[] { new KeyValuePair<string, ReportDiagnostic>(Id, ReportDiagnostic.Info) } : null;

        (var diagnostics, var exceptions) = await AnalyzerRunner.RunAsync(
            trees, null, additionalFiles, configOptions: new TestConfigOptions(global), diagnosticOptions: severities);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
