using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Policy.Rules.EuropeanUnion;
using BiometricConsent.Policy.Rules.UnitedStates;

namespace BiometricConsent.Policy.Engine;

/// <summary>
/// A set of rules with unique IDs, ordered by ID (ordinal), and the subsets that cover each jurisdiction.
/// Immutable and thread-safe.
/// </summary>
public sealed class RuleCatalog
{
    private readonly Rule[] rules;
    private readonly ConcurrentDictionary<Jurisdiction, Rule[]> byJurisdiction = new ConcurrentDictionary<Jurisdiction, Rule[]>();

    /// <summary>Creates a catalog.</summary>
    /// <param name="rules">The rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two rules share an ID, or two different instruments share an ID.</exception>
    public RuleCatalog(IEnumerable<Rule> rules)
    {
        var list = new List<Rule>(Preconditions.CheckNotNull(rules, nameof(rules)));
        foreach (var rule in list)
        {
            Preconditions.CheckNotNull(rule, nameof(rules), "The catalog contains a null rule.");
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var instruments = new List<Instrument>();
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0 && list[i].Id == list[i - 1].Id)
            {
                throw new ArgumentException($"Two rules have the ID {list[i].Id}.", nameof(rules));
            }

            var instrument = list[i].Instrument;
            if (!instruments.Contains(instrument))
            {
                if (instruments.Exists(other => other.Id == instrument.Id))
                {
                    throw new ArgumentException($"Two different instruments have the ID {instrument.Id}.", nameof(rules));
                }

                instruments.Add(instrument);
            }
        }

        this.rules = list.ToArray();
        Rules = new ReadOnlyCollection<Rule>(this.rules);
        Instruments = new ReadOnlyCollection<Instrument>(instruments);
    }

    /// <summary>
    /// The built-in catalog. Adding an instrument to the library means adding its rule class here, one line.
    /// </summary>
    public static RuleCatalog Default { get; } = new RuleCatalog(Concat(
        CrplRules.All,
        GuoBingCaseRules.All,
        SpcFrProvisionsRules.All,
        TianjinSocialCreditRules.All,
        PiplRules.All,
        CacFrtRules.All,
        NdsmrRules.All,
        NdsmrDraft2021Rules.All,
        CivilCodeRules.All,
        CybersecurityLawRules.All,
        AutomobileDataRules.All,
        PublicSecurityVideoRules.All,
        CrplImplementingRegulationsRules.All,
        PersonalInformationSecuritySpecificationRules.All,
        FaceRecognitionDataStandardRules.All,
        ComplianceAuditRules.All,
        BipaRules.All,
        CubiRules.All,
        GdprRules.All,
        AiActRules.All));

    /// <summary>All rules, ordered by ID (ordinal).</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The instruments of the rules, in the order their first rule appears.</summary>
    public IReadOnlyList<Instrument> Instruments { get; }

    /// <summary>The rules of the instruments covering <paramref name="jurisdiction"/> (its own and its parents'), ordered by ID.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>The rules.</returns>
    public IReadOnlyList<Rule> For(Jurisdiction jurisdiction) => RulesFor(jurisdiction);

    /// <summary>The rule with <paramref name="id"/>, or <c>null</c>.</summary>
    /// <param name="id">The rule ID.</param>
    /// <returns>The rule, or <c>null</c>.</returns>
    public Rule? Find(string id)
    {
        foreach (var rule in rules)
        {
            if (string.Equals(rule.Id, id, StringComparison.Ordinal))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>The covering rules as a shared array (callers must not modify it).</summary>
    internal Rule[] RulesFor(Jurisdiction jurisdiction)
    {
        // TryGetValue first: GetOrAdd's factory would allocate a closure on every call.
        if (byJurisdiction.TryGetValue(jurisdiction, out var covering))
        {
            return covering;
        }

        covering = Array.FindAll(rules, r => jurisdiction.IsWithin(r.Instrument.Scope));
        return byJurisdiction.GetOrAdd(jurisdiction, covering);
    }

    private static IEnumerable<Rule> Concat(params IEnumerable<Rule>[] sets)
    {
        foreach (var set in sets)
        {
            foreach (var rule in set)
            {
                yield return rule;
            }
        }
    }
}
