using System.Linq;
using System.Text.Json;

namespace BiometricConsent.Tests.Cli;

/// <summary>
/// Accepted findings in <c>biometric-consent assess</c> (docs/cli.md "Accepted findings"): shown with the team's
/// justification, never turned into another outcome, and the exit code is that of the same activity without them.
/// </summary>
public class CliAcceptedTests
{
    private const string Justification = "Signs at both doors and a consent desk since 2023-06; board decision 2023-014";

    private static string NoConsent(string accepted) => $$"""
        {
          "id": "no-consent",
          "jurisdiction": "CN-BJ",
          "period": { "start": "2023-05-01", "end": "2023-05-31" },
          "legalBasis": "Consent",
          "consent": { "obtained": false }{{accepted}}
        }
        """;

    private static readonly string Accepted = NoConsent(
        ",\n  \"accepted\": [ { \"rule\": \"CN-PIPL-29\", \"justification\": \"" + Justification + "\" }, { \"rule\": \"CN-PIPL-14\", \"justification\": \" \" } ]");

    [Fact]
    public void Text_shows_the_justification_under_the_accepted_violation_and_the_exit_code_is_unchanged()
    {
        using var folder = new TempFolder();
        var plain = folder.Run("assess", folder.Write("plain.json", NoConsent("")));
        var accepted = folder.Run("assess", folder.Write("accepted.json", Accepted));

        Assert.Equal(1, plain.ExitCode);
        Assert.True(accepted.ExitCode == plain.ExitCode, accepted.ToString());
        Assert.Equal("", accepted.Stderr);
        var lines = accepted.Stdout.Split('\n');
        var violated = lines.TakeWhile(l => !l.StartsWith("UNDETERMINED", System.StringComparison.Ordinal)).SkipWhile(l => !l.StartsWith("VIOLATED", System.StringComparison.Ordinal)).ToArray();
        var rule = System.Array.FindIndex(violated, l => l.StartsWith("  CN-PIPL-29  ", System.StringComparison.Ordinal));
        Assert.True(rule > 0, accepted.Stdout);
        Assert.Contains("      accepted: " + Justification, violated.Skip(rule + 1).TakeWhile(l => l.StartsWith("      ", System.StringComparison.Ordinal)));

        // One accepted line: the blank justification of CN-PIPL-14 accepts nothing; otherwise the text is the same.
        Assert.Single(lines, l => l.Contains("accepted: ", System.StringComparison.Ordinal));
        Assert.Equal(plain.Stdout.Replace("plain.json", "accepted.json"), string.Join("\n", lines.Where(l => !l.Contains("accepted: ", System.StringComparison.Ordinal))));
    }

    [Fact]
    public void Json_has_accepted_on_the_accepted_finding_only_and_keeps_its_outcome()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("accepted.json", Accepted), "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        var pipl29 = findings.Single(f => f.GetProperty("rule").GetString() == "CN-PIPL-29");
        Assert.Equal("Violated", pipl29.GetProperty("outcome").GetString());
        Assert.Equal(Justification, pipl29.GetProperty("accepted").GetString());
        Assert.Single(findings, f => f.TryGetProperty("accepted", out _));
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("violated").GetInt32() > 0);
    }

    [Fact]
    public void Markdown_shows_the_justification_under_the_accepted_violation()
    {
        using var folder = new TempFolder();
        var run = folder.Run("assess", folder.Write("accepted.json", Accepted), "--format", "markdown");

        Assert.True(run.ExitCode == 1, run.ToString());
        var pipl29 = run.Stdout.Substring(run.Stdout.IndexOf("#### CN-PIPL-29 ", System.StringComparison.Ordinal));
        var section = pipl29.Substring(0, pipl29.IndexOf("\n####", 1, System.StringComparison.Ordinal) is var next && next > 0 ? next : pipl29.Length);
        Assert.Contains("\n**Accepted:** " + Justification, section, System.StringComparison.Ordinal);
        Assert.Single(run.Stdout.Split('\n'), l => l.Contains("Accepted:", System.StringComparison.Ordinal));
    }
}
