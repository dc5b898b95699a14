using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using BiometricConsent.Policy.Serialization;
using Json.Schema;
using Xunit.Sdk;

namespace BiometricConsent.Tests.Policy;

/// <summary>docs/schema/activity.schema.json, and what the reader and the schema each say about a document.</summary>
internal static class ActivitySchema
{
    public static readonly string Path = System.IO.Path.Combine(TestData.RepositoryRoot, "docs", "schema", "activity.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new Lazy<JsonSchema>(() => Build(File.ReadAllText(Path)));

    /// <summary>Format assertions on: a date such as 2021-02-30 is invalid, as editors that check formats report it.</summary>
    private static readonly EvaluationOptions Options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>The schema file as a document.</summary>
    public static JsonDocument Document() => JsonDocument.Parse(File.ReadAllText(Path));

    /// <summary>A schema from JSON text, in a registry of its own (the file's <c>$id</c> may be built more than once).</summary>
    public static JsonSchema Build(string json) =>
        JsonSchema.FromText(json, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    /// <summary>Whether the schema accepts <paramref name="json"/>, and the schema's errors when it does not.</summary>
    public static (bool Valid, string Errors) Validate(string json) => Validate(Schema.Value, json);

    public static (bool Valid, string Errors) Validate(JsonSchema schema, string json)
    {
        using var instance = JsonDocument.Parse(json);
        var results = schema.Evaluate(instance.RootElement, Options);
        var errors = new List<string>();
        foreach (var detail in (results.Details ?? new List<EvaluationResults>()).Where(d => !d.IsValid))
        {
            foreach (var error in detail.Errors ?? new Dictionary<string, string>())
            {
                errors.Add($"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Key}: {error.Value}");
            }
        }

        return (results.IsValid, string.Join("\n", errors));
    }

    /// <summary>The reader's errors for <paramref name="json"/>, or "" when it accepts it.</summary>
    public static string ReaderErrors(string json)
    {
        try
        {
            ActivityJson.Parse(json);
            return "";
        }
        catch (ActivityFormatException e)
        {
            return string.Join("\n", e.Errors);
        }
    }

    /// <summary>The argument rows of an <c>[InlineData]</c> theory, so that a test can reuse another's documents.</summary>
    public static IEnumerable<object?[]> InlineRows(Type testClass, string method)
    {
        var theory = testClass.GetMethod(method, BindingFlags.Public | BindingFlags.Instance)!;
        return theory.GetCustomAttributes<InlineDataAttribute>().SelectMany(a => a.GetData(theory));
    }
}
