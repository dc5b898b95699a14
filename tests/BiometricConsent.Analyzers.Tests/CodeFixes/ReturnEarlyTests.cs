using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using BiometricConsent.CodeFixes;

namespace BiometricConsent.Analyzers.Tests.CodeFixes;

/// <summary>BIO1002 → "Return early when consent is missing": the discarded check becomes the guard.</summary>
public class ReturnEarlyTests
{
    private static Task FixAsync(string source, string fixedSource)
        => CodeFixVerify<ReturnEarlyCodeFixProvider>.FixAsync(source, fixedSource);

    [Fact]
    public Task Discarded_predicate_becomes_the_guard_and_the_capture_is_then_guarded()
        => FixAsync(
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    // The visitor agreed at the desk.
                    {|BIO1002:consent.IsGranted("p")|}; // checked again here
                    {|BIO1001:camera.Capture()|};
                }

                Image Take(Camera camera, Consent consent)
                {
                    _ = {|BIO1002:Consent.Granted("p")|};
                    return {|BIO1001:camera.Capture()|};
                }
            }
            """,
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    // The visitor agreed at the desk.
                    if (!consent.IsGranted("p")) return; // checked again here
                    camera.Capture();
                }

                Image Take(Camera camera, Consent consent)
                {
                    if (!Consent.Granted("p")) return null;
                    return camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Async_predicates_are_awaited_in_the_guard()
        => FixAsync(
            """
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Scan(Consent consent)
                {
                    await {|BIO1002:consent.IsGrantedAsync("p")|};
                    await {|BIO1002:consent.IsGrantedAsync("q")|}.ConfigureAwait(false);
                    _ = {|BIO1002:consent.IsGrantedValueAsync("r")|};
                    _ = await {|BIO1002:consent.IsGrantedAsync("s")|};
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Scan(Consent consent)
                {
                    if (!await consent.IsGrantedAsync("p")) return;
                    if (!await consent.IsGrantedAsync("q").ConfigureAwait(false)) return;
                    if (!await consent.IsGrantedValueAsync("r")) return;
                    if (!await consent.IsGrantedAsync("s")) return;
                }
            }
            """);

    [Fact]
    public Task Conditional_access_counts_only_true_as_consent()
        => FixAsync(
            """
            using Acme;
            class Kiosk
            {
                void Scan(Consent consent)
                {
                    consent?{|BIO1002:.IsGranted("p")|};
                }
            }
            """,
            """
            using Acme;
            class Kiosk
            {
                void Scan(Consent consent)
                {
                    if (consent?.IsGranted("p") != true) return;
                }
            }
            """);

    [Fact]
    public Task Non_nullable_result_throws()
        => FixAsync(
            """
            #nullable enable
            using Acme;
            class Kiosk
            {
                Image Take(Camera camera, Consent consent)
                {
                    {|BIO1002:consent.IsGranted("p")|};
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
                Image Take(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) throw new InvalidOperationException("Consent to face capture is missing.");
                    return camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Unawaited_task_is_not_fixed_in_a_synchronous_member()
        => CodeFixVerify<ReturnEarlyCodeFixProvider>.NotOfferedAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Consent consent)
                {
                    _ = {|BIO1002:consent.IsGrantedAsync("p")|};
                }
            }
            """);

    /// <summary>
    /// A check discarded by an expression-bodied lambda belongs to the lambda, not to the statement around it:
    /// turning that statement into a guard would test the outer call's result and leave the check discarded.
    /// </summary>
    [Fact]
    public Task Check_discarded_by_a_lambda_inside_a_statement_is_not_fixed()
        => CodeFixVerify<ReturnEarlyCodeFixProvider>.NotOfferedAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Scan(Consent consent)
                {
                    Run(() => {|BIO1002:consent.IsGranted("p")|});
                }

                static bool Run(Action action) => true;
            }
            """);
}
