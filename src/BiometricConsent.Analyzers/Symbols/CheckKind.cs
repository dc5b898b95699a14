namespace BiometricConsent.Analyzers.Symbols;

/// <summary>How a consent check reports its outcome, decided by its return type (docs/analyzer.md).</summary>
internal enum CheckKind
{
    /// <summary>Returns <see cref="bool"/>: <see langword="true"/> means consent is in place.</summary>
    Predicate,

    /// <summary>Returns <c>Task&lt;bool&gt;</c> or <c>ValueTask&lt;bool&gt;</c>: the awaited value is a predicate.</summary>
    AsyncPredicate,

    /// <summary>Returns anything else that is not a task: returning normally means consent is in place.</summary>
    Assertion,

    /// <summary>Returns another task type: completing the awaited task normally means consent is in place.</summary>
    AsyncAssertion,
}
