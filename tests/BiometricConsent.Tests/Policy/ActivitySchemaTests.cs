using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Serialization;
using BiometricConsent.Tests.Policy.Support;
using NodaTime;

namespace BiometricConsent.Tests.Policy;

/// <summary>
/// docs/schema/activity.schema.json against the examples, the tests' activities, the reader's own table of fields
/// (<see cref="ActivityFormat"/>) and the model constructors — in both directions, so that neither can drift.
/// </summary>
public class ActivitySchemaTests
{
    /// <summary>Where a document's <c>$schema</c> must point, relative to the repository root.</summary>
    private const string SchemaFile = "docs/schema/activity.schema.json";

    public static IEnumerable<object[]> Examples() =>
        Directory.GetFiles(Path.Combine(TestData.RepositoryRoot, "docs", "examples"), "*.json")
            .Append(Path.Combine(TestData.RepositoryRoot, "docs", "samples", "StoreCamera", "store-camera-activity.json"))
            .Select(p => new object[] { Path.GetRelativePath(TestData.RepositoryRoot, p).Replace('\\', '/') })
            .OrderBy(row => (string)row[0], StringComparer.Ordinal);

    /// <summary>The valid activities the tests build and read (besides the examples, which <see cref="Examples"/> covers).</summary>
    public static IEnumerable<object[]> TestActivities()
    {
        yield return new object[] { "TestActivity.Mall", TestActivity.Mall.Json };
        yield return new object[] { "CliExitCodeTests.Compliant", Cli.CliExitCodeTests.Compliant };
        yield return new object[] { "ReportingKit.NoConsent", Reporting.ReportingKit.NoConsent };
        yield return new object[] { "SeedCaseTests.ZhejiangSchool", TestActivity.Office.Patch(SeedCaseTests.ZhejiangSchool).Json };
        yield return new object[] { "TestActivity.NoConsent", TestActivity.Office.Patch("{ " + TestActivity.NoConsent + " }").Json };
        yield return new object[] { "TestActivity.Minors", TestActivity.Office.Patch("{ " + TestActivity.Minors + " }").Json };
        yield return new object[] { "TestActivity.CrossBorder", TestActivity.Office.Patch("{ " + TestActivity.CrossBorder + " }").Json };
        foreach (var row in ActivitySchema.InlineRows(typeof(ActivityJsonTests), nameof(ActivityJsonTests.ConvertsInstantsToShanghaiDates)))
        {
            yield return new object[] { $"instant {row[0]}", TestData.Document("", period: $"{{ \"start\": \"{row[0]}\" }}") };
        }
    }

    /// <summary>The documents the reader's tests reject, as far as they are JSON at all.</summary>
    public static IEnumerable<object[]> RejectedDocuments()
    {
        var documents = ActivitySchema.InlineRows(typeof(ActivityJsonTests), nameof(ActivityJsonTests.RejectsBadInputNamingThePath)).Select(r => (string)r[0]!)
            .Concat(ActivitySchema.InlineRows(typeof(ActivityJsonTests), nameof(ActivityJsonTests.RejectsContradictoryFacts)).Select(r => TestData.Document((string)r[0]!)))
            .Concat(ActivitySchema.InlineRows(typeof(ActivityJsonErrorTests), nameof(ActivityJsonErrorTests.SuggestsTheNameMeantWhenOneIsClose)).Select(r => TestData.Document((string)r[0]!)))
            .Concat(ActivitySchema.InlineRows(typeof(ActivityJsonErrorTests), nameof(ActivityJsonErrorTests.MatchesJurisdictionsAsIsoWritesThemAndSuggestsThatSpelling)).Select(r => TestData.Document("", jurisdiction: (string)r[0]!)))
            .Concat(ActivitySchema.InlineRows(typeof(ActivityJsonErrorTests), nameof(ActivityJsonErrorTests.AcceptsTheSchemaReferenceOnlyAsATopLevelString)).Select(r => TestData.Document((string)r[0]!)));
        return documents.Where(IsJson).Distinct().Select(d => new object[] { d });
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Examples_are_valid_and_reference_the_schema(string file)
    {
        var json = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, file));
        (var valid, var errors) = ActivitySchema.Validate(json);
        Assert.True(valid, $"{file} does not match {SchemaFile}:\n{errors}");

        using var document = JsonDocument.Parse(json);
        var reference = document.RootElement.GetProperty("$schema").GetString()!;
        var resolved = Path.GetRelativePath(TestData.RepositoryRoot, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(TestData.RepositoryRoot, file))!, reference)));
        Assert.Equal(SchemaFile, resolved.Replace('\\', '/'));
        Assert.Equal("", ActivitySchema.ReaderErrors(json));
    }

    [Theory]
    [MemberData(nameof(TestActivities))]
    public void Test_activities_are_valid(string name, string json)
    {
        Assert.True(ActivitySchema.ReaderErrors(json) == "", $"{name} is not a valid activity: {ActivitySchema.ReaderErrors(json)}");
        (var valid, var errors) = ActivitySchema.Validate(json);
        Assert.True(valid, $"{name} does not match {SchemaFile}:\n{errors}\n{json}");
    }

    [Theory]
    [MemberData(nameof(RejectedDocuments))]
    public void What_the_reader_rejects_the_schema_rejects(string json)
    {
        var readerErrors = ActivitySchema.ReaderErrors(json);
        Assert.NotEqual("", readerErrors);
        if (readerErrors.Contains("before the start", StringComparison.Ordinal) || readerErrors.Contains("appears more than once", StringComparison.Ordinal))
        {
            return; // what a schema cannot express: comparing two dates; a duplicate field (docs/activity-format.md "The schema")
        }

        Assert.False(ActivitySchema.Validate(json).Valid, $"The reader rejects this document but the schema accepts it:\n{json}\nReader: {readerErrors}");
    }

    /// <summary>The name of the environment variable that makes <see cref="The_checked_in_schema_is_the_generated_one"/> write the schema.</summary>
    private const string WriteSchemaVariable = "BIOMETRICCONSENT_WRITE_SCHEMA";

    /// <summary>
    /// docs/schema/activity.schema.json is generated from the reader's table (<see cref="ActivitySchemaGenerator"/>);
    /// with <see cref="WriteSchemaVariable"/>=1 the test writes it instead of failing.
    /// </summary>
    [Fact]
    public void The_checked_in_schema_is_the_generated_one()
    {
        var file = Path.Combine(TestData.RepositoryRoot, SchemaFile);
        var generated = ActivitySchemaGenerator.Generate();
        if (Environment.GetEnvironmentVariable(WriteSchemaVariable) == "1")
        {
            File.WriteAllText(file, generated);
        }

        var checkedIn = File.ReadAllText(file).Replace("\r\n", "\n");
        var at = Enumerable.Range(0, Math.Min(checkedIn.Length, generated.Length)).FirstOrDefault(i => checkedIn[i] != generated[i], Math.Min(checkedIn.Length, generated.Length));
        var line = generated.Take(at).Count(c => c == '\n') + 1;
        Assert.True(
            checkedIn == generated,
            $"{SchemaFile} differs from the schema generated from ActivityFormat and ActivitySchemaText (first at line {line}). " +
            $"Edit those, not the file, and regenerate it: {WriteSchemaVariable}=1 dotnet test tests/BiometricConsent.Tests -c Release --filter {nameof(The_checked_in_schema_is_the_generated_one)}");
    }

    /// <summary>Every field of the table has a description, and every description and contradiction clause belongs to a field or section of it.</summary>
    [Fact]
    public void Schema_text_describes_exactly_the_fields_of_the_table()
    {
        var fields = new List<string>();
        var sections = new List<string> { "$" };
        void Walk(SectionSpec section, string path)
        {
            foreach (var field in section.Fields)
            {
                fields.Add(path + "." + field.Name);
                if (field.Section != null)
                {
                    sections.Add(path + "." + field.Name);
                    Walk(field.Section, path + "." + field.Name);
                }
            }
        }

        Walk(ActivityFormat.Activity, "$");
        Assert.Equal(fields.OrderBy(p => p, StringComparer.Ordinal), ActivitySchemaText.Descriptions.Keys.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Empty(ActivitySchemaText.Contradictions.Select(c => c.Section).Except(sections));
    }

    [Fact]
    public void Schema_and_reader_know_the_same_fields_kinds_and_values()
    {
        using var schema = ActivitySchema.Document();
        var differences = new List<string>();
        CompareSection(ActivityFormat.Activity, schema.RootElement, "$", differences);
        Assert.True(differences.Count == 0, $"{SchemaFile} and the reader (ActivityFormat) disagree:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void Reader_table_follows_the_model_constructors()
    {
        var differences = new List<string>();
        CompareWithConstructor(ActivityFormat.Activity, differences);
        Assert.True(differences.Count == 0, "ActivityFormat and the model constructors disagree:\n" + string.Join("\n", differences));
    }

    /// <summary>
    /// The reader's table is the one definition of the facts' paths: every <see cref="FactPaths"/> constant is a path
    /// of <see cref="ActivityFormat"/> (a field or a section), and every field of the table has its constant.
    /// </summary>
    [Fact]
    public void FactPaths_are_the_paths_of_the_reader_table()
    {
        var constants = new List<string>();
        void Collect(Type type)
        {
            constants.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!));
            foreach (var nested in type.GetNestedTypes())
            {
                Collect(nested);
            }
        }

        Collect(typeof(FactPaths));
        var table = new List<string>();
        void Walk(SectionSpec section, string path)
        {
            // The accepted findings are not facts: no rule reads them, so they have no FactPaths constant.
            foreach (var field in section.Fields.Where(f => f.Kind != FieldKind.SchemaReference && f.Kind != FieldKind.Acceptances))
            {
                table.Add(path + "." + field.Name);
                if (field.Section != null)
                {
                    Walk(field.Section, path + "." + field.Name);
                }
            }
        }

        Walk(ActivityFormat.Activity, "$");
        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.True(
            constants.Except(table).Concat(table.Except(constants)).ToArray() is var odd && odd.Length == 0,
            "FactPaths and ActivityFormat disagree on: " + string.Join(", ", constants.Except(table).Select(p => p + " (only in FactPaths)").Concat(table.Except(constants).Select(p => p + " (only in ActivityFormat)"))));
    }

    /// <summary>docs/activity-format.md has a heading per section listing its fields, and one per enum listing its values.</summary>
    [Fact]
    public void The_format_reference_documents_every_field_and_value()
    {
        var doc = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "docs", "activity-format.md")).Replace("\r\n", "\n");
        var missing = new List<string>();
        void Check(string heading, IEnumerable<string> names)
        {
            var start = doc.IndexOf("\n### " + heading + "\n", StringComparison.Ordinal);
            var end = start < 0 ? -1 : doc.IndexOf("\n#", start + 1, StringComparison.Ordinal);
            var part = start < 0 ? "" : doc.Substring(start, (end < 0 ? doc.Length : end) - start);
            missing.AddRange(names.Where(n => !part.Contains($"`{n}`", StringComparison.Ordinal)).Select(n => $"### {heading}: `{n}`"));
        }

        void Walk(SectionSpec section, string heading)
        {
            Check(heading, section.Fields.Select(f => f.Name));
            foreach (var field in section.Fields)
            {
                if (field.Section != null)
                {
                    Walk(field.Section, $"`{field.Name}`");
                }

                if (field.EnumType != null)
                {
                    Check(field.EnumType.Name, FieldSpec.AcceptedNames(field.EnumType));
                }
            }
        }

        Walk(ActivityFormat.Activity, "Top level");
        Assert.True(missing.Count == 0, "docs/activity-format.md does not document:\n" + string.Join("\n", missing));
    }

    /// <summary>
    /// Random documents built from the reader's table — every flag true, false, null or absent, every enum and list
    /// drawn from the model — are accepted by the reader exactly when the schema accepts them: the contradiction
    /// rules of the schema are those of the model.
    /// </summary>
    [Fact]
    public void Reader_and_schema_agree_on_random_documents()
    {
        var random = new Random(20250601);
        var rejected = 0;
        for (var round = 0; round < 1500; round++)
        {
            var json = new StringBuilder("{ \"jurisdiction\": \"CN-SH\", \"period\": { \"start\": \"2025-01-01\", \"end\": \"2025-12-31\" }");
            foreach (var field in ActivityFormat.Activity.Fields.Where(f => !f.Required))
            {
                AppendRandom(json, field, random);
            }

            var document = json.Append(" }").ToString();
            var readerErrors = ActivitySchema.ReaderErrors(document);
            (var valid, var schemaErrors) = ActivitySchema.Validate(document);
            Assert.True(
                valid == (readerErrors == ""),
                $"Reader {(readerErrors == "" ? "accepts" : "rejects")}, schema {(valid ? "accepts" : "rejects")}:\n{document}\nReader: {readerErrors}\nSchema: {schemaErrors}");
            rejected += valid ? 0 : 1;
        }

        Assert.InRange(rejected, 100, 1460); // both outcomes were exercised (each contradiction clause adds rejections)
    }

    /// <summary>
    /// Every two-letter code, and every two-letter subdivision of CN and US, is accepted by the schema exactly when
    /// the reader accepts it as the jurisdiction of an activity (a code with a time zone).
    /// </summary>
    [Fact]
    public void Schema_and_reader_accept_the_same_jurisdictions()
    {
        using var schema = ActivitySchema.Document();
        var jurisdiction = ActivitySchema.Build(schema.RootElement.GetProperty("properties").GetProperty("jurisdiction").GetRawText());
        var letters = Enumerable.Range('A', 26).Select(c => ((char)c).ToString()).ToArray();
        var pairs = letters.SelectMany(a => letters.Select(b => a + b)).ToArray();
        var codes = pairs
            .Concat(pairs.Select(p => "CN-" + p)).Concat(pairs.Select(p => "US-" + p))
            .Concat(new[] { "DE-BY", "FR-75", "PT-20", "PT-30", "ES-CN", "DE-B", "DE-1234", "CN-1", "cn-sh", "de", "EU-DE", "CN-SH ", "" });
        var differences = new List<string>();
        foreach (var code in codes)
        {
            var reader = Jurisdiction.TryParse(code, out var j) && j.HasTimeZone;
            var schemaAccepts = ActivitySchema.Validate(jurisdiction, JsonSerializer.Serialize(code)).Valid;
            if (reader != schemaAccepts)
            {
                differences.Add($"'{code}': reader {(reader ? "accepts" : "rejects")}, schema {(schemaAccepts ? "accepts" : "rejects")}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static void CompareSection(SectionSpec section, JsonElement schema, string path, List<string> differences)
    {
        if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
        {
            differences.Add($"{path}: the schema must set \"additionalProperties\": false, as the reader rejects unknown fields");
        }

        var properties = schema.GetProperty("properties");
        var schemaNames = properties.EnumerateObject().Select(p => p.Name).ToArray();
        var readerNames = section.Fields.Select(f => f.Name).ToArray();
        differences.AddRange(readerNames.Except(schemaNames).Select(n => $"{path}.{n}: read by the reader, missing from the schema"));
        differences.AddRange(schemaNames.Except(readerNames).Select(n => $"{path}.{n}: in the schema, unknown to the reader"));
        var schemaRequired = schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(e => e.GetString()!).ToArray() : new string[0];
        var readerRequired = section.Fields.Where(f => f.Required).Select(f => f.Name).ToArray();
        if (!schemaRequired.OrderBy(n => n, StringComparer.Ordinal).SequenceEqual(readerRequired.OrderBy(n => n, StringComparer.Ordinal)))
        {
            differences.Add($"{path}: required fields: schema [{string.Join(", ", schemaRequired)}], reader [{string.Join(", ", readerRequired)}]");
        }

        foreach (var field in section.Fields)
        {
            if (properties.TryGetProperty(field.Name, out var property))
            {
                CompareField(field, property, $"{path}.{field.Name}", differences);
            }
        }
    }

    private static void CompareField(FieldSpec field, JsonElement schema, string path, List<string> differences)
    {
        void Expect(bool condition, string what)
        {
            if (!condition)
            {
                differences.Add($"{path}: {field.Kind} field; the schema should {what}; it is {schema.GetRawText()}");
            }
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetRawText().Replace(" ", "") : null;
        var reference = schema.TryGetProperty("$ref", out var r) ? r.GetString() : null;
        switch (field.Kind)
        {
            case FieldKind.Boolean:
                Expect(type == "[\"boolean\",\"null\"]", "have \"type\": [\"boolean\", \"null\"]");
                break;
            case FieldKind.Text:
            case FieldKind.SchemaReference:
                Expect(type == (field.Required ? "\"string\"" : "[\"string\",\"null\"]"), field.Required ? "have \"type\": \"string\"" : "have \"type\": [\"string\", \"null\"]");
                break;
            case FieldKind.RuleId:
                Expect(
                    type == "\"string\"" && schema.TryGetProperty("enum", out var ids) && ids.EnumerateArray().Select(id => id.GetString()).SequenceEqual(RuleCatalog.Default.Rules.Select(rule => rule.Id)),
                    "have \"type\": \"string\" and the catalog's rule IDs as its \"enum\"");
                break;
            case FieldKind.Acceptances:
                Expect(type == "[\"array\",\"null\"]" && schema.TryGetProperty("items", out _), "have \"type\": [\"array\", \"null\"] and \"items\"");
                if (schema.TryGetProperty("items", out var item))
                {
                    CompareSection(field.Section!, item, path + "[]", differences);
                }

                break;
            case FieldKind.Count:
                Expect(type == "[\"integer\",\"null\"]" && schema.GetProperty("minimum").GetInt64() == 0, "have \"type\": [\"integer\", \"null\"] and \"minimum\": 0");
                break;
            case FieldKind.Date:
                Expect(reference == "#/$defs/date", "refer to #/$defs/date");
                break;
            case FieldKind.PeriodBound:
                Expect(reference == "#/$defs/periodBound" && (field.Required ? type == "\"string\"" : type is null), "refer to #/$defs/periodBound (with \"type\": \"string\" when required)");
                break;
            case FieldKind.IsoPeriod:
                Expect(reference == "#/$defs/isoPeriod", "refer to #/$defs/isoPeriod");
                break;
            case FieldKind.Jurisdiction:
                Expect(type == "\"string\"", "have \"type\": \"string\" (Schema_and_reader_accept_the_same_jurisdictions checks the codes)");
                break;
            case FieldKind.Enum:
                CompareValues(field, schema.TryGetProperty("enum", out var values) ? values : default, allowsNull: true, path, differences);
                break;
            case FieldKind.EnumList:
                Expect(type == "[\"array\",\"null\"]" && schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True, "have \"type\": [\"array\", \"null\"] and \"uniqueItems\": true");
                var items = schema.TryGetProperty("items", out var i) && i.TryGetProperty("enum", out var e) ? e : default;
                CompareValues(field, items, allowsNull: false, path + "[]", differences);
                break;
            case FieldKind.Object:
                Expect(type == (field.Required ? "\"object\"" : "[\"object\",\"null\"]"), field.Required ? "have \"type\": \"object\"" : "have \"type\": [\"object\", \"null\"]");
                CompareSection(field.Section!, schema, path, differences);
                break;
            default:
                differences.Add($"{path}: the test does not know the kind {field.Kind}");
                break;
        }
    }

    /// <summary>The schema's enum is the model enum's member names, in declaration order (plus <c>null</c> where the field may be null).</summary>
    private static void CompareValues(FieldSpec field, JsonElement values, bool allowsNull, string path, List<string> differences)
    {
        var model = FieldSpec.AcceptedNames(field.EnumType!);
        var expected = allowsNull ? model.Append(null).ToArray() : model;
        var actual = values.ValueKind == JsonValueKind.Array ? values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()).ToArray() : new string?[0];
        if (!expected.SequenceEqual(actual))
        {
            differences.Add(
                $"{path}: the values of {field.EnumType!.Name} are [{string.Join(", ", model)}]; the schema lists [{string.Join(", ", actual.Select(v => v ?? "null"))}]. " +
                $"Write \"enum\": {JsonSerializer.Serialize(expected)}");
        }
    }

    private static void CompareWithConstructor(SectionSpec section, List<string> differences)
    {
        var constructor = section.ModelType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters().Select(p => p.Name!).ToArray();
        var fields = section.Fields.Where(f => f.Kind != FieldKind.SchemaReference).ToArray();
        if (!parameters.SequenceEqual(fields.Select(f => f.Name)))
        {
            differences.Add($"{section.ModelType.Name}: constructor ({string.Join(", ", parameters)}), fields ({string.Join(", ", fields.Select(f => f.Name))})");
            return;
        }

        foreach ((var field, var parameter) in fields.Zip(constructor.GetParameters()))
        {
            var expected = field.Kind switch
            {
                FieldKind.Boolean => typeof(bool?),
                FieldKind.Text => typeof(string),
                FieldKind.Count => typeof(long?),
                FieldKind.Date => typeof(LocalDate?),
                FieldKind.PeriodBound => field.Required ? typeof(PeriodBound) : typeof(PeriodBound?),
                FieldKind.IsoPeriod => typeof(Period),
                FieldKind.Jurisdiction => typeof(Jurisdiction),
                FieldKind.Enum => typeof(Nullable<>).MakeGenericType(field.EnumType!),
                FieldKind.EnumList => typeof(IEnumerable<>).MakeGenericType(field.EnumType!),
                FieldKind.RuleId => typeof(string),
                FieldKind.Acceptances => typeof(IEnumerable<>).MakeGenericType(field.Section!.ModelType),
                _ => field.Section!.ModelType,
            };
            if (parameter.ParameterType != expected)
            {
                differences.Add($"{section.ModelType.Name}({parameter.Name}): the parameter is {parameter.ParameterType}, the field reads a {field.Kind} ({expected})");
            }

            if (field.Kind == FieldKind.Object || field.Kind == FieldKind.Acceptances)
            {
                CompareWithConstructor(field.Section!, differences);
            }
        }
    }

    private static void AppendRandom(StringBuilder json, FieldSpec field, Random random)
    {
        if (random.Next(5) == 0)
        {
            return; // absent
        }

        json.Append(", ").Append(JsonSerializer.Serialize(field.Name)).Append(": ");
        if (random.Next(8) == 0)
        {
            json.Append("null");
            return;
        }

        var names = field.EnumType is Type t ? FieldSpec.AcceptedNames(t) : new string[0];
        switch (field.Kind)
        {
            case FieldKind.Object:
                json.Append('{');
                var length = json.Length;
                foreach (var inner in field.Section!.Fields)
                {
                    AppendRandom(json, inner, random);
                }

                if (json.Length > length)
                {
                    json.Remove(length, 1); // the first ", "
                }

                json.Append(" }");
                break;
            case FieldKind.Acceptances:
                // Valid entries only: what the schema cannot say of them (a rule listed twice) ActivityJsonAcceptedTests covers.
                var rules = RuleCatalog.Default.Rules.OrderBy(_ => random.Next()).Take(random.Next(3));
                json.Append('[').Append(string.Join(", ", rules.Select(rule => $"{{ \"rule\": \"{rule.Id}\", \"justification\": \"Decided 2026-01\" }}"))).Append(']');
                break;
            case FieldKind.Boolean:
                json.Append(random.Next(2) == 0 ? "true" : "false");
                break;
            case FieldKind.Enum:
                json.Append(JsonSerializer.Serialize(names[random.Next(names.Length)]));
                break;
            case FieldKind.EnumList:
                json.Append(JsonSerializer.Serialize(names.OrderBy(_ => random.Next()).Take(random.Next(3)).ToArray()));
                break;
            case FieldKind.Date:
                json.Append(random.Next(2) == 0 ? "\"2025-01-10\"" : "\"2025-07-15\"");
                break;
            case FieldKind.Count:
                json.Append(random.Next(3) switch { 0 => "0", 1 => "1200", _ => "150000" });
                break;
            case FieldKind.IsoPeriod:
                json.Append(random.Next(2) == 0 ? "\"P6M\"" : "\"P0D\"");
                break;
            default:
                json.Append("\"text\"");
                break;
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
