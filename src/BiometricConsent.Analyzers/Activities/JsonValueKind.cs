namespace BiometricConsent.Analyzers.Policy.Serialization;

/// <summary>
/// The kinds of JSON value, with the names and order of System.Text.Json's enum of the same name: the activity
/// reader compiled into the analyzer (PolicySources.targets) uses only this type of System.Text.Json, and an
/// analyzer that shipped System.Text.Json could clash with the copy its host (compiler server, IDE) has loaded.
/// </summary>
internal enum JsonValueKind : byte
{
    /// <summary>No value.</summary>
    Undefined,

    /// <summary>An object.</summary>
    Object,

    /// <summary>An array.</summary>
    Array,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary>The literal true.</summary>
    True,

    /// <summary>The literal false.</summary>
    False,

    /// <summary>The literal null.</summary>
    Null,
}
