using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// Guards in loops (docs/analyzer.md): a must-analysis, so a capture in a loop body is guarded only if the check succeeded
/// before it on the first iteration and on every back edge.
/// </summary>
public class LoopTests
{
    [Fact]
    public Task Check_before_the_loop_guards_the_body()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, int frames)
                {
                    consent.Require("p");
                    for (var i = 0; i < frames; i++) camera.Capture(i);
                }

                void Unchecked(Camera camera, int frames)
                {
                    for (var i = 0; i < frames; i++) {|BIO1001:camera.Capture(i)|};
                }
            }
            """);

    [Fact]
    public Task Check_in_the_body_before_the_capture_guards_it()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, string[] people)
                {
                    foreach (var person in people)
                    {
                        if (consent.IsGranted(person)) camera.Capture();
                    }
                }
            }
            """);

    [Fact]
    public Task Capture_before_the_check_in_the_body_is_unguarded_on_the_first_iteration()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, int frames)
                {
                    for (var i = 0; i < frames; i++)
                    {
                        {|BIO1001:camera.Capture(i)|};
                        consent.Require("p");
                    }
                }
            }
            """);

    [Fact]
    public Task While_condition_check_guards_the_body_but_not_after_the_loop()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    while (consent.IsGranted("p"))
                    {
                        camera.Capture();
                    }

                    {|BIO1001:camera.Capture(1)|};
                }

                void Until(Camera camera, Consent consent)
                {
                    while (!consent.IsGranted("p"))
                    {
                        {|BIO1001:camera.Capture()|};
                    }

                    camera.Capture(1);
                }
            }
            """);

    [Fact]
    public Task Do_while_body_runs_before_its_condition()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    do
                    {
                        {|BIO1001:camera.Capture()|};
                    }
                    while (consent.IsGranted("p"));
                }

                void CheckFirst(Camera camera, Consent consent, int frames)
                {
                    var i = 0;
                    do
                    {
                        if (!consent.IsGranted("p")) break;
                        camera.Capture(i);
                    }
                    while (++i < frames);
                }

                void AfterTheLoop(Camera camera, Consent consent)
                {
                    do
                    {
                        System.Console.WriteLine("waiting");
                    }
                    while (!consent.IsGranted("p"));

                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task For_condition_with_a_check_guards_the_body()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, int frames)
                {
                    for (var i = 0; i < frames && consent.IsGranted("p"); i++) camera.Capture(i);
                    for (var i = 0; i < frames || consent.IsGranted("p"); i++) {|BIO1001:camera.Capture(i)|};
                }
            }
            """);

    [Fact]
    public Task Check_in_the_loop_guards_nothing_after_a_loop_that_may_not_run()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, string[] people)
                {
                    foreach (var person in people)
                    {
                        consent.Require(person);
                    }

                    {|BIO1001:camera.Capture()|};
                }

                void Infinite(Camera camera, Consent consent)
                {
                    while (true)
                    {
                        if (consent.IsGranted("p")) break;
                    }

                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Capture_in_a_nested_loop_sees_the_outer_check()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, string[] people, int frames)
                {
                    foreach (var person in people)
                    {
                        if (!consent.IsGranted(person)) continue;
                        for (var i = 0; i < frames; i++)
                        {
                            camera.Capture(i);
                        }
                    }

                    foreach (var person in people)
                    {
                        for (var i = 0; i < frames; i++)
                        {
                            if (!consent.IsGranted(person)) break;
                        }

                        {|BIO1001:camera.Capture()|};
                    }
                }
            }
            """);

    [Fact]
    public Task Bool_local_reset_in_the_loop_is_not_a_guard_on_the_next_iteration()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, string[] people)
                {
                    var ok = consent.IsGranted("p");
                    foreach (var person in people)
                    {
                        if (ok) {|BIO1001:camera.Capture()|};
                        ok = person.Length > 0;
                    }
                }
            }
            """);
}
