using System;

namespace BiometricConsent.Policy.Model;

/// <summary>The individual's consent (<c>consent</c> in docs/activity-format.md). Each fact is <c>null</c> when unknown.</summary>
public sealed class ConsentFacts
{
    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="obtained">Consent was obtained from the individual (or guardian).</param>
    /// <param name="separate">Consent was separate (单独同意): given specifically for this biometric processing, not folded into other terms (PIPL Art. 29; NDSMR Art. 62(7)).</param>
    /// <param name="written">Consent was given in writing.</param>
    /// <param name="bundled">Consent was bundled with other authorisations (SPC FR Art. 4(2)).</param>
    /// <param name="conditionOfService">Consent was required as a condition of providing the product or service (SPC FR Art. 4(1); PIPL Art. 16).</param>
    /// <param name="guardianForMinors">A parent or guardian consented for subjects under 14 (PIPL Art. 31).</param>
    /// <param name="withdrawalChannel">A convenient way to withdraw consent is provided (PIPL Art. 15).</param>
    /// <param name="electronicSignature">The release was signed electronically (BIPA 14/15(b)(3) as amended 2024-08-02).</param>
    /// <param name="explicit">Consent was explicit (GDPR Art. 9(2)(a); PIPL Art. 14).</param>
    /// <exception cref="ArgumentException">The facts contradict each other; the exception names the offending parameter.</exception>
    public ConsentFacts(bool? obtained = null, bool? separate = null, bool? written = null, bool? bundled = null, bool? conditionOfService = null, bool? guardianForMinors = null, bool? withdrawalChannel = null, bool? electronicSignature = null, bool? @explicit = null)
    {
        FactGuard.TrueOnlyIf(separate, FactPaths.Consent.Separate, obtained, FactPaths.Consent.Obtained);
        FactGuard.TrueOnlyIf(written, FactPaths.Consent.Written, obtained, FactPaths.Consent.Obtained);
        FactGuard.TrueOnlyIf(bundled, FactPaths.Consent.Bundled, obtained, FactPaths.Consent.Obtained);
        FactGuard.TrueOnlyIf(guardianForMinors, FactPaths.Consent.GuardianForMinors, obtained, FactPaths.Consent.Obtained);
        FactGuard.TrueOnlyIf(electronicSignature, FactPaths.Consent.ElectronicSignature, obtained, FactPaths.Consent.Obtained);
        FactGuard.TrueOnlyIf(@explicit, FactPaths.Consent.Explicit, obtained, FactPaths.Consent.Obtained);

        if (separate == true && bundled == true)
        {
            throw FactGuard.Invalid(FactPaths.Consent.Bundled, "bundled is true but separate is true; separate consent cannot be bundled with other authorisations.");
        }

        Obtained = obtained;
        Separate = separate;
        Written = written;
        Bundled = bundled;
        ConditionOfService = conditionOfService;
        GuardianForMinors = guardianForMinors;
        WithdrawalChannel = withdrawalChannel;
        ElectronicSignature = electronicSignature;
        Explicit = @explicit;
    }

    /// <summary>Consent was obtained from the individual (or guardian). JSON <c>$.consent.obtained</c>.</summary>
    public bool? Obtained { get; }

    /// <summary>Consent was separate (单独同意): given specifically for this biometric processing, not folded into other terms (PIPL Art. 29; NDSMR Art. 62(7)). JSON <c>$.consent.separate</c>.</summary>
    public bool? Separate { get; }

    /// <summary>Consent was given in writing. JSON <c>$.consent.written</c>.</summary>
    public bool? Written { get; }

    /// <summary>Consent was bundled with other authorisations (SPC FR Art. 4(2)). JSON <c>$.consent.bundled</c>.</summary>
    public bool? Bundled { get; }

    /// <summary>Consent was required as a condition of providing the product or service (SPC FR Art. 4(1); PIPL Art. 16). JSON <c>$.consent.conditionOfService</c>.</summary>
    public bool? ConditionOfService { get; }

    /// <summary>A parent or guardian consented for subjects under 14 (PIPL Art. 31). JSON <c>$.consent.guardianForMinors</c>.</summary>
    public bool? GuardianForMinors { get; }

    /// <summary>A convenient way to withdraw consent is provided (PIPL Art. 15). JSON <c>$.consent.withdrawalChannel</c>.</summary>
    public bool? WithdrawalChannel { get; }

    /// <summary>The release was signed electronically (BIPA 14/15(b)(3) as amended 2024-08-02). JSON <c>$.consent.electronicSignature</c>.</summary>
    public bool? ElectronicSignature { get; }

    /// <summary>Consent was explicit (GDPR Art. 9(2)(a); PIPL Art. 14). JSON <c>$.consent.explicit</c>.</summary>
    public bool? Explicit { get; }
}
