namespace BiometricConsent.Policy.Rules;

/// <summary>How sure the catalog is of a rule's text and citation (docs/policy-model.md, "Verification levels").</summary>
public enum Verification
{
    /// <summary>[V-P] Verified against the full primary text; article numbers and wording checked.</summary>
    VerifiedPrimary = 1,

    /// <summary>[V-S] Verified against secondary sources (official summaries, law-firm briefings, court releases).</summary>
    VerifiedSecondary = 2,

    /// <summary>[R] Recalled or inferred, not verified against a text; treat as a hypothesis.</summary>
    Recalled = 3,
}
