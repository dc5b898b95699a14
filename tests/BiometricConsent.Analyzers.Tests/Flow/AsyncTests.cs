using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// Guards with tasks (docs/analyzer.md): an awaited <c>Task&lt;bool&gt;</c>/<c>ValueTask&lt;bool&gt;</c> check is a predicate
/// (through <c>ConfigureAwait</c> too); an async assertion guards once its task was awaited; a task that
/// was not awaited guards nothing.
/// </summary>
public class AsyncTests
{
    [Fact]
    public Task Awaited_async_predicate_guards()
        => Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task<Image?> Scan(Camera camera, Consent consent)
                {
                    if (!await consent.IsGrantedAsync("p")) return null;
                    return await camera.CaptureAsync();
                }

                async Task<Image?> Mirror(Camera camera, Consent consent)
                {
                    if (await consent.IsGrantedAsync("p")) return null;
                    return await {|BIO1001:camera.CaptureAsync()|};
                }
            }
            """);

    [Fact]
    public Task ConfigureAwait_and_ValueTask_predicates_guard()
        => Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Scan(Camera camera, Consent consent)
                {
                    if (await consent.IsGrantedAsync("p").ConfigureAwait(false)) camera.Capture();
                    if (await consent.IsGrantedValueAsync("p")) camera.Capture(1);
                    if (await consent.IsGrantedValueAsync("p").ConfigureAwait(false)) camera.Capture(2);
                    if (await consent.IsGrantedValueAsync("p").ConfigureAwait(false)) { } else {|BIO1001:camera.Capture(3)|};
                }
            }
            """);

    [Fact]
    public Task Awaited_predicate_in_a_local_and_task_in_a_local_guard()
        => Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Scan(Camera camera, Consent consent)
                {
                    var granted = await consent.IsGrantedAsync("p").ConfigureAwait(false);
                    if (granted) camera.Capture();

                    var pending = consent.IsGrantedAsync("q");
                    System.Console.WriteLine("other work");
                    if (await pending) camera.Capture(1);
                    if (pending.IsCompleted) {|BIO1001:camera.Capture(2)|};
                }
            }
            """);

    [Fact]
    public Task Un_awaited_async_predicate_is_not_a_guard()
        => Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (consent.IsGrantedAsync("p") != null) {|BIO1001:camera.Capture()|};
                    var pending = consent.IsGrantedAsync("p");
                    if (!pending.IsFaulted) {|BIO1001:camera.Capture(1)|};
                }
            }
            """);

    [Fact]
    public Task Result_and_GetResult_of_an_async_predicate_guard()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (consent.IsGrantedAsync("p").Result) camera.Capture();
                    if (consent.IsGrantedAsync("p").GetAwaiter().GetResult()) camera.Capture(1);
                    if (consent.IsGrantedValueAsync("p").ConfigureAwait(false).GetAwaiter().GetResult()) camera.Capture(2);
                    if (!consent.IsGrantedAsync("p").Result) {|BIO1001:camera.Capture(3)|};
                }
            }
            """);

    [Fact]
    public Task Awaited_async_assertion_guards()
        => Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Scan(Camera camera, Consent consent)
                {
                    await consent.RequireAsync("p");
                    camera.Capture();
                }

                async Task Configured(Camera camera, Consent consent)
                {
                    await consent.RequireAsync("p").ConfigureAwait(false);
                    camera.Capture();
                }

                async Task Later(Camera camera, Consent consent)
                {
                    var pending = consent.RequireAsync("p");
                    {|BIO1001:camera.Capture()|};
                    await pending;
                    camera.Capture(1);
                }
            }
            """);

    [Fact]
    public Task Un_awaited_async_assertion_is_not_a_guard()
        => Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    consent.RequireAsync("p");
                    {|BIO1001:camera.Capture()|};
                }

                void Discarded(Camera camera, Consent consent)
                {
                    _ = consent.RequireAsync("p");
                    {|BIO1001:camera.Capture()|};
                }

                async Task Other(Camera camera, Consent consent)
                {
                    var pending = consent.RequireAsync("p");
                    await Task.Delay(1);
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Blocking_on_an_async_assertion_guards()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Wait(Camera camera, Consent consent)
                {
                    consent.RequireAsync("p").Wait();
                    camera.Capture();
                }

                void GetResult(Camera camera, Consent consent)
                {
                    consent.RequireAsync("p").GetAwaiter().GetResult();
                    camera.Capture();
                }

                void ContinueWith(Camera camera, Consent consent)
                {
                    consent.RequireAsync("p").ContinueWith(t => { });
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Async_assertion_awaited_in_a_try_whose_catch_falls_through_is_not_a_guard()
        => Verify.AnalyzerAsync("""
            using System;
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Scan(Camera camera, Consent consent)
                {
                    try
                    {
                        await consent.RequireAsync("p");
                    }
                    catch (InvalidOperationException)
                    {
                    }

                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Await_inside_conditions_combines_like_a_predicate()
        => Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Scan(Camera camera, Consent consent, bool daylight)
                {
                    if (daylight && await consent.IsGrantedAsync("p")) camera.Capture();
                    if (daylight || await consent.IsGrantedAsync("p")) {|BIO1001:camera.Capture(1)|};
                    if (await consent.IsGrantedAsync("p") is false) return;
                    camera.Capture(2);
                }
            }
            """);

    [Fact]
    public Task ValueTask_assertion_and_AsTask_are_followed()
        => Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Acme;
            using Acme.Privacy;

            public sealed class Gate
            {
                [ConsentCheck] public ValueTask RequireAsync(string id, string purpose) => default;
            }

            class Kiosk
            {
                async Task Scan(Camera camera, Gate gate, Consent consent)
                {
                    await gate.RequireAsync("id", "attendance").ConfigureAwait(false);
                    camera.Capture();
                }

                async Task AsTask(Camera camera, Consent consent)
                {
                    if (await consent.IsGrantedValueAsync("p").AsTask()) camera.Capture();
                    if (await consent.IsGrantedValueAsync("p").AsTask().ConfigureAwait(false)) { } else {|BIO1001:camera.Capture(1)|};
                }

                void NotAwaited(Camera camera, Gate gate)
                {
                    _ = gate.RequireAsync("id", "attendance");
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);
}
