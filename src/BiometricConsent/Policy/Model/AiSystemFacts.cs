using System;

namespace BiometricConsent.Policy.Model;

/// <summary>
/// The facts the EU AI Act (Regulation (EU) 2024/1689) asks about the AI system that does the recognition
/// (<c>aiSystem</c> in docs/activity-format.md). What the system does is <c>$.function</c>; whether it identifies
/// remotely in real time is <c>$.realTimeRemoteIdentification</c>; how its database is built is <c>$.scraping</c>.
/// Each fact is <c>null</c> when unknown.
/// </summary>
public sealed class AiSystemFacts
{
    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="workplaceOrEducation">The system is used in the workplace or in an education institution (Art. 5(1)(f)).</param>
    /// <param name="medicalOrSafetyReasons">The system is put in place or on the market for medical or safety reasons (the exception of Art. 5(1)(f)).</param>
    /// <param name="infersSensitiveTraits">The system deduces or infers race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation (Art. 5(1)(g)).</param>
    /// <param name="datasetLabellingOrFiltering">The system only labels or filters lawfully acquired biometric datasets (the exception of Art. 5(1)(g)).</param>
    /// <param name="lawEnforcement">The system is used for the purposes of law enforcement (Art. 3(46)).</param>
    /// <param name="lawEnforcementObjective">The objective of a law-enforcement use (Art. 5(1)(h)(i)–(iii) or another).</param>
    /// <param name="authorisation">The authorisation of a law-enforcement use of real-time remote identification (Art. 5(3)).</param>
    /// <exception cref="ArgumentException">An enum value is not defined, or an objective or authorisation is given while <paramref name="lawEnforcement"/> is false.</exception>
    public AiSystemFacts(
        bool? workplaceOrEducation = null,
        bool? medicalOrSafetyReasons = null,
        bool? infersSensitiveTraits = null,
        bool? datasetLabellingOrFiltering = null,
        bool? lawEnforcement = null,
        LawEnforcementObjective? lawEnforcementObjective = null,
        RemoteIdentificationAuthorisation? authorisation = null)
    {
        FactGuard.DefinedOrNull(lawEnforcementObjective, FactPaths.AiSystem.LawEnforcementObjective);
        FactGuard.DefinedOrNull(authorisation, FactPaths.AiSystem.Authorisation);

        // An objective and an authorisation describe a law-enforcement use; with lawEnforcement false they contradict it.
        if (lawEnforcement == false && lawEnforcementObjective != null)
        {
            throw FactGuard.Invalid(FactPaths.AiSystem.LawEnforcementObjective, "lawEnforcementObjective is given but lawEnforcement is false; the two contradict each other.");
        }

        if (lawEnforcement == false && authorisation != null)
        {
            throw FactGuard.Invalid(FactPaths.AiSystem.Authorisation, "authorisation is given but lawEnforcement is false; the two contradict each other.");
        }

        WorkplaceOrEducation = workplaceOrEducation;
        MedicalOrSafetyReasons = medicalOrSafetyReasons;
        InfersSensitiveTraits = infersSensitiveTraits;
        DatasetLabellingOrFiltering = datasetLabellingOrFiltering;
        LawEnforcement = lawEnforcement;
        LawEnforcementObjective = lawEnforcementObjective;
        Authorisation = authorisation;
    }

    /// <summary>Whether the system is used in the workplace or an education institution. JSON <c>$.aiSystem.workplaceOrEducation</c>.</summary>
    public bool? WorkplaceOrEducation { get; }

    /// <summary>Whether it is put in place for medical or safety reasons. JSON <c>$.aiSystem.medicalOrSafetyReasons</c>.</summary>
    public bool? MedicalOrSafetyReasons { get; }

    /// <summary>Whether it deduces or infers the sensitive traits of Art. 5(1)(g). JSON <c>$.aiSystem.infersSensitiveTraits</c>.</summary>
    public bool? InfersSensitiveTraits { get; }

    /// <summary>Whether it only labels or filters lawfully acquired biometric datasets. JSON <c>$.aiSystem.datasetLabellingOrFiltering</c>.</summary>
    public bool? DatasetLabellingOrFiltering { get; }

    /// <summary>Whether it is used for the purposes of law enforcement. JSON <c>$.aiSystem.lawEnforcement</c>.</summary>
    public bool? LawEnforcement { get; }

    /// <summary>The objective of a law-enforcement use. JSON <c>$.aiSystem.lawEnforcementObjective</c>.</summary>
    public LawEnforcementObjective? LawEnforcementObjective { get; }

    /// <summary>The authorisation of a law-enforcement use. JSON <c>$.aiSystem.authorisation</c>.</summary>
    public RemoteIdentificationAuthorisation? Authorisation { get; }
}
