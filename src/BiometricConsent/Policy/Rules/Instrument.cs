using System;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules;

/// <summary>
/// A source of law — a statute, regulation, judicial interpretation, draft or judgment — whose rules the
/// catalog models. Immutable.
/// </summary>
public sealed class Instrument
{
    /// <summary>Creates an instrument.</summary>
    /// <param name="id">The ID prefix of its rules, e.g. <c>CN-PIPL</c>.</param>
    /// <param name="name">The English title.</param>
    /// <param name="shortName">The short English name, e.g. <c>PIPL</c>.</param>
    /// <param name="chineseTitle">The official Chinese title, or <c>null</c> for non-Chinese instruments.</param>
    /// <param name="scope">The jurisdiction it covers; activities within it (<see cref="Jurisdiction.IsWithin"/>) are assessed against it.</param>
    /// <param name="status">Its legal status.</param>
    /// <param name="channel">How it is enforced.</param>
    /// <param name="effectiveFrom">The first day it applies to acts, or <c>null</c> (drafts, case law).</param>
    /// <param name="effectiveTo">The last day it applies to acts, or <c>null</c> while in force.</param>
    /// <param name="penalty">The penalty provision of the instrument as a whole, or <c>null</c> where it has none.</param>
    /// <param name="temporalNote">How the effective dates apply, cited when the instrument is not in force, e.g. <c>Art. 16 ¶2: not applied to acts before 2021-08-01</c>.</param>
    /// <exception cref="ArgumentException">A text is empty, <paramref name="scope"/> is the default value, <paramref name="effectiveTo"/> precedes <paramref name="effectiveFrom"/>, a draft has an effective date, or an <see cref="EnforcementChannel.Advisory"/> instrument has a penalty.</exception>
    public Instrument(
        string id,
        string name,
        string shortName,
        string? chineseTitle,
        Jurisdiction scope,
        InstrumentStatus status,
        EnforcementChannel channel,
        LocalDate? effectiveFrom = null,
        LocalDate? effectiveTo = null,
        string? penalty = null,
        string? temporalNote = null)
    {
        Id = RuleText.Required(id, nameof(id));
        Name = RuleText.Required(name, nameof(name));
        ShortName = RuleText.Required(shortName, nameof(shortName));
        Preconditions.CheckArgument(scope.ToString().Length != 0, nameof(scope), "The scope is the default Jurisdiction.");

        if (effectiveTo < effectiveFrom)
        {
            throw new ArgumentException($"effectiveTo {effectiveTo} is before effectiveFrom {effectiveFrom}.", nameof(effectiveTo));
        }

        if (status == InstrumentStatus.Draft && (effectiveFrom != null || effectiveTo != null))
        {
            throw new ArgumentException("A draft never binds, so it has no effective dates.", nameof(effectiveFrom));
        }

        if (channel == EnforcementChannel.Advisory && penalty != null)
        {
            // A recommended standard is enforced by no one; a penalty would make its advice read as a violation.
            throw new ArgumentException("An advisory instrument (a recommended standard) has no penalty.", nameof(penalty));
        }

        ChineseTitle = chineseTitle;
        Scope = scope;
        Status = status;
        Channel = channel;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Penalty = penalty;
        TemporalNote = temporalNote;
    }

    /// <summary>The ID prefix of its rules, e.g. <c>CN-PIPL</c>.</summary>
    public string Id { get; }

    /// <summary>The English title, e.g. <c>Personal Information Protection Law</c>.</summary>
    public string Name { get; }

    /// <summary>The short English name, e.g. <c>PIPL</c>.</summary>
    public string ShortName { get; }

    /// <summary>The official Chinese title, or <c>null</c>.</summary>
    public string? ChineseTitle { get; }

    /// <summary>The jurisdiction it covers.</summary>
    public Jurisdiction Scope { get; }

    /// <summary>Its legal status.</summary>
    public InstrumentStatus Status { get; }

    /// <summary>How it is enforced.</summary>
    public EnforcementChannel Channel { get; }

    /// <summary>Whether its rules give advice rather than obligations: a recommended national standard (<see cref="EnforcementChannel.Advisory"/>).</summary>
    public bool IsAdvisory => Channel == EnforcementChannel.Advisory;

    /// <summary>The first day it applies to acts (local date in the scope's zone), or <c>null</c>.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>The last day it applies to acts, or <c>null</c> while in force.</summary>
    public LocalDate? EffectiveTo { get; }

    /// <summary>The penalty provision of the instrument as a whole, or <c>null</c>.</summary>
    public string? Penalty { get; }

    /// <summary>How the effective dates apply (e.g. non-retroactivity), or <c>null</c>.</summary>
    public string? TemporalNote { get; }

    /// <summary>The short name.</summary>
    /// <returns>The short name.</returns>
    public override string ToString() => ShortName;
}
