using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>
/// The must-state at a program point: whether a consent check has succeeded on every path from the entry,
/// and, if not, what locals and captured values tell about consent. Immutable.
/// </summary>
internal sealed class FlowState
{
    /// <summary>No check has succeeded and nothing is known.</summary>
    internal static readonly FlowState Unguarded = new FlowState(false, ImmutableDictionary<FactKey, ValueFact>.Empty);

    /// <summary>A check has succeeded on every path.</summary>
    internal static readonly FlowState Guarded = new FlowState(true, ImmutableDictionary<FactKey, ValueFact>.Empty);

    private readonly ImmutableDictionary<FactKey, ValueFact> facts;

    private FlowState(bool isGuarded, ImmutableDictionary<FactKey, ValueFact> facts)
    {
        IsGuarded = isGuarded;
        this.facts = facts;
    }

    /// <summary>Whether a consent check has succeeded on every path to this point.</summary>
    internal bool IsGuarded { get; }

    /// <summary>The fact about <paramref name="key"/>; on a guarded path every value is <see cref="ValueFact.All"/>.</summary>
    internal ValueFact Get(FactKey key)
        => IsGuarded ? ValueFact.All : facts.TryGetValue(key, out var fact) ? fact : ValueFact.None;

    /// <summary>This state with <paramref name="key"/> now holding a value with <paramref name="fact"/>.</summary>
    internal FlowState With(FactKey key, ValueFact fact)
    {
        if (IsGuarded)
        {
            return this;
        }

        if (fact == ValueFact.None)
        {
            return Without(key);
        }

        return facts.TryGetValue(key, out var existing) && existing == fact ? this : new FlowState(false, facts.SetItem(key, fact));
    }

    /// <summary>This state knowing nothing about <paramref name="key"/> (it was overwritten by an unknown value).</summary>
    internal FlowState Without(FactKey key)
        => IsGuarded || !facts.ContainsKey(key) ? this : new FlowState(false, facts.Remove(key));

    /// <summary>This state knowing nothing about any of <paramref name="keys"/>.</summary>
    internal FlowState Without(IEnumerable<FactKey> keys)
    {
        var state = this;
        foreach (var key in keys)
        {
            state = state.Without(key);
        }

        return state;
    }

    /// <summary>
    /// This state with only the facts about locals in <paramref name="locals"/>: what a nested function may
    /// assume on entry. Facts about the graph's captured values never cross into another graph.
    /// </summary>
    internal FlowState Restrict(ICollection<ILocalSymbol> locals)
    {
        if (IsGuarded || this.facts.IsEmpty)
        {
            return this;
        }

        var facts = this.facts;
        foreach (var pair in this.facts)
        {
            if (pair.Key.Local is not { } local || !locals.Contains(local))
            {
                facts = facts.Remove(pair.Key);
            }
        }

        return facts == this.facts ? this : new FlowState(false, facts);
    }

    /// <summary>
    /// The state where paths with states <paramref name="left"/> and <paramref name="right"/> join: guarded only
    /// if both are; a fact survives only if it holds on both (a guarded path satisfies every fact).
    /// </summary>
    internal static FlowState Meet(FlowState left, FlowState right)
    {
        if (left.IsGuarded)
        {
            return right;
        }

        if (right.IsGuarded || ReferenceEquals(left, right))
        {
            return left;
        }

        var facts = left.facts;
        foreach (var pair in left.facts)
        {
            var met = pair.Value & right.Get(pair.Key);
            if (met != pair.Value)
            {
                facts = met == ValueFact.None ? facts.Remove(pair.Key) : facts.SetItem(pair.Key, met);
            }
        }

        return facts == left.facts ? left : new FlowState(false, facts);
    }

    /// <summary>Whether both states say the same.</summary>
    internal bool SameAs(FlowState other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (IsGuarded != other.IsGuarded || facts.Count != other.facts.Count)
        {
            return false;
        }

        foreach (var pair in facts)
        {
            if (!other.facts.TryGetValue(pair.Key, out var fact) || fact != pair.Value)
            {
                return false;
            }
        }

        return true;
    }
}
