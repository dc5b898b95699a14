using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BiometricConsent.Analyzers.Activities;
using BiometricConsent.Analyzers.Policy.Rules;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NodaTime;
using Xunit;

namespace BiometricConsent.Analyzers.Tests.Activities;

/// <summary>The activity loader (Activities/ActivityFileLoader.cs): which files, reading, assessing, locating.</summary>
public sealed class ActivityFileLoaderTests
{
    /// <summary>The XPeng stores case: no notice, no consent (docs/examples/xpeng-shanghai-2021.json).</summary>
    internal const string XPeng = """
        {
          "id": "xpeng-stores",
          "jurisdiction": "CN-SH",
          "period": { "start": "2021-01-01", "end": "2021-06-30" },
          "processor": { "name": "Shanghai XPeng Motor Sales Service Co., Ltd.", "kinds": ["BusinessOperator"] },
          "venue": "Store",
          "publicPlace": true,
          "modalities": ["Face"],
          "function": "AttributeAnalysis",
          "purposes": ["CustomerAnalytics"],
          "subjects": { "kinds": ["Consumer"], "storedPersons": 431623 },
          "legalBasis": "None",
          "consent": { "obtained": false },
          "notice": { "given": false, "beforeProcessing": false, "conspicuousSigns": false, "elements": [] },
          "storage": { "onDeviceOnly": false, "transmittedOverInternet": true }
        }
        """;

    /// <summary>An ongoing activity relying on consent that was obtained.</summary>
    internal const string CheckIn = """
        {
          "id": "member-check-in",
          "jurisdiction": "CN-SH",
          "period": { "start": "2025-01-01" },
          "legalBasis": "Consent",
          "consent": { "obtained": true, "separate": true }
        }
        """;

    private static readonly IClock Dec7 = new FixedClock(Instant.FromUtc(2026, 12, 7, 6, 0));

    [Fact]
    public void Reads_and_assesses_activity_files_only_in_path_order()
    {
        var documents = Load(new Dictionary<string, string>
        {
            ["/p/b.activity.json"] = XPeng,
            ["/p/a.Activity.JSON"] = CheckIn,
            ["/p/notes.json"] = XPeng,
            ["/p/BiometricApis.txt"] = "T:X",
        });

        Assert.Equal(new[] { "/p/a.Activity.JSON", "/p/b.activity.json" }, documents.Select(d => d.Path));
        var xpeng = documents[1];
        Assert.True(xpeng.IsReadable);
        Assert.Empty(xpeng.Errors);
        Assert.Equal("xpeng-stores", xpeng.ActivityId);
        Assert.False(xpeng.DeclaresConsent);
        Assert.NotNull(xpeng.Assessment);
        Assert.Contains(xpeng.Assessment!.Findings, f => f.Outcome == Outcome.Violated);
        Assert.Equal(new LocalDate(2021, 6, 30), xpeng.Assessment.Period.End);
        Assert.Equal(new LocalDate(2021, 6, 30), xpeng.AssessedOn);
        Assert.True(documents[0].DeclaresConsent);
    }

    [Fact]
    public void Metadata_adds_a_file_of_another_name_and_removes_an_activity_file()
    {
        var options = new TestConfigOptions()
            .ForFile("/p/store.json", new Dictionary<string, string> { [ActivityFileLoader.ActivityMetadataKey] = "true" })
            .ForFile("/p/draft.activity.json", new Dictionary<string, string> { [ActivityFileLoader.ActivityMetadataKey] = "False" });

        var documents = Load(new Dictionary<string, string> { ["/p/store.json"] = XPeng, ["/p/draft.activity.json"] = XPeng }, options);

        Assert.Equal("/p/store.json", Assert.Single(documents).Path);
    }

    [Fact]
    public void An_ongoing_activity_is_assessed_up_to_the_build_date_or_the_configured_one()
    {
        // The CAC FRT Measures take effect on 2025-06-01: in force by the build date, not by 2025-03-01.
        var built = Assert.Single(Load(new Dictionary<string, string> { ["/p/c.activity.json"] = CheckIn }));
        Assert.Equal(new LocalDate(2026, 12, 7), built.AssessedOn);
        Assert.Contains(built.Assessment!.Findings, f => f.RuleId.StartsWith("CN-CAC-FRT-") && f.Outcome != Outcome.NotInForce);

        var options = new TestConfigOptions(new Dictionary<string, string> { [ActivityFileLoader.AssessmentDateKey] = " 2025-03-01 " });
        var fixedDay = Assert.Single(Load(new Dictionary<string, string> { ["/p/c.activity.json"] = CheckIn }, options));
        Assert.Equal(new LocalDate(2025, 3, 1), fixedDay.AssessedOn);
        Assert.All(fixedDay.Assessment!.Findings.Where(f => f.RuleId.StartsWith("CN-CAC-FRT-")), f => Assert.Equal(Outcome.NotInForce, f.Outcome));
        Assert.Contains(fixedDay.Assessment.Findings, f => f.RuleId.StartsWith("CN-CAC-FRT-"));
        Assert.Null(fixedDay.AssessmentDateError);
    }

    [Fact]
    public void A_configured_date_that_is_not_a_date_is_reported_and_the_build_date_used()
    {
        var options = new TestConfigOptions().ForFile("/p/c.activity.json", new Dictionary<string, string> { [ActivityFileLoader.AssessmentDateKey] = "1 March" });

        var document = Assert.Single(Load(new Dictionary<string, string> { ["/p/c.activity.json"] = CheckIn }, options));

        Assert.Equal(new LocalDate(2026, 12, 7), document.AssessedOn);
        Assert.Equal("biometric_consent.assessment_date = '1 March' is not a date in the form yyyy-MM-dd (e.g. 2026-12-01); the build date is used instead.", document.AssessmentDateError);
    }

    [Fact]
    public void An_invalid_activity_gives_the_readers_errors_at_their_positions_and_keeps_its_id()
    {
        const string Json = "{\n  \"id\": \"door\",\n  \"jurisdiction\": \"CN-SH\",\n  \"period\": { \"start\": \"2026-01-01\" },\n  \"legalBasis\": \"Consnt\"\n}";

        var document = Assert.Single(Load(new Dictionary<string, string> { ["/p/d.activity.json"] = Json }));

        Assert.False(document.IsReadable);
        Assert.Null(document.Assessment);
        Assert.Null(document.AssessedOn);
        Assert.Equal("door", document.ActivityId);
        var error = Assert.Single(document.Errors);
        Assert.Equal("$.legalBasis", error.JsonPath);
        Assert.StartsWith("$.legalBasis: ", error.Message);
        Assert.Contains("Consent", error.Reason);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/p/d.activity.json", span.Path);
        Assert.Equal(4, span.StartLinePosition.Line);
        Assert.Equal("\"legalBasis\"", document.Text.ToString(error.Location.SourceSpan));
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("{ \"id\": ", "$")]
    [InlineData("[1, 2]", "$")]
    public void A_document_that_is_no_activity_at_all_has_an_error_and_no_id(string json, string path)
    {
        var document = Assert.Single(Load(new Dictionary<string, string> { ["/p/e.activity.json"] = json }));

        Assert.False(document.IsReadable);
        Assert.Null(document.ActivityId);
        Assert.Equal(path, document.Errors[0].JsonPath);
        Assert.Null(document.Locate("$.id"));
        Assert.Equal(0, document.IdLocation.SourceSpan.Start);
    }

    [Fact]
    public void A_file_over_1_MiB_is_not_read()
    {
        var document = Assert.Single(Load(new Dictionary<string, string> { ["/p/big.activity.json"] = "{" + new string(' ', 1024 * 1024) + "}" }));

        var error = Assert.Single(document.Errors);
        Assert.Null(error.JsonPath);
        Assert.Equal("The file has 1,048,578 characters; an activity file may be at most 1 MiB (1,048,576 characters).", error.Message);
    }

    [Fact]
    public void Locates_json_paths_at_property_names_and_array_elements()
    {
        var document = Assert.Single(Load(new Dictionary<string, string> { ["/p/x.activity.json"] = XPeng }));

        Assert.Equal("\"obtained\"", document.Text.ToString(document.Locate("$.consent.obtained")!.SourceSpan));
        Assert.Equal(12, document.Locate("$.consent.obtained")!.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("\"CustomerAnalytics\"", document.Text.ToString(document.Locate("$.purposes[0]")!.SourceSpan));
        // As far as the path exists: a missing fact of a present section is located at the section.
        Assert.Equal("\"consent\"", document.Text.ToString(document.Locate("$.consent.separate")!.SourceSpan));
        Assert.Null(document.Locate("$.necessity.alternativeOffered"));
        Assert.Equal("\"purposes\"", document.Text.ToString(document.Locate("$.purposes[3]")!.SourceSpan));
        Assert.Null(document.Locate("id"));
        Assert.Equal("\"xpeng-stores\"", document.Text.ToString(document.IdLocation.SourceSpan));
    }

    [Fact]
    public void An_unavailable_text_is_skipped()
    {
        var file = new InMemoryAdditionalText("/p/gone.activity.json", (Microsoft.CodeAnalysis.Text.SourceText?)null);

        var documents = new ActivityFileLoader(Dec7).Load(new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(file)), CancellationToken.None);

        Assert.Empty(documents);
    }

    [Fact]
    public void The_same_text_is_read_once_and_assessed_once_per_day()
    {
        var files = new Dictionary<string, string> { ["/p/one.activity.json"] = XPeng, ["/q/two.activity.json"] = XPeng };

        var first = Load(files);
        var again = Load(files);

        Assert.Same(first[0].Activity, first[1].Activity);
        Assert.Same(first[0].Assessment, again[1].Assessment);
    }

    internal static ImmutableArray<ActivityDocument> Load(Dictionary<string, string> files, AnalyzerConfigOptionsProvider? options = null)
    {
        var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Key, f.Value)).ToImmutableArray();
        return new ActivityFileLoader(Dec7).Load(new AnalyzerOptions(additional, options ?? new TestConfigOptions()), CancellationToken.None);
    }

    private sealed class FixedClock : IClock
    {
        private readonly Instant now;

        internal FixedClock(Instant now) => this.now = now;

        public Instant GetCurrentInstant() => now;
    }
}
