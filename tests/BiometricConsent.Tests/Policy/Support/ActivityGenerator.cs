using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Tests.Policy.Support;

/// <summary>
/// Random but seeded activity documents over the whole model: the example activities of docs/examples, the
/// sample's activity, the test activities of the rule tests (recorded by running them), and variations of them
/// in which random facts take random values of <see cref="FactValues"/>. A contradiction the model rejects is
/// repaired by removing the field the error names.
/// </summary>
internal static class ActivityGenerator
{
    private static readonly string[] Jurisdictions = { "CN-SH", "CN-TJ", "CN-BJ", "CN" };

    // A mall camera said to serve public security, with no legal basis and its signs not described: the Art. 5(2)
    // defence of the SPC provisions is invoked but undecided.
    private const string PublicSecurityCamera = @"{
          ""id"": ""public-security-camera"", ""jurisdiction"": ""CN-SH"", ""period"": { ""start"": ""2025-07-01"", ""end"": ""2025-12-31"" },
          ""processor"": { ""kinds"": [""BusinessOperator""] }, ""venue"": ""Mall"", ""publicPlace"": true, ""function"": ""Identification"",
          ""purposes"": [""PublicSecurity"", ""CustomerAnalytics""], ""subjects"": { ""kinds"": [""Consumer"", ""Public""], ""includesMinorsUnder14"": true },
          ""legalBasis"": ""None"", ""consent"": { ""obtained"": false }, ""notice"": { ""given"": true },
          ""necessity"": { ""necessaryForService"": false }, ""storage"": { ""retention"": ""P30D"" } }";

    // The rule tests whose activities seed the generator: one namespace per folder of Policy/Rules (China, UnitedStates, …).
    private const string RuleTestNamespacePrefix = "BiometricConsent.Tests.Policy.Rules.";

    /// <summary>The documents every generated set starts from.</summary>
    public static IReadOnlyList<JsonObject> Seeds()
    {
        var seeds = new List<JsonObject>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestData.RepositoryRoot, "docs", "examples"), "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            seeds.Add(JsonNode.Parse(File.ReadAllText(file))!.AsObject());
        }

        seeds.Add(JsonNode.Parse(File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "docs", "samples", "StoreCamera", "store-camera-activity.json")))!.AsObject());
        seeds.Add(JsonNode.Parse(PublicSecurityCamera)!.AsObject());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var json in TestActivitiesOfTheRuleTests())
        {
            if (seen.Add(json))
            {
                seeds.Add(JsonNode.Parse(json)!.AsObject());
            }
        }

        return seeds;
    }

    /// <summary>
    /// <paramref name="count"/> valid documents: the seeds first, then variations (each with a few to all facts
    /// changed), all determined by <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<JsonObject> Documents(int seed, int count)
    {
        var random = new Random(seed);
        var seeds = Seeds();
        var documents = new List<JsonObject>(count);
        foreach (var s in seeds.Take(count))
        {
            documents.Add(s);
        }

        while (documents.Count < count)
        {
            var document = seeds[random.Next(seeds.Count)].DeepClone().AsObject();
            document["id"] = "generated-" + documents.Count;
            document["jurisdiction"] = Jurisdictions[random.Next(Jurisdictions.Length)];
            // A quarter lose a few facts, a quarter change a few, a quarter many, a quarter every fact.
            var mode = random.Next(4);
            var changes = mode switch
            {
                0 or 1 => 1 + random.Next(4),
                2 => 5 + random.Next(20),
                _ => FactValues.Paths.Count,
            };
            foreach (var path in Pick(random, changes))
            {
                var values = FactValues.Of(path);
                FactValues.Set(document, path, mode == 0 && path != FactPaths.Period.Self ? null : values[random.Next(values.Count)]);
            }

            if (Repair(document))
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    /// <summary>
    /// The activities the tests of the folders of Policy/Rules (China, UnitedStates, …) build, recorded by running each test (in a fixed order; a
    /// test's own assertions do not matter here, so failures are ignored).
    /// </summary>
    private static IEnumerable<string> TestActivitiesOfTheRuleTests()
    {
        var tests = typeof(ActivityGenerator).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith(RuleTestNamespacePrefix, StringComparison.Ordinal) == true && t.IsPublic && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttribute<FactAttribute>() != null && m.GetParameters().Length == 0).OrderBy(m => m.Name, StringComparer.Ordinal));
        foreach (var test in tests)
        {
            var instance = Activator.CreateInstance(test.DeclaringType!)!;
            var documents = TestActivity.Record(() =>
            {
                try
                {
                    test.Invoke(instance, null);
                }
                catch (TargetInvocationException)
                {
                }
            });
            foreach (var json in documents)
            {
                yield return json;
            }
        }
    }

    /// <summary>Parses <paramref name="document"/>, or returns null when the model rejects it.</summary>
    public static Activity? TryParse(JsonObject document)
    {
        try
        {
            return ActivityJson.Parse(document.ToJsonString());
        }
        catch (ActivityFormatException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Pick(Random random, int count)
    {
        var paths = FactValues.Paths.ToArray();
        for (var i = paths.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (paths[i], paths[j]) = (paths[j], paths[i]);
        }

        return paths.Take(count);
    }

    /// <summary>Removes the fields the model names as contradicting others until the document parses.</summary>
    private static bool Repair(JsonObject document)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            try
            {
                ActivityJson.Parse(document.ToJsonString());
                return true;
            }
            catch (ActivityFormatException e) when (e.JsonPath.Length > 2 && e.JsonPath != FactPaths.Period.Self && !e.JsonPath.StartsWith(FactPaths.Period.Self + ".", StringComparison.Ordinal))
            {
                FactValues.Set(document, e.JsonPath, null);
            }
            catch (ActivityFormatException)
            {
                return false;
            }
        }

        return false;
    }
}
