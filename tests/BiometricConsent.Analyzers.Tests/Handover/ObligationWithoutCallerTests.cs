using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests.Handover;

/// <summary>
/// BIO1004: a <c>[RequiresConsent]</c> member, local function or lambda whose caller cannot check consent — entry
/// point, controller action, minimal-API handler, SignalR hub method, gRPC service method, event handler, delegate
/// handed to code outside the compilation. Each kind fires, and the nearest look-alike keeps quiet.
/// </summary>
public class ObligationWithoutCallerTests
{
    private const string Usings = "using System; using System.Threading; using System.Threading.Tasks; using Acme; using Acme.Privacy;\n";

    private static Task VerifyAsync(string source, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test(Usings + source);
        test.TestState.Sources.Add(("/0/FrameworkStubs.cs", FrameworkStubs.Source));
        test.TestState.OutputKind = outputKind;
        return test.RunWithAsync(expected);
    }

    [Fact]
    public Task Entry_point_marked_RequiresConsent_fires_with_the_message()
        => VerifyAsync(
            """
            static class Program
            {
                [RequiresConsent]
                static void {|#0:Main|}() => new Camera().Capture();
            }
            """,
            OutputKind.ConsoleApplication,
            new DiagnosticResult(DiagnosticIds.ObligationWithoutCaller, DiagnosticSeverity.Warning)
                .WithLocation(0)
                .WithArguments("Program.Main", "the program's entry point, which the runtime calls"));

    [Fact]
    public Task Main_of_a_class_library_and_a_Main_that_checks_keep_quiet()
        => Task.WhenAll(
            VerifyAsync("static class Program { [RequiresConsent] static void Main() => new Camera().Capture(); }"),
            VerifyAsync(
                """
                static class Program
                {
                    static void Main(string[] args)
                    {
                        if (!new Consent().IsGranted(args[0])) return;
                        Scan();
                    }

                    [RequiresConsent] static void Scan() => new Camera().Capture();
                }
                """,
                OutputKind.ConsoleApplication));

    [Fact]
    public Task Top_level_statements_are_checked_like_any_member()
        => VerifyAsync(
            """
            {|BIO1001:Kiosk.Scan()|};
            if (new Consent().IsGranted("p")) Kiosk.Scan();

            static class Kiosk { [RequiresConsent] public static void Scan() => new Camera().Capture(); }
            """,
            OutputKind.ConsoleApplication);

    /// <summary>By base class, by name (in a compilation that knows MVC) and by inherited [Controller]; a plain class is no controller.</summary>
    [Fact]
    public Task Controller_actions_fire()
        => VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;

            public class KioskController : ControllerBase
            {
                [RequiresConsent] public Image {|BIO1004:Scan|}() => new Camera().Capture();
            }

            public class DoorController
            {
                [RequiresConsent] public Image {|BIO1004:Open|}() => new Camera().Capture();
            }

            [ApiController]
            public class Lobby
            {
                [RequiresConsent] public Image {|BIO1004:Enter|}() => new Camera().Capture();
            }

            public class Entrance { [RequiresConsent] public Image Walk() => new Camera().Capture(); }
            """);

    [Fact]
    public Task Non_actions_and_non_controllers_keep_quiet()
        => VerifyAsync(
            """
            using Microsoft.AspNetCore.Mvc;

            public class KioskController : ControllerBase
            {
                [NonAction, RequiresConsent] public Image Scan() => new Camera().Capture();

                [RequiresConsent] private Image Snap() => new Camera().Capture();

                public Image? Enter(string person) => new Consent().IsGranted(person) ? Snap() : null;
            }

            [NonController]
            public class ScannerController { [RequiresConsent] public Image Scan() => new Camera().Capture(); }

            public abstract class BaseController : ControllerBase { [RequiresConsent] public Image Scan() => new Camera().Capture(); }
            """);

    [Fact]
    public Task A_class_named_Controller_without_ASP_NET_Core_is_no_controller()
    {
        var test = new Verify.Test(Usings + "public class CameraController { [RequiresConsent] public Image Scan() => new Camera().Capture(); }");
        return test.RunWithAsync();
    }

    [Fact]
    public Task Minimal_API_handlers_fire_and_a_handler_that_checks_keeps_quiet()
        => VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;

            static class Routes
            {
                static void Map(IEndpointRouteBuilder app, Camera camera, Consent consent)
                {
                    app.MapGet("/scan", {|BIO1004:[RequiresConsent] () =>|} camera.Capture());
                    app.MapPost("/snap", {|BIO1004:Snap|});
                    app.MapGet("/checked", (string person) => consent.IsGranted(person) ? camera.Capture() : null);
                }

                [RequiresConsent] static Image Snap() => new Camera().Capture();
            }
            """);

    [Fact]
    public Task SignalR_hub_methods_fire_and_private_helpers_called_after_a_check_keep_quiet()
        => VerifyAsync(
            """
            using Microsoft.AspNetCore.SignalR;

            public interface IClient { }

            public class KioskHub : Hub
            {
                [RequiresConsent] public Image {|BIO1004:Scan|}() => new Camera().Capture();

                public Image? Enter(string person) => new Consent().IsGranted(person) ? Snap() : null;

                [RequiresConsent] private Image Snap() => new Camera().Capture();
            }

            public class TypedHub : Hub<IClient>
            {
                [RequiresConsent] public Image {|BIO1004:Scan|}() => new Camera().Capture();
            }
            """);

    [Fact]
    public Task gRPC_service_methods_fire_and_other_overrides_do_not()
        => VerifyAsync(
            """
            using Grpc.Core;

            public static class Kiosk
            {
                [BindServiceMethod(typeof(Kiosk), "BindService")]
                public abstract class KioskBase
                {
                    public virtual Task<Image> Scan(string request) => Task.FromResult(new Image());
                }
            }

            public abstract class Plain
            {
                public virtual Task<Image> Scan(string request) => Task.FromResult(new Image());
            }

            public class KioskService : Kiosk.KioskBase
            {
                [RequiresConsent] public override Task<Image> {|BIO1003:{|BIO1004:Scan|}|}(string request) => Task.FromResult(new Camera().Capture());
            }

            public class PlainService : Plain
            {
                [RequiresConsent] public override Task<Image> {|BIO1003:Scan|}(string request) => Task.FromResult(new Camera().Capture());
            }
            """);

    [Fact]
    public Task Event_handlers_attached_with_plus_equals_fire_even_after_a_check()
        => VerifyAsync(
            """
            public class Door { public event EventHandler? Opened; }

            public class Lobby
            {
                void Wire(Door door, Consent consent, string person)
                {
                    if (!consent.IsGranted(person)) return;
                    door.Opened += {|BIO1004:OnOpened|};
                    door.Opened += {|BIO1004:[RequiresConsent] (sender, e) =>|} new Camera().Capture();
                    door.Opened -= OnOpened;
                    door.Opened += OnClosed;
                }

                [RequiresConsent] void OnOpened(object? sender, EventArgs e) => new Camera().Capture();

                void OnClosed(object? sender, EventArgs e) { }
            }
            """);

    [Fact]
    public Task Delegates_handed_outside_the_compilation_fire()
        => VerifyAsync(
            """
            public class Background
            {
                void Start(Consent consent)
                {
                    Task.Run({|BIO1004:Scan|});
                    ThreadPool.QueueUserWorkItem({|BIO1004:Tick|});
                    var timer = new Timer({|BIO1004:Tick|}, null, 0, 1000);
                    Task.Run({|BIO1004:Local|});
                    Task.Run({|BIO1004:[RequiresConsent] () =>|} new Camera().Capture());

                    [RequiresConsent] Image Local() => new Camera().Capture();
                }

                [RequiresConsent] Image Scan() => new Camera().Capture();

                [RequiresConsent] void Tick(object? state) => new Camera().Capture();
            }
            """);

    [Fact]
    public Task Delegates_kept_in_the_compilation_and_checking_lambdas_follow_BIO1001()
        => VerifyAsync(
            """
            public class Background
            {
                void Start(Consent consent, string person, Camera camera)
                {
                    Run({|BIO1001:Scan|});
                    Func<Func<Image>, Image> run = work => work();
                    run({|BIO1001:Scan|});
                    Task.Run({|BIO1001:camera.Capture|});
                    if (!consent.IsGranted(person)) return;
                    Task.Run(() => Scan());
                    Run(Scan);
                }

                static void Run(Func<Image> work) => work();

                [RequiresConsent] Image Scan() => new Camera().Capture();
            }
            """);

    [Fact]
    public Task Public_members_of_a_class_library_are_not_entry_points()
        => VerifyAsync("public class Kiosk { [RequiresConsent] public Image Scan() => new Camera().Capture(); }");
}
