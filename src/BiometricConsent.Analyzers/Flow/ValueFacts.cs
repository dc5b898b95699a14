namespace BiometricConsent.Analyzers.Flow;

/// <summary>Operations on <see cref="ValueFact"/>.</summary>
internal static class ValueFacts
{
    /// <summary>The fact of the logical negation of a <c>bool</c> with fact <paramref name="fact"/>.</summary>
    internal static ValueFact Negate(this ValueFact fact)
    {
        var result = fact & ~(ValueFact.WhenTrue | ValueFact.WhenFalse);
        if ((fact & ValueFact.WhenTrue) != 0)
        {
            result |= ValueFact.WhenFalse;
        }

        if ((fact & ValueFact.WhenFalse) != 0)
        {
            result |= ValueFact.WhenTrue;
        }

        return result;
    }

    /// <summary>The fact of the value obtained by awaiting (or taking the result of) a task with fact <paramref name="fact"/>.</summary>
    internal static ValueFact Awaited(this ValueFact fact)
    {
        if ((fact & ValueFact.CompletionGuards) != 0)
        {
            return ValueFact.All;
        }

        return (fact & ValueFact.YieldsPredicate) != 0 ? ValueFact.WhenTrue : ValueFact.None;
    }

    /// <summary>Whether every flag of <paramref name="flag"/> is set.</summary>
    internal static bool Has(this ValueFact fact, ValueFact flag) => (fact & flag) == flag;
}
