using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace BiometricConsent.Tests.Cli;

/// <summary>
/// Generates hostile variants of the example activities (docs/examples/*.json) for the fuzz and property tests:
/// wrong types, removed, duplicated and unknown fields, bad enum values, bad dates and periods, huge numbers, deep
/// nesting, invalid UTF-8, control characters, lone surrogates, stray byte-order marks and truncation. A variant
/// depends only on its seed, so a failure names the seed that reproduces it.
/// </summary>
internal static class ActivityMutator
{
    private static readonly string[] Dates =
    {
        "2021-02-30", "2021-13-01", "0000-01-01", "1899-12-31", "1900-01-01", "2999-12-31", "3000-01-01", "9999-12-31",
        "-9998-01-01", "21-01-01", "2021-1-1", "", " 2021-01-01", "2021-01-01 ", "2021-01-01T00:00:00",
        "2021-07-31T16:00:00Z", "9999-12-31T23:59:59-18:00", "9999-12-31T23:59:59Z", "-9998-01-01T00:00:00Z",
        "-9998-01-01T00:00:00+18:00", "2021-07-31T16:00:00+25:00", "2021-07-31T24:00:00Z", "2999-12-31T23:59:59-18:00",
        "1900-01-01T00:00:00+14:00", "P6M", "P999999999Y", "P-1D", "PT1H", "P0D", "P1Y2M3W4DT5H6M7S",
    };

    private static readonly string[] Numbers =
    {
        "0", "-0", "1", "-1", "1.5", "1e400", "-1e400", "1E2", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "99999999999999999999999999999999", "0.0000000000000000000001", "12345678901234567890e-10",
    };

    private static readonly string[] Strings =
    {
        "", " ", "Store", "store", "STORE", "Consent", "Face", "CN", "CN-SH", "cn-sh", "CN-XX", "US-IL", "EU", "None",
        "0", "1", "true", "null", "Paymnt", "\\ud800", "\\udc00x", "\\ud83d\\ude00", "a\\u0000b", "line\\nbreak", "\\u001b[2J",
        "\\u202eevil", "\\u2028", "\\u0085", "tab\\there", "quote\\\"d", "back\\\\slash", "\\/", "\u00e9\u4e2d\u6587",
    };

    private static readonly string[] Names =
    {
        "", "$schema", "id", "Id", "ID", "jurisdiction", "period", "start", "end", "venue", "Venue", "purposes", "consent",
        "obtained", "colour", "x\\nNothing was assessed.", "\\ud800", "a\\u0000", "__proto__", "constructor", "$ref",
        "'single'", "kinds", "storedPersons", "retention", "\\u202e",
    };

    /// <summary>The example activities, as UTF-8 bytes, in ordinal order of their names.</summary>
    public static IReadOnlyList<byte[]> Examples { get; } = Directory
        .GetFiles(Path.Combine(Policy.TestData.RepositoryRoot, "docs", "examples"), "*.json")
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(File.ReadAllBytes)
        .ToArray();

    /// <summary>A variant of an example: one to three mutations, chosen by <paramref name="seed"/> alone.</summary>
    public static byte[] Mutate(int seed)
    {
        var random = new Random(seed);
        var example = Examples[random.Next(Examples.Count)];
        var root = Node.Parse(example);
        var count = 1 + random.Next(3);
        byte[]? bytes = null;
        for (var i = 0; i < count; i++)
        {
            if (random.Next(5) == 0)
            {
                bytes = MutateBytes(random, bytes ?? root.ToUtf8());
            }
            else if (bytes is null)
            {
                MutateTree(random, root);
            }
        }

        return bytes ?? root.ToUtf8();
    }

    /// <summary>Random bytes, biased towards JSON's own characters, so that some get past the first character.</summary>
    public static byte[] RandomBytes(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "{}[]\":,0123456789-+.eE truefalsnl\\u\n\t";
        var bytes = new byte[random.Next(64)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)alphabet[random.Next(alphabet.Length)];
        }

        return bytes;
    }

    private static void MutateTree(Random random, Node root)
    {
        var containers = root.Containers().ToList();
        var target = containers[random.Next(containers.Count)];
        if (target.Members.Count == 0)
        {
            target.Members.Add((target.IsObject ? Pick(random, Names) : null, RandomValue(random, 0)));
            return;
        }

        var index = random.Next(target.Members.Count);
        (var name, var value) = target.Members[index];
        switch (random.Next(10))
        {
            case 0: // wrong type, or any value at all
                target.Members[index] = (name, RandomValue(random, 0));
                break;
            case 1: // removed
                target.Members.RemoveAt(index);
                break;
            case 2: // duplicated
                target.Members.Insert(random.Next(target.Members.Count + 1), (name, random.Next(2) == 0 ? value : RandomValue(random, 0)));
                break;
            case 3: // renamed: a typo, another case, or another name
                if (name != null)
                {
                    target.Members[index] = (random.Next(2) == 0 ? Pick(random, Names) : Typo(random, name), value);
                }

                break;
            case 4: // a bad enum value, string or date
                target.Members[index] = (name, Node.Scalar("\"" + (random.Next(2) == 0 ? Pick(random, Strings) : Pick(random, Dates)) + "\""));
                break;
            case 5: // a typo in a string value
                target.Members[index] = (name, value.Raw is string raw && raw.StartsWith('"') ? Node.Scalar("\"" + Typo(random, raw.Trim('"')) + "\"") : value);
                break;
            case 6: // a huge, negative or fractional number
                target.Members[index] = (name, Node.Scalar(Pick(random, Numbers)));
                break;
            case 7: // deep nesting
                var nested = value;
                for (var depth = random.Next(10, 24); depth > 0; depth--)
                {
                    nested = random.Next(2) == 0 ? Node.Array(nested) : Node.Object("a", nested);
                }

                target.Members[index] = (name, nested);
                break;
            case 8: // the period's ends swapped, dropped or made odd
                if (root.Members.FirstOrDefault(m => m.Name == "period").Value is Node period && period.IsObject)
                {
                    period.Members.Clear();
                    period.Members.Add(("start", Node.Scalar("\"" + Pick(random, Dates) + "\"")));
                    if (random.Next(3) > 0)
                    {
                        period.Members.Add(("end", Node.Scalar("\"" + Pick(random, Dates) + "\"")));
                    }
                }

                break;
            default: // an empty array or object, or null
                target.Members[index] = (name, random.Next(3) switch { 0 => Node.Array(), 1 => Node.Object(), _ => Node.Scalar("null") });
                break;
        }
    }

    private static byte[] MutateBytes(Random random, byte[] bytes)
    {
        var list = new List<byte>(bytes);
        var at = random.Next(list.Count + 1);
        switch (random.Next(8))
        {
            case 0: // invalid UTF-8: a stray continuation byte, an overlong form, a cut sequence, an encoded surrogate
                byte[][] invalid = { new byte[] { 0xFF }, new byte[] { 0x80 }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xE4, 0xB8 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 } };
                list.InsertRange(at, invalid[random.Next(invalid.Length)]);
                break;
            case 1: // a raw control character, inside a string or between tokens
                list.Insert(at, (byte)random.Next(0x20));
                break;
            case 2: // a byte-order mark, at the start or anywhere
                list.InsertRange(random.Next(2) == 0 ? 0 : at, new byte[] { 0xEF, 0xBB, 0xBF });
                break;
            case 3: // truncated
                list.RemoveRange(at, list.Count - at);
                break;
            case 4: // a byte dropped
                if (list.Count > 0)
                {
                    list.RemoveAt(Math.Min(at, list.Count - 1));
                }

                break;
            case 5: // a stray structural character
                list.Insert(at, (byte)"{}[],:\"\\/'"[random.Next(10)]);
                break;
            case 6: // a multi-byte character or the line separator, raw
                list.InsertRange(at, Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "\u2028" : "\u4e2d\U0001F600"));
                break;
            default: // a random byte
                list.Insert(at, (byte)random.Next(256));
                break;
        }

        return list.ToArray();
    }

    private static Node RandomValue(Random random, int depth) => random.Next(depth > 2 ? 4 : 6) switch
    {
        0 => Node.Scalar(Pick(random, Numbers)),
        1 => Node.Scalar("\"" + Pick(random, random.Next(2) == 0 ? Strings : Dates) + "\""),
        2 => Node.Scalar(random.Next(3) switch { 0 => "true", 1 => "false", _ => "null" }),
        3 => Node.Scalar("\"" + Pick(random, Strings) + "\""),
        4 => Node.Array(Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth + 1)).ToArray()),
        _ => Node.Object(Pick(random, Names), RandomValue(random, depth + 1)),
    };

    private static string Typo(Random random, string text)
    {
        if (text.Length == 0)
        {
            return "x";
        }

        var i = random.Next(text.Length);
        return random.Next(4) switch
        {
            0 => text.Remove(i, 1),
            1 => text.Insert(i, "x"),
            2 => char.IsUpper(text[i]) ? text.ToLowerInvariant() : text.ToUpperInvariant(),
            _ => text + text,
        };
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    /// <summary>A JSON value whose objects may hold a name twice: raw scalar text, or members in order.</summary>
    private sealed class Node
    {
        private Node(string? raw, bool isObject)
        {
            Raw = raw;
            IsObject = isObject;
        }

        /// <summary>The JSON text of a scalar, as written (escapes kept); <c>null</c> for an object or array.</summary>
        public string? Raw { get; }

        public bool IsObject { get; }

        /// <summary>The members of an object (with names) or the items of an array (names null).</summary>
        public List<(string? Name, Node Value)> Members { get; } = new List<(string?, Node)>();

        public static Node Scalar(string raw) => new Node(raw, false);

        public static Node Array(params Node[] items)
        {
            var node = new Node(null, false);
            node.Members.AddRange(items.Select(i => ((string?)null, i)));
            return node;
        }

        public static Node Object(string name, Node value)
        {
            var node = Object();
            node.Members.Add((name, value));
            return node;
        }

        public static Node Object() => new Node(null, true);

        public static Node Parse(byte[] utf8)
        {
            using var document = JsonDocument.Parse(utf8);
            return From(document.RootElement);
        }

        public IEnumerable<Node> Containers()
        {
            if (Raw != null)
            {
                yield break;
            }

            yield return this;
            foreach ((var _, var value) in Members)
            {
                foreach (var inner in value.Containers())
                {
                    yield return inner;
                }
            }
        }

        public byte[] ToUtf8()
        {
            var text = new StringBuilder();
            Write(text, "\n");
            return Encoding.UTF8.GetBytes(text.ToString());
        }

        private static Node From(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var node = Object();
                    foreach (var property in element.EnumerateObject())
                    {
                        node.Members.Add((property.Name, From(property.Value)));
                    }

                    return node;
                case JsonValueKind.Array:
                    return Array(element.EnumerateArray().Select(From).ToArray());
                default:
                    return Scalar(element.GetRawText());
            }
        }

        private void Write(StringBuilder text, string newLine)
        {
            if (Raw != null)
            {
                text.Append(Raw);
                return;
            }

            text.Append(IsObject ? '{' : '[');
            for (var i = 0; i < Members.Count; i++)
            {
                text.Append(i == 0 ? "" : ",").Append(newLine).Append("  ");
                if (Members[i].Name is string name)
                {
                    // Names from the examples are plain; mutated ones are written with their escapes.
                    text.Append('"').Append(name).Append("\": ");
                }

                Members[i].Value.Write(text, newLine + "  ");
            }

            text.Append(Members.Count > 0 ? newLine : "").Append(IsObject ? '}' : ']');
        }
    }
}
