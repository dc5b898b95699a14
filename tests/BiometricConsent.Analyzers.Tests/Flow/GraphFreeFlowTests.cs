using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// The constructs the graph-free flow walk (<c>Flow/StructuredFlow.cs</c>) handles itself, each with a case that fires
/// and one that keeps quiet. Every case runs with the walk and with the graph alone (<see cref="Verify.Test.RunWithAsync"/>),
/// and checks that the walk, not the graph fallback, analyzed method <c>M</c>. The cases it leaves to the graph check
/// that it does.
/// </summary>
public class GraphFreeFlowTests
{
    [Theory]
    [InlineData("if (consent.IsGranted(person) && flag) camera.Capture();")]
    [InlineData("if (!consent.IsGranted(person) || !flag) return; camera.Capture();")]
    [InlineData("if (flag && consent.IsGranted(person) && camera.Capture() != null) n++;")]
    [InlineData("if (!(flag || !consent.IsGranted(person))) camera.Capture();")]
    public Task Short_circuit_conditions_guard_where_the_check_is_true_on_every_path(string body)
        => QuietAsync(body);

    [Theory]
    [InlineData("if (consent.IsGranted(person) || flag) {|BIO1001:camera.Capture()|};")]
    [InlineData("if (!consent.IsGranted(person) && flag) return; {|BIO1001:camera.Capture()|};")]
    [InlineData("if (flag && {|BIO1001:camera.Capture()|} != null && consent.IsGranted(person)) n++;")]
    [InlineData("if ((flag || consent.IsGranted(person)) && {|BIO1001:camera.Capture()|} != null) n++;")]
    public Task Short_circuit_conditions_do_not_guard_a_path_that_skips_the_check(string body)
        => FiresAsync(body);

    [Theory]
    [InlineData("while (n > 0) { consent.Require(person); camera.Capture(); n--; }")]
    [InlineData("while (true) { if (consent.IsGranted(person)) break; n++; } camera.Capture();")]
    [InlineData("do { consent.Require(person); } while (n-- > 0); camera.Capture();")]
    [InlineData("for (var i = 0; i < n; i++) { if (!consent.IsGranted(person)) continue; camera.Capture(i); }")]
    [InlineData("for (var i = 0; i < n && consent.IsGranted(person); i++) camera.Capture(i);")]
    [InlineData("var ok = consent.IsGranted(person); foreach (var item in items) { if (ok) camera.Capture(item); }")]
    public Task Loops_keep_a_check_that_holds_on_every_iteration(string body)
        => QuietAsync(body);

    [Theory]
    [InlineData("while (n > 0) { {|BIO1001:camera.Capture()|}; consent.Require(person); n--; }")]
    [InlineData("while (n > 0) { if (consent.IsGranted(person)) break; n--; } {|BIO1001:camera.Capture()|};")]
    [InlineData("do { {|BIO1001:camera.Capture()|}; consent.Require(person); } while (n-- > 0);")]
    [InlineData("for (var i = 0; i < n; i++) { if (consent.IsGranted(person)) continue; {|BIO1001:camera.Capture(i)|}; }")]
    [InlineData("var ok = consent.IsGranted(person); foreach (var item in items) { if (ok) {|BIO1001:camera.Capture(item)|}; ok = flag; }")]
    [InlineData("for (var i = 0; i < n; i++) { if (consent.IsGranted(person)) break; } {|BIO1001:camera.Capture()|};")]
    public Task Loops_do_not_guard_the_first_iteration_or_a_path_around_the_check(string body)
        => FiresAsync(body);

    [Theory]
    [InlineData("try { consent.Require(person); } catch { return; } camera.Capture();")]
    [InlineData("try { consent.Require(person); camera.Capture(); } catch (System.InvalidOperationException) { throw; }")]
    [InlineData("consent.Require(person); try { n++; } finally { camera.Capture(); }")]
    [InlineData("while (n > 0) { try { if (!consent.IsGranted(person)) break; } finally { n--; } camera.Capture(); }")]
    [InlineData("try { n++; } finally { consent.Require(person); } camera.Capture();")]
    public Task Try_catch_finally_keeps_a_check_that_every_path_passed(string body)
        => QuietAsync(body);

    [Theory]
    [InlineData("try { consent.Require(person); } catch { } {|BIO1001:camera.Capture()|};")]
    [InlineData("try { consent.Require(person); camera.Capture(); } catch { {|BIO1001:camera.Capture()|}; }")]
    [InlineData("try { consent.Require(person); } finally { {|BIO1001:camera.Capture()|}; }")]
    [InlineData("var ok = consent.IsGranted(person); try { ok = flag; } catch (System.Exception e) { } if (ok) {|BIO1001:camera.Capture()|};")]
    [InlineData("var ok = consent.IsGranted(person); while (n > 0) { try { break; } finally { ok = flag; } } if (ok) {|BIO1001:camera.Capture()|};")]
    public Task Try_catch_finally_does_not_guard_after_a_swallowed_or_skipped_check(string body)
        => FiresAsync(body);

    [Theory]
    [InlineData("using (var stream = new System.IO.MemoryStream()) { consent.Require(person); camera.Capture(); }")]
    [InlineData("using var stream = new System.IO.MemoryStream(); if (!consent.IsGranted(person)) return; camera.Capture();")]
    public Task Using_keeps_the_state_of_its_body(string body)
        => QuietAsync(body);

    [Theory]
    [InlineData("using (var stream = new System.IO.MemoryStream()) { {|BIO1001:camera.Capture()|}; consent.Require(person); }")]
    [InlineData("using var stream = new System.IO.MemoryStream(); if (consent.IsGranted(person)) n++; {|BIO1001:camera.Capture()|};")]
    public Task Using_does_not_guard_by_itself(string body)
        => FiresAsync(body);

    [Theory]
    [InlineData("switch (n) { case 1: consent.Require(person); break; default: return; } camera.Capture();")]
    [InlineData("switch (consent.IsGranted(person)) { case true: camera.Capture(); break; }")]
    [InlineData("switch (consent.IsGranted(person)) { case false: return; default: camera.Capture(); break; } camera.Capture();")]
    [InlineData("switch (n) { case 1: case 2: consent.Require(person); break; case 3: if (!consent.IsGranted(person)) return; break; default: throw new System.InvalidOperationException(); } camera.Capture();")]
    [InlineData("switch (n) { case > 0 when consent.IsGranted(person) && flag: camera.Capture(); break; }")]
    [InlineData("while (n > 0) { switch (n) { case 1: continue; default: consent.Require(person); break; } camera.Capture(); n--; }")]
    [InlineData("var ok = consent.IsGranted(person); switch (ok) { case true: camera.Capture(); break; }")]
    [InlineData("bool? maybe = consent.IsGranted(person); switch (maybe) { case true: camera.Capture(); break; }")]
    public Task Switch_sections_keep_a_check_that_every_path_into_them_passed(string body)
        => QuietAsync(body);

    [Theory]
    [InlineData("switch (n) { case 1: consent.Require(person); break; } {|BIO1001:camera.Capture()|};")]
    [InlineData("switch (consent.IsGranted(person)) { case true: break; case false: {|BIO1001:camera.Capture()|}; break; }")]
    [InlineData("switch (n) { case 1: consent.Require(person); break; case 2: break; default: return; } {|BIO1001:camera.Capture()|};")]
    [InlineData("switch (n) { case > 0 when consent.IsGranted(person) || flag: {|BIO1001:camera.Capture()|}; break; }")]
    [InlineData("switch (n) { case 1: {|BIO1001:camera.Capture()|}; consent.Require(person); break; default: consent.Require(person); break; }")]
    [InlineData("var ok = consent.IsGranted(person); switch (n) { case 1: ok = flag; break; } if (ok) {|BIO1001:camera.Capture()|};")]
    [InlineData("bool? maybe = consent.IsGranted(person); switch (maybe) { case false: break; default: {|BIO1001:camera.Capture()|}; break; }")]
    public Task Switch_does_not_guard_a_section_or_exit_that_a_path_reaches_unchecked(string body)
        => FiresAsync(body);

    [Theory]
    [InlineData("lock (items) { consent.Require(person); } camera.Capture();")]
    [InlineData("while (n > 0) { lock (items) { if (!consent.IsGranted(person)) continue; camera.Capture(); } n--; }")]
    public Task Lock_keeps_the_state_of_its_body(string body)
        => QuietAsync(body);

    [Theory]
    [InlineData("lock (items) { {|BIO1001:camera.Capture()|}; consent.Require(person); }")]
    [InlineData("lock (items) { if (consent.IsGranted(person)) n++; } {|BIO1001:camera.Capture()|};")]
    public Task Lock_does_not_guard_by_itself(string body)
        => FiresAsync(body);

    [Theory]
    [InlineData("switch (n) { case 1: consent.Require(person); goto default; default: return; } camera.Capture();")]
    [InlineData("switch (3) { case 3: consent.Require(person); break; default: return; } camera.Capture();")]
    [InlineData("var ok = flag && consent.IsGranted(person); if (ok) camera.Capture();")]
    [InlineData("if (false) { camera.Capture(); } consent.Require(person); camera.Capture();")]
    [InlineData("try { consent.Require(person); } catch (System.Exception) when (flag) { return; } camera.Capture();")]
    public async Task Other_constructs_are_left_to_the_graph(string body)
    {
        await Verify.AnalyzerAsync(Method(body));
        Assert.False(GraphFreeFlow.Handles(Method(body), "M"));
    }

    private static async Task QuietAsync(string body)
    {
        Assert.DoesNotContain("BIO1001", body);
        await Verify.AnalyzerAsync(Method(body));
        Assert.True(GraphFreeFlow.Handles(Method(body), "M"), "the graph-free walk did not analyze M");
    }

    private static async Task FiresAsync(string body)
    {
        Assert.Contains("{|BIO1001:", body);
        await Verify.AnalyzerAsync(Method(body));
        Assert.True(GraphFreeFlow.Handles(WithoutMarkup(Method(body)), "M"), "the graph-free walk did not analyze M");
    }

    private static string Method(string body) => $$"""
        using Acme;
        class Kiosk
        {
            void M(Camera camera, Consent consent, string person, bool flag, int n, int[] items)
            {
                {{body}}
            }
        }
        """;

    private static string WithoutMarkup(string source) => Regex.Replace(source, @"\{\|BIO1001:(.*?)\|\}", "$1");
}
