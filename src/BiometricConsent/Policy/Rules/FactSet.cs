using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using BiometricConsent.Policy.Model;

namespace BiometricConsent.Policy.Rules;

/// <summary>
/// A set of activity facts, named by their JSON paths (<see cref="FactPaths"/>): what a <see cref="Rule"/>
/// declares it reads. Immutable; combine sets with <see cref="With(FactSet)"/> or <c>+</c>.
/// </summary>
/// <remarks>
/// The facts a rule can read are the leaves of the activity (<c>$.consent.separate</c>, <c>$.purposes</c>, …)
/// and <c>$.period</c>, which stands for the dates the rule is considered for. <c>$.id</c>,
/// <c>$.jurisdiction</c> and <c>$.processor.name</c> are not facts a rule decides on: the engine reads the
/// jurisdiction and the period to select and date the rules.
/// </remarks>
public sealed class FactSet : IEquatable<FactSet>
{
    private static readonly ReadOnlyCollection<string> NoPaths = new ReadOnlyCollection<string>(Array.Empty<string>());

    private FactSet(FactMask mask)
    {
        Mask = mask;
        if (mask.IsEmpty)
        {
            Paths = NoPaths;
            return;
        }

        var paths = new List<string>();
        for (var i = 0; i < FactIndex.Paths.Count; i++)
        {
            if (mask.Has(i))
            {
                paths.Add(FactIndex.Path(i));
            }
        }

        Paths = new ReadOnlyCollection<string>(paths.ToArray());
    }

    /// <summary>The empty set.</summary>
    public static FactSet None { get; } = new FactSet(FactMask.Empty);

    /// <summary>The JSON paths, in the order of the activity document.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => Mask.IsEmpty;

    /// <summary>The set as a bit mask over <see cref="FactIndex"/>.</summary>
    internal FactMask Mask { get; }

    /// <summary>The set of the facts at <paramref name="paths"/>.</summary>
    /// <param name="paths">JSON paths of facts, e.g. <see cref="FactPaths.Consent.Separate"/>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A path names no fact a rule can read.</exception>
    public static FactSet Of(params string[] paths) => None.With(paths);

    /// <summary>Whether the set holds the fact at <paramref name="path"/>.</summary>
    /// <param name="path">A JSON path.</param>
    /// <returns>Whether it is in the set.</returns>
    public bool Contains(string path)
    {
        var index = FactIndex.Of(Preconditions.CheckNotNull(path, nameof(path)));
        return index >= 0 && Contains(index);
    }

    /// <summary>This set and the facts at <paramref name="paths"/>.</summary>
    /// <param name="paths">JSON paths of facts.</param>
    /// <returns>The union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A path names no fact a rule can read.</exception>
    public FactSet With(params string[] paths)
    {
        Preconditions.CheckNotNull(paths, nameof(paths));

        var mask = Mask;
        foreach (var path in paths)
        {
            var index = FactIndex.Of(Preconditions.CheckNotNull(path, nameof(paths), "A path is null."));
            if (index < 0)
            {
                throw new ArgumentException($"'{path}' is not a fact a rule can read; use the leaf paths of FactPaths, or FactPaths.Period.Self.", nameof(paths));
            }

            mask |= FactMask.Of(index);
        }

        return mask == Mask ? this : new FactSet(mask);
    }

    /// <summary>The union of this set and <paramref name="other"/>.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union.</returns>
    public FactSet With(FactSet other)
    {
        var mask = Mask | (Preconditions.CheckNotNull(other, nameof(other))).Mask;
        return mask == Mask ? this : mask == other.Mask ? other : new FactSet(mask);
    }

    /// <summary>The union of two sets.</summary>
    /// <param name="left">A set.</param>
    /// <param name="right">Another set.</param>
    /// <returns>The union.</returns>
    public static FactSet operator +(FactSet left, FactSet right) => (Preconditions.CheckNotNull(left, nameof(left))).With(right);

    /// <inheritdoc/>
    public bool Equals(FactSet? other) => other is not null && other.Mask == Mask;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FactSet);

    /// <inheritdoc/>
    public override int GetHashCode() => Mask.GetHashCode();

    /// <summary>The paths, comma-separated.</summary>
    /// <returns>E.g. <c>$.legalBasis, $.consent.obtained</c>.</returns>
    public override string ToString() => string.Join(", ", Paths);

    internal bool Contains(int index) => Mask.Has(index);
}
