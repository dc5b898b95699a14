using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using BiometricConsent.CodeFixes;

namespace BiometricConsent.Analyzers.Tests.CodeFixes;

/// <summary>
/// Where "Check consent first" puts the guard: before the statement, in a block it creates, in the body of an
/// expression-bodied member, inside lambdas and local functions; and how many guards fix-all inserts.
/// </summary>
public class GuardPlacementTests
{
    private static Task FixAsync(string source, string fixedSource)
        => CodeFixVerify<CheckConsentFirstCodeFixProvider>.FixAsync(source + CheckConsentFirstTests.Gates, fixedSource + CheckConsentFirstTests.Gates);

    [Fact]
    public Task Embedded_statement_is_wrapped_in_a_block()
        => FixAsync(
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Gate gate, string person, bool on)
                {
                    if (on)
                        {|BIO1001:camera.Capture()|};
                    else if ({|BIO1001:camera.Capture()|} != null)
                        camera.Focus();
                }
            }
            """,
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Gate gate, string person, bool on)
                {
                    if (on)
                    {
                        if (!gate.Allows(person)) return;
                        camera.Capture();
                    }
                    else
                    {
                        if (!gate.Allows(person)) return;
                        if (camera.Capture() != null)
                            camera.Focus();
                    }
                }
            }
            """);

    [Fact]
    public Task Accessors_switch_sections_and_one_line_blocks_get_the_guard_in_place()
        => FixAsync(
            """
            using Acme;
            class Kiosk
            {
                Gate _gate = new Gate();
                string _person = "p";
                Camera _camera = new Camera();

                Image Face
                {
                    get { return {|BIO1001:_camera.Capture()|}; }
                }

                void Run(int mode)
                {
                    switch (mode)
                    {
                        case 1:
                            {|BIO1001:_camera.Capture()|};
                            break;
                    }
                }
            }
            """,
            """
            using Acme;
            class Kiosk
            {
                Gate _gate = new Gate();
                string _person = "p";
                Camera _camera = new Camera();

                Image Face
                {
                    get { if (!_gate.Allows(_person)) return null; return _camera.Capture(); }
                }

                void Run(int mode)
                {
                    switch (mode)
                    {
                        case 1:
                            if (!_gate.Allows(_person)) return;
                            _camera.Capture();
                            break;
                    }
                }
            }
            """);

    [Fact]
    public Task Expression_bodied_members_get_a_block_body()
        => FixAsync(
            """
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera, Gate gate, string person) => {|BIO1001:camera.Capture()|};

                void Run(Camera camera, Gate gate, string person)
                {
                    void Local() => {|BIO1001:camera.Capture()|};
                    Local();
                }

                System.Func<Image> Later(Camera camera, Gate gate, string person) => () => {|BIO1001:camera.Capture()|};
            }

            class Lobby
            {
                Gate _gate = new Gate();
                string _person = "p";

                Image Face => {|BIO1001:new Camera().Capture()|};
            }
            """,
            """
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera, Gate gate, string person)
                {
                    if (!gate.Allows(person)) return null;
                    return camera.Capture();
                }

                void Run(Camera camera, Gate gate, string person)
                {
                    void Local()
                    {
                        if (!gate.Allows(person)) return;
                        camera.Capture();
                    }
                    Local();
                }

                System.Func<Image> Later(Camera camera, Gate gate, string person)
                {
                    if (!gate.Allows(person)) return null;
                    return () => camera.Capture();
                }
            }

            class Lobby
            {
                Gate _gate = new Gate();
                string _person = "p";

                Image Face
                {
                    get
                    {
                        if (!_gate.Allows(_person)) return null;
                        return new Camera().Capture();
                    }
                }
            }
            """);

    [Fact]
    public Task Block_lambda_is_guarded_inside_and_expression_lambda_where_it_is_created()
        => FixAsync(
            """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Gate gate, string person, List<int> qualities)
                {
                    Func<Image> later = () =>
                    {
                        return {|BIO1001:camera.Capture()|};
                    };
                    var all = qualities.Select(q => {|BIO1001:camera.Capture(q)|}).ToList();
                }
            }
            """,
            """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Gate gate, string person, List<int> qualities)
                {
                    Func<Image> later = () =>
                    {
                        if (!gate.Allows(person)) return null;
                        return camera.Capture();
                    };
                    if (!gate.Allows(person)) return;
                    var all = qualities.Select(q => camera.Capture(q)).ToList();
                }
            }
            """);

    [Fact]
    public Task Iterator_yields_break_and_non_async_task_returns_a_completed_task()
        => FixAsync(
            """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                IEnumerable<Image> Scan(Camera camera, Gate gate, string person)
                {
                    yield return {|BIO1001:camera.Capture()|};
                }

                Task Send(Camera camera, Gate gate, string person)
                {
                    {|BIO1001:camera.Capture()|};
                    return Task.CompletedTask;
                }
            }
            """,
            """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                IEnumerable<Image> Scan(Camera camera, Gate gate, string person)
                {
                    if (!gate.Allows(person)) yield break;
                    yield return camera.Capture();
                }

                Task Send(Camera camera, Gate gate, string person)
                {
                    if (!gate.Allows(person)) return Task.CompletedTask;
                    camera.Capture();
                    return Task.CompletedTask;
                }
            }
            """);

    [Fact]
    public Task One_guard_covers_the_captures_after_it_in_the_same_or_an_inner_block()
    {
        // Five diagnostics, three guards: one at a time takes three rounds (each guard silences what it covers);
        // fix-all must give the same text in a single round.
        var test = new CodeFixVerify<CheckConsentFirstCodeFixProvider>.Test(
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Gate gate, string person, bool again)
                {
                    {|BIO1001:camera.Capture()|};
                    {|BIO1001:camera.Capture()|};
                    if (again)
                    {
                        {|BIO1001:camera.Capture()|};
                    }
                }

                void Branch(Camera camera, Gate gate, string person, bool first)
                {
                    if (first)
                    {
                        {|BIO1001:camera.Capture()|};
                    }

                    var image = {|BIO1001:camera.Capture()|};
                }
            }
            """ + CheckConsentFirstTests.Gates,
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Gate gate, string person, bool again)
                {
                    if (!gate.Allows(person)) return;
                    camera.Capture();
                    camera.Capture();
                    if (again)
                    {
                        camera.Capture();
                    }
                }

                void Branch(Camera camera, Gate gate, string person, bool first)
                {
                    if (first)
                    {
                        if (!gate.Allows(person)) return;
                        camera.Capture();
                    }

                    if (!gate.Allows(person)) return;
                    var image = camera.Capture();
                }
            }
            """ + CheckConsentFirstTests.Gates)
        {
            NumberOfIncrementalIterations = 3,
            NumberOfFixAllIterations = 1,
        };
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Fix_all_reaches_every_document_of_the_project()
    {
        var test = new CodeFixVerify<CheckConsentFirstCodeFixProvider>.Test(
            "using Acme; class A { void Scan(Camera camera, Gate gate, string person) { {|BIO1001:camera.Capture()|}; } }",
            "using Acme; class A { void Scan(Camera camera, Gate gate, string person) { if (!gate.Allows(person)) return; camera.Capture(); } }");
        test.TestState.Sources.Add(("/0/Test1.cs", "using Acme; class B { void Scan(Camera camera, Gate gate, string person) { {|BIO1001:camera.Capture()|}; } }" + CheckConsentFirstTests.Gates));
        test.FixedState.Sources.Add(("/0/Test1.cs", "using Acme; class B { void Scan(Camera camera, Gate gate, string person) { if (!gate.Allows(person)) return; camera.Capture(); } }" + CheckConsentFirstTests.Gates));
        return test.RunAsync(CancellationToken.None);
    }
}
