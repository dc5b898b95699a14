using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// Guards (docs/analyzer.md): an early exit on the <c>false</c> outcome (return, throw, continue, break, goto) guards what
/// follows; a check in only some branches or after the capture does not. A discarded predicate result guards
/// nothing (BIO1002 itself is covered by <see cref="DiscardedCheckTests"/>).
/// </summary>
public class EarlyExitTests
{
    [Fact]
    public Task Early_return_guards_what_follows()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image? Scan(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p"))
                    {
                        return null;
                    }

                    return camera.Capture();
                }

                Image? WithoutExit(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p"))
                    {
                        System.Console.WriteLine("no consent");
                    }

                    return {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Throw_statement_and_throw_expression_guard_what_follows()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) throw new InvalidOperationException();
                    return camera.Capture();
                }

                Image Expression(Camera camera, Consent consent)
                {
                    _ = consent.IsGranted("p") ? 0 : throw new InvalidOperationException();
                    return camera.Capture();
                }

                Image Inverted(Camera camera, Consent consent)
                {
                    _ = consent.IsGranted("p") ? throw new InvalidOperationException() : 0;
                    return {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Continue_and_break_on_the_false_outcome_guard_the_rest_of_the_body()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Continue(Camera camera, Consent consent, string[] people)
                {
                    foreach (var person in people)
                    {
                        if (!consent.IsGranted(person)) continue;
                        camera.Capture();
                    }
                }

                void Break(Camera camera, Consent consent, string[] people)
                {
                    foreach (var person in people)
                    {
                        if (!consent.IsGranted(person)) break;
                        camera.Capture();
                    }

                    {|BIO1001:camera.Capture(1)|};
                }

                void ContinueOnTrue(Camera camera, Consent consent, string[] people)
                {
                    foreach (var person in people)
                    {
                        if (consent.IsGranted(person)) continue;
                        {|BIO1001:camera.Capture()|};
                    }
                }
            }
            """);

    [Fact]
    public Task Goto_past_the_capture_on_the_false_outcome_guards_it()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) goto done;
                    camera.Capture();
                done:
                    System.Console.WriteLine("done");
                }

                void Backwards(Camera camera, Consent consent)
                {
                again:
                    {|BIO1001:camera.Capture()|};
                    if (!consent.IsGranted("p")) goto again;
                }

                void ToTheCapture(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) goto capture;
                    return;
                capture:
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Check_in_only_some_branches_does_not_guard_after_the_join()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool member)
                {
                    if (member)
                    {
                        consent.Require("p");
                    }

                    {|BIO1001:camera.Capture()|};
                }

                void EveryBranch(Camera camera, Consent consent, bool member)
                {
                    if (member)
                    {
                        consent.Require("member");
                    }
                    else
                    {
                        consent.Require("visitor");
                    }

                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Check_after_the_capture_does_not_guard_it_and_later_captures_are_guarded()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    {|BIO1001:camera.Capture()|};
                    if (!consent.IsGranted("p")) return;
                    camera.Capture(1);
                }
            }
            """);

    [Fact]
    public Task Assertion_that_returns_guards_everything_after_it_but_not_before()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool flag)
                {
                    if (flag) {|BIO1001:camera.Capture()|};
                    consent.Require("p");
                    if (flag) camera.Capture(1);
                    camera.Capture(2);
                }
            }
            """);

    [Fact]
    public Task Exit_on_the_true_outcome_leaves_the_rest_unguarded()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image? Scan(Camera camera, Consent consent)
                {
                    if (consent.IsGranted("p")) return null;
                    return {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Discarded_or_awaited_and_discarded_result_does_not_guard()
        => Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Scan(Camera camera, Consent consent)
                {
                    _ = {|BIO1002:consent.IsGranted("p")|};
                    await {|BIO1002:consent.IsGrantedAsync("p")|};
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Debug_Assert_of_a_check_is_not_a_guard()
        => Verify.AnalyzerAsync("""
            using System.Diagnostics;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    Debug.Assert(consent.IsGranted("p"));
                    {|BIO1001:camera.Capture()|};
                }

                void Trace(Camera camera, Consent consent)
                {
                    // [Conditional("TRACE")]: present or not depending on the build, and listeners decide what a failure does.
                    System.Diagnostics.Trace.Assert(consent.IsGranted("p"), "consent");
                    {|BIO1001:camera.Capture()|};
                }

                void Guarded(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return;
                    Debug.Assert(consent.IsGranted("p"));
                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Custom_conditional_method_with_an_assertion_argument_is_not_a_guard()
        => Verify.AnalyzerAsync("""
            using System.Diagnostics;
            using Acme;
            class Kiosk
            {
                [Conditional("DEBUG")]
                static void Check(bool condition) { }

                void Scan(Camera camera, Consent consent)
                {
                    Check(consent.IsGranted("p"));
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Call_to_a_DoesNotReturn_method_on_the_false_outcome_is_an_early_exit()
        => Verify.AnalyzerAsync("""
            using System;
            using System.Diagnostics.CodeAnalysis;
            using Acme;
            static class Fail
            {
                [DoesNotReturn]
                public static void NoConsent() => throw new InvalidOperationException();

                public static void Log() { }
            }

            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) Fail.NoConsent();
                    camera.Capture();
                }

                void FailFast(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) Environment.FailFast("no consent");
                    camera.Capture();
                }

                void Returns(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) Fail.Log();
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task DoesNotReturnIf_guard_method_over_a_check_is_a_guard_unless_conditional()
        => Verify.AnalyzerAsync("""
            using System;
            using System.Diagnostics.CodeAnalysis;
            using Acme;
            static class Guard
            {
                public static void IsTrue([DoesNotReturnIf(false)] bool condition) { if (!condition) throw new InvalidOperationException(); }

                public static void IsFalse([DoesNotReturnIf(true)] bool condition) { if (condition) throw new InvalidOperationException(); }

                [System.Diagnostics.Conditional("DEBUG")]
                public static void InDebug([DoesNotReturnIf(false)] bool condition) { }
            }

            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    Guard.IsTrue(consent.IsGranted("p"));
                    camera.Capture();
                }

                void Negated(Camera camera, Consent consent)
                {
                    Guard.IsFalse(!consent.IsGranted("p"));
                    camera.Capture();
                }

                void Wrong(Camera camera, Consent consent)
                {
                    Guard.IsFalse(consent.IsGranted("p"));
                    {|BIO1001:camera.Capture()|};
                }

                void CompiledAway(Camera camera, Consent consent)
                {
                    Guard.InDebug(consent.IsGranted("p"));
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Iterator_checks_before_yielding_captures()
        => Verify.AnalyzerAsync("""
            using System.Collections.Generic;
            using Acme;
            class Kiosk
            {
                IEnumerable<Image> Frames(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) yield break;
                    while (true) yield return camera.Capture();
                }

                IEnumerable<Image> Unguarded(Camera camera, Consent consent)
                {
                    yield return {|BIO1001:camera.Capture()|};
                    consent.Require("p");
                    yield return camera.Capture(1);
                }
            }
            """);

    [Fact]
    public Task Goto_case_and_switch_fall_out_keep_must_semantics()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, int kind)
                {
                    switch (kind)
                    {
                        case 1:
                            consent.Require("p");
                            goto case 2;
                        case 2:
                            {|BIO1001:camera.Capture()|};
                            break;
                    }
                }
            }
            """);

    [Fact]
    public Task Conditional_assertion_check_is_not_a_guard()
        => Verify.AnalyzerAsync("""
            using System.Diagnostics;
            using Acme;
            using Acme.Privacy;

            public sealed class DebugConsent
            {
                [ConsentCheck, Conditional("DEBUG")]
                public void Require(string person) { }
            }

            class Kiosk
            {
                void Scan(Camera camera, DebugConsent consent)
                {
                    consent.Require("p");
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Debug_Fail_on_the_false_outcome_is_not_an_exit_in_Release()
        => Verify.AnalyzerAsync("""
            using System.Diagnostics;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    // [DoesNotReturn] but [Conditional("DEBUG")]: in Release the capture runs without consent.
                    if (!consent.IsGranted("p")) Debug.Fail("no consent");
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);
}
