using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// Guards (docs/analyzer.md): a capture in a lambda or anonymous method is guarded when its body checks first or when it is
/// created at a guarded point; in a local function, when its body checks first or every call of it in the
/// containing member is at a guarded point.
/// </summary>
public class LambdaAndLocalFunctionTests
{
    [Fact]
    public Task Lambda_whose_body_checks_first_is_guarded()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                Func<string, Image?> Scanner(Camera camera, Consent consent)
                    => person => consent.IsGranted(person) ? camera.Capture() : null;

                Action Block(Camera camera, Consent consent)
                    => () =>
                    {
                        consent.Require("p");
                        camera.Capture();
                    };

                Action Late(Camera camera, Consent consent)
                    => () =>
                    {
                        {|BIO1001:camera.Capture()|};
                        consent.Require("p");
                    };
            }
            """);

    [Fact]
    public Task Lambda_created_at_a_guarded_point_is_guarded()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                Func<Image>? Guarded(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return null;
                    return () => camera.Capture();
                }

                Func<Image> Unguarded(Camera camera, Consent consent)
                {
                    Func<Image> capture = () => {|BIO1001:camera.Capture()|};
                    consent.Require("p");
                    return capture;
                }
            }
            """);

    [Fact]
    public Task Anonymous_methods_follow_the_lambda_rules()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                Action? Guarded(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return null;
                    return delegate { camera.Capture(); };
                }

                Action ChecksFirst(Camera camera, Consent consent)
                    => delegate { if (consent.IsGranted("p")) camera.Capture(); };

                Action Unguarded(Camera camera)
                    => delegate { {|BIO1001:camera.Capture()|}; };
            }
            """);

    [Fact]
    public Task Nested_lambda_inherits_the_guard_of_its_creation_in_the_outer_lambda()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                Func<Func<Image>?> Outer(Camera camera, Consent consent)
                    => () => consent.IsGranted("p") ? () => camera.Capture() : null;

                Func<Func<Image>> Unguarded(Camera camera)
                    => () => () => {|BIO1001:camera.Capture()|};
            }
            """);

    [Fact]
    public Task Check_in_the_enclosing_method_after_the_lambda_is_created_does_not_guard_it()
        => Verify.AnalyzerAsync("""
            using System;
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                Task Scan(Camera camera, Consent consent)
                {
                    var task = Task.Run(() => {|BIO1001:camera.Capture()|});
                    consent.Require("p");
                    return task;
                }
            }
            """);

    [Fact]
    public Task Lambda_in_a_loop_created_before_the_check_on_some_iterations_warns()
        => Verify.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using Acme;
            class Kiosk
            {
                List<Action> Scan(Camera camera, Consent consent, string[] people)
                {
                    var actions = new List<Action>();
                    foreach (var person in people)
                    {
                        actions.Add(() => {|BIO1001:camera.Capture()|});
                        consent.Require(person);
                    }

                    return actions;
                }
            }
            """);

    [Fact]
    public Task Async_lambda_awaiting_a_check_first_is_guarded()
        => Verify.AnalyzerAsync("""
            using System;
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                Func<Task> Scan(Camera camera, Consent consent)
                    => async () =>
                    {
                        if (!await consent.IsGrantedAsync("p").ConfigureAwait(false)) return;
                        camera.Capture();
                    };

                Func<Task> Unguarded(Camera camera, Consent consent)
                    => async () =>
                    {
                        consent.RequireAsync("p");
                        {|BIO1001:camera.Capture()|};
                    };
            }
            """);

    [Fact]
    public Task Local_function_whose_body_checks_first_is_guarded()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    Capture();
                    Capture();

                    void Capture()
                    {
                        if (!consent.IsGranted("p")) return;
                        camera.Capture();
                    }
                }
            }
            """);

    [Fact]
    public Task Local_function_called_only_at_guarded_points_is_guarded()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool again)
                {
                    if (!consent.IsGranted("p")) return;
                    Capture();
                    if (again) Capture();

                    Image Capture() => camera.Capture();
                }
            }
            """);

    [Fact]
    public Task One_unguarded_call_of_a_local_function_warns_inside_it()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool early)
                {
                    if (early) Capture();
                    if (!consent.IsGranted("p")) return;
                    Capture();

                    Image Capture() => {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Local_function_that_is_never_called_warns()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    consent.Require("p");

                    #pragma warning disable CS8321 // declared but never used
                    Image Capture() => {|BIO1001:camera.Capture()|};
                    #pragma warning restore CS8321
                }
            }
            """);

    [Fact]
    public Task Local_function_converted_to_a_delegate_counts_as_a_use()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                Func<Image>? Guarded(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return null;
                    return Capture;

                    Image Capture() => camera.Capture();
                }

                Func<Image> Unguarded(Camera camera)
                {
                    return Capture;

                    Image Capture() => {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Local_functions_calling_each_other_inherit_the_guard_of_their_callers()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Guarded(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return;
                    Outer();

                    void Outer() => Inner();
                    void Inner() => camera.Capture();
                }

                void Unguarded(Camera camera, Consent consent)
                {
                    Outer();
                    if (consent.IsGranted("p")) Inner();

                    void Outer() => Inner();
                    void Inner() => {|BIO1001:camera.Capture()|};
                }

                void Recursive(Camera camera, Consent consent, int n)
                {
                    if (!consent.IsGranted("p")) return;
                    Loop(n);

                    void Loop(int left)
                    {
                        camera.Capture(left);
                        if (left > 0) Loop(left - 1);
                    }
                }
            }
            """);

    [Fact]
    public Task Static_local_function_and_lambda_with_a_check_inside()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    Capture(camera, consent);
                    Func<Camera, Image> unguarded = static c => {|BIO1001:c.Capture()|};

                    static void Capture(Camera c, Consent k)
                    {
                        k.Require("p");
                        c.Capture();
                    }
                }
            }
            """);

    [Fact]
    public Task RequiresConsent_on_a_local_function_or_lambda_moves_the_obligation_to_its_calls()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    {|BIO1001:Capture()|};
                    consent.Require("p");
                    Capture();

                    [RequiresConsent]
                    Image Capture() => camera.Capture();
                }

                Func<Image> Lambda(Camera camera)
                    => [RequiresConsent] () => camera.Capture();
            }
            """);

    [Fact]
    public Task Local_function_called_only_from_a_guarded_lambda_is_guarded()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                Action? Guarded(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return null;
                    return () => Capture();

                    void Capture() => camera.Capture();
                }

                Action Unguarded(Camera camera, Consent consent)
                {
                    Action action = () => Capture();
                    consent.Require("p");
                    return action;

                    void Capture() => {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Local_function_inside_a_lambda_follows_the_lambda_guard()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                Action Scan(Camera camera, Consent consent)
                    => () =>
                    {
                        if (!consent.IsGranted("p")) return;
                        Capture();
                        void Capture() => camera.Capture();
                    };

                Action Unguarded(Camera camera)
                    => () =>
                    {
                        Capture();
                        void Capture() => {|BIO1001:camera.Capture()|};
                    };
            }
            """);

    [Fact]
    public Task Lambda_passed_to_a_method_is_judged_where_it_is_created()
        => Verify.AnalyzerAsync("""
            using System.Linq;
            using Acme;
            class Kiosk
            {
                Image[] Scan(Camera camera, Consent consent, string[] people)
                    => people.Where(consent.IsGranted).Select(p => {|BIO1001:camera.Capture()|}).ToArray();

                Image[] Checked(Camera camera, Consent consent, string[] people)
                    => people.Where(p => consent.IsGranted(p)).Select(p => consent.IsGranted(p) ? camera.Capture() : new Image()).ToArray();
            }
            """);

    [Fact]
    public Task Bool_local_assigned_once_and_tested_inside_a_lambda_or_local_function_guards()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                Action Lambda(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    return () => { if (granted) camera.Capture(); };
                }

                void LocalFunction(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    Capture();

                    void Capture()
                    {
                        if (!granted) return;
                        camera.Capture();
                    }
                }

                Action Mirror(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    return () => { if (!granted) {|BIO1001:camera.Capture()|}; };
                }

                Action? AtCreation(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    return granted ? () => camera.Capture() : null;
                }
            }
            """);

    [Fact]
    public Task Bool_local_assigned_twice_is_not_followed_into_a_lambda()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                // The lambda may run after the second assignment: only a local assigned once is followed.
                Action Reassigned(Camera camera, Consent consent, bool vip)
                {
                    var granted = consent.IsGranted("p");
                    Action action = () => { if (granted) {|BIO1001:camera.Capture()|}; };
                    granted = vip;
                    return action;
                }

                Action WrittenInside(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    return () => { granted = true; if (granted) {|BIO1001:camera.Capture()|}; };
                }

                Action Aliased(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    ref var alias = ref granted;
                    alias = true;
                    return () => { if (granted) {|BIO1001:camera.Capture()|}; };
                }

                void CalledFromALoop(Camera camera, Consent consent, string[] people)
                {
                    var granted = true;
                    foreach (var person in people)
                    {
                        Capture();
                        granted = consent.IsGranted(person);
                    }

                    void Capture() { if (granted) {|BIO1001:camera.Capture()|}; }
                }
            }
            """);

    [Fact]
    public Task Local_assigned_once_in_a_loop_keeps_its_fact_in_each_lambda()
        => Verify.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using Acme;
            class Kiosk
            {
                List<Action> Scan(Camera camera, Consent consent, string[] people)
                {
                    var actions = new List<Action>();
                    foreach (var person in people)
                    {
                        var granted = consent.IsGranted(person);
                        actions.Add(() => { if (granted) camera.Capture(); });
                    }

                    return actions;
                }
            }
            """);

    [Fact]
    public Task Check_inside_a_called_lambda_or_local_function_does_not_guard_the_caller_unless_marked()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                void Lambda(Camera camera, Consent consent)
                {
                    Action ensure = () => consent.Require("p");
                    ensure();
                    {|BIO1001:camera.Capture()|};
                }

                void Unmarked(Camera camera, Consent consent)
                {
                    Ensure();
                    {|BIO1001:camera.Capture()|};

                    void Ensure() => consent.Require("p");
                }

                void Marked(Camera camera, Consent consent)
                {
                    if (!Allowed()) return;
                    camera.Capture();

                    [ConsentCheck]
                    bool Allowed() => consent.IsGranted("p");
                }
            }
            """);
}
