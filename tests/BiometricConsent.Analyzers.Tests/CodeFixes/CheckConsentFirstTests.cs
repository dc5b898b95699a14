using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using BiometricConsent.CodeFixes;

namespace BiometricConsent.Analyzers.Tests.CodeFixes;

/// <summary>BIO1001 → "Check consent first": the guard, its exit, and when the fix is not offered.</summary>
public class CheckConsentFirstTests
{
    /// <summary>A consent service with one check, its async twin, and assertions.</summary>
    internal const string Gates = """

        namespace Acme
        {
            using System.Threading.Tasks;
            using Acme.Privacy;

            public class Gate
            {
                [ConsentCheck] public bool Allows(string person) => true;
                [ConsentCheck] public Task<bool> AllowsAsync(string person) => Task.FromResult(true);
            }

            public class AsyncGate { [ConsentCheck] public Task<bool> AllowsAsync(string person) => Task.FromResult(true); }

            public class Registry
            {
                [ConsentCheck] public void Require(string person, string purpose) { }
                [ConsentCheck] public Task RequireAsync(string person, string purpose) => Task.CompletedTask;
            }
        }
        """;

    private static Task FixAsync(string source, string fixedSource)
        => CodeFixVerify<CheckConsentFirstCodeFixProvider>.FixAsync(source + Gates, fixedSource + Gates);

    private static Task NotOfferedAsync(string source)
        => CodeFixVerify<CheckConsentFirstCodeFixProvider>.NotOfferedAsync(source + Gates);

    /// <summary>A service with one check; one service (<c>Consent</c>) whose predicate wins over its assertion.</summary>
    [Theory]
    [InlineData("Gate gate", "gate.Allows(person)")]
    [InlineData("Consent consent", "consent.IsGranted(person)")]
    public Task Void_method_returns_early_and_the_warning_is_gone(string service, string check)
        => FixAsync(
            $$"""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, {{service}}, string person)
                {
                    {|BIO1001:camera.Capture()|};
                }
            }
            """,
            $$"""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, {{service}}, string person)
                {
                    if (!{{check}}) return;
                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Nullable_result_returns_null_and_value_result_returns_default()
        => FixAsync(
            """
            #nullable enable
            using Acme;
            class Kiosk
            {
                Image? Scan(Camera camera, Gate gate, string person)
                {
                    return {|BIO1001:camera.Capture()|};
                }

                int Count(Camera camera, Gate gate, string person)
                {
                    var image = {|BIO1001:camera.Capture()|};
                    return 1;
                }
            }
            """,
            """
            #nullable enable
            using Acme;
            class Kiosk
            {
                Image? Scan(Camera camera, Gate gate, string person)
                {
                    if (!gate.Allows(person)) return null;
                    return camera.Capture();
                }

                int Count(Camera camera, Gate gate, string person)
                {
                    if (!gate.Allows(person)) return default;
                    var image = camera.Capture();
                    return 1;
                }
            }
            """);

    [Fact]
    public Task Non_nullable_result_and_constructor_throw_and_import_System()
        => FixAsync(
            """
            #nullable enable
            using Acme;
            class Kiosk
            {
                Kiosk(Camera camera, Gate gate, string person)
                {
                    {|BIO1001:camera.Capture()|};
                }

                Image Scan(Camera camera, Gate gate, string person)
                {
                    return {|BIO1001:camera.Capture()|};
                }
            }
            """,
            """
            #nullable enable
            using System;
            using Acme;
            class Kiosk
            {
                Kiosk(Camera camera, Gate gate, string person)
                {
                    if (!gate.Allows(person)) throw new InvalidOperationException("Consent to face capture is missing.");
                    camera.Capture();
                }

                Image Scan(Camera camera, Gate gate, string person)
                {
                    if (!gate.Allows(person)) throw new InvalidOperationException("Consent to face capture is missing.");
                    return camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Async_member_awaits_the_async_twin_of_the_check()
        => FixAsync(
            """
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Scan(Camera camera, Gate gate, string person)
                {
                    await {|BIO1001:camera.CaptureAsync()|};
                }

                async Task<Image?> Take(Camera camera, AsyncGate gate, string person)
                {
                    return await {|BIO1001:camera.CaptureAsync()|};
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Scan(Camera camera, Gate gate, string person)
                {
                    if (!await gate.AllowsAsync(person)) return;
                    await camera.CaptureAsync();
                }

                async Task<Image?> Take(Camera camera, AsyncGate gate, string person)
                {
                    if (!await gate.AllowsAsync(person)) return null;
                    return await camera.CaptureAsync();
                }
            }
            """);

    [Fact]
    public Task Async_check_is_not_offered_in_a_synchronous_member()
        => NotOfferedAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, AsyncGate gate, string person)
                {
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Assertions_are_called_as_statements_awaited_in_async_members()
        => FixAsync(
            """
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera, Registry registry, string person, string purpose)
                {
                    return {|BIO1001:camera.Capture()|};
                }

                async Task ScanAsync(Camera camera, Registry registry, string person, string purpose)
                {
                    await {|BIO1001:camera.CaptureAsync()|};
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera, Registry registry, string person, string purpose)
                {
                    registry.Require(person, purpose);
                    return camera.Capture();
                }

                async Task ScanAsync(Camera camera, Registry registry, string person, string purpose)
                {
                    await registry.RequireAsync(person, purpose);
                    await camera.CaptureAsync();
                }
            }
            """);

    [Fact]
    public Task Arguments_prefer_variables_of_the_same_name_and_fields_are_receivers()
        => FixAsync(
            """
            using Acme;
            class Kiosk
            {
                private readonly Gate _gate = new Gate();
                private string _site = "lobby";

                void Scan(Camera camera, string purpose, string person)
                {
                    {|BIO1001:camera.Capture()|};
                }
            }
            """,
            """
            using Acme;
            class Kiosk
            {
                private readonly Gate _gate = new Gate();
                private string _site = "lobby";

                void Scan(Camera camera, string purpose, string person)
                {
                    if (!_gate.Allows(person)) return;
                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Optional_parameters_nothing_fits_are_left_out_and_later_ones_named()
        => FixAsync(
            """
            using System.Threading;
            using Acme;
            using Acme.Privacy;
            class Ledger
            {
                [ConsentCheck] public bool Allows(string person, string purpose = "face", CancellationToken token = default) => true;
            }

            class Kiosk
            {
                void Scan(Camera camera, Ledger ledger, string person, CancellationToken cancellationToken)
                {
                    {|BIO1001:camera.Capture()|};
                }
            }
            """,
            """
            using System.Threading;
            using Acme;
            using Acme.Privacy;
            class Ledger
            {
                [ConsentCheck] public bool Allows(string person, string purpose = "face", CancellationToken token = default) => true;
            }

            class Kiosk
            {
                void Scan(Camera camera, Ledger ledger, string person, CancellationToken cancellationToken)
                {
                    if (!ledger.Allows(person, token: cancellationToken)) return;
                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Not_offered_when_an_argument_cannot_be_filled()
        => NotOfferedAsync("""
            using Acme;
            class Kiosk
            {
                void NoString(Camera camera, Gate gate)
                {
                    {|BIO1001:camera.Capture()|};
                }

                void TwoStringsNeitherNamedPerson(Camera camera, Gate gate, string subject, string purpose)
                {
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Not_offered_when_two_ways_to_check_are_in_reach()
        => NotOfferedAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Gate gate, Registry registry, string person, string purpose)
                {
                    {|BIO1001:camera.Capture()|};
                }

                void TwoGates(Camera camera, Gate front, Gate back, string person)
                {
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Not_offered_when_two_differently_named_checks_of_the_service_tie()
        => NotOfferedAsync("""
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                // Consent has IsGrantedAsync (Task<bool>) and IsGrantedValueAsync (ValueTask<bool>).
                async Task Scan(Camera camera, Consent consent, string person)
                {
                    await {|BIO1001:camera.CaptureAsync()|};
                }
            }
            """);

    [Fact]
    public Task Static_check_elsewhere_is_used_when_nothing_in_scope_checks()
        => FixAsync(
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, string person)
                {
                    {|BIO1001:camera.Capture()|};
                }
            }
            """,
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, string person)
                {
                    if (!Consent.Granted(person)) return;
                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Check_on_this_is_called_unqualified()
        => FixAsync(
            """
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                [ConsentCheck] bool HasConsent(string person) => true;

                void Scan(Camera camera, string person)
                {
                    {|BIO1001:camera.Capture()|};
                }
            }
            """,
            """
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                [ConsentCheck] bool HasConsent(string person) => true;

                void Scan(Camera camera, string person)
                {
                    if (!HasConsent(person)) return;
                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Static_check_listed_in_BiometricApis_txt_is_used()
    {
        var test = new CodeFixVerify<CheckConsentFirstCodeFixProvider>.Test(
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, string person)
                {
                    {|BIO1001:camera.Capture()|};
                }
            }

            namespace Vendor
            {
                public static class Ledger { public static bool HasConsent(string person) => true; }
            }
            """,
            """
            using Acme;
            using Vendor;
            class Kiosk
            {
                void Scan(Camera camera, string person)
                {
                    if (!Ledger.HasConsent(person)) return;
                    camera.Capture();
                }
            }

            namespace Vendor
            {
                public static class Ledger { public static bool HasConsent(string person) => true; }
            }
            """,
            Prelude.Apis("Acme.Privacy").Replace("[ConsentCheck] public static bool Granted", "public static bool Granted") + Prelude.LocalAttributes);
        test.AddApiList("check M:Vendor.Ledger.HasConsent(System.String)\n");
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Not_offered_outside_a_body_through_a_maybe_null_receiver_or_from_a_static_local_function()
        => NotOfferedAsync("""
            #nullable enable
            using Acme;
            class Kiosk
            {
                Image _first = {|BIO1001:new Camera().Capture()|};

                void Maybe(Camera camera, Gate? gate, string person)
                {
                    {|BIO1001:camera.Capture()|};
                }

                void Outer(Gate gate, string person)
                {
                    static void Local(Camera camera) => {|BIO1001:camera.Capture()|};
                    Local(new Camera());
                }
            }
            """);
}
