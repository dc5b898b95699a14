namespace BiometricConsent.Policy.Model;

/// <summary>
/// The objective a law-enforcement use of real-time remote biometric identification in publicly accessible spaces
/// pursues (<c>aiSystem.lawEnforcementObjective</c> in docs/activity-format.md): one of the three of EU AI Act
/// Art. 5(1)(h)(i)–(iii), or another.
/// </summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum LawEnforcementObjective
{
    /// <summary>Art. 5(1)(h)(i): the targeted search for specific victims of abduction, trafficking in human beings or sexual exploitation, or for missing persons.</summary>
    TargetedVictimSearch = 1,

    /// <summary>Art. 5(1)(h)(ii): preventing a specific, substantial and imminent threat to life or physical safety, or a genuine and present or foreseeable threat of a terrorist attack.</summary>
    ImminentThreatPrevention = 2,

    /// <summary>Art. 5(1)(h)(iii): localising or identifying a person suspected of a criminal offence of Annex II punishable by a custodial sentence of at least four years.</summary>
    SeriousCrimeSuspect = 3,

    /// <summary>Any other objective (general surveillance, minor offences, …).</summary>
    Other = 4,
}
