using System;

namespace BiometricConsent;

/// <summary>
/// Declares that face capture inside the marked method, constructor or class rests on a lawful exemption
/// from consent. Suppresses BIO1001 inside the member; the processor bears the burden of proving the
/// exemption (SPC FR Provisions Art. 6 ¶3), so a non-blank <see cref="Justification"/> is required (BIO1007).
/// </summary>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class,
    Inherited = false, AllowMultiple = false)]
public sealed class ConsentExemptAttribute : Attribute
{
    /// <summary>Declares an exemption on the given lawful basis.</summary>
    /// <param name="basis">The lawful basis that dispenses with consent.</param>
    public ConsentExemptAttribute(ExemptionBasis basis)
    {
        Basis = basis;
    }

    /// <summary>The lawful basis that dispenses with consent.</summary>
    public ExemptionBasis Basis { get; }

    /// <summary>
    /// Why the exemption applies here: the statute or state provision, the signs posted, the emergency.
    /// Auditors read it; a missing or blank justification is reported as BIO1007.
    /// </summary>
    public string? Justification { get; set; }
}
