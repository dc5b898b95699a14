using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// Decision objects as guards (docs/analyzer.md, "Decision objects"): reading a <c>bool</c> property marked
/// <c>[ConsentCheck]</c> is a predicate check, with the same flow precision as a predicate method — <c>!</c>,
/// <c>&amp;&amp;</c>, property patterns, <c>bool</c> locals, early exits — and the same limits.
/// </summary>
public class DecisionObjectTests
{
    private const string Decisions = """
        namespace Acme
        {
            using Acme.Privacy;

            public readonly struct Decision
            {
                [ConsentCheck] public bool IsGranted { get; }
                public string Reason => "none";
                public bool IsFinal => true;
            }

            public sealed class ClassDecision
            {
                [ConsentCheck] public bool IsGranted { get; }
                [ConsentCheck] public string Status => "granted";
            }

            public interface IDecision
            {
                [ConsentCheck] bool Allowed { get; }
            }

            public sealed class VendorDecision : IDecision
            {
                public bool Allowed => true;
            }

            public sealed class Gate
            {
                public Decision Evaluate(string subject) => default;
                public ClassDecision? Find(string subject) => null;
                public IDecision Ask(string subject) => new VendorDecision();
                public System.Threading.Tasks.Task<Decision> EvaluateAsync(string subject) => System.Threading.Tasks.Task.FromResult(default(Decision));
            }
        }
        """;

    [Fact]
    public Task Denied_decision_with_an_early_exit_guards()
        => AnalyzeAsync("""
            using System;
            using System.Threading.Tasks;
            using Acme;
            class Kiosk
            {
                Image? Natural(Camera camera, Gate gate)
                {
                    var decision = gate.Evaluate("p");
                    if (!decision.IsGranted)
                    {
                        Console.WriteLine(decision.Reason);
                        return null;
                    }

                    return camera.Capture();
                }

                void Throws(Camera camera, Gate gate)
                {
                    var decision = gate.Evaluate("p");
                    if (decision.IsGranted == false) throw new InvalidOperationException(decision.Reason);
                    camera.Capture();
                }

                void Inline(Camera camera, Gate gate)
                {
                    if (gate.Evaluate("p").IsGranted) camera.Capture();
                }

                async Task Awaited(Camera camera, Gate gate)
                {
                    var decision = await gate.EvaluateAsync("p");
                    if (!decision.IsGranted) return;
                    camera.Capture();
                }

                void Loop(Camera camera, Gate gate, string[] people)
                {
                    foreach (var person in people)
                    {
                        if (!gate.Evaluate(person).IsGranted) continue;
                        camera.Capture();
                    }
                }
            }
            """);

    [Fact]
    public Task Property_patterns_and_conjunctions_guard_as_a_predicate_would()
        => AnalyzeAsync("""
            using Acme;
            class Kiosk
            {
                void Patterns(Camera camera, Gate gate, bool daylight)
                {
                    var decision = gate.Evaluate("p");
                    if (decision is { IsGranted: true }) camera.Capture();
                    if (decision is { IsGranted: true, IsFinal: true }) camera.Capture();
                    if (daylight && decision.IsGranted) camera.Capture();
                    if (decision.IsGranted && daylight) camera.Capture();
                    if (decision.IsGranted || daylight) {|BIO1001:camera.Capture()|};
                    if (decision is { IsGranted: false }) {|BIO1001:camera.Capture()|};
                    if (decision is { IsFinal: true }) {|BIO1001:camera.Capture()|};
                }

                void NotPattern(Camera camera, Gate gate)
                {
                    if (gate.Evaluate("p") is not { IsGranted: true }) return;
                    camera.Capture();
                }

                void FalsePatternOnAStruct(Camera camera, Gate gate)
                {
                    // A struct cannot be null: failing '{ IsGranted: false }' means IsGranted is true.
                    if (gate.Evaluate("p") is { IsGranted: false }) return;
                    camera.Capture();
                }

                void FalsePatternOnAClass(Camera camera, Gate gate)
                {
                    // A class decision may be null, which also fails the pattern.
                    if (gate.Find("p") is { IsGranted: false }) return;
                    {|BIO1001:camera.Capture()|};
                }

                void Switch(Camera camera, Gate gate)
                {
                    switch (gate.Evaluate("p"))
                    {
                        case { IsGranted: true }:
                            camera.Capture();
                            break;
                        default:
                            {|BIO1001:camera.Capture(1)|};
                            break;
                    }
                }

                void NullConditional(Camera camera, Gate gate)
                {
                    if (gate.Find("p")?.IsGranted == true) camera.Capture();
                    if (gate.Find("p")?.IsGranted ?? false) camera.Capture();
                    if (gate.Find("p")?.IsGranted != false) {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Bool_local_from_a_decision_guards_until_overwritten()
        => AnalyzeAsync("""
            using Acme;
            class Kiosk
            {
                void Tracked(Camera camera, Gate gate)
                {
                    var decision = gate.Evaluate("p");
                    var granted = decision.IsGranted;
                    System.Console.WriteLine(decision.Reason);
                    if (!granted) return;
                    camera.Capture();
                }

                void Overwritten(Camera camera, Gate gate, bool other)
                {
                    var granted = gate.Evaluate("p").IsGranted;
                    granted = other;
                    if (!granted) return;
                    {|BIO1001:camera.Capture()|};
                }

                void DecisionReplacedBeforeTheTest(Camera camera, Gate gate, Decision stale)
                {
                    // The fact is about the value tested, wherever the decision came from: a granted decision is a granted check.
                    var decision = gate.Evaluate("p");
                    decision = stale;
                    if (!decision.IsGranted) return;
                    camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Decision_not_tested_tested_late_or_on_one_path_is_not_a_guard()
        => AnalyzeAsync("""
            using Acme;
            class Kiosk
            {
                void NotTested(Camera camera, Gate gate)
                {
                    var decision = gate.Evaluate("p");
                    System.Console.WriteLine(decision.Reason);
                    {|BIO1001:camera.Capture()|};
                }

                void TestedAfter(Camera camera, Gate gate)
                {
                    var decision = gate.Evaluate("p");
                    {|BIO1001:camera.Capture()|};
                    if (!decision.IsGranted) System.Console.WriteLine(decision.Reason);
                }

                void OnePath(Camera camera, Gate gate, bool daylight)
                {
                    if (daylight)
                    {
                        var decision = gate.Evaluate("p");
                        if (!decision.IsGranted) return;
                    }

                    {|BIO1001:camera.Capture()|};
                }

                void ResultIgnored(Camera camera, Gate gate)
                {
                    var decision = gate.Evaluate("p");
                    _ = decision.IsGranted;
                    {|BIO1001:camera.Capture()|};
                }

                void Asserted(Camera camera, Gate gate)
                {
                    System.Diagnostics.Debug.Assert(gate.Evaluate("p").IsGranted);
                    System.Diagnostics.Debug.Assert(gate.Evaluate("p") is { IsGranted: true });
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Only_a_marked_bool_member_is_a_check()
        => AnalyzeAsync("""
            using Acme;
            class Kiosk
            {
                void OtherMember(Camera camera, Gate gate)
                {
                    var decision = gate.Evaluate("p");
                    if (!decision.IsFinal) return;
                    {|BIO1001:camera.Capture()|};
                }

                void NotABool(Camera camera, Gate gate)
                {
                    var decision = gate.Find("p");
                    if (decision?.Status != "granted") return;
                    {|BIO1001:camera.Capture()|};
                }

                void InheritedFromTheInterface(Camera camera, Gate gate)
                {
                    var viaInterface = gate.Ask("p");
                    if (!viaInterface.Allowed) return;
                    camera.Capture();
                    var concrete = new VendorDecision();
                    if (concrete.Allowed) camera.Capture(1);
                }
            }
            """);

    [Fact]
    public Task Lambda_created_after_the_test_is_guarded_and_one_created_before_is_not()
        => AnalyzeAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Run(Camera camera, Gate gate)
                {
                    var decision = gate.Evaluate("p");
                    Action early = () => {|BIO1001:camera.Capture()|};
                    if (!decision.IsGranted) return;
                    Action late = () => camera.Capture();
                    Action own = () => { if (decision.IsGranted) camera.Capture(); };
                }
            }
            """);

    [Fact]
    public Task Decision_about_another_subject_is_not_told_apart()
        => AnalyzeAsync("""
            using Acme;
            class Kiosk
            {
                // A documented limit (docs/analyzer.md): the analyzer does not compare subjects or purposes, so a granted
                // decision about one person guards a capture meant for another, as a predicate check would.
                void Mixed(Camera camera, Gate gate)
                {
                    var alice = gate.Evaluate("alice");
                    if (!alice.IsGranted) return;
                    camera.Capture();
                }
            }
            """);

    private static Task AnalyzeAsync(string source)
        => new Verify.Test(source) { Prelude = Prelude.WithLocalAttributes + "\n" + Decisions }.RunWithAsync();
}
