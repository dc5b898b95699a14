using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static BiometricConsent.Analyzers.Tests.ActivityTies.ActivityFiles;

namespace BiometricConsent.Analyzers.Tests.ActivityTies;

/// <summary>
/// BIO2005 (code tied to an activity ID no activity file describes) and BIO2006 (an activity file no code is tied to).
/// </summary>
public sealed class ActivityTieTests
{
    private const string CheckInPath = "/0/check-in.activity.json";
    private const string DoorPath = "/0/door.activity.json";

    [Fact]
    public Task Tie_to_a_described_activity_is_quiet()
        => Test(
            """
            using Acme.Privacy;
            [BiometricActivity("member-check-in")]
            class Desk { }
            """,
            (CheckInPath, CheckIn)).RunWithAsync();

    [Fact]
    public Task Misspelt_id_is_BIO2005_at_the_id_with_a_did_you_mean_and_the_file_stays_untied()
        => Test(
            """
            using Acme.Privacy;
            [BiometricActivity({|#0:"Member-Check-In"|})]
            class Desk { }

            [BiometricActivity({|#1:"door-analitycs"|})]
            class Door { }
            """,
            (CheckInPath, CheckIn),
            (DoorPath, Door)).RunWithAsync(
            new DiagnosticResult(Descriptors.UnknownActivity).WithLocation(0)
                .WithArguments("Member-Check-In", "; did you mean 'member-check-in'?"),
            new DiagnosticResult(Descriptors.UnknownActivity).WithLocation(1)
                .WithArguments("door-analitycs", "; did you mean 'door-analytics'?"),
            Untied(CheckInPath, "member-check-in"),
            Untied(DoorPath, "door-analytics"));

    [Fact]
    public Task Tie_through_a_using_alias_counts_and_is_checked()
        => Test(
            """
            using Tie = Acme.Privacy.BiometricActivityAttribute;
            [Tie("member-check-in")]
            class Desk { }

            [Tie({|#0:"door-analitycs"|})]
            class Door { }

            [System.Obsolete("unrelated one-argument attribute")]
            class Old { }
            """,
            (CheckInPath, CheckIn),
            (DoorPath, Door)).RunWithAsync(
            new DiagnosticResult(Descriptors.UnknownActivity).WithLocation(0)
                .WithArguments("door-analitycs", "; did you mean 'door-analytics'?"),
            Untied(DoorPath, "door-analytics"));

    [Fact]
    public Task Id_far_from_every_described_one_asks_for_the_file_or_a_correction()
        => Test(
            """
            using Acme.Privacy;
            class Desk
            {
                [BiometricActivity({|#0:"parking-lot"|})]
                void Open() { }

                [BiometricActivity("member-check-in")]
                void Close() { }
            }
            """,
            (CheckInPath, CheckIn)).RunWithAsync(
            new DiagnosticResult(Descriptors.UnknownActivity).WithLocation(0)
                .WithArguments("parking-lot", "; add its activity file (*.activity.json) to the project or correct the ID"));

    [Fact]
    public Task Project_without_activity_files_is_told_so_at_every_tie_including_the_assembly_one()
        => Test(
            """
            using Acme.Privacy;
            [assembly: BiometricActivity({|#0:"door-analytics"|})]
            [BiometricActivity({|#1:""|})]
            class Desk { }
            """).RunWithAsync(
            new DiagnosticResult(Descriptors.UnknownActivity).WithLocation(0)
                .WithArguments("door-analytics", "; the project has no activity file (a *.activity.json item of AdditionalFiles)"),
            new DiagnosticResult(Descriptors.UnknownActivity).WithLocation(1)
                .WithArguments("", "; the project has no activity file (a *.activity.json item of AdditionalFiles)"));

    [Fact]
    public Task Activity_file_no_code_is_tied_to_is_a_suggestion_at_its_id_once()
        => Test(
            """
            using Acme.Privacy;
            [assembly: BiometricActivity("member-check-in")]
            class Desk { }
            """,
            (CheckInPath, CheckIn),
            (DoorPath, Door)).RunWithAsync(Untied(DoorPath, "door-analytics"));

    [Fact]
    public Task Untied_files_are_not_reported_where_no_code_can_be_tied()
    {
        // Without a BiometricActivityAttribute in the compilation or its references nothing can be tied: a project that
        // only keeps activity files to have them assessed is not nagged.
        var test = new Verify.Test("class Desk { }");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", WithoutAssessment));
        test.TestState.AdditionalFiles.Add((DoorPath, Door));
        return test.RunWithAsync();
    }

    [Fact]
    public Task Arguments_that_are_no_string_constant_and_other_attributes_named_alike_tie_nothing_and_do_not_crash()
        => Test(
            """
            using Acme.Privacy;
            class Desk
            {
                static string Id() => "x";

                [BiometricActivity(null)]
                void A() { }

                [BiometricActivity(nameof(Desk))]
                void B() { }

                [Other.BiometricActivity(1)]
                void C() { }
            }

            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class BiometricActivity : System.Attribute { public BiometricActivity(int x) { } }
            }
            """,
            (CheckInPath, CheckIn)).RunWithAsync(
            new DiagnosticResult(Descriptors.UnknownActivity).WithSpan(9, 24, 9, 36)
                .WithArguments("Desk", "; add its activity file (*.activity.json) to the project or correct the ID"),
            Untied(CheckInPath, "member-check-in"));

    [Fact]
    public async Task Unreadable_activity_files_do_not_crash_the_tie_checks()
    {
        (var diagnostics, var exceptions) = await AnalyzerRunner.RunAsync(
            new[] { AnalyzerRunner.Parse(Prelude.WithLocalAttributes + "\n" + Attribute, "Prelude.cs"), AnalyzerRunner.Parse("[Acme.Privacy.BiometricActivity(\"x\")] class Desk { }", "Desk.cs") },
            null,
            ImmutableArray.Create<AdditionalText>(
                new InMemoryAdditionalText("/0/empty.activity.json", ""),
                new InMemoryAdditionalText("/0/broken.activity.json", "{ \"id\": "),
                new InMemoryAdditionalText("/0/missing.activity.json", (Microsoft.CodeAnalysis.Text.SourceText?)null)));

        Assert.Empty(exceptions);
        // The files themselves are BIO2003's business; no ID can be told from them, so the tie names an unknown activity.
        Assert.Equal(
            new[] { DiagnosticIds.UnknownActivity },
            diagnostics.Where(d => d.Id is DiagnosticIds.CaptureContradictsActivity or DiagnosticIds.UnknownActivity or DiagnosticIds.UntiedActivity).Select(d => d.Id));
    }

    private static DiagnosticResult Untied(string path, string id)
        => new DiagnosticResult(Descriptors.UntiedActivity).WithSpan(path, 2, 9, 2, 11 + id.Length).WithArguments(id);
}
