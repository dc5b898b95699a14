using System.Collections.Generic;
using System.IO;
using System.Linq;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Tests.Policy;
using Snapshooter;
using Snapshooter.Xunit;

namespace BiometricConsent.Tests.Reporting;

/// <summary>
/// The whole assessment (the assessment JSON of docs/cli.md) of every example in docs/examples, found at test time: an example added
/// by anyone gets its snapshot written on the first run (commit it), and a rule change that alters an example's
/// outcome shows up as a snapshot diff.
/// </summary>
public class ExampleAssessmentSnapshotTests
{
    public static IEnumerable<object[]> Examples() =>
        Directory.GetFiles(Path.Combine(TestData.RepositoryRoot, "docs", "examples"), "*.json")
            .Select(Path.GetFileName)
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Assessment_of_example(string file)
    {
        var json = AssessmentJsonWriter.ToJson(TestData.Assessor.Assess(TestData.Example(file)));
        Snapshot.Match(json, SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(file)));
    }

    [Fact]
    public void The_seed_examples_are_discovered()
    {
        var names = Examples().Select(row => (string)row[0]).ToArray();
        Assert.Contains("xpeng-shanghai-2021.json", names);
        Assert.Contains("guo-bing-safari-park.json", names);
        Assert.Contains("tianjin-credit-provider.json", names);
    }
}
