using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// Guards with exceptions (docs/analyzer.md): an assertion inside a <c>try</c> whose <c>catch</c> lets control reach the
/// capture is not a guard; a catch that rethrows or returns keeps it one. <c>using</c> lowers to try/finally.
/// </summary>
public class TryCatchFinallyTests
{
    [Fact]
    public Task Assertion_in_try_whose_catch_falls_through_does_not_guard_after_the_try()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    try
                    {
                        consent.Require("p");
                    }
                    catch (InvalidOperationException)
                    {
                        Console.WriteLine("no consent");
                    }

                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Assertion_in_try_whose_catch_rethrows_or_returns_guards_after_the_try()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Rethrows(Camera camera, Consent consent)
                {
                    try
                    {
                        consent.Require("p");
                    }
                    catch (InvalidOperationException e)
                    {
                        Console.WriteLine(e.Message);
                        throw;
                    }

                    camera.Capture();
                }

                void Returns(Camera camera, Consent consent)
                {
                    try
                    {
                        consent.Require("p");
                    }
                    catch (InvalidOperationException)
                    {
                        return;
                    }

                    camera.Capture();
                }

                void Wraps(Camera camera, Consent consent)
                {
                    try
                    {
                        consent.Require("p");
                    }
                    catch (InvalidOperationException e)
                    {
                        throw new ApplicationException("no consent", e);
                    }

                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Capture_in_the_try_after_the_assertion_is_guarded_but_not_in_the_catch()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    try
                    {
                        consent.Require("p");
                        camera.Capture();
                    }
                    catch (InvalidOperationException)
                    {
                        {|BIO1001:camera.Capture(1)|};
                    }
                }
            }
            """);

    [Fact]
    public Task Check_before_the_try_guards_try_catch_and_finally()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return;
                    try
                    {
                        camera.Capture();
                    }
                    catch (InvalidOperationException) when (camera.Name.Length > 0)
                    {
                        camera.Capture(1);
                    }
                    finally
                    {
                        camera.Capture(2);
                    }
                }
            }
            """);

    [Fact]
    public Task Finally_runs_even_when_the_assertion_in_the_try_throws()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    try
                    {
                        consent.Require("p");
                    }
                    finally
                    {
                        {|BIO1001:camera.Capture()|};
                    }

                    camera.Capture(1);
                }
            }
            """);

    [Fact]
    public Task Assertion_in_finally_guards_after_the_try()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    try
                    {
                        {|BIO1001:camera.Capture()|};
                    }
                    finally
                    {
                        consent.Require("p");
                    }

                    camera.Capture(1);
                }
            }
            """);

    [Fact]
    public Task Predicate_in_try_with_early_exit_guards_inside_the_try_only()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    try
                    {
                        if (!consent.IsGranted("p")) return;
                        camera.Capture();
                    }
                    catch (Exception)
                    {
                    }

                    {|BIO1001:camera.Capture(1)|};
                }
            }
            """);

    [Fact]
    public Task Bool_local_set_in_the_try_is_forgotten_in_the_catch()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    var ok = false;
                    try
                    {
                        ok = consent.IsGranted("p");
                        ok = Environment.TickCount > 0;
                    }
                    catch (Exception)
                    {
                        if (ok) {|BIO1001:camera.Capture()|};
                    }
                }
            }
            """);

    [Fact]
    public Task Using_statement_and_declaration_keep_the_guard()
        => Verify.AnalyzerAsync("""
            using System.IO;
            using Acme;
            class Kiosk
            {
                void Statement(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) return;
                    using (var log = new MemoryStream())
                    {
                        camera.Capture();
                    }

                    camera.Capture(1);
                }

                void Declaration(Camera camera, Consent consent)
                {
                    using var log = new MemoryStream();
                    if (!consent.IsGranted("p")) return;
                    camera.Capture();
                }

                void Unguarded(Camera camera)
                {
                    using (var log = new MemoryStream())
                    {
                        {|BIO1001:camera.Capture()|};
                    }
                }

                void CheckInside(Camera camera, Consent consent)
                {
                    using (var log = new MemoryStream())
                    {
                        consent.Require("p");
                    }

                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Lock_and_checked_blocks_keep_the_guard()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                readonly object _gate = new object();

                void Scan(Camera camera, Consent consent)
                {
                    lock (_gate)
                    {
                        if (!consent.IsGranted("p")) return;
                        camera.Capture();
                    }

                    camera.Capture(1);
                    lock (_gate)
                    {
                        checked { camera.Capture(2); }
                    }
                }

                void Unguarded(Camera camera)
                {
                    lock (_gate) {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Exception_filter_check_guards_the_catch_body()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    try
                    {
                        camera.Focus();
                    }
                    catch (Exception) when (consent.IsGranted("p"))
                    {
                        camera.Capture();
                    }
                    catch (Exception)
                    {
                        {|BIO1001:camera.Capture(1)|};
                    }
                }
            }
            """);

    [Fact]
    public Task Await_using_and_nested_try_keep_the_guard()
        => Verify.AnalyzerAsync("""
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                async Task Scan(Camera camera, Consent consent)
                {
                    await using var log = new MemoryStream();
                    try
                    {
                        try
                        {
                            await consent.RequireAsync("p");
                        }
                        finally
                        {
                            log.Flush();
                        }

                        camera.Capture();
                    }
                    catch (IOException)
                    {
                        {|BIO1001:camera.Capture(1)|};
                    }
                }
            }
            """);

    [Fact]
    public Task Finally_that_overwrites_the_local_drops_its_fact()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    var granted = false;
                    try
                    {
                        granted = consent.IsGranted("p");
                    }
                    finally
                    {
                        granted = true;
                    }

                    if (granted) {|BIO1001:camera.Capture()|};
                }

                void Kept(Camera camera, Consent consent)
                {
                    var granted = false;
                    try
                    {
                        granted = consent.IsGranted("p");
                    }
                    finally
                    {
                        camera.Focus();
                    }

                    if (granted) camera.Capture();
                }
            }
            """);
}
