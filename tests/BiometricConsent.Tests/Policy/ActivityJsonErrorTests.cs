using System.IO;
using System.Linq;
using System.Text;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Tests.Policy;

/// <summary>
/// Errors a person can act on: every error of a document with its line and column, "did you mean" for near
/// misses, syntax errors in our own words (docs/activity-format.md "Errors").
/// </summary>
public class ActivityJsonErrorTests
{
    private const string SeveralErrors =
        "{\n" +
        "  \"jurisdiction\": \"CN-SH\",\n" +
        "  \"period\": { \"start\": \"2021-02-30\" },\n" +
        "  \"Venue\": \"Store\",\n" +
        "  \"purposes\": [\"Paymnt\", \"Payment\", \"Payment\"],\n" +
        "  \"consent\": { \"obtained\": false, \"separate\": true, \"written\": true },\n" +
        "  \"subjects\": { \"storedPersons\": -5 },\n" +
        "  \"sharing\": \"no\"\n" +
        "}";

    [Fact]
    public void ReportsEveryErrorInDocumentOrderWithItsLineAndColumn()
    {
        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(SeveralErrors));
        Assert.Equal(
            new[]
            {
                "3:15: $.period.start: '2021-02-30' is not a date; expected YYYY-MM-DD or an instant such as 2021-07-31T16:00:00Z.",
                "4:3: $.Venue: Unknown field 'Venue'; did you mean 'venue'?",
                "5:16: $.purposes[0]: 'Paymnt' is not a Purpose; did you mean 'Payment'?",
                "5:37: $.purposes[2]: Payment is listed more than once.",
                "6:35: $.consent.separate: separate is true but obtained is false; the two contradict each other.",
                "6:53: $.consent.written: written is true but obtained is false; the two contradict each other.",
                "7:17: $.subjects.storedPersons: The count must not be negative (was -5).",
                "8:3: $.sharing: Expected an object, found the string \"no\".",
            },
            e.Errors.Select(x => x.ToString()));
        Assert.Equal(8, e.ErrorCount);
        Assert.Equal("$.period.start", e.JsonPath);
        Assert.Equal(e.Errors[0].Reason, e.Reason);
        Assert.StartsWith("The activity document has 8 errors:\n  3:15: $.period.start: ", e.Message);
    }

    [Fact]
    public void ListsAtMostTwentyErrorsAndCountsTheRest()
    {
        var fields = string.Join(", ", Enumerable.Range(1, 25).Select(i => $"\"unknown{i}\": {i}"));
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse(fields));
        Assert.Equal(ActivityFormatException.MaxErrors, e.Errors.Count);
        Assert.Equal(25, e.ErrorCount);
        Assert.Equal("$.unknown1", e.JsonPath);
        Assert.Equal("$.unknown20", e.Errors[19].JsonPath);
        Assert.EndsWith("\n  ... and 5 more.", e.Message);
    }

    [Fact]
    public void AOneErrorMessageIsThatError()
    {
        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse("{\n  \"jurisdiction\": \"CN\"\n}"));
        Assert.Equal("1:1: $.period: The required field is missing (e.g. { \"start\": \"2021-01-01\" }).", e.Message);
        Assert.Equal(new TextPosition(1, 1), e.Errors.Single().Position);
    }

    [Theory]
    [InlineData("\"venue\": \"store\"", "$.venue", "'store' is not a Venue; did you mean 'Store'?")]
    [InlineData("\"function\": \"Identifcation\"", "$.function", "'Identifcation' is not a RecognitionFunction; did you mean 'Identification'?")]
    [InlineData("\"legalBasis\": \"Concent\"", "$.legalBasis", "'Concent' is not a LegalBasis; did you mean 'Consent'?")]
    [InlineData("\"venu\": \"Store\"", "$.venu", "Unknown field 'venu'; did you mean 'venue'?")]
    [InlineData("\"consent\": { \"seperate\": true }", "$.consent.seperate", "Unknown field 'seperate'; did you mean 'separate'?")]
    [InlineData("\"subjects\": { \"storedPerson\": 3 }", "$.subjects.storedPerson", "Unknown field 'storedPerson'; did you mean 'storedPersons'?")]
    [InlineData("\"consent\": { \"colour\": 1 }", "$.consent.colour", "Unknown field 'colour'; the fields of $.consent are obtained, separate, written, bundled, conditionOfService, guardianForMinors, withdrawalChannel, electronicSignature, explicit.")]
    [InlineData("\"venue\": \"Shop\"", "$.venue", "'Shop' is not a Venue; expected one of Store, Mall, Hotel, HotelRoom, Bank, Station, Airport, Stadium, EntertainmentVenue, PublicBathhouse, ChangingRoom, PublicToilet, ResidentialCompound, Office, School, Hospital, PublicSquare, Online, Other, Dormitory, NursingRoom, FittingRoom.")]
    public void SuggestsTheNameMeantWhenOneIsClose(string fields, string path, string reason)
    {
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse(fields));
        var error = Assert.Single(e.Errors);
        Assert.Equal(path, error.JsonPath);
        Assert.Equal(reason, error.Reason);
    }

    [Theory]
    [InlineData("cn-bj", "'cn-bj' is not a jurisdiction code as ISO 3166-2 writes it; did you mean 'CN-BJ'?")]
    [InlineData("Cn-Sh", "'Cn-Sh' is not a jurisdiction code as ISO 3166-2 writes it; did you mean 'CN-SH'?")]
    [InlineData("CN_TJ", "'CN_TJ' is not a jurisdiction code as ISO 3166-2 writes it; did you mean 'CN-TJ'?")]
    [InlineData(" CN ", "' CN ' is not a jurisdiction code as ISO 3166-2 writes it; did you mean 'CN'?")]
    [InlineData("cn-hk", "'cn-hk' is not a jurisdiction code: expected an upper-case ISO 3166 code such as CN, CN-TJ, US-IL or DE.")]
    public void MatchesJurisdictionsAsIsoWritesThemAndSuggestsThatSpelling(string code, string reason)
    {
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse("", jurisdiction: code));
        Assert.Equal("$.jurisdiction", e.JsonPath);
        Assert.Equal(reason, e.Reason);
        Assert.False(Jurisdiction.TryParse(code, out _, out var error));
        Assert.Equal(reason, error);
    }

    [Theory]
    [InlineData("{\"jurisdiction\": \"CN\",}", 1, 23, "a comma before '}' is not allowed; remove the comma after the last field.")]
    [InlineData("{\"modalities\": [\"Face\",]}", 1, 24, "a comma before ']' is not allowed; remove the comma after the last item.")]
    [InlineData("{\n  \"jurisdiction\": \"CN\", // Beijing\n}", 2, 25, "expected a field name in double quotes, found a comment (JSON has no comments).")]
    [InlineData("{ /* c */ }", 1, 3, "expected a field name in double quotes, found a comment (JSON has no comments).")]
    [InlineData("{'jurisdiction': 'CN'}", 1, 2, "expected a field name in double quotes, found a single quote (JSON strings and field names are in double quotes).")]
    [InlineData("{\"jurisdiction\": CN}", 1, 18, "expected a value, found 'CN'; a string must be in double quotes: \"CN\".")]
    [InlineData("{\"publicPlace\": True}", 1, 17, "expected a value, found 'True'; JSON writes it in lower case: true.")]
    [InlineData("{\"jurisdiction\": \"CN\" \"period\": {}}", 1, 23, "expected ',' or '}' after the value of \"jurisdiction\", found '\"'.")]
    [InlineData("{\"jurisdiction\" \"CN\"}", 1, 17, "expected ':' after the field name \"jurisdiction\", found '\"'.")]
    [InlineData("{\"id\": \"C:\\dir\"}", 1, 11, "'\\d' is not an escape sequence of JSON (a backslash is written \\\\; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX).")]
    [InlineData("{\"id\": \"a\\u12\"}", 1, 10, "\\u must be followed by four hexadecimal digits.")]
    [InlineData("{\"id\": \"two\nlines\"}", 1, 12, "a string must not span lines; close it with '\"' on this line (write a line break in a string as \\n).")]
    [InlineData("{\"id\": \"a\tb\"}", 1, 10, "a tab inside a string must be written as \\t.")]
    [InlineData("{\"id\": \"open", 1, 8, "the string that starts here is not closed; a '\"' is missing.")]
    [InlineData("{\n  \"period\": {\n    \"start\": \"2021-01-01\"\n", 4, 1, "the document ends before the object opened at line 2, column 13 is closed.")]
    [InlineData("{\"subjects\": {\"storedPersons\": 01}}", 1, 32, "'01' is not a JSON number: a number must not start with 0 unless it is 0 or 0.x.")]
    [InlineData("{\"subjects\": {\"storedPersons\": 1.}}", 1, 32, "'1.' is not a JSON number: a digit must follow the decimal point.")]
    [InlineData("{\"subjects\": {\"storedPersons\": -}}", 1, 32, "'-' is not a JSON number: a digit must follow '-'.")]
    [InlineData("{} {}", 1, 4, "found '{' after the end of the document; a document holds one JSON value.")]
    [InlineData("{\"a\": [[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]}", 1, 22, "objects and arrays nest deeper than 16 levels.")]
    [InlineData("\u00a0{}", 1, 1, "expected a value, found the character U+00A0.")]
    public void ExplainsMalformedJsonInItsOwnWordsAtTheCharacter(string json, int line, int column, string reason)
    {
        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(json));
        var error = Assert.Single(e.Errors);
        Assert.Equal("$", error.JsonPath);
        Assert.Equal("Malformed JSON: " + reason, error.Reason);
        Assert.Equal(new TextPosition(line, column), error.Position);
        Assert.Null(e.InnerException);
        foreach (var leak in new[] { "LineNumber", "BytePositionInLine", "Path: $", "JSON payload", "JsonReader" })
        {
            Assert.DoesNotContain(leak, e.Message, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PositionsCountUtf16UnitsAfterAByteOrderMark()
    {
        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse("\uFEFF{ \"id\": \"\u4eba\u8138\", \"venu\": \"Store\" }"));
        Assert.Equal(new TextPosition(1, 15), e.Errors.Single(x => x.JsonPath == "$.venu").Position);
    }

    [Fact]
    public void NamesTheByteThatIsNotUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"id\": \"caf_\" }").Select(b => b == (byte)'_' ? (byte)0xE9 : b).ToArray();
        using var stream = new MemoryStream(bytes);
        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(stream));
        Assert.Equal("2:13: $: The document is not UTF-8 text: the byte 0xE9 here cannot be read as UTF-8; save the file as UTF-8.", e.Message);
    }

    [Fact]
    public void AcceptsAndIgnoresATopLevelSchemaReference()
    {
        var a = TestData.Parse("\"$schema\": \"../schema/activity.schema.json\"");
        Assert.Equal("CN-SH", a.Jurisdiction.Code);
        TestData.Parse("\"$schema\": null");
    }

    [Theory]
    [InlineData("\"$schema\": 1", "$.$schema", "Expected a string (the path or URI of the JSON schema), found the number 1.")]
    [InlineData("\"consent\": { \"$schema\": \"x\" }", "$.consent.$schema", "Unknown field '$schema'; the fields of $.consent are")]
    public void AcceptsTheSchemaReferenceOnlyAsATopLevelString(string fields, string path, string reason)
    {
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse(fields));
        Assert.Equal(path, e.JsonPath);
        Assert.StartsWith(reason, e.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsEveryContradictionOfASection()
    {
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse(
            "\"consent\": { \"obtained\": false, \"separate\": true, \"bundled\": true, \"explicit\": true }, " +
            "\"storage\": { \"onDeviceOnly\": true, \"transmittedOverInternet\": true, \"crossBorder\": true }"));
        Assert.Equal(
            new[] { "$.consent.separate", "$.consent.bundled", "$.consent.explicit", "$.storage.transmittedOverInternet", "$.storage.crossBorder" },
            e.Errors.Select(x => x.JsonPath));
    }

    [Fact]
    public void ReportsContradictionsAcrossSectionsBesideOtherErrors()
    {
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse(
            "\"legalBasis\": \"None\", \"consent\": { \"obtained\": true, \"colour\": 1 }"));
        Assert.Equal(new[] { "$.legalBasis", "$.consent.colour" }, e.Errors.Select(x => x.JsonPath));
    }

    [Theory]
    [InlineData("{ \"jurisdiction\": null, \"period\": { \"start\": \"2021-01-01\" } }", "$.jurisdiction", "The required field is null (e.g. \"CN-SH\").")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": null } }", "$.period.start", "The required field is null (e.g. a date such as \"2021-01-01\" or an instant such as \"2021-07-31T16:00:00Z\").")]
    public void ANullRequiredFieldIsNamedAsNull(string json, string path, string reason)
    {
        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(json));
        Assert.Equal(path, e.JsonPath);
        Assert.Equal(reason, e.Reason);
    }

    [Fact]
    public void KeepsTheSingleErrorConstructor()
    {
        var e = new ActivityFormatException("$.venue", "Not a venue.");
        Assert.Equal("$.venue: Not a venue.", e.Message);
        Assert.Null(Assert.Single(e.Errors).Position);
        Assert.Equal(1, e.ErrorCount);
    }
}
