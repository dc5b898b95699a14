using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Serialization;
using NodaTime;

namespace BiometricConsent.Tests.Policy.Support;

/// <summary>
/// Evaluates every rule of the catalog on generated activities and on each of them with one fact changed to
/// each of its values (<see cref="FactValues"/>), and records what the changes did: which undeclared facts
/// changed a finding, which removals of a checked fact produced a <see cref="Outcome.Satisfied"/> that another
/// value of the fact denies, and which declared facts changed an outcome (or, for mentioned facts, a reason).
/// Rules are evaluated directly (drafts included) for the in-force part of each activity's period.
/// </summary>
public sealed class DeclarationSurvey
{
    /// <summary>How many activities the survey varies.</summary>
    public const int Activities = 1500;

    private const int Seed = 1616;

    // Absent modalities mean "face only", and the period is required: neither can be removed to make it unknown.
    private static readonly string[] NotRemovable = { FactPaths.Modalities, FactPaths.Period.Self };

    private readonly IReadOnlyList<Rule> rules = RuleCatalog.Default.Rules;
    private readonly HashSet<(string Rule, string Fact)> changedOutcome = new();
    private readonly HashSet<(string Rule, string Fact)> changedReason = new();

    public DeclarationSurvey()
    {
        foreach (var document in ActivityGenerator.Documents(Seed, Activities))
        {
            Survey(document);
        }
    }

    /// <summary>Findings that changed when a fact their rule does not declare changed.</summary>
    public List<string> UndeclaredChanges { get; } = new();

    /// <summary>
    /// Satisfied findings with a checked fact removed, where a value of that fact gives Violated or Undetermined
    /// (NotApplicable is no breach either: e.g. a defence that excuses processing found lawful anyway).
    /// </summary>
    public List<string> SatisfiedWhileUnknown { get; } = new();

    /// <summary>Verdicts naming missing or deciding facts their rule does not declare.</summary>
    public List<string> UndeclaredPaths { get; } = new();

    /// <summary>How many verdicts the survey compared.</summary>
    public long Comparisons { get; private set; }

    /// <summary>Whether a change of <paramref name="fact"/> changed an outcome of <paramref name="rule"/>.</summary>
    public bool ChangedOutcome(Rule rule, string fact) => changedOutcome.Contains((rule.Id, fact));

    /// <summary>Whether a change of <paramref name="fact"/> changed a reason of <paramref name="rule"/>.</summary>
    public bool ChangedReason(Rule rule, string fact) => changedReason.Contains((rule.Id, fact));

    private void Survey(JsonObject document)
    {
        var original = ActivityGenerator.TryParse(document) ?? throw new InvalidOperationException("The generator produced an invalid document.");
        var baseline = EvaluateAll(original);
        foreach (var fact in FactValues.Paths)
        {
            var current = Text(FactValues.Get(document, fact));
            var unknown = current == "absent" ? baseline : null;
            foreach (var value in FactValues.Of(fact))
            {
                if (Text(value) == current)
                {
                    continue;
                }

                // A value that contradicts other facts (consent.obtained false while consent.separate is true) comes
                // with those facts removed, from the context too, so that only the fact itself differs.
                if (Variant(document, fact, value) is not (JsonObject context, Activity variant, bool repaired))
                {
                    continue;
                }

                var before = repaired ? EvaluateAll(ActivityGenerator.TryParse(context)!) : baseline;
                var after = EvaluateAll(variant);
                Compare(document, fact, value, before, after);
                if (Array.IndexOf(NotRemovable, fact) >= 0)
                {
                    continue;
                }

                // (Removing a fact can contradict others too: filing.filedOn without thresholdReachedOn.)
                var removed = value is null ? after
                    : !repaired && unknown != null ? unknown
                    : ActivityGenerator.TryParse(Without(context, fact)) is Activity withoutFact ? EvaluateAll(withoutFact) : null;
                if (!repaired && value is null)
                {
                    unknown = after;
                }

                if (removed != null)
                {
                    CheckSatisfiedWhileUnknown(document, fact, removed, before);
                    CheckSatisfiedWhileUnknown(document, fact, removed, after);
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="document"/> with <paramref name="fact"/> := <paramref name="value"/>, and the context it is
    /// compared with: the document, less the fields removed to resolve a contradiction (repaired); or null.
    /// </summary>
    private static (JsonObject Context, Activity Variant, bool Repaired)? Variant(JsonObject document, string fact, JsonNode? value)
    {
        var context = document;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var changed = context.DeepClone().AsObject();
            FactValues.Set(changed, fact, value);
            try
            {
                return (context, ActivityJson.Parse(changed.ToJsonString()), !ReferenceEquals(context, document));
            }
            catch (ActivityFormatException e) when (e.JsonPath != fact && FactValues.Paths.Contains(e.JsonPath) && FactValues.Get(context, e.JsonPath) != null)
            {
                context = Without(context, e.JsonPath);
            }
            catch (ActivityFormatException)
            {
                return null;
            }
        }

        return null;
    }

    private static JsonObject Without(JsonObject document, string fact)
    {
        var copy = document.DeepClone().AsObject();
        FactValues.Set(copy, fact, null);
        return copy;
    }

    private void Compare(JsonObject document, string fact, JsonNode? value, Verdict?[] before, Verdict?[] after)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (before[i] is not Verdict b || after[i] is not Verdict a)
            {
                continue;
            }

            Comparisons++;
            var rule = rules[i];
            var sameOutcome = a.Outcome == b.Outcome;
            var same = sameOutcome && a.Reason == b.Reason && a.MissingFacts.SequenceEqual(b.MissingFacts) && a.DecidingFacts.SequenceEqual(b.DecidingFacts);
            if (rule.Checks.Contains(fact) && !sameOutcome)
            {
                changedOutcome.Add((rule.Id, fact));
            }
            else if (rule.Mentions.Contains(fact) && a.Reason != b.Reason)
            {
                changedReason.Add((rule.Id, fact));
            }
            else if (!rule.Checks.Contains(fact) && !rule.Mentions.Contains(fact) && !same && UndeclaredChanges.Count < 20)
            {
                UndeclaredChanges.Add($"{rule.Id}: {fact} := {Text(value)} in {document["id"]} changed \"{b}\" to \"{a}\"");
            }
        }
    }

    /// <summary>A rule that checks <paramref name="fact"/> and is Satisfied with it unknown must not be Violated or Undetermined for a value of it.</summary>
    private void CheckSatisfiedWhileUnknown(JsonObject document, string fact, Verdict?[] unknown, Verdict?[] known)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Checks.Contains(fact) && unknown[i]?.Outcome == Outcome.Satisfied &&
                known[i] is Verdict k && k.Outcome is Outcome.Violated or Outcome.Undetermined && SatisfiedWhileUnknown.Count < 20)
            {
                SatisfiedWhileUnknown.Add($"{rules[i].Id}: Satisfied with {fact} unknown in {document["id"]}, but {k.Outcome} for a value of it: {k.Reason}");
            }
        }
    }

    private Verdict?[] EvaluateAll(Activity activity)
    {
        var verdicts = new Verdict?[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (Evaluate(rule, activity) is not Verdict verdict)
            {
                continue;
            }

            verdicts[i] = verdict;
            foreach (var path in verdict.MissingFacts.Concat(verdict.DecidingFacts))
            {
                var declared = rule.Checks.Contains(path) || rule.Checks.Paths.Any(p => p.StartsWith(path + ".", StringComparison.Ordinal));
                if (!declared && UndeclaredPaths.Count < 20)
                {
                    UndeclaredPaths.Add($"{rule.Id} names {path}, which it does not check: {verdict}");
                }
            }
        }

        return verdicts;
    }

    /// <summary>
    /// <paramref name="rule"/>'s verdict on <paramref name="activity"/> for the part of its period the rule is in
    /// force (an ongoing activity runs to <see cref="TestData.Now"/>), drafts included; null when it is never in force then.
    /// </summary>
    public static Verdict? Evaluate(Rule rule, Activity activity)
    {
        var from = activity.Dates.Start;
        var to = activity.Dates.End ?? TestData.Now.InUtc().Date;
        if (rule.EffectiveFrom is LocalDate f && f > from)
        {
            from = f;
        }

        if (rule.EffectiveTo is LocalDate t && t < to)
        {
            to = t;
        }

        return from > to ? null : rule.Evaluate(activity, from, to, WeekdayCalendar.Instance);
    }

    private static string Text(JsonNode? value) => value?.ToJsonString() ?? "absent";
}
