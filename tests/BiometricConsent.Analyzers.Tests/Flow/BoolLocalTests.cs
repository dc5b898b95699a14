using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// Guards (docs/analyzer.md): a <c>bool</c> local assigned from a check and tested later guards like the check itself;
/// one that was overwritten (by anything) since then does not.
/// </summary>
public class BoolLocalTests
{
    [Fact]
    public Task Local_assigned_from_a_check_and_tested_later_guards()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                Image? Scan(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    System.Console.WriteLine(granted);
                    if (!granted) return null;
                    return camera.Capture();
                }

                Image? Mirror(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    if (granted) return null;
                    return {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Negated_and_compared_locals_are_followed()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool daylight)
                {
                    var missing = !consent.IsGranted("p");
                    if (missing == true) return;
                    camera.Capture();
                }

                void Combined(Camera camera, Consent consent, bool daylight)
                {
                    var ready = daylight && consent.IsGranted("p");
                    if (ready) camera.Capture();
                    var either = daylight || consent.IsGranted("p");
                    if (either) {|BIO1001:camera.Capture(1)|};
                }
            }
            """);

    [Fact]
    public Task Local_overwritten_after_the_check_is_not_a_guard()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Constant(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    granted = true;
                    if (granted) {|BIO1001:camera.Capture()|};
                }

                void Other(Camera camera, Consent consent, bool daylight)
                {
                    bool granted = consent.IsGranted("p");
                    granted = daylight;
                    if (!granted) return;
                    {|BIO1001:camera.Capture()|};
                }

                void Compound(Camera camera, Consent consent, bool daylight)
                {
                    var granted = consent.IsGranted("p");
                    granted |= daylight;
                    if (granted) {|BIO1001:camera.Capture()|};
                }

                void ByRef(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    Reset(ref granted);
                    if (granted) {|BIO1001:camera.Capture()|};
                }

                static void Reset(ref bool value) => value = true;
            }
            """);

    [Fact]
    public Task Local_overwritten_on_some_paths_is_not_a_guard()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool vip)
                {
                    var granted = consent.IsGranted("p");
                    if (vip) granted = true;
                    if (granted) {|BIO1001:camera.Capture()|};
                }

                void Reassigned(Camera camera, Consent consent, bool vip)
                {
                    var granted = consent.IsGranted("p");
                    if (vip) granted = consent.IsGranted("vip");
                    if (granted) camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Local_assigned_from_a_check_in_every_branch_guards()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, bool adult)
                {
                    bool granted;
                    if (adult) granted = consent.IsGranted("adult");
                    else granted = consent.IsGranted("guardian");
                    if (granted) camera.Capture();
                }

                void Conditional(Camera camera, Consent consent, bool adult)
                {
                    var granted = adult ? consent.IsGranted("adult") : false;
                    if (granted) camera.Capture();
                    var loose = adult ? consent.IsGranted("adult") : true;
                    if (loose) {|BIO1001:camera.Capture(1)|};
                }
            }
            """);

    [Fact]
    public Task Local_written_by_a_lambda_is_not_trusted()
        => Verify.AnalyzerAsync("""
            using System;
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    Action reset = () => granted = true;
                    reset();
                    if (granted) {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Local_copied_from_another_local_keeps_the_fact()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    var copy = granted;
                    if (copy) camera.Capture();
                    granted = false;
                    if (copy) camera.Capture(1);
                }
            }
            """);

    [Fact]
    public Task Pattern_variable_and_out_variable_are_not_taken_for_checks()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, object answer)
                {
                    var granted = consent.IsGranted("p");
                    if (answer is bool b && b) {|BIO1001:camera.Capture()|};
                    if (bool.TryParse("true", out granted) && granted) {|BIO1001:camera.Capture(1)|};
                }
            }
            """);

    [Fact]
    public Task Field_assigned_from_a_check_is_not_a_guard()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                bool _granted;

                void Scan(Camera camera, Consent consent)
                {
                    _granted = consent.IsGranted("p");
                    if (_granted) {|BIO1001:camera.Capture()|};
                }
            }
            """);

    [Fact]
    public Task Local_written_through_a_ref_alias_is_not_trusted()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    ref var alias = ref granted;
                    alias = true;
                    if (granted) {|BIO1001:camera.Capture()|};
                }

                void RefArgumentStoredInARefStruct(Camera camera, Consent consent)
                {
                    var granted = consent.IsGranted("p");
                    var holder = new Holder(ref granted);
                    holder.Set();
                    if (granted) {|BIO1001:camera.Capture()|};
                }
            }

            ref struct Holder
            {
                private ref bool _value;
                public Holder(ref bool value) { _value = ref value; }
                public void Set() => _value = true;
            }
            """);

    [Fact]
    public Task Local_initialised_false_and_set_from_a_check_in_a_loop_guards_at_the_top()
        => Verify.AnalyzerAsync("""
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Consent consent, string[] people)
                {
                    var granted = false;
                    foreach (var person in people)
                    {
                        if (granted) camera.Capture();
                        granted = consent.IsGranted(person);
                    }
                }

                void InitialisedTrue(Camera camera, Consent consent, string[] people)
                {
                    var granted = true;
                    foreach (var person in people)
                    {
                        if (granted) {|BIO1001:camera.Capture()|};
                        granted = consent.IsGranted(person);
                    }
                }
            }
            """);
}
