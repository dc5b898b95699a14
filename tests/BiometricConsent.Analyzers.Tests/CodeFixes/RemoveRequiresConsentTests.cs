using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Handover;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using BiometricConsent.CodeFixes;

namespace BiometricConsent.Analyzers.Tests.CodeFixes;

/// <summary>
/// BIO1004 → "Remove [RequiresConsent] from '{member}'": the obligation comes back into the method, so its captures
/// are BIO1001 until it checks consent itself; never offered where removing the mark could hide a capture.
/// </summary>
public class RemoveRequiresConsentTests
{
    private const string Usings = "using System; using System.Threading.Tasks; using Acme; using Acme.Privacy;\n";

    private static Task FixAsync(string source, string fixedSource)
    {
        var test = new CodeFixVerify<RemoveRequiresConsentCodeFixProvider>.Test(Usings + source, Usings + fixedSource);
        test.TestState.Sources.Add(("/0/FrameworkStubs.cs", FrameworkStubs.Source));
        test.FixedState.Sources.Add(("/0/FrameworkStubs.cs", FrameworkStubs.Source));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Controller_action_loses_the_mark_keeping_its_comment_and_its_capture_is_BIO1001()
        => FixAsync(
            """
            using Microsoft.AspNetCore.Mvc;

            public class KioskController : ControllerBase
            {
                /// <summary>Scans.</summary>
                [RequiresConsent]
                public Image {|BIO1004:Scan|}() => new Camera().Capture();
            }
            """,
            """
            using Microsoft.AspNetCore.Mvc;

            public class KioskController : ControllerBase
            {
                /// <summary>Scans.</summary>
                public Image Scan() => {|BIO1001:new Camera().Capture()|};
            }
            """);

    [Fact]
    public Task Event_handler_method_loses_the_mark_and_other_attributes_stay()
        => FixAsync(
            """
            public class Door { public event EventHandler? Opened; }

            public class Lobby
            {
                void Wire(Door door) => door.Opened += {|BIO1004:OnOpened|};

                [Obsolete, RequiresConsent] void OnOpened(object? sender, EventArgs e) => new Camera().Capture();
            }
            """,
            """
            public class Door { public event EventHandler? Opened; }

            public class Lobby
            {
                void Wire(Door door) => door.Opened += OnOpened;

                [Obsolete] void OnOpened(object? sender, EventArgs e) => {|BIO1001:new Camera().Capture()|};
            }
            """);

    [Fact]
    public Task Inline_mark_on_the_entry_point()
    {
        var source = Usings + "static class Program { [RequiresConsent] static void {|BIO1004:Main|}() => new Camera().Capture(); }";
        var fixedSource = Usings + "static class Program { static void Main() => {|BIO1001:new Camera().Capture()|}; }";
        var test = new CodeFixVerify<RemoveRequiresConsentCodeFixProvider>.Test(source, fixedSource);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.FixedState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Not_offered_for_lambdas_local_functions_or_overrides_of_a_marked_member()
    {
        const string Source = """
            using Grpc.Core;

            public class Door { public event EventHandler? Opened; }

            public class Lobby
            {
                void Wire(Door door)
                {
                    door.Opened += {|BIO1004:[RequiresConsent] (sender, e) =>|} new Camera().Capture();
                    Task.Run({|BIO1004:Local|});

                    [RequiresConsent] Image Local() => new Camera().Capture();
                }
            }

            public static class Kiosk
            {
                [BindServiceMethod(typeof(Kiosk), "BindService")]
                public abstract class KioskBase
                {
                    [RequiresConsent] public virtual Task<Image> Scan(string request) => Task.FromResult(new Image());
                }
            }

            public class KioskService : Kiosk.KioskBase
            {
                [RequiresConsent] public override Task<Image> {|BIO1004:Scan|}(string request) => Task.FromResult(new Camera().Capture());
            }
            """;
        return FixAsync(Source, Source);
    }
}
