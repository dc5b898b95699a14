using System;
using System.Collections.Generic;

namespace BiometricConsent.Policy.Model;

/// <summary>Whose biometric information is processed (<c>subjects</c> in docs/activity-format.md).</summary>
public sealed class SubjectsFacts
{
    private readonly ulong kindMask;

    /// <summary>Creates the facts; omit what is unknown.</summary>
    /// <param name="kinds">Who the individuals are, or <c>null</c> when unknown.</param>
    /// <param name="includesMinorsUnder14">Whether minors under 14 are among them (PIPL Art. 28, 31).</param>
    /// <param name="storedPersons">How many persons' biometric information is stored (CAC FRT Art. 15; NDSMR Art. 28).</param>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> is empty, repeats a kind or holds an undefined value; or <paramref name="storedPersons"/> is negative.</exception>
    public SubjectsFacts(IEnumerable<SubjectKind>? kinds = null, bool? includesMinorsUnder14 = null, long? storedPersons = null)
    {
        Kinds = FactGuard.EnumList(kinds, FactPaths.Subjects.Kinds, allowEmpty: false, out kindMask);
        FactGuard.NotNegative(storedPersons, FactPaths.Subjects.StoredPersons);
        IncludesMinorsUnder14 = includesMinorsUnder14;
        StoredPersons = storedPersons;
    }

    /// <summary>The kinds of individuals, or <c>null</c> when unknown. JSON <c>$.subjects.kinds</c>.</summary>
    public IReadOnlyList<SubjectKind>? Kinds { get; }

    /// <summary>Whether minors under 14 are among the individuals. JSON <c>$.subjects.includesMinorsUnder14</c>.</summary>
    public bool? IncludesMinorsUnder14 { get; }

    /// <summary>How many persons' biometric information is stored. JSON <c>$.subjects.storedPersons</c>.</summary>
    public long? StoredPersons { get; }

    /// <summary>Whether <see cref="Kinds"/> includes <paramref name="kind"/>: <c>null</c> when the kinds are unknown.</summary>
    /// <param name="kind">The kind.</param>
    public bool? Includes(SubjectKind kind) => Kinds is null ? (bool?)null : FactGuard.Has(kindMask, (int)kind);
}
