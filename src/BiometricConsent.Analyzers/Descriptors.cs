using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers;

/// <summary>Every diagnostic descriptor of the analyzer, in one place.</summary>
internal static class Descriptors
{
    private const string Category = "BiometricConsent";

    /// <summary>Help links point at the rule's page in <c>docs/rules/</c>.</summary>
    internal const string HelpLinkBase = "https://github.com/biometric-consent/BiometricConsent/blob/main/docs/rules/";

    internal static readonly DiagnosticDescriptor UnguardedCapture = new DiagnosticDescriptor(
        DiagnosticIds.UnguardedCapture,
        title: "Face captured without a consent check",
        messageFormat: "'{0}' captures a face in '{1}' without a consent check that succeeded on every path before it. PIPL Art. 29 requires separate consent for sensitive personal information such as face data.",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Facial information is sensitive personal information (PIPL Art. 28); processing it on the basis of consent needs the individual's separate consent (PIPL Art. 29). Call a [ConsentCheck] method before the capture on every path, mark the member [RequiresConsent] to move the obligation to its callers, or declare a lawful exemption with [ConsentExempt].",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UnguardedCapture + ".md");

    internal static readonly DiagnosticDescriptor DiscardedConsentCheck = new DiagnosticDescriptor(
        DiagnosticIds.DiscardedConsentCheck,
        title: "Result of a consent check is discarded",
        messageFormat: "The result of consent check '{0}' is discarded, so it guards nothing",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A predicate consent check returns whether consent is in place. Calling it and ignoring the result does not stop the capture that follows; branch on the result or return early when it is false.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.DiscardedConsentCheck + ".md");

    internal static readonly DiagnosticDescriptor RequiresConsentMismatch = new DiagnosticDescriptor(
        DiagnosticIds.RequiresConsentMismatch,
        title: "[RequiresConsent] differs between a member and the member it overrides or implements",
        messageFormat: "'{0}' {1} [RequiresConsent] but {2} '{3}', which {4}; mark both or neither so that callers through either type are checked",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Callers are checked against the member they call. When an override or implementation differs from its base about [RequiresConsent], calls through one of the two types escape the consent obligation.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.RequiresConsentMismatch + ".md");

    internal static readonly DiagnosticDescriptor ObligationWithoutCaller = new DiagnosticDescriptor(
        DiagnosticIds.ObligationWithoutCaller,
        title: "[RequiresConsent] where no caller can check consent",
        messageFormat: "'{0}' is [RequiresConsent], so its callers must check consent, but it is {1}: nothing checks consent before it runs. Check consent inside it; PIPL Art. 29 requires separate consent for sensitive personal information such as face data.",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "[RequiresConsent] moves the duty to check consent to the callers. An entry point, a controller action, a minimal-API handler, a SignalR hub method, a gRPC service method, an event handler or a delegate handed to library code is called by the runtime, a framework or an event's raiser, none of which checks consent: the duty is lost. Remove [RequiresConsent] and check consent inside.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ObligationWithoutCaller + ".md");

    internal static readonly DiagnosticDescriptor ExemptionWithoutJustification = new DiagnosticDescriptor(
        DiagnosticIds.ExemptionWithoutJustification,
        title: "Consent exemption without a justification",
        messageFormat: "[ConsentExempt] on '{0}' needs a non-blank Justification. The processor bears the burden of proving the exemption (SPC FR Provisions Art. 6 ¶3).",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An exemption from consent is a claim the processor must prove in court. Say why it applies: the state provision, the signs posted, the emergency.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ExemptionWithoutJustification + ".md");

    internal static readonly DiagnosticDescriptor InvalidApiListEntry = new DiagnosticDescriptor(
        DiagnosticIds.InvalidApiListEntry,
        title: "Invalid entry in BiometricApis.txt",
        messageFormat: "BiometricApis.txt: {0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Each line of BiometricApis.txt is 'capture' or 'check' followed by a documentation-comment ID that names a symbol of the compilation, once. Lines that do not parse, match nothing, or repeat an entry are reported so that typos do not silently switch checking off.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidApiListEntry + ".md");

    /// <summary>
    /// Disabled by default: the package's build files enable it (and name a SARIF log) only when the project sets
    /// <c>BiometricConsentInventory=true</c>; the properties carry the site's data (docs/rules/BIO1900.md).
    /// </summary>
    internal static readonly DiagnosticDescriptor CaptureSite = new DiagnosticDescriptor(
        DiagnosticIds.CaptureSite,
        title: "Face-capture site (inventory)",
        messageFormat: "Face capture '{0}' in '{1}': {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "One entry of the capture-site inventory: a call site of a capture API or [RequiresConsent] member, whether a consent check guards it, and which. PIPL Art. 55-56 and GDPR Art. 30/35 ask the processor to know where face data is collected; 'biometric-consent inventory' turns these entries into JSON, Markdown or HTML.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.CaptureSite + ".md");

    /// <summary>
    /// The descriptor of BIO2001 for the catalog's rules: the help link of each finding is the rule's section of
    /// docs/rules-catalog.md, so the reporting code makes one descriptor per rule with this one's text
    /// (<see cref="Activities.ActivityFileDiagnostic"/>); this one, linking to docs/rules/BIO2001.md, is the one declared.
    /// </summary>
    internal static readonly DiagnosticDescriptor ActivityViolation = new DiagnosticDescriptor(
        DiagnosticIds.ActivityViolation,
        title: "The described processing violates a rule of the law",
        messageFormat: "{0} ({1}, {2}) is violated: {3}{4}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The activity file describes processing of face data that breaks this rule, as the rules library assesses it (the same assessment as 'biometric-consent assess'). Change the processing and the facts, or accept the finding in the file with a justification.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ActivityViolation + ".md");

    /// <summary>BIO2002; like <see cref="ActivityViolation"/>, reported with one descriptor per rule for the help link.</summary>
    internal static readonly DiagnosticDescriptor ActivityUndetermined = new DiagnosticDescriptor(
        DiagnosticIds.ActivityUndetermined,
        title: "A rule of the law cannot be decided: facts are missing",
        messageFormat: "{0} ({1}, {2}) cannot be decided: {3} Missing: {4}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The activity file does not state the facts this rule needs. Add them (true, false or a value) to the file so that the build can tell whether the processing complies.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ActivityUndetermined + ".md");

    internal static readonly DiagnosticDescriptor UnreadableActivityFile = new DiagnosticDescriptor(
        DiagnosticIds.UnreadableActivityFile,
        title: "Activity file cannot be read",
        messageFormat: "{0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An activity file (*.activity.json) is not a valid activity description, so nothing in it is assessed. The message is the one 'biometric-consent assess' gives for the file.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UnreadableActivityFile + ".md");

    internal static readonly DiagnosticDescriptor CaptureContradictsActivity = new DiagnosticDescriptor(
        DiagnosticIds.CaptureContradictsActivity,
        title: "Face captured without a consent check in code tied to an activity based on consent",
        messageFormat: "'{0}' captures a face in '{1}' {2}, but the code is tied to activity '{3}', whose file ({4}) declares consent as the basis: the description promises a consent check the code does not make. PIPL Art. 29 requires separate consent for sensitive personal information such as face data.",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The activity file says the processing rests on the individuals' consent, so its assessment (BIO2001) assumes consent is obtained; the code tied to it captures without checking consent on every path. Check consent before the capture (the BIO1001 code fixes apply), or correct the activity file's legal basis. Reported instead of BIO1001 at such a site.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.CaptureContradictsActivity + ".md");

    internal static readonly DiagnosticDescriptor UnknownActivity = new DiagnosticDescriptor(
        DiagnosticIds.UnknownActivity,
        title: "Code tied to an activity that no activity file describes",
        messageFormat: "[BiometricActivity] ties code to activity '{0}', which no activity file describes{1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Code is tied to a processing activity by the id of its activity file (*.activity.json, an AdditionalFiles item). An id that no file has is a typo or a missing file, and the code is then held to no description at all.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownActivity + ".md");

    /// <summary>Reported at compilation end: only then are all ties of the compilation known.</summary>
    internal static readonly DiagnosticDescriptor UntiedActivity = new DiagnosticDescriptor(
        DiagnosticIds.UntiedActivity,
        title: "Activity file that no code is tied to",
        messageFormat: "No code of this project is tied to activity '{0}'; mark the code that does this processing with [BiometricActivity(\"{0}\")] so that it is held to this description",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An activity file describes processing the project does; tying the code that captures for it with [BiometricActivity] lets the analyzer check that the code keeps the promises of the description (BIO2004).",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UntiedActivity + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>BIO2007, at an entry of an activity file's <c>accepted</c> list that accepts nothing.</summary>
    internal static readonly DiagnosticDescriptor IneffectiveAcceptance = new DiagnosticDescriptor(
        DiagnosticIds.IneffectiveAcceptance,
        title: "An accepted finding in an activity file accepts nothing",
        messageFormat: "{0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An entry of the activity file's \"accepted\" list has a blank justification (so the finding is still reported: a finding is accepted only with a reason on record), or names a rule that has no Violated or Undetermined finding for the activity any more (so the entry is stale and can be removed).",
        helpLinkUri: HelpLinkBase + DiagnosticIds.IneffectiveAcceptance + ".md");
}
