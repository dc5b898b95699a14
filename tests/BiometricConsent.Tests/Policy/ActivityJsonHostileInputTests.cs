using System;
using System.IO;
using System.Linq;
using System.Text;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Tests.Policy;

/// <summary>
/// Input that once crashed the reader or printed badly (issue 12): every case is an <see cref="ActivityFormatException"/>
/// naming the JSON path, with a one-line reason in which names and values from the document are escaped.
/// </summary>
public class ActivityJsonHostileInputTests
{
    [Theory]
    [InlineData("{ \"id\": \"\\ud800\", \"jurisdiction\": \"CN-SH\", \"period\": { \"start\": \"2021-01-01\" } }", "$.id", "\\ud800")]
    [InlineData("{ \"id\": \"x\\udc00\", \"jurisdiction\": \"CN-SH\", \"period\": { \"start\": \"2021-01-01\" } }", "$.id", "\\udc00")]
    [InlineData("{ \"id\": \"\\ud800\\u0041\", \"jurisdiction\": \"CN-SH\", \"period\": { \"start\": \"2021-01-01\" } }", "$.id", "\\ud800")]
    [InlineData("{ \"jurisdiction\": \"CN-SH\", \"period\": { \"start\": \"2021-01-01\" }, \"venue\": \"\\udbff\" }", "$.venue", "\\udbff")]
    public void A_lone_surrogate_escape_in_a_value_is_an_error_at_its_path(string json, string path, string shown)
    {
        var e = Rejected(json);
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(shown, e.Reason);
        Assert.Contains("surrogate", e.Reason);
    }

    [Fact]
    public void A_lone_surrogate_in_a_field_name_is_an_unknown_field_printed_escaped()
    {
        var e = Rejected("{ \"jurisdiction\": \"CN-SH\", \"period\": { \"start\": \"2021-01-01\" }, \"\\ud800\": 1 }");
        Assert.Equal("$['\\ud800']", e.JsonPath);
        Assert.StartsWith("Unknown field '\\ud800'", e.Reason);
    }

    [Fact]
    public void A_raw_lone_surrogate_given_to_parse_a_string_is_an_error_too()
    {
        var e = Rejected("{ \"id\": \"a\uD800b\", \"jurisdiction\": \"CN-SH\", \"period\": { \"start\": \"2021-01-01\" } }");
        Assert.Equal("$.id", e.JsonPath);
    }

    [Fact]
    public void A_surrogate_pair_written_as_two_escapes_is_one_character()
    {
        var activity = ActivityJson.Parse("{ \"id\": \"\\ud83d\\ude00\", \"jurisdiction\": \"CN-SH\", \"period\": { \"start\": \"2021-01-01\" } }");
        Assert.Equal("\U0001F600", activity.Id);
    }

    [Theory]
    [InlineData("\"start\": \"9999-12-31T23:59:59-18:00\"", "$.period.start", "'9999-12-31T23:59:59-18:00'")]
    [InlineData("\"start\": \"-9998-01-01T00:00:00+18:00\"", "$.period.start", "'-9998-01-01T00:00:00+18:00'")]
    [InlineData("\"start\": \"9999-12-31T23:59:59Z\"", "$.period.start", "'9999-12-31T23:59:59Z'")]
    [InlineData("\"start\": \"9999-12-31\"", "$.period.start", "'9999-12-31'")]
    [InlineData("\"start\": \"2999-12-31T23:59:59-18:00\"", "$.period.start", "'2999-12-31T23:59:59-18:00'")]
    [InlineData("\"start\": \"1900-01-01T00:00:00+00:01\"", "$.period.start", "'1900-01-01T00:00:00+00:01'")]
    [InlineData("\"start\": \"1899-12-31\"", "$.period.start", "'1899-12-31'")]
    [InlineData("\"start\": \"2021-01-01\", \"end\": \"-9998-01-01T00:00:00Z\"", "$.period.end", "'-9998-01-01T00:00:00Z'")]
    [InlineData("\"start\": \"2021-01-01\", \"end\": \"3000-01-01\"", "$.period.end", "'3000-01-01'")]
    public void Dates_and_instants_outside_1900_to_2999_are_errors_at_their_path(string period, string path, string shown)
    {
        var e = Rejected("{ \"jurisdiction\": \"CN-SH\", \"period\": { " + period + " } }");
        Assert.Equal(1, e.ErrorCount);
        Assert.Equal(path, e.JsonPath);
        Assert.Equal($"{shown} is outside the dates this library assesses, 1900-01-01 to 2999-12-31 (instants in UTC).", e.Reason);
    }

    [Theory]
    [InlineData("1900-01-01", "2999-12-31")]
    [InlineData("1900-01-01T00:00:00Z", "2999-12-31T23:59:59Z")]
    public void The_ends_of_the_supported_range_are_accepted(string start, string end)
    {
        var activity = ActivityJson.Parse($"{{ \"jurisdiction\": \"CN-SH\", \"period\": {{ \"start\": \"{start}\", \"end\": \"{end}\" }} }}");
        Assert.Equal(start, activity.Period.Start.ToString());
    }

    [Theory]
    [InlineData("\"filing\": { \"thresholdReachedOn\": \"9999-12-31\" }", "$.filing.thresholdReachedOn")]
    [InlineData("\"impactAssessment\": { \"completedOn\": \"0001-01-01\" }", "$.impactAssessment.completedOn")]
    public void Dated_facts_outside_the_range_are_errors(string fields, string path)
    {
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse(fields));
        Assert.Equal(path, e.JsonPath);
        Assert.Contains("is outside the dates this library assesses", e.Reason);
    }

    [Fact]
    public void The_model_rejects_a_period_outside_the_range_too()
    {
        var e = Assert.Throws<ArgumentException>(() => ActivityPeriod.FromDates(new NodaTime.LocalDate(2021, 1, 1), new NodaTime.LocalDate(9999, 12, 31)));
        Assert.Equal("end", e.ParamName);
    }

    [Theory]
    [InlineData("\"id\": \"a\\nNothing was assessed.\"", "$.id", "\\n (U+000A)")]
    [InlineData("\"id\": \"a\\u001b[2J\"", "$.id", "\\u001b (U+001B)")]
    [InlineData("\"id\": \"a\\u202eb\"", "$.id", "\\u202e (U+202E)")]
    [InlineData("\"processor\": { \"name\": \"tab\\there\" }", "$.processor.name", "\\t (U+0009)")]
    public void Control_characters_in_an_id_or_name_are_errors_printed_escaped(string fields, string path, string shown)
    {
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse(fields));
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(shown, e.Reason);
        Assert.DoesNotContain('\n', e.Reason);
    }

    [Theory]
    [InlineData("\"x\\nNothing was assessed.\": 1", "$['x\\nNothing was assessed.']", "Unknown field 'x\\nNothing was assessed.'")]
    [InlineData("\"a\\u0000b\": 1", "$['a\\u0000b']", "Unknown field 'a\\u0000b'")]
    [InlineData("\"it's\": 1", "$['it\\'s']", "Unknown field 'it's'")]
    [InlineData("\"\": 1", "$['']", "Unknown field ''")]
    [InlineData("\"venue\": \"Store\\r\\n\"", "$.venue", "'Store\\r\\n' is not a Venue")]
    [InlineData("\"publicPlace\": \"\\u0085\"", "$.publicPlace", "found the string \"\\u0085\"")]
    public void Names_and_values_echoed_in_messages_are_escaped(string fields, string path, string reason)
    {
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse(fields));
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(reason, e.Reason);
        Assert.All(e.Message.Split('\n'), line => Assert.DoesNotContain(line, c => c < ' ' || (c >= '\u007f' && c <= '\u009f')));
    }

    [Fact]
    public void A_long_name_or_value_is_cut_in_the_message()
    {
        var name = new string('x', 5000);
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse($"\"{name}\": 1, \"venue\": \"{name}\""));
        Assert.All(e.Errors, error => Assert.True(error.ToString().Length < 600, error.ToString()));
    }

    [Fact]
    public void A_second_byte_order_mark_is_a_stray_character()
    {
        var bom = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes("{ \"jurisdiction\": \"CN-SH\", \"period\": { \"start\": \"2021-01-01\" } }");
        using var stream = new MemoryStream(bom.Concat(bom).Concat(body).ToArray());
        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(stream));
        Assert.Equal("1:1: $: Malformed JSON: expected a value, found a byte-order mark (U+FEFF; one is allowed at the very start of the file, nowhere else).", e.Errors.Single().ToString());
    }

    [Fact]
    public void A_million_bad_items_keep_twenty_errors_and_count_the_rest()
    {
        var items = string.Join(",", Enumerable.Repeat("0", 100_000));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse($"\"purposes\": [{items}]"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100_000, e.ErrorCount);
        Assert.Equal(ActivityFormatException.MaxErrors, e.Errors.Count);
        Assert.Equal("$.purposes[0]", e.Errors[0].JsonPath);
        Assert.Equal("$.purposes[19]", e.Errors[19].JsonPath);

        // Proportional to the text: the tree of values and the error messages made along the way, never a list of them all.
        Assert.True(allocated < 400 * items.Length, $"{allocated:N0} bytes allocated for {items.Length:N0} characters");
    }

    private static ActivityFormatException Rejected(string json) => Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(json));
}
