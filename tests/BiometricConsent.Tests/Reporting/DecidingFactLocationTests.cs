using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Serialization;
using BiometricConsent.Tests.Policy;
using Xunit.Abstractions;

namespace BiometricConsent.Tests.Reporting;

/// <summary>Every violation of the examples and of the sample's activity points at the fact that decided it.</summary>
public class DecidingFactLocationTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Documents() =>
        Directory.GetFiles(Path.Combine(TestData.RepositoryRoot, "docs", "examples"), "*.json")
            .Select(p => "docs/examples/" + Path.GetFileName(p))
            .Append("docs/samples/StoreCamera/store-camera-activity.json")
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_violation_has_a_region_at_a_deciding_fact(string path)
    {
        var json = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, path));
        var a = TestData.Assessor.Assess(ActivityJson.Parse(json));
        using var log = JsonDocument.Parse(SarifWriter.ToSarif(new[] { new AssessedDocument(a, path, json) }));
        var results = SarifAssert.Valid(log.RootElement).GetProperty("results").EnumerateArray().ToArray();
        // The violations, then the advice not followed (SARIF level note): both point at the fact that decided them.
        var violations = a.Findings.Concat(a.Advice).Where(f => f.Outcome == Outcome.Violated).ToArray();
        Assert.Equal(violations.Length, results.Length);
        var lines = json.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < violations.Length; i++)
        {
            var f = violations[i];
            output.WriteLine($"{f.RuleId}: {string.Join(", ", f.DecidingFacts)}");
            Assert.NotEmpty(f.DecidingFacts);
            var region = results[i].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            int line = region.GetProperty("startLine").GetInt32(), column = region.GetProperty("startColumn").GetInt32();
            Assert.False(line == 1 && column == 1, $"{f.RuleId} points at 1:1");

            // The region is the first deciding fact written in the document, or the nearest present parent of one.
            var expected = f.DecidingFacts.Select(p => JsonPathLocator.Locate(json, p)).First(p => p != null)!.Value;
            Assert.Equal((expected.Line, expected.Column), (line, column));
            var name = '"' + f.DecidingFacts.Select(p => (Path: p, Where: JsonPathLocator.Locate(json, p)))
                .First(x => x.Where != null).Path.Split('.').Last() + '"';
            var at = lines[line - 1].Substring(column - 1);
            Assert.True(
                at.StartsWith(name, System.StringComparison.Ordinal) || f.DecidingFacts.Any(p => at.StartsWith('"' + p.Split('.')[^2] + '"', System.StringComparison.Ordinal)),
                $"{f.RuleId}: line {line} '{lines[line - 1].Trim()}' is not the property of {string.Join(", ", f.DecidingFacts)}");
        }
    }
}
