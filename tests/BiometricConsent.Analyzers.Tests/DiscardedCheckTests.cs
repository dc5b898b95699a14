using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests;

/// <summary>BIO1002: a predicate check whose result is thrown away.</summary>
public class DiscardedCheckTests
{
    [Fact]
    public Task Predicate_called_as_a_statement_is_reported_and_does_not_guard()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera, Consent consent)
                {
                    {|BIO1002:consent.IsGranted("p")|};
                    return {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Message_names_the_check()
        => Verify.AnalyzerAsync(
            """
            using Acme;
            class Kiosk { void Run(Consent consent) { {|#0:Consent.Granted("p")|}; } }
            """,
            new DiagnosticResult(Descriptors.DiscardedConsentCheck).WithLocation(0).WithArguments("Consent.Granted"));

    [Fact]
    public Task Discard_assignment_and_conditional_access_are_reported()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Run(Consent? consent)
                {
                    _ = {|BIO1002:consent!.IsGranted("p")|};
                    consent?{|BIO1002:.IsGranted("p")|};
                }
            }
            """);

    [Fact]
    public Task Async_predicate_discarded_awaited_or_not_is_reported()
        => Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Run(Consent consent)
                {
                    await {|BIO1002:consent.IsGrantedAsync("p")|};
                    await {|BIO1002:consent.IsGrantedAsync("p")|}.ConfigureAwait(false);
                    await {|BIO1002:consent.IsGrantedValueAsync("p")|};
                    _ = {|BIO1002:consent.IsGrantedAsync("p")|};
                    _ = await {|BIO1002:consent.IsGrantedAsync("p")|};
                }

                void Fire(Consent consent)
                {
                    {|BIO1002:consent.IsGrantedAsync("p")|};
                }
            }
            """);

    [Fact]
    public Task Used_results_and_assertions_are_quiet()
        => Verify.AnalyzerAsync("""
            using System;
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                bool flag;

                async Task<bool> Run(Consent consent)
                {
                    consent.Require("p");
                    await consent.RequireAsync("p");
                    var ok = consent.IsGranted("p");
                    flag = consent.IsGranted("p");
                    Func<bool> later = () => consent.IsGranted("p");
                    if (await consent.IsGrantedAsync("p")) { }
                    consent.IsOpen();
                    return ok && consent.IsGranted("q");
                }
            }
            """);

    [Fact]
    public Task Expression_bodied_void_lambda_discards_the_result()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Run(Consent consent)
                {
                    Action discard = () => {|BIO1002:consent.IsGranted("p")|};
                }
            }
            """);
}
