using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules;

/// <summary>The facts of the US state biometric statutes (<c>$.usBiometric</c>), read as the rest of <see cref="RuleContext"/> reads.</summary>
public readonly partial struct RuleContext
{
    /// <summary>How long the data is kept after its purpose ends (<c>$.usBiometric.keptAfterPurposeEnds</c>), or <c>null</c>.</summary>
    public Period? KeptAfterPurposeEnds => Read(FactIndex.KeptAfterPurposeEnds, activity.UsBiometric?.KeptAfterPurposeEnds);

    /// <summary>How long the data is kept after the individual's last interaction (<c>$.usBiometric.keptAfterLastInteraction</c>), or <c>null</c>.</summary>
    public Period? KeptAfterLastInteraction => Read(FactIndex.KeptAfterLastInteraction, activity.UsBiometric?.KeptAfterLastInteraction);

    /// <summary>Whether the processor is a government entity or works for one (<c>$.usBiometric.governmentEntity</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact GovernmentEntity() => Bool(FactIndex.GovernmentEntity, activity.UsBiometric?.GovernmentEntity);

    /// <summary>Whether the identifiers are captured for a commercial purpose (<c>$.usBiometric.commercialPurpose</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact CommercialPurpose() => Bool(FactIndex.CommercialPurpose, activity.UsBiometric?.CommercialPurpose);

    /// <summary>Whether the notice was given in writing (<c>$.usBiometric.noticeInWriting</c>); false when no notice is given (so <c>$.notice.given</c> is read too).</summary>
    /// <returns>The fact.</returns>
    public Fact NoticeInWriting()
    {
        Check(FactIndex.NoticeInWriting);
        return activity.Notice?.Given == false
            ? Bool(FactIndex.NoticeGiven, false)
            : Bool(FactIndex.NoticeInWriting, activity.UsBiometric?.NoticeInWriting);
    }

    /// <summary>Whether the processor otherwise profits from the data (<c>$.usBiometric.profitFromData</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ProfitFromData() => Bool(FactIndex.ProfitFromData, activity.UsBiometric?.ProfitFromData);

    /// <summary>Whether every disclosure rests on one of <paramref name="accepted"/> (<c>$.usBiometric.disclosureGrounds</c>; false when none is given).</summary>
    /// <param name="accepted">The grounds the law accepts.</param>
    /// <returns>The fact.</returns>
    public Fact DisclosedOnlyOn(params DisclosureGround[] accepted) => Bool(FactIndex.DisclosureGrounds, activity.UsBiometric?.GroundsWithin(accepted));

    /// <summary>Whether the data is protected with reasonable care (<c>$.usBiometric.reasonableCare</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ReasonableCare() => Bool(FactIndex.ReasonableCare, activity.UsBiometric?.ReasonableCare);

    /// <summary>Whether the data is protected at least as well as other confidential information (<c>$.usBiometric.protectedAsOtherConfidentialData</c>).</summary>
    /// <returns>The fact.</returns>
    public Fact ProtectedAsOtherConfidentialData() => Bool(FactIndex.ProtectedAsOtherConfidentialData, activity.UsBiometric?.ProtectedAsOtherConfidentialData);
}
