using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace BiometricConsent.Tests.Reporting;

/// <summary>
/// Structural checks of a SARIF 2.1.0 log, written from the OASIS schema (it cannot be downloaded here): required
/// properties, types, enumerations, the properties each object may have (the schema sets
/// <c>additionalProperties: false</c> on them), and the cross-references between results and rules.
/// </summary>
internal static class SarifAssert
{
    private static readonly string[] LogProperties = { "$schema", "version", "runs", "inlineExternalProperties", "properties" };

    private static readonly string[] RunProperties =
    {
        "tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts",
        "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens",
        "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences",
        "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses",
        "specialLocations", "properties",
    };

    private static readonly string[] ToolComponentProperties =
    {
        "guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName",
        "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri",
        "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive",
        "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent",
        "translationMetadata", "supportedTaxonomies", "properties",
    };

    private static readonly string[] ReportingDescriptorProperties =
    {
        "id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription", "fullDescription",
        "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties",
    };

    private static readonly string[] ResultProperties =
    {
        "ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid",
        "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals",
        "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris",
        "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties",
    };

    private static readonly string[] LocationProperties = { "id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties" };
    private static readonly string[] PhysicalLocationProperties = { "address", "artifactLocation", "region", "contextRegion", "properties" };
    private static readonly string[] ArtifactLocationProperties = { "uri", "uriBaseId", "index", "description", "properties" };

    private static readonly string[] RegionProperties =
    {
        "startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength",
        "snippet", "message", "sourceLanguage", "properties",
    };

    private static readonly string[] MessageProperties = { "text", "markdown", "id", "arguments", "properties" };
    private static readonly string[] ConfigurationProperties = { "enabled", "level", "rank", "parameters", "properties" };
    private static readonly string[] Levels = { "none", "note", "warning", "error" };

    /// <summary>Asserts that <paramref name="sarif"/> is a structurally valid SARIF 2.1.0 log and returns its first run.</summary>
    public static JsonElement Valid(JsonElement sarif)
    {
        Only(sarif, LogProperties, "log");
        Assert.Equal("2.1.0", Str(sarif, "version"));
        Assert.True(Uri.IsWellFormedUriString(Str(sarif, "$schema"), UriKind.Absolute));
        var runs = Array(sarif, "runs");
        Assert.True(runs.GetArrayLength() >= 1, "runs must not be empty here");
        foreach (var run in runs.EnumerateArray())
        {
            ValidRun(run);
        }

        return runs[0];
    }

    private static void ValidRun(JsonElement run)
    {
        Only(run, RunProperties, "run");
        if (run.TryGetProperty("columnKind", out var kind))
        {
            Assert.Contains(kind.GetString(), new[] { "utf16CodeUnits", "unicodeCodePoints" });
        }

        var driver = Obj(Obj(run, "tool"), "driver");
        Only(driver, ToolComponentProperties, "driver");
        Assert.False(string.IsNullOrEmpty(Str(driver, "name")));
        if (driver.TryGetProperty("informationUri", out var info))
        {
            Assert.True(Uri.IsWellFormedUriString(info.GetString(), UriKind.Absolute), "informationUri must be absolute");
        }

        var rules = driver.TryGetProperty("rules", out var r) ? r.EnumerateArray().ToArray() : System.Array.Empty<JsonElement>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            Only(rule, ReportingDescriptorProperties, "rule");
            Assert.True(ids.Add(Str(rule, "id")), "rule IDs must be unique");
            Message(rule, "shortDescription");
            Message(rule, "fullDescription");
            Assert.True(Uri.IsWellFormedUriString(Str(rule, "helpUri"), UriKind.Absolute), "helpUri must be absolute");
            var configuration = Obj(rule, "defaultConfiguration");
            Only(configuration, ConfigurationProperties, "defaultConfiguration");
            Assert.Contains(Str(configuration, "level"), Levels);
            PropertyBag(Obj(rule, "properties"));
        }

        foreach (var result in Array(run, "results").EnumerateArray())
        {
            Only(result, ResultProperties, "result");
            Message(result, "message");
            Assert.Contains(Str(result, "level"), Levels);
            var ruleId = Str(result, "ruleId");
            if (result.TryGetProperty("ruleIndex", out var index))
            {
                Assert.Equal(ruleId, Str(rules[index.GetInt32()], "id"));
            }

            foreach (var location in Array(result, "locations").EnumerateArray())
            {
                Only(location, LocationProperties, "location");
                var physical = Obj(location, "physicalLocation");
                Only(physical, PhysicalLocationProperties, "physicalLocation");
                var artifact = Obj(physical, "artifactLocation");
                Only(artifact, ArtifactLocationProperties, "artifactLocation");
                var uri = Str(artifact, "uri");
                Assert.True(Uri.IsWellFormedUriString(uri, UriKind.RelativeOrAbsolute), $"'{uri}' is not a URI reference");
                Assert.DoesNotContain("\\", uri);
                var region = Obj(physical, "region");
                Only(region, RegionProperties, "region");
                Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
                Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            }

            if (result.TryGetProperty("properties", out var bag))
            {
                PropertyBag(bag);
            }
        }
    }

    private static void Message(JsonElement parent, string name)
    {
        var message = Obj(parent, name);
        Only(message, MessageProperties, name);
        Assert.False(string.IsNullOrWhiteSpace(Str(message, "text")), $"{name}.text must not be empty");
    }

    private static void PropertyBag(JsonElement bag)
    {
        Assert.Equal(JsonValueKind.Object, bag.ValueKind);
        if (bag.TryGetProperty("tags", out var tags))
        {
            var values = tags.EnumerateArray().Select(t => t.GetString()!).ToArray();
            Assert.Equal(values.Length, values.Distinct(StringComparer.Ordinal).Count());
        }
    }

    private static void Only(JsonElement element, string[] allowed, string what)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        foreach (var property in element.EnumerateObject())
        {
            Assert.True(allowed.Contains(property.Name), $"'{property.Name}' is not a property of a SARIF {what}");
        }
    }

    private static string Str(JsonElement parent, string name)
    {
        Assert.True(parent.TryGetProperty(name, out var value), $"missing required '{name}'");
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        return value.GetString()!;
    }

    private static JsonElement Obj(JsonElement parent, string name)
    {
        Assert.True(parent.TryGetProperty(name, out var value), $"missing required '{name}'");
        Assert.Equal(JsonValueKind.Object, value.ValueKind);
        return value;
    }

    private static JsonElement Array(JsonElement parent, string name)
    {
        Assert.True(parent.TryGetProperty(name, out var value), $"missing required '{name}'");
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        return value;
    }
}
