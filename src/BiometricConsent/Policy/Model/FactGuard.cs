using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// Argument checks shared by the fact types. Each check names the offending fact by its JSON path, a
/// <see cref="FactPaths"/> constant: the exception carries it under <see cref="PathKey"/> (and the bare reason under
/// <see cref="ReasonKey"/>), and the JSON reader reports that path — it never maps a parameter name to a path. The
/// <see cref="ArgumentException.ParamName"/> is the constructor parameter, for callers of the C# API.
/// </summary>
internal static class FactGuard
{
    /// <summary>Key in <see cref="Exception.Data"/> under which the bare reason (without the parameter suffix) is stored.</summary>
    internal const string ReasonKey = "BiometricConsent.Policy.Reason";

    /// <summary>Key in <see cref="Exception.Data"/> under which the JSON path (a <see cref="FactPaths"/> constant) of the offending fact is stored.</summary>
    internal const string PathKey = "BiometricConsent.Policy.Path";

    /// <summary>An exception rejecting the fact at <paramref name="path"/>.</summary>
    /// <param name="path">The fact's JSON path, a <see cref="FactPaths"/> constant.</param>
    /// <param name="reason">The message.</param>
    /// <param name="parameter">The constructor parameter, when it is not the last name of <paramref name="path"/>.</param>
    internal static ArgumentException Invalid(string path, string reason, string? parameter = null)
    {
        var exception = new ArgumentException(reason, parameter ?? NameOf(path));
        exception.Data[ReasonKey] = reason;
        exception.Data[PathKey] = path;
        return exception;
    }

    /// <summary>The JSON path of the fact an exception of <see cref="Invalid"/> rejects, or <c>null</c>.</summary>
    internal static string? PathOf(Exception e) => e.Data[PathKey] as string;

    /// <summary>The bare reason of an exception (without the " (Parameter 'x')" suffix).</summary>
    internal static string ReasonOf(ArgumentException e) =>
        e.Data[ReasonKey] as string ?? (e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", ""));

    /// <summary>The field name a path ends in (<c>separate</c> for <c>$.consent.separate</c>), as messages name it.</summary>
    internal static string NameOf(string path) => path.Substring(path.LastIndexOf('.') + 1);

    /// <summary>Rejects <paramref name="flag"/> = true when <paramref name="prerequisite"/> is false.</summary>
    internal static void TrueOnlyIf(bool? flag, string flagPath, bool? prerequisite, string prerequisitePath)
    {
        if (flag == true && prerequisite == false)
        {
            throw Invalid(flagPath, $"{NameOf(flagPath)} is true but {NameOf(prerequisitePath)} is false; the two contradict each other.");
        }
    }

    internal static void NotNegative(long? value, string path)
    {
        if (value < 0)
        {
            throw Invalid(path, $"{NameOf(path)} must not be negative (was {value}).");
        }
    }

    /// <summary>Rejects a period with a negative component (a retention or destruction time cannot be negative).</summary>
    internal static void NotNegative(NodaTime.Period? value, string path)
    {
        if (value is NodaTime.Period p && (p.Years < 0 || p.Months < 0 || p.Weeks < 0 || p.Days < 0 || p.Hours < 0 || p.Minutes < 0 ||
            p.Seconds < 0 || p.Milliseconds < 0 || p.Ticks < 0 || p.Nanoseconds < 0))
        {
            throw Invalid(path, $"{NameOf(path)} must not be negative (was {p}).");
        }
    }

    /// <summary>Copies an optional list of enum values, rejecting undefined values, duplicates and (unless allowed) emptiness.</summary>
    internal static IReadOnlyList<T>? EnumList<T>(IEnumerable<T>? values, string path, bool allowEmpty, out ulong mask)
        where T : struct, Enum
    {
        var parameter = NameOf(path);
        mask = 0;
        if (values is null)
        {
            return null;
        }

        var copy = new List<T>(values);
        if (copy.Count == 0 && !allowEmpty)
        {
            throw Invalid(path, $"{parameter} must list at least one value, or be omitted when unknown.");
        }

        foreach (var value in copy)
        {
            var number = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            if (!Enum.IsDefined(typeof(T), value) || number <= 0 || number >= 64)
            {
                throw Invalid(path, $"{parameter} contains {Undefined(value, number, "list each separately")}.");
            }

            var bit = 1UL << number;
            if ((mask & bit) != 0)
            {
                throw Invalid(path, $"{parameter} lists {value} more than once.");
            }

            mask |= bit;
        }

        return new ReadOnlyCollection<T>(copy.ToArray());
    }

    internal static T? DefinedOrNull<T>(T? value, string path)
        where T : struct, Enum
    {
        var parameter = NameOf(path);
        if (value is T v)
        {
            var number = Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture);
            if (!Enum.IsDefined(typeof(T), v) || number == 0)
            {
                throw Invalid(path, $"{parameter} is {Undefined(v, number, "name one")}.");
            }
        }

        return value;
    }

    /// <summary>
    /// Describes a value that is not a single defined member: a combination of the flags of <see cref="Modality"/>
    /// or <see cref="RecognitionFunction"/> (valid in a consent, never in an activity) is named as such.
    /// </summary>
    private static string Undefined<T>(T value, int number, string remedy)
        where T : struct, Enum
    {
        var name = value.ToString();
        if (name.IndexOf(',') >= 0)
        {
            return $"{name}, a combination of {typeof(T).Name} flags; {remedy}";
        }

        return number == 0 ? $"{name}, which names no {typeof(T).Name}" : $"{number}, which is not a defined {typeof(T).Name}";
    }

    internal static bool Has(ulong mask, int value) => (mask & (1UL << value)) != 0;
}
