using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Reporting;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Policy.Serialization;

/// <summary>The kind of value a field of the activity format holds.</summary>
internal enum FieldKind
{
    /// <summary>A string.</summary>
    Text,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number, not negative.</summary>
    Count,

    /// <summary>A date, <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>A date or an instant with <c>Z</c> or an offset.</summary>
    PeriodBound,

    /// <summary>An ISO-8601 period such as <c>P6M</c>.</summary>
    IsoPeriod,

    /// <summary>An ISO 3166 jurisdiction code.</summary>
    Jurisdiction,

    /// <summary>The name of a member of <see cref="FieldSpec.EnumType"/>.</summary>
    Enum,

    /// <summary>An array of distinct names of members of <see cref="FieldSpec.EnumType"/>.</summary>
    EnumList,

    /// <summary>An object whose fields <see cref="FieldSpec.Section"/> describes.</summary>
    Object,

    /// <summary>A string naming the JSON schema of the document; read and ignored.</summary>
    SchemaReference,

    /// <summary>The ID of a rule of the built-in catalog, e.g. <c>CN-PIPL-29</c>.</summary>
    RuleId,

    /// <summary>
    /// An array of objects whose fields <see cref="FieldSpec.Section"/> describes, each naming a different rule in its
    /// first field: the accepted findings. Not a fact; the facts' paths (<c>FactPaths</c>) leave it out.
    /// </summary>
    Acceptances,
}

/// <summary>
/// One field of the activity format: its JSON name, the kind of value it holds, and how the reader reads that
/// value. JSON <c>null</c> means the same as an absent field. The fields of every section are listed in
/// <see cref="ActivityFormat"/>, the one table the reader, its error messages and the schema tests work from.
/// </summary>
internal sealed class FieldSpec
{
    private delegate object? Reader(SourceValue value, string path, TextPosition at, ActivityReading reading);

    private readonly Reader read;

    private FieldSpec(string name, FieldKind kind, Reader read, Type? enumType = null, SectionSpec? section = null, string? requiredExample = null, bool allowsEmpty = false)
    {
        AllowsEmpty = allowsEmpty;
        Name = name;
        Kind = kind;
        this.read = read;
        EnumType = enumType;
        Section = section;
        RequiredExample = requiredExample;
    }

    /// <summary>The JSON name (case-sensitive camelCase); by convention also the model's constructor parameter name (for the C# API; the reader does not rely on it).</summary>
    public string Name { get; }

    public FieldKind Kind { get; }

    /// <summary>The enum whose member names are the allowed values, for <see cref="FieldKind.Enum"/> and <see cref="FieldKind.EnumList"/>.</summary>
    public Type? EnumType { get; }

    /// <summary>The fields of the object, for <see cref="FieldKind.Object"/>.</summary>
    public SectionSpec? Section { get; }

    /// <summary>For <see cref="FieldKind.EnumList"/>, whether the model accepts an empty list (<c>[]</c>: none of the values).</summary>
    public bool AllowsEmpty { get; }

    /// <summary>Whether the field must be present and not null.</summary>
    public bool Required => RequiredExample != null;

    /// <summary>For a required field, an example of a value, shown when it is missing.</summary>
    public string? RequiredExample { get; }

    public static FieldSpec Text(string name, string? requiredExample = null) => new FieldSpec(name, FieldKind.Text, ReadLine, requiredExample: requiredExample);

    public static FieldSpec RuleId(string name, string requiredExample) => new FieldSpec(name, FieldKind.RuleId, ReadRuleId, requiredExample: requiredExample);

    /// <summary>A list of <paramref name="item"/> objects whose first field is a <see cref="FieldKind.RuleId"/>, each rule listed once.</summary>
    public static FieldSpec Acceptances(string name, SectionSpec item) =>
        new FieldSpec(name, FieldKind.Acceptances, (v, path, at, r) => ReadAcceptances(item, v, path, at, r), section: item);

    public static FieldSpec Boolean(string name) => new FieldSpec(name, FieldKind.Boolean, ReadBoolean);

    public static FieldSpec Count(string name) => new FieldSpec(name, FieldKind.Count, ReadCount);

    public static FieldSpec Date(string name) => new FieldSpec(name, FieldKind.Date, ReadDate);

    public static FieldSpec PeriodBound(string name, string? requiredExample = null) =>
        new FieldSpec(name, FieldKind.PeriodBound, ReadBound, requiredExample: requiredExample);

    public static FieldSpec IsoPeriod(string name) => new FieldSpec(name, FieldKind.IsoPeriod, ReadIsoPeriod);

    public static FieldSpec Jurisdiction(string name, string requiredExample) =>
        new FieldSpec(name, FieldKind.Jurisdiction, ReadJurisdiction, requiredExample: requiredExample);

    public static FieldSpec Enum<TEnum>(string name)
        where TEnum : struct, System.Enum =>
        new FieldSpec(name, FieldKind.Enum, (v, path, at, r) => ReadEnum<TEnum>(v, path, at, r), typeof(TEnum));

    public static FieldSpec EnumList<TEnum>(string name, bool allowsEmpty = false)
        where TEnum : struct, System.Enum =>
        new FieldSpec(name, FieldKind.EnumList, (v, path, at, r) => ReadEnumList<TEnum>(v, path, at, r), typeof(TEnum), allowsEmpty: allowsEmpty);

    public static FieldSpec Object(string name, SectionSpec section, string? requiredExample = null) =>
        new FieldSpec(name, FieldKind.Object, (v, path, at, r) => section.Read(v, path, at, r), section: section, requiredExample: requiredExample);

    public static FieldSpec SchemaReference(string name) => new FieldSpec(name, FieldKind.SchemaReference, ReadSchemaReference);

    /// <summary>Reads the value (<c>null</c> for JSON <c>null</c>); reports what is wrong with it and returns <c>null</c> then.</summary>
    public object? Read(SourceValue value, string path, TextPosition at, ActivityReading reading)
    {
        if (value.Kind == JsonValueKind.Null)
        {
            return null;
        }

        // Only Parse(string) can be given a lone surrogate as such, but any document can write one as \ud800.
        var unpaired = value.Kind == JsonValueKind.String ? IndexOfLoneSurrogate(value.Text!) : -1;
        return unpaired >= 0
            ? reading.Error(path, at, $"The string holds {Printable.EscapeOf(value.Text![unpaired])}, half of a UTF-16 surrogate pair without its other half; that is not a Unicode character.")
            : read(value, path, at, reading);
    }

    private static int IndexOfLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && Printable.NeedsEscape(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static object? ReadText(SourceValue v, string path, TextPosition at, ActivityReading r) =>
        v.Kind == JsonValueKind.String ? v.Text : r.WrongType(path, at, "a string", v);

    /// <summary>Reads a string shown in reports (an id, a name): one line without control characters.</summary>
    private static object? ReadLine(SourceValue v, string path, TextPosition at, ActivityReading r)
    {
        if (!(ReadText(v, path, at, r) is string text))
        {
            return null;
        }

        var bad = Printable.IndexOfUnprintable(text);
        return bad < 0
            ? text
            : r.Error(path, at, $"The text holds the control character {Printable.EscapeOf(text[bad])} (U+{(int)text[bad]:X4}); it is shown in reports, so it must be one line of printable text.");
    }

    /// <summary>Checks that the value is a string, and ignores it: editors read it, the reader has no use for it.</summary>
    private static object? ReadSchemaReference(SourceValue v, string path, TextPosition at, ActivityReading r) =>
        v.Kind == JsonValueKind.String ? null : r.WrongType(path, at, "a string (the path or URI of the JSON schema)", v);

    private static object? ReadBoolean(SourceValue v, string path, TextPosition at, ActivityReading r) => v.Kind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => r.WrongType(path, at, "true, false or null", v),
    };

    private static object? ReadCount(SourceValue v, string path, TextPosition at, ActivityReading r)
    {
        if (v.Kind != JsonValueKind.Number || v.Text!.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0 ||
            !long.TryParse(v.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return r.WrongType(path, at, "a whole number", v);
        }

        return n >= 0 ? n : r.Error(path, at, $"The count must not be negative (was {n}).");
    }

    private static object? ReadDate(SourceValue v, string path, TextPosition at, ActivityReading r) =>
        ReadPattern(LocalDatePattern.Iso, "is not a date; expected YYYY-MM-DD.", v, path, at, r) is LocalDate date
            ? ActivityPeriod.InRange(date) ? date : r.Error(path, at, ActivityPeriod.OutOfRange(v.Text!))
            : null;

    private static object? ReadBound(SourceValue v, string path, TextPosition at, ActivityReading r)
    {
        if (!(ReadText(v, path, at, r) is string text))
        {
            return null;
        }

        if (text.IndexOf('T') < 0)
        {
            var date = LocalDatePattern.Iso.Parse(text);
            return date.Success
                ? InRange(Model.PeriodBound.FromDate(date.Value), text, path, at, r)
                : r.Error(path, at, $"'{Printable.Shorten(text)}' is not a date; expected YYYY-MM-DD or an instant such as 2021-07-31T16:00:00Z.");
        }

        var instant = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (instant.Success)
        {
            // Far from the supported years the instant may not even exist (9999-12-31T23:59:59-18:00).
            var year = instant.Value.Year;
            return year < ActivityPeriod.EarliestDate.Year - 1 || year > ActivityPeriod.LatestDate.Year + 1
                ? r.Error(path, at, ActivityPeriod.OutOfRange(text))
                : InRange(Model.PeriodBound.FromInstant(instant.Value.ToInstant()), text, path, at, r);
        }

        return r.Error(path, at, LocalDateTimePattern.ExtendedIso.Parse(text).Success
            ? $"'{Printable.Shorten(text)}' has no offset; an instant needs 'Z' or an offset such as +08:00 (or give a date)."
            : $"'{Printable.Shorten(text)}' is not an instant; expected e.g. 2021-07-31T16:00:00Z or 2021-08-01T00:00:00+08:00.");
    }

    /// <summary>The bound, or an error quoting it as written when it is outside the supported years (the period would reject it too, but quoting it as an instant in UTC).</summary>
    private static object? InRange(Model.PeriodBound bound, string text, string path, TextPosition at, ActivityReading r) =>
        ActivityPeriod.InRange(bound) ? bound : r.Error(path, at, ActivityPeriod.OutOfRange(text));

    private static object? ReadIsoPeriod(SourceValue v, string path, TextPosition at, ActivityReading r) =>
        ReadPattern(PeriodPattern.NormalizingIso, "is not an ISO-8601 period; expected e.g. P6M, P3Y or P30D.", v, path, at, r);

    /// <summary>Reads a string in a NodaTime pattern; the error is "'text' <paramref name="invalid"/>".</summary>
    private static object? ReadPattern<T>(IPattern<T> pattern, string invalid, SourceValue v, string path, TextPosition at, ActivityReading r)
    {
        if (!(ReadText(v, path, at, r) is string text))
        {
            return null;
        }

        var result = pattern.Parse(text);
        return result.Success ? result.Value : r.Error(path, at, $"'{Printable.Shorten(text)}' {invalid}");
    }

    private static object? ReadJurisdiction(SourceValue v, string path, TextPosition at, ActivityReading r)
    {
        if (!(ReadText(v, path, at, r) is string code))
        {
            return null;
        }

        var error = Model.Jurisdiction.TryCreate(code, out var result);
        return error is null ? result : r.Error(path, at, error);
    }

    private static object? ReadRuleId(SourceValue v, string path, TextPosition at, ActivityReading r)
    {
        if (!(ReadText(v, path, at, r) is string id))
        {
            return null;
        }

        var ids = RuleIds.Value;
        if (ids.Contains(id))
        {
            return id;
        }

        var suggestion = Spelling.DidYouMean(id, ids);
        return r.Error(path, at, $"'{Printable.Shorten(id)}' is not the ID of a rule of the catalog{(suggestion.Length > 0 ? suggestion : "; docs/rules-catalog.md lists them.")}");
    }

    /// <summary>The catalog's rule IDs, made on first use so that reading a file without acceptances never builds the catalog.</summary>
    private static readonly Lazy<HashSet<string>> RuleIds = new Lazy<HashSet<string>>(
        () => new HashSet<string>(Engine.RuleCatalog.Default.Rules.Select(rule => rule.Id), StringComparer.Ordinal));

    /// <summary>The rule IDs an activity file may accept, in the catalog's order (for the schema).</summary>
    internal static string[] AcceptableRuleIds() => Engine.RuleCatalog.Default.Rules.Select(rule => rule.Id).ToArray();

    private static object? ReadAcceptances(SectionSpec item, SourceValue v, string path, TextPosition at, ActivityReading r)
    {
        if (v.Kind != JsonValueKind.Array)
        {
            return r.WrongType(path, at, "an array of { \"rule\": ..., \"justification\": ... } objects", v);
        }

        var values = new List<AcceptedFinding>();
        var valid = true;
        for (var i = 0; i < v.Items.Count; i++)
        {
            var value = v.Items[i];
            var itemPath = $"{path}[{i}]";
            if (!(item.Read(value, itemPath, value.Position, r) is AcceptedFinding acceptance))
            {
                valid = false;
            }
            else if (values.Find(a => a.Rule == acceptance.Rule) is AcceptedFinding)
            {
                var rulePosition = value.Property(item.Fields[0].Name)?.NamePosition ?? value.Position;
                r.Error(itemPath + "." + item.Fields[0].Name, rulePosition, $"The rule {acceptance.Rule} is accepted more than once; give one justification.");
                valid = false;
            }
            else
            {
                values.Add(acceptance);
            }
        }

        return valid ? values.AsReadOnly() : null;
    }

    private static object? ReadEnum<TEnum>(SourceValue v, string path, TextPosition at, ActivityReading r)
        where TEnum : struct, System.Enum
    {
        if (v.Kind != JsonValueKind.String)
        {
            return r.WrongType(path, at, $"a string naming a {typeof(TEnum).Name}", v);
        }

        if (EnumValues<TEnum>.ByName.TryGetValue(v.Text!, out var value))
        {
            return value;
        }

        var suggestion = Spelling.DidYouMean(v.Text!, EnumValues<TEnum>.Names);
        var given = Printable.Shorten(v.Text!);
        return r.Error(path, at, suggestion.Length > 0
            ? $"'{given}' is not a {typeof(TEnum).Name}{suggestion}"
            : $"'{given}' is not a {typeof(TEnum).Name}; expected one of {string.Join(", ", EnumValues<TEnum>.Names)}.");
    }

    private static object? ReadEnumList<TEnum>(SourceValue v, string path, TextPosition at, ActivityReading r)
        where TEnum : struct, System.Enum
    {
        if (v.Kind != JsonValueKind.Array)
        {
            return r.WrongType(path, at, "an array", v);
        }

        var values = new List<TEnum>();
        var valid = true;
        for (var i = 0; i < v.Items.Count; i++)
        {
            var item = v.Items[i];
            var itemPath = $"{path}[{i}]";
            if (!(ReadEnum<TEnum>(item, itemPath, item.Position, r) is TEnum value))
            {
                valid = false;
            }
            else if (values.Contains(value))
            {
                r.Error(itemPath, item.Position, $"{value} is listed more than once.");
                valid = false;
            }
            else
            {
                values.Add(value);
            }
        }

        return valid ? values.AsReadOnly() : null;
    }

    /// <summary>
    /// The member names an activity file may use for <paramref name="enumType"/>, in declaration order: every
    /// member but a zero one (the <c>None</c> of the flags enums <see cref="Modality"/> and
    /// <see cref="RecognitionFunction"/> is never a fact; combinations cannot be written either).
    /// </summary>
    internal static string[] AcceptedNames(Type enumType) =>
        System.Enum.GetNames(enumType)
            .Where(name => Convert.ToInt64(System.Enum.Parse(enumType, name), System.Globalization.CultureInfo.InvariantCulture) != 0)
            .ToArray();

    private static class EnumValues<TEnum>
        where TEnum : struct, System.Enum
    {
        public static readonly string[] Names = AcceptedNames(typeof(TEnum));

        public static readonly Dictionary<string, TEnum> ByName = Names.ToDictionary(
            name => name, name => (TEnum)System.Enum.Parse(typeof(TEnum), name), StringComparer.Ordinal);
    }
}
