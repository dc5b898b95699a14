using System;

namespace BiometricConsent.Policy.Model;

/// <summary>How necessary the biometric processing is (<c>necessity</c> in docs/activity-format.md). Each fact is <c>null</c> when unknown.</summary>
public sealed class NecessityFacts
{
    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="necessaryForService">Biometric processing is necessary to provide the product or service.</param>
    /// <param name="nonBiometricAlternativeExists">A non-biometric method could achieve the same purpose.</param>
    /// <param name="alternativeOffered">A non-biometric alternative is actually offered to individuals.</param>
    /// <param name="soleVerificationMethod">Biometric recognition is the only verification method.</param>
    /// <param name="serviceRefusedWithoutConsent">Individuals who refuse or withdraw consent are refused the service.</param>
    /// <param name="necessaryForLegalBasis">
    /// The processing is necessary for the non-consent basis it claims: to respond to a public-health emergency or to
    /// protect life, health or property in an emergency (PIPL Art. 13 ¶1(4)), or for news reporting or public-opinion
    /// supervision within a reasonable scope (¶1(5)).
    /// </param>
    /// <exception cref="ArgumentException">The facts contradict each other; the exception names the offending parameter.</exception>
    public NecessityFacts(
        bool? necessaryForService = null,
        bool? nonBiometricAlternativeExists = null,
        bool? alternativeOffered = null,
        bool? soleVerificationMethod = null,
        bool? serviceRefusedWithoutConsent = null,
        bool? necessaryForLegalBasis = null)
    {
        FactGuard.TrueOnlyIf(alternativeOffered, FactPaths.Necessity.AlternativeOffered, nonBiometricAlternativeExists, FactPaths.Necessity.NonBiometricAlternativeExists);

        if (alternativeOffered == true && soleVerificationMethod == true)
        {
            throw FactGuard.Invalid(FactPaths.Necessity.SoleVerificationMethod, "soleVerificationMethod is true but alternativeOffered is true; recognition cannot be the only method when an alternative is offered.");
        }

        NecessaryForLegalBasis = necessaryForLegalBasis;
        NecessaryForService = necessaryForService;
        NonBiometricAlternativeExists = nonBiometricAlternativeExists;
        AlternativeOffered = alternativeOffered;
        SoleVerificationMethod = soleVerificationMethod;
        ServiceRefusedWithoutConsent = serviceRefusedWithoutConsent;
    }

    /// <summary>Biometric processing is necessary to provide the product or service. JSON <c>$.necessity.necessaryForService</c>.</summary>
    public bool? NecessaryForService { get; }

    /// <summary>A non-biometric method could achieve the same purpose. JSON <c>$.necessity.nonBiometricAlternativeExists</c>.</summary>
    public bool? NonBiometricAlternativeExists { get; }

    /// <summary>A non-biometric alternative is actually offered to individuals. JSON <c>$.necessity.alternativeOffered</c>.</summary>
    public bool? AlternativeOffered { get; }

    /// <summary>Biometric recognition is the only verification method. JSON <c>$.necessity.soleVerificationMethod</c>.</summary>
    public bool? SoleVerificationMethod { get; }

    /// <summary>Individuals who refuse or withdraw consent are refused the service. JSON <c>$.necessity.serviceRefusedWithoutConsent</c>.</summary>
    public bool? ServiceRefusedWithoutConsent { get; }

    /// <summary>The processing is necessary for the emergency or news-reporting basis it claims (PIPL Art. 13 ¶1(4)–(5)). JSON <c>$.necessity.necessaryForLegalBasis</c>.</summary>
    public bool? NecessaryForLegalBasis { get; }
}
