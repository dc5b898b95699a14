namespace BiometricConsent.Policy.Rules;

/// <summary>The legal status of an <see cref="Instrument"/>.</summary>
public enum InstrumentStatus
{
    /// <summary>Enacted and binding within its effective interval.</summary>
    InForce = 1,

    /// <summary>A draft for comment: never binds, whatever the dates (its rules always yield <c>NotInForce</c>).</summary>
    Draft = 2,

    /// <summary>Replaced by a later instrument; binds only acts within its (closed) effective interval.</summary>
    Superseded = 3,

    /// <summary>A court judgment whose holdings show how courts apply the law in force; not dated by an effective interval.</summary>
    CaseLaw = 4,
}
