using System;
using System.Collections.Generic;
using System.Text.Json;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Reporting;

namespace BiometricConsent.Policy.Serialization;

/// <summary>
/// An object of the activity format — the activity itself or one of its sections — as its fields and the model
/// constructor that takes their values. The fields are listed in the order of the constructor's parameters;
/// the constructor's contradiction checks name the offending fact by its JSON path (<see cref="FactGuard"/>).
/// Reading collects every error instead of stopping at the first.
/// </summary>
internal sealed class SectionSpec
{
    private readonly Func<object?[], object> create;
    private readonly FieldSpec[] fields;

    private SectionSpec(Type modelType, Func<object?[], object> create, FieldSpec[] fields)
    {
        ModelType = modelType;
        this.create = create;
        this.fields = fields;
    }

    /// <summary>The model type the section is read into.</summary>
    public Type ModelType { get; }

    /// <summary>The fields, in the order of the model constructor's parameters (a schema reference first, if any).</summary>
    public IReadOnlyList<FieldSpec> Fields => fields;

    /// <summary>Describes a section.</summary>
    /// <param name="create">Creates the model object from the field values (indexed like <paramref name="fields"/>; <c>null</c> when absent).</param>
    /// <param name="fields">The fields.</param>
    public static SectionSpec Of<T>(Func<object?[], T> create, params FieldSpec[] fields)
        where T : class =>
        new SectionSpec(typeof(T), v => create(v), fields);

    /// <summary>Reads an object of this section; <c>null</c> when anything in it is wrong (reported to <paramref name="reading"/>).</summary>
    /// <param name="value">The JSON value (not null).</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="at">Where its property name is written (the object's own position for the document).</param>
    /// <param name="reading">Collects the errors.</param>
    public object? Read(SourceValue value, string path, TextPosition at, ActivityReading reading)
    {
        if (value.Kind != JsonValueKind.Object)
        {
            return reading.WrongType(path, at, "an object", value);
        }

        var values = new object?[fields.Length];
        var seen = new SourceProperty?[fields.Length];
        foreach (var property in value.Properties)
        {
            var fieldPath = Printable.Child(path, property.Name);
            var i = IndexOf(property.Name);
            if (i < 0)
            {
                reading.Error(fieldPath, property.NamePosition, UnknownField(property.Name, path));
            }
            else if (seen[i] is SourceProperty first)
            {
                reading.Error(fieldPath, property.NamePosition, $"The field appears more than once (first at line {first.NamePosition.Line}, column {first.NamePosition.Column}).");
            }
            else
            {
                seen[i] = property;
                values[i] = fields[i].Read(property.Value, fieldPath, property.NamePosition, reading);
            }
        }

        var complete = true;
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Required && values[i] is null)
            {
                complete = false;
                if (seen[i] is null || seen[i]!.Value.Value.Kind == JsonValueKind.Null)
                {
                    var state = seen[i] is null ? "missing" : "null";
                    reading.Error(path + "." + fields[i].Name, seen[i]?.NamePosition ?? value.Position, $"The required field is {state} (e.g. {fields[i].RequiredExample}).");
                }
            }
        }

        // A section with errors is still built from its valid facts, so that its contradictions (and those with
        // other sections) are reported too; the document is rejected all the same.
        return complete ? Create(values, value, path, reading) : null;
    }

    /// <summary>
    /// Runs the model constructor. Each time it rejects a fact that contradicts another (an
    /// <see cref="ArgumentException"/> carrying the fact's JSON path, see <see cref="FactGuard.PathOf"/>), the error
    /// is reported at that path and the constructor runs again without that fact, so that every contradiction in the
    /// section is reported, not only the first.
    /// </summary>
    private object? Create(object?[] values, SourceValue value, string path, ActivityReading reading)
    {
        while (true)
        {
            try
            {
                return create(values);
            }
            catch (ArgumentException e) when (FactGuard.PathOf(e) is string factPath && factPath.StartsWith(path + ".", StringComparison.Ordinal))
            {
                var field = factPath.Substring(path.Length + 1);
                reading.Error(factPath, Locate(value, field), FactGuard.ReasonOf(e));
                var i = IndexOf(field.Split('.')[0]);
                if (i < 0 || fields[i].Required || values[i] is null)
                {
                    return null;
                }

                values[i] = null;
            }
        }
    }

    /// <summary>The position of the property at the dotted <paramref name="field"/> path below <paramref name="value"/>, or of the deepest one present.</summary>
    private static TextPosition Locate(SourceValue value, string field)
    {
        var found = value.Position;
        foreach (var name in field.Split('.'))
        {
            if (!(value.Property(name) is SourceProperty property))
            {
                break;
            }

            found = property.NamePosition;
            value = property.Value;
        }

        return found;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private string UnknownField(string name, string path)
    {
        var names = new List<string>(fields.Length);
        foreach (var field in fields)
        {
            names.Add(field.Name);
        }

        var suggestion = Spelling.DidYouMean(name, names);
        return suggestion.Length > 0
            ? $"Unknown field '{Printable.Shorten(name)}'{suggestion}"
            : $"Unknown field '{Printable.Shorten(name)}'; the fields of {(path == "$" ? "an activity" : path)} are {string.Join(", ", names)}.";
    }
}

/// <summary>
/// The errors found while reading one activity document: all are counted, but only the first
/// <see cref="ActivityFormatException.MaxErrors"/> in document order are kept, so that a document with a
/// million bad items costs no more memory than one with twenty.
/// </summary>
internal sealed class ActivityReading
{
    private readonly List<(ActivityFormatError Error, int Found)> kept = new List<(ActivityFormatError, int)>();

    public int ErrorCount { get; private set; }

    /// <summary>The first errors in document order (by position; errors at the same position in the order found).</summary>
    public List<ActivityFormatError> ErrorsInDocumentOrder() => kept.ConvertAll(e => e.Error);

    /// <summary>Reports an error; returns <c>null</c>, the value of a field that could not be read.</summary>
    /// <remarks>Names and values from the document in <paramref name="path"/> and <paramref name="reason"/> are printed escaped.</remarks>
    public object? Error(string path, TextPosition at, string reason)
    {
        var error = (new ActivityFormatError(Printable.Escape(path), Printable.Escape(reason), at), ErrorCount++);
        var index = kept.BinarySearch(error, ByPosition.Instance);
        index = index < 0 ? ~index : index;
        if (index < ActivityFormatException.MaxErrors)
        {
            kept.Insert(index, error);
            if (kept.Count > ActivityFormatException.MaxErrors)
            {
                kept.RemoveAt(kept.Count - 1);
            }
        }

        return null;
    }

    /// <summary>Reports a value of the wrong type; returns <c>null</c>.</summary>
    public object? WrongType(string path, TextPosition at, string expected, SourceValue found) =>
        Error(path, at, $"Expected {expected}, found {Describe(found)}.");

    private static string Describe(SourceValue value) => value.Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{Printable.Shorten(value.Text!)}\"",
        JsonValueKind.Number => $"the number {Printable.Shorten(value.Text!)}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private sealed class ByPosition : IComparer<(ActivityFormatError Error, int Found)>
    {
        public static readonly ByPosition Instance = new ByPosition();

        public int Compare((ActivityFormatError Error, int Found) a, (ActivityFormatError Error, int Found) b)
        {
            TextPosition pa = a.Error.Position ?? default, pb = b.Error.Position ?? default;
            var byLine = pa.Line.CompareTo(pb.Line);
            var byColumn = byLine != 0 ? byLine : pa.Column.CompareTo(pb.Column);
            return byColumn != 0 ? byColumn : a.Found.CompareTo(b.Found);
        }
    }
}
