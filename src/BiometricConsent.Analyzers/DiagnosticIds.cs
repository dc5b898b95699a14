namespace BiometricConsent.Analyzers;

/// <summary>The diagnostic IDs of the analyzer; they are public and stable (docs/rules/, AnalyzerReleases.Shipped.md).</summary>
public static class DiagnosticIds
{
    /// <summary>A capture API or <c>[RequiresConsent]</c> member is called at a point that is not guarded.</summary>
    public const string UnguardedCapture = "BIO1001";

    /// <summary>A predicate consent check is called and its result is discarded.</summary>
    public const string DiscardedConsentCheck = "BIO1002";

    /// <summary>An override or implementation disagrees with its base about <c>[RequiresConsent]</c>.</summary>
    public const string RequiresConsentMismatch = "BIO1003";

    /// <summary>A <c>[RequiresConsent]</c> member, local function or lambda is called by something that cannot check consent.</summary>
    public const string ObligationWithoutCaller = "BIO1004";

    /// <summary><c>[ConsentExempt]</c> without a non-blank justification.</summary>
    public const string ExemptionWithoutJustification = "BIO1007";

    /// <summary>A line of <c>BiometricApis.txt</c> does not parse, matches nothing, or repeats an entry.</summary>
    public const string InvalidApiListEntry = "BIO1008";

    /// <summary>A face-capture site, guarded or not: the capture-site inventory (off unless the project asks for it).</summary>
    public const string CaptureSite = "BIO1900";

    /// <summary>An activity file's assessment has a Violated finding (a rule of the law the described processing breaks).</summary>
    public const string ActivityViolation = "BIO2001";

    /// <summary>An activity file's assessment has an Undetermined finding: facts the rule needs are missing.</summary>
    public const string ActivityUndetermined = "BIO2002";

    /// <summary>An activity file cannot be read (not a valid activity), or cannot be assessed.</summary>
    public const string UnreadableActivityFile = "BIO2003";

    /// <summary>A capture site tied to an activity whose file declares consent as its basis is not consent-checked on every path.</summary>
    public const string CaptureContradictsActivity = "BIO2004";

    /// <summary><c>[BiometricActivity]</c> names an activity ID that no activity file describes.</summary>
    public const string UnknownActivity = "BIO2005";

    /// <summary>An activity file that no code is tied to.</summary>
    public const string UntiedActivity = "BIO2006";

    /// <summary>An accepted finding in an activity file accepts nothing: its justification is blank, or the rule has no Violated or Undetermined finding.</summary>
    public const string IneffectiveAcceptance = "BIO2007";
}
