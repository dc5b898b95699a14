using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace BiometricConsent.Policy.Serialization;

/// <summary>
/// Writes <c>docs/schema/activity.schema.json</c> from the reader's table (<see cref="ActivityFormat"/>): every
/// section and field, its kind, whether it is required, the enum values from the model enums (a zero flag value
/// skipped, as the reader skips it), the jurisdiction codes from <see cref="Model.Jurisdiction"/>; the descriptions,
/// contradiction clauses and shared definitions come from <see cref="ActivitySchemaText"/>. A test compares the checked-in file with
/// <see cref="Generate"/>.
/// </summary>
internal static class ActivitySchemaGenerator
{
    /// <summary>The JSON Schema draft the schema follows.</summary>
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The schema text: two-space indentation, arrays of plain values on one line, a final newline.</summary>
    public static string Generate()
    {
        var root = new Node
        {
            ["$schema"] = Draft,
            ["$id"] = ActivitySchemaText.Id,
            ["title"] = ActivitySchemaText.Title,
            ["description"] = ActivitySchemaText.Description,
            ["type"] = "object",
        };
        AddSection(root, ActivityFormat.Activity, "$");
        root["$defs"] = Parse(ActivitySchemaText.Definitions);
        var text = new StringBuilder();
        Write(text, root, 0);
        return text.Append('\n').ToString();
    }

    /// <summary>Adds what a section's object says: required, no other properties, its fields, its contradictions.</summary>
    private static void AddSection(Node node, SectionSpec section, string path)
    {
        var required = section.Fields.Where(f => f.Required).Select(f => f.Name).ToArray();
        if (required.Length > 0)
        {
            node["required"] = required;
        }

        node["additionalProperties"] = false;
        var properties = new Node();
        foreach (var field in section.Fields)
        {
            properties[field.Name] = Field(field, path + "." + field.Name);
        }

        node["properties"] = properties;
        object[] clauses = ActivitySchemaText.Contradictions.Where(c => c.Section == path).Select(c => Clause(c.Comment, c.Clause)).ToArray();
        if (clauses.Length > 0)
        {
            node["allOf"] = clauses;
        }
    }

    private static Node Field(FieldSpec field, string path)
    {
        if (!ActivitySchemaText.Descriptions.TryGetValue(path, out var description))
        {
            throw new InvalidOperationException($"ActivitySchemaText.Descriptions has no description of {path}.");
        }

        var node = new Node { ["description"] = description };
        string[] nullable(string type) => new[] { type, "null" };
        switch (field.Kind)
        {
            case FieldKind.Boolean:
                node["type"] = nullable("boolean");
                break;
            case FieldKind.Text:
            case FieldKind.SchemaReference:
                node["type"] = field.Required ? (object)"string" : nullable("string");
                break;
            case FieldKind.RuleId:
                node["type"] = "string";
                node["enum"] = FieldSpec.AcceptableRuleIds();
                break;
            case FieldKind.Acceptances:
                node["type"] = nullable("array");
                var item = new Node { ["type"] = "object" };
                AddSection(item, field.Section!, path);
                node["items"] = item;
                break;
            case FieldKind.Count:
                node["type"] = nullable("integer");
                node["minimum"] = 0L;
                node["maximum"] = long.MaxValue;
                break;
            case FieldKind.Date:
                node["$ref"] = "#/$defs/date";
                break;
            case FieldKind.PeriodBound:
                node["$ref"] = "#/$defs/periodBound";
                if (field.Required)
                {
                    node["type"] = "string";
                }

                break;
            case FieldKind.IsoPeriod:
                node["$ref"] = "#/$defs/isoPeriod";
                break;
            case FieldKind.Jurisdiction:
                node["type"] = "string";
                (var listed, var euMemberStates) = Model.Jurisdiction.SchemaCodes();
                node["anyOf"] = new object[]
                {
                    new Node { ["enum"] = listed.ToArray() },
                    new Node { ["pattern"] = $"^({string.Join("|", euMemberStates)})(-[A-Z0-9]{{1,3}})?$" },
                };
                break;
            case FieldKind.Enum:
                node["enum"] = FieldSpec.AcceptedNames(field.EnumType!).Cast<object?>().Append(null).ToArray();
                break;
            case FieldKind.EnumList:
                node["type"] = nullable("array");
                node["items"] = new Node { ["enum"] = FieldSpec.AcceptedNames(field.EnumType!) };
                node["uniqueItems"] = true;
                if (!field.AllowsEmpty)
                {
                    node["minItems"] = 1L;
                }

                break;
            case FieldKind.Object:
                node["type"] = field.Required ? (object)"object" : nullable("object");
                AddSection(node, field.Section!, path);
                break;
            default:
                throw new InvalidOperationException($"{path}: no schema for the kind {field.Kind}.");
        }

        return node;
    }

    /// <summary>A contradiction clause: its comment, then the clause (declared with ' for ").</summary>
    private static Node Clause(string comment, string clause)
    {
        var node = new Node { ["$comment"] = comment };
        var parsed = (Node)Parse(clause.Replace('\'', '"'))!;
        for (var i = 0; i < parsed.Count; i++)
        {
            node[parsed[i].Key] = parsed[i].Value;
        }

        return node;
    }

    /// <summary>A JSON fragment declared as text, as nodes, arrays and plain values.</summary>
    private static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Convert(document.RootElement);
    }

    private static object? Convert(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var node = new Node();
                foreach (var property in element.EnumerateObject())
                {
                    node[property.Name] = Convert(property.Value);
                }

                return node;
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(Convert).ToArray();
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.GetInt64();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    private static void Write(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case Node node:
                text.Append("{\n");
                for (var i = 0; i < node.Count; i++)
                {
                    Indent(text, depth + 1).Append(Quote(node[i].Key)).Append(": ");
                    Write(text, node[i].Value, depth + 1);
                    text.Append(i < node.Count - 1 ? ",\n" : "\n");
                }

                Indent(text, depth).Append('}');
                break;
            case System.Collections.IEnumerable list when !(value is string):
                var items = list.Cast<object?>().ToArray();
                if (items.All(item => !(item is Node) && (item is string || !(item is System.Collections.IEnumerable))))
                {
                    text.Append('[').Append(string.Join(", ", items.Select(Plain))).Append(']');
                    break;
                }

                text.Append("[\n");
                for (var i = 0; i < items.Length; i++)
                {
                    Indent(text, depth + 1);
                    Write(text, items[i], depth + 1);
                    text.Append(i < items.Length - 1 ? ",\n" : "\n");
                }

                Indent(text, depth).Append(']');
                break;
            default:
                text.Append(Plain(value));
                break;
        }
    }

    private static StringBuilder Indent(StringBuilder text, int depth) => text.Append(' ', 2 * depth);

    private static string Plain(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        long n => n.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"No JSON for {value.GetType()}."),
    };

    /// <summary>A JSON string, escaping only what JSON requires.</summary>
    private static string Quote(string s)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                default:
                    if (c < ' ')
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>A JSON object: its properties in the order written.</summary>
    private sealed class Node
    {
        private readonly List<KeyValuePair<string, object?>> properties = new List<KeyValuePair<string, object?>>();

        public int Count => properties.Count;

        public KeyValuePair<string, object?> this[int index] => properties[index];

        public object? this[string name]
        {
            get => properties.First(p => p.Key == name).Value;
            set => properties.Add(new KeyValuePair<string, object?>(name, value));
        }
    }
}
