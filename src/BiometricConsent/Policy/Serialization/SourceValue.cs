using System.Collections.Generic;
using System.Text.Json;
using BiometricConsent.Policy.Reporting;

namespace BiometricConsent.Policy.Serialization;

/// <summary>
/// A JSON value as written in a document, with the position where it starts, so that every error can name the
/// line and column of the value it is about. Built by <see cref="SourceJson"/>.
/// </summary>
internal sealed class SourceValue
{
    private static readonly SourceProperty[] NoProperties = new SourceProperty[0];
    private static readonly SourceValue[] NoItems = new SourceValue[0];

    private SourceValue(JsonValueKind kind, TextPosition position, string? text, IReadOnlyList<SourceProperty>? properties, IReadOnlyList<SourceValue>? items)
    {
        Kind = kind;
        Position = position;
        Text = text;
        Properties = properties ?? NoProperties;
        Items = items ?? NoItems;
    }

    /// <summary>What kind of value this is.</summary>
    public JsonValueKind Kind { get; }

    /// <summary>Where the value starts (its first character).</summary>
    public TextPosition Position { get; }

    /// <summary>The string (unescaped) or the number as written; <c>null</c> for other kinds.</summary>
    public string? Text { get; }

    /// <summary>The properties of an object in document order, duplicates included; empty for other kinds.</summary>
    public IReadOnlyList<SourceProperty> Properties { get; }

    /// <summary>The items of an array; empty for other kinds.</summary>
    public IReadOnlyList<SourceValue> Items { get; }

    public static SourceValue Object(TextPosition position, IReadOnlyList<SourceProperty> properties) =>
        new SourceValue(JsonValueKind.Object, position, null, properties, null);

    public static SourceValue Array(TextPosition position, IReadOnlyList<SourceValue> items) =>
        new SourceValue(JsonValueKind.Array, position, null, null, items);

    public static SourceValue Scalar(JsonValueKind kind, TextPosition position, string? text = null) =>
        new SourceValue(kind, position, text, null, null);

    /// <summary>The first property named <paramref name="name"/> (the one the reader reads), or <c>null</c>.</summary>
    public SourceProperty? Property(string name)
    {
        foreach (var p in Properties)
        {
            if (p.Name == name)
            {
                return p;
            }
        }

        return null;
    }
}

/// <summary>A property of a JSON object: its name, where the name is written, and its value.</summary>
internal readonly struct SourceProperty
{
    public SourceProperty(string name, TextPosition namePosition, SourceValue value)
    {
        Name = name;
        NamePosition = namePosition;
        Value = value;
    }

    public string Name { get; }

    /// <summary>The position of the opening quote of the name.</summary>
    public TextPosition NamePosition { get; }

    public SourceValue Value { get; }
}
