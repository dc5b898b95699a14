using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// The graph-free flow walk (<c>Flow/StructuredFlow.cs</c>) must report exactly what the control-flow graph reports
/// (issue 10, part 5). Every <see cref="Verify"/>-based test already runs both ways; this test adds a generated corpus:
/// seeded random methods of checks, captures, bool locals, conditions with <c>!</c>/<c>&amp;&amp;</c>/<c>||</c>,
/// loops with <c>break</c>/<c>continue</c>, <c>switch</c> statements (constant and pattern labels, <c>when</c>,
/// <c>default</c>), <c>try</c>/<c>catch</c>/<c>finally</c>, <c>using</c>, <c>lock</c> and early exits,
/// analyzed with the walk on and off. It also checks that the walk handles most of them, so the comparison is not
/// between two runs of the graph.
/// </summary>
public class FlowEngineAgreementTests
{
    private const int MethodsPerSeed = 40;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Generated_methods_get_the_same_diagnostics_with_and_without_the_graph(int seed)
    {
        var source = CorpusGenerator.Generate(seed, MethodsPerSeed);
        var compilation = GraphFreeFlow.Compile(source);

        var handled = GraphFreeFlow.HandledMethods(compilation);
        var withWalk = await GraphFreeFlow.DiagnosticsAsync(compilation, graphFreeFlow: true);
        var graphOnly = await GraphFreeFlow.DiagnosticsAsync(compilation, graphFreeFlow: false);

        Assert.Equal(graphOnly, withWalk);

        // Both outcomes occur, and the walk (not the graph) analyzed most methods.
        Assert.Contains(withWalk, d => d.StartsWith("BIO1001", StringComparison.Ordinal));
        Assert.True(withWalk.Count(d => d.StartsWith("BIO1001", StringComparison.Ordinal)) < source.Split("camera.Capture()").Length - 1, "every capture was reported");
        Assert.True(handled.Count >= MethodsPerSeed * 3 / 4, $"the graph-free walk handled only {handled.Count} of {MethodsPerSeed} methods");
        Assert.Contains(handled, name => MethodText(source, name).Contains("switch (", StringComparison.Ordinal));
    }

    /// <summary>The text of generated method <paramref name="name"/>, up to the next method.</summary>
    private static string MethodText(string source, string name)
    {
        var start = source.IndexOf($"void {name}(", StringComparison.Ordinal);
        var end = source.IndexOf("    void M", start + 1, StringComparison.Ordinal);
        return end < 0 ? source[start..] : source[start..end];
    }

    /// <summary>Random method bodies over the constructs the graph-free walk handles (and a few it leaves to the graph).</summary>
    internal sealed class CorpusGenerator
    {
        private readonly Random random;
        private readonly StringBuilder text = new StringBuilder();
        private int loopDepth;
        private int finallyDepth;
        private bool leftToGraph;
        private int names;

        private CorpusGenerator(int seed)
        {
            random = new Random(seed);
        }

        internal static string Generate(int seed, int methods)
        {
            var generator = new CorpusGenerator(seed);
            generator.text.Append("using System;\nusing System.IO;\nusing Acme;\n\nclass Corpus\n{\n");
            for (var i = 0; i < methods; i++)
            {
                generator.Method(i);
            }

            return generator.text.Append("}\n").ToString();
        }

        private void Method(int index)
        {
            text.Append($"    void M{index}(Camera camera, Consent consent, string person, bool flag, int n, int[] items)\n    {{\n");
            text.Append("        var ok0 = consent.IsGranted(person);\n        var ok1 = flag;\n");

            // One method in eight gets one statement the walk leaves to the graph.
            leftToGraph = random.Next(8) == 0;
            var count = random.Next(2, 6);
            for (var i = 0; i < count; i++)
            {
                text.Append("        ").Append(Statement(0)).Append('\n');
            }

            text.Append("        camera.Capture();\n    }\n\n");
        }

        private string Block(int depth)
        {
            var body = new StringBuilder("{ ");
            var count = random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                body.Append(Statement(depth)).Append(' ');
            }

            if (loopDepth > 0 && random.Next(5) == 0)
            {
                body.Append(random.Next(2) == 0 ? "break; " : "continue; ");
            }

            return body.Append('}').ToString();
        }

        private string Statement(int depth)
        {
            var choice = random.Next(depth >= 3 ? 6 : leftToGraph ? 18 : 17);
            switch (choice)
            {
                case 0:
                case 1:
                    return "camera.Capture();";
                case 2:
                    return "consent.Require(person);";
                case 3:
                    return $"ok{random.Next(2)} = {Pick("consent.IsGranted(person)", "false", "flag", "!ok0")};";
                case 4:
                    return Pick("n++;", "n = n - 1;", "camera.Focus();");
                case 5:
                {
                    // Control cannot leave a finally except by throwing; a loop inside one can still be left by break.
                    var exit = finallyDepth > 0 ? "throw new InvalidOperationException();" : Pick("return;", "throw new InvalidOperationException();");
                    return $"if ({Condition(0)}) {(loopDepth > 0 ? Pick("break;", "continue;", exit) : exit)}";
                }

                case 6:
                case 7:
                    return $"if ({Condition(0)}) {Block(depth + 1)}" + (random.Next(2) == 0 ? $" else {Block(depth + 1)}" : string.Empty);
                case 8:
                    return Loop($"while ({Condition(0)}) ", depth);
                case 9:
                {
                    var body = Loop("do ", depth);
                    return $"{body} while ({Condition(0)});";
                }

                case 10:
                {
                    var i = "i" + names++;
                    var condition = random.Next(2) == 0 ? $"{i} < n" : $"{i} < n && {Condition(1)}";
                    return Loop($"for (var {i} = 0; {condition}; {i}++) ", depth);
                }

                case 11:
                    return Loop($"foreach (var x{names++} in items) ", depth);
                case 12:
                case 13:
                {
                    var @try = $"try {Block(depth + 1)}";
                    return random.Next(4) switch
                    {
                        0 => $"{@try} catch {Block(depth + 1)}",
                        1 => $"{@try} catch (Exception e{names++}) {Block(depth + 1)}",
                        2 => $"{@try} finally {Finally(depth + 1)}",
                        _ => $"{@try} catch (InvalidOperationException) {Block(depth + 1)} finally {Finally(depth + 1)}",
                    };
                }

                case 14:
                    return random.Next(3) == 0
                        ? $"lock (items) {Block(depth + 1)}"
                        : $"using (var s{names++} = new MemoryStream()) {Block(depth + 1)}";
                case 15:
                case 16:
                    return Switch(depth);
                default:
                    // Left to the graph: goto case or a conditional expression, so the corpus mixes both kinds of analysis.
                    leftToGraph = false;
                    return random.Next(4) == 0
                        ? $"switch (n) {{ case 1: consent.Require(person); goto default; default: {Statement(3)} break; }}"
                        : $"n = {Condition(1)} ? 1 : 0;";
            }
        }

        /// <summary>
        /// A switch statement over an int or a bool (a check, a bool local, a parameter), with labels chosen so that none
        /// is subsumed by an earlier one (a compile error): constants, a relational or <c>var</c> pattern with a
        /// <c>when</c> clause, and <c>default</c>. Each section ends in a jump, as C# requires.
        /// </summary>
        private string Switch(int depth)
        {
            var labels = new System.Collections.Generic.List<string>();
            string value;
            if (random.Next(2) == 0)
            {
                value = "n";
                labels.AddRange(new[] { "case 1:", "case 2: case 3:", $"case > 5 when {Condition(1)}:", "case int k" + names++ + " when k" + (names - 1) + " < 0:" }
                    .Where(_ => random.Next(2) == 0));
            }
            else
            {
                value = Pick("consent.IsGranted(person)", "ok0", "ok1", "flag");
                if (random.Next(2) == 0)
                {
                    labels.Add($"case var b{names++} when {Condition(1)}:");
                }

                var constants = Pick("t", "f", "tf", "ft");
                labels.AddRange(constants.Select(c => c == 't' ? "case true:" : "case false:"));
                if (constants.Length == 2)
                {
                    // Both constants cover a bool: no default, so the miss path (no label matched) is what reaches past the switch.
                    return Sections(value, labels, depth);
                }
            }

            if (labels.Count == 0 || random.Next(2) == 0)
            {
                labels.Insert(random.Next(labels.Count + 1), "default:");
            }

            return Sections(value, labels, depth);
        }

        private string Sections(string value, System.Collections.Generic.List<string> labels, int depth)
        {
            var text = new StringBuilder($"switch ({value}) {{ ");
            foreach (var label in labels)
            {
                var exit = finallyDepth > 0 ? "throw new InvalidOperationException();" : Pick("return;", "throw new InvalidOperationException();");
                var end = random.Next(3) == 0 ? (loopDepth > 0 ? Pick("continue;", exit) : exit) : "break;";
                text.Append(label).Append(' ').Append(Block(depth + 1)).Append(' ').Append(end).Append(' ');
            }

            return text.Append('}').ToString();
        }

        private string Finally(int depth)
        {
            var outerLoops = loopDepth;
            loopDepth = 0;
            finallyDepth++;
            var body = Block(depth);
            finallyDepth--;
            loopDepth = outerLoops;
            return body;
        }

        private string Loop(string head, int depth)
        {
            loopDepth++;
            var body = Block(depth + 1);
            loopDepth--;
            return head + body;
        }

        private string Condition(int depth)
        {
            var choice = random.Next(depth >= 2 ? 6 : 9);
            return choice switch
            {
                0 => "consent.IsGranted(person)",
                1 => $"ok{random.Next(2)}",
                2 => "flag",
                3 => "n > 0",
                4 => "consent.IsOpen()",
                5 => $"ok{random.Next(2)} == false",
                6 => $"!({Condition(depth + 1)})",
                7 => $"{Condition(depth + 1)} && {Condition(depth + 1)}",
                _ => $"({Condition(depth + 1)} || {Condition(depth + 1)})",
            };
        }

        private string Pick(params string[] options) => options[random.Next(options.Length)];
    }
}
