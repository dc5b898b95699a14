using System;
using System.Collections.Generic;

namespace BiometricConsent.Policy.Rules;

/// <summary>
/// A yes/no fact a rule decides on, together with the JSON path it comes from, so that an unknown fact can be
/// reported in <c>missingFacts</c>. Three-valued: true, false, or unknown.
/// </summary>
/// <example>
/// <code>
/// var separate = Fact.Of(activity.Consent?.Separate, FactPaths.Consent.Separate);
/// if (separate.IsFalse) return Verdict.Violated("Consent was not separate.");
/// if (separate.IsUnknown) return Verdict.Undetermined("Whether consent was separate decides this rule.", separate);
/// </code>
/// </example>
public readonly struct Fact
{
    /// <summary>Creates a fact.</summary>
    /// <param name="value">The value, or <c>null</c> when unknown.</param>
    /// <param name="path">The JSON path of the fact, e.g. <c>$.consent.separate</c>.</param>
    public Fact(bool? value, string path)
    {
        Value = value;
        Path = Preconditions.CheckNotNull(path, nameof(path));
    }

    /// <summary>The value, or <c>null</c> when unknown.</summary>
    public bool? Value { get; }

    /// <summary>The JSON path of the fact.</summary>
    public string Path { get; }

    /// <summary>Whether the fact is known to be true.</summary>
    public bool IsTrue => Value == true;

    /// <summary>Whether the fact is known to be false.</summary>
    public bool IsFalse => Value == false;

    /// <summary>Whether the fact is unknown.</summary>
    public bool IsUnknown => Value is null;

    /// <summary>Creates a fact.</summary>
    /// <param name="value">The value, or <c>null</c> when unknown.</param>
    /// <param name="path">The JSON path of the fact.</param>
    /// <returns>The fact.</returns>
    public static Fact Of(bool? value, string path) => new Fact(value, path);

    /// <summary>The fact "<paramref name="value"/> is <paramref name="expected"/>", unknown when <paramref name="value"/> is.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value, or <c>null</c> when unknown.</param>
    /// <param name="expected">The value asked about.</param>
    /// <param name="path">The JSON path of the fact.</param>
    /// <returns>The fact.</returns>
    public static Fact Is<T>(T? value, T expected, string path)
        where T : struct, Enum =>
        new Fact(value is T v ? EqualityComparer<T>.Default.Equals(v, expected) : (bool?)null, path);

    /// <summary>The negation (unknown stays unknown).</summary>
    /// <returns>The negated fact, with the same path.</returns>
    public Fact Not() => new Fact(Value is bool b ? !b : (bool?)null, Path);

    /// <summary>The path and value, for debugging.</summary>
    /// <returns>E.g. <c>$.consent.separate=false</c>.</returns>
    public override string ToString() => $"{Path}={(Value is bool b ? (b ? "true" : "false") : "unknown")}";
}
