using System;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>
/// What a value (a <c>bool</c> or a task) tells about consent. Each flag is an implication that holds on the
/// current path; a value with no flag tells nothing. Facts of different paths meet by intersection.
/// </summary>
[Flags]
internal enum ValueFact : byte
{
    /// <summary>Nothing is known.</summary>
    None = 0,

    /// <summary>When this <c>bool</c> is <see langword="true"/>, a consent check has succeeded.</summary>
    WhenTrue = 1,

    /// <summary>When this <c>bool</c> is <see langword="false"/>, a consent check has succeeded.</summary>
    WhenFalse = 2,

    /// <summary>Once this task (or awaiter) completes normally, a consent check has succeeded (an async assertion).</summary>
    CompletionGuards = 4,

    /// <summary>Awaiting this task (or awaiter) yields a <c>bool</c> with <see cref="WhenTrue"/> (an async predicate).</summary>
    YieldsPredicate = 8,

    /// <summary>Everything: the fact of any value on a path where consent has already succeeded.</summary>
    All = WhenTrue | WhenFalse | CompletionGuards | YieldsPredicate,
}
