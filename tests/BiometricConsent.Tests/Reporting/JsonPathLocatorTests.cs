using BiometricConsent.Policy.Reporting;

namespace BiometricConsent.Tests.Reporting;

public class JsonPathLocatorTests
{
    private const string Json = "{\n  \"id\": \"x\",\n  \"consent\": { \"obtained\": false, \"separate\": false },\n  \"purposes\": [\"Login\", \"Payment\"]\n}";

    [Theory]
    [InlineData("$.id", 2, 3)]
    [InlineData("$.consent", 3, 3)]
    [InlineData("$.consent.separate", 3, 35)]
    [InlineData("$.purposes", 4, 3)]
    [InlineData("$.purposes[1]", 4, 25)]
    public void Finds_the_property_or_element(string path, int line, int column) =>
        Assert.Equal(new TextPosition(line, column), JsonPathLocator.Locate(Json, path));

    [Theory]
    [InlineData("$.consent.written", 3, 3)]
    [InlineData("$.purposes[5]", 4, 3)]
    [InlineData("$.id.deeper", 2, 3)]
    public void Falls_back_to_the_nearest_present_ancestor(string path, int line, int column) =>
        Assert.Equal(new TextPosition(line, column), JsonPathLocator.Locate(Json, path));

    [Theory]
    [InlineData("$.storage")]
    [InlineData("$.storage.encrypted")]
    [InlineData("$")]
    [InlineData("consent")]
    [InlineData("$..x")]
    [InlineData("$.purposes[one]")]
    public void Returns_null_when_nothing_of_the_path_is_present_or_it_is_malformed(string path) =>
        Assert.Null(JsonPathLocator.Locate(Json, path));

    [Fact]
    public void Returns_null_for_malformed_json() => Assert.Null(JsonPathLocator.Locate("{ \"a\": ", "$.a.b"));

    [Fact]
    public void Counts_columns_in_utf16_units_after_non_ascii_text_and_ignores_a_bom()
    {
        var json = "\uFEFF{ \"name\": \"天津¶\", \"venue\": \"Store\" }";
        Assert.Equal(new TextPosition(1, 18), JsonPathLocator.Locate(json, "$.venue"));
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        Assert.Equal("json", Assert.Throws<System.ArgumentNullException>(() => JsonPathLocator.Locate(null!, "$")).ParamName);
        Assert.Equal("jsonPath", Assert.Throws<System.ArgumentNullException>(() => JsonPathLocator.Locate("{}", null!)).ParamName);
    }
}
