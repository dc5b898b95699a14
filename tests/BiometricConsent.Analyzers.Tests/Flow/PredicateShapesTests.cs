using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// Guards (docs/analyzer.md): a predicate guards the path that continues on its <c>true</c> outcome, however the condition
/// spells that outcome. Each shape has a guarded form (quiet) and the mirror form whose capture runs on the
/// <c>false</c> outcome or regardless of it (BIO1001).
/// </summary>
public class PredicateShapesTests
{
    [Fact]
    public Task If_on_the_check_guards_the_then_branch_only()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (consent.IsGranted("p")) camera.Capture();
                    else {|BIO1001:camera.Capture(1)|};
                }
            }
            """);

    [Fact]
    public Task Negation_guards_the_else_branch_only()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (!consent.IsGranted("p")) {|BIO1001:camera.Capture(1)|};
                    else camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Double_negation_and_parentheses_are_followed()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (!(!(consent.IsGranted("p")))) camera.Capture();
                    if (!(!consent.IsGranted("p"))) return;
                    {|BIO1001:camera.Capture(1)|};
                }
            }
            """);

    [Fact]
    public Task Conjunction_guards_when_either_operand_is_a_check()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool daylight)
                {
                    if (daylight && consent.IsGranted("p")) camera.Capture();
                    if (consent.IsGranted("p") && daylight) camera.Capture(1);
                    if (daylight && consent.IsGranted("p")) { } else {|BIO1001:camera.Capture(2)|};
                }
            }
            """);

    [Fact]
    public Task Disjunction_guards_only_when_both_operands_are_checks()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool daylight)
                {
                    if (consent.IsGranted("p") || Consent.Granted("p")) camera.Capture();
                    if (daylight || consent.IsGranted("p")) {|BIO1001:camera.Capture(1)|};
                    if (consent.IsGranted("p") || daylight) {|BIO1001:camera.Capture(2)|};
                }
            }
            """);

    [Fact]
    public Task Negated_disjunction_as_early_exit_guards_what_follows()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool daylight)
                {
                    if (!consent.IsGranted("p") || !daylight) return;
                    camera.Capture();
                }

                void Loose(Camera camera, Consent consent, bool daylight)
                {
                    if (!consent.IsGranted("p") && !daylight) return;
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Comparison_with_true_and_false_is_followed()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (consent.IsGranted("p") == true) camera.Capture();
                    if (true == consent.IsGranted("p")) camera.Capture(1);
                    if (consent.IsGranted("p") == false) {|BIO1001:camera.Capture(2)|};
                    if (consent.IsGranted("p") == false) return;
                    camera.Capture(3);
                }
            }
            """);

    [Fact]
    public Task Inequality_with_true_and_false_is_followed()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (consent.IsGranted("p") != false) camera.Capture();
                    if (consent.IsGranted("p") != true) {|BIO1001:camera.Capture(1)|};
                    if (consent.IsGranted("p") != true) return;
                    camera.Capture(2);
                }
            }
            """);

    [Fact]
    public Task Is_true_is_false_and_is_not_patterns_are_followed()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (consent.IsGranted("p") is true) camera.Capture();
                    if (consent.IsGranted("p") is not false) camera.Capture(1);
                    if (consent.IsGranted("p") is false) {|BIO1001:camera.Capture(2)|};
                    if (consent.IsGranted("p") is not true) return;
                    camera.Capture(3);
                }
            }
            """);

    [Fact]
    public Task Nullable_bool_not_equal_to_true_does_not_pin_false()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent? consent)
                {
                    // null != true as well: the false branch of '!= true' knows nothing.
                    if (consent?.IsGranted("p") != true) {|BIO1001:camera.Capture()|};
                    if (consent?.IsGranted("p") == true) camera.Capture(1);
                    if (consent?.IsGranted("p") is true) camera.Capture(2);
                    if (consent?.IsGranted("p") == false) return;
                    {|BIO1001:camera.Capture(3)|};
                }
            }
            """);

    [Fact]
    public Task Conditional_expression_guards_its_true_arm_only()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image? Scan(Camera camera, Consent consent)
                    => consent.IsGranted("p") ? camera.Capture() : null;

                Image? Mirror(Camera camera, Consent consent)
                    => consent.IsGranted("p") ? null : {|BIO1001:camera.Capture()|};

                Image? Negated(Camera camera, Consent consent)
                    => !consent.IsGranted("p") ? null : camera.Capture();
            }
            """);

    [Fact]
    public Task Conditional_expression_as_condition_guards_only_when_both_arms_do()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool adult)
                {
                    if (adult ? consent.IsGranted("adult") : consent.IsGranted("guardian")) camera.Capture();
                    if (adult ? consent.IsGranted("adult") : true) {|BIO1001:camera.Capture(1)|};
                }
            }
            """);

    [Fact]
    public Task Check_with_several_arguments_is_a_predicate_like_any_other()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public sealed class Gate
            {
                [ConsentCheck] public bool HasConsent(string id, string purpose) => true;
            }

            class Kiosk
            {
                void Scan(Camera camera, Gate gate, string id)
                {
                    if (!gate.HasConsent(id, "attendance")) return;
                    camera.Capture();
                }

                void Unguarded(Camera camera, Gate gate, string id)
                {
                    if (gate.HasConsent(id, "attendance")) { }
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Unmarked_bool_method_is_not_a_check()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (!consent.IsOpen()) return;
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Constant_condition_combined_with_a_check_is_followed()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                const bool Enabled = true;

                void Scan(Camera camera, Consent consent)
                {
                    if (Enabled && consent.IsGranted("p")) camera.Capture();
                    if (Enabled || consent.IsGranted("p")) {|BIO1001:camera.Capture(1)|};
                }
            }
            """);

    [Fact]
    public Task Capture_in_the_condition_itself_after_a_check_operand()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    if (consent.IsGranted("p") && camera.Capture() != null) { }
                    if (consent.IsGranted("p") || {|BIO1001:camera.Capture(1)|} != null) { }
                    if (!consent.IsGranted("p") || camera.Capture(2) != null) { }
                }
            }
            """);

    [Fact]
    public Task Null_coalescing_a_conditional_check_to_false_guards()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent? consent)
                {
                    if (consent?.IsGranted("p") ?? false) camera.Capture();
                    if (consent?.IsGranted("p") ?? true) {|BIO1001:camera.Capture(1)|};
                    var ok = consent?.IsGranted("p") ?? false;
                    if (!ok) return;
                    camera.Capture(2);
                }

                void Value(Camera camera, Consent? consent)
                {
                    bool? maybe = consent?.IsGranted("p");
                    if (maybe.HasValue && maybe.Value) camera.Capture();
                    if (maybe.HasValue && !maybe.Value) {|BIO1001:camera.Capture(1)|};
                    if (maybe.GetValueOrDefault()) camera.Capture(2);
                    if (!maybe.GetValueOrDefault()) {|BIO1001:camera.Capture(3)|};
                }
            }
            """);

    [Fact]
    public Task Assignment_inside_the_condition_is_followed()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    bool granted;
                    if (!(granted = consent.IsGranted("p"))) return;
                    camera.Capture();
                    if (granted) camera.Capture(1);
                }

                void Mirror(Camera camera, Consent consent)
                {
                    bool granted;
                    if (granted = consent.IsGranted("p")) return;
                    {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Extension_method_and_static_checks_are_predicates()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public sealed class Person { }

            public static class PersonConsent
            {
                [ConsentCheck] public static bool HasFaceConsent(this Person person) => true;
            }

            class Kiosk
            {
                void Scan(Camera camera, Person person)
                {
                    if (person.HasFaceConsent()) camera.Capture();
                    if (!Consent.Granted("p")) {|BIO1001:camera.Capture(1)|};
                }
            }
            """);

    [Fact]
    public Task Non_short_circuit_and_or_and_xor()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool daylight)
                {
                    if (daylight & consent.IsGranted("p")) camera.Capture();
                    if (consent.IsGranted("p") | Consent.Granted("q")) camera.Capture(1);
                    if (daylight | consent.IsGranted("p")) {|BIO1001:camera.Capture(2)|};
                    if (daylight ^ consent.IsGranted("p")) {|BIO1001:camera.Capture(3)|};
                }
            }
            """);

    [Fact]
    public Task Nullable_is_not_false_does_not_pin_true()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent? consent)
                {
                    if (consent?.IsGranted("p") is not false) {|BIO1001:camera.Capture()|};
                    if (consent?.IsGranted("p") is not true) return;
                    camera.Capture(1);
                }
            }
            """);
}
