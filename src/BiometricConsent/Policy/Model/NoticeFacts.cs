using System;
using System.Collections.Generic;

namespace BiometricConsent.Policy.Model;

/// <summary>What individuals are told (<c>notice</c> in docs/activity-format.md).</summary>
public sealed class NoticeFacts
{
    private readonly ulong elementMask;

    /// <summary>Creates the facts; omit what is unknown.</summary>
    /// <param name="given">Whether individuals are notified at all.</param>
    /// <param name="beforeProcessing">Whether the notice comes before processing begins.</param>
    /// <param name="conspicuousSigns">Whether conspicuous signs mark where recognition happens.</param>
    /// <param name="elements">What the notice states (may be empty), or <c>null</c> when unknown.</param>
    /// <param name="rulesPublished">Whether the rules for collecting and using the information are published (CRPL Art. 29 ¶1, Cybersecurity Law Art. 41, Civil Code Art. 1035 ¶1(2)): a standing public policy, apart from the notice to each individual.</param>
    /// <exception cref="ArgumentException">A notice detail is given while <paramref name="given"/> is false, or <paramref name="elements"/> repeats an element or holds an undefined value.</exception>
    public NoticeFacts(bool? given = null, bool? beforeProcessing = null, bool? conspicuousSigns = null, IEnumerable<NoticeElement>? elements = null, bool? rulesPublished = null)
    {
        FactGuard.TrueOnlyIf(beforeProcessing, FactPaths.Notice.BeforeProcessing, given, FactPaths.Notice.Given);
        FactGuard.TrueOnlyIf(conspicuousSigns, FactPaths.Notice.ConspicuousSigns, given, FactPaths.Notice.Given);
        Elements = FactGuard.EnumList(elements, FactPaths.Notice.Elements, allowEmpty: true, out elementMask);
        if (given == false && Elements?.Count > 0)
        {
            throw FactGuard.Invalid(FactPaths.Notice.Elements, "elements lists what the notice states but given is false; the two contradict each other.");
        }

        Given = given;
        BeforeProcessing = beforeProcessing;
        ConspicuousSigns = conspicuousSigns;

        // CRPL, Cybersecurity Law and Civil Code facts (issue 9): published rules need not be a notice to the individual.
        RulesPublished = rulesPublished;
    }

    /// <summary>Whether individuals are notified at all. JSON <c>$.notice.given</c>.</summary>
    public bool? Given { get; }

    /// <summary>Whether the notice precedes processing. JSON <c>$.notice.beforeProcessing</c>.</summary>
    public bool? BeforeProcessing { get; }

    /// <summary>Whether conspicuous signs are posted. JSON <c>$.notice.conspicuousSigns</c>.</summary>
    public bool? ConspicuousSigns { get; }

    /// <summary>What the notice states, or <c>null</c> when unknown. JSON <c>$.notice.elements</c>.</summary>
    public IReadOnlyList<NoticeElement>? Elements { get; }

    /// <summary>Whether the collection and use rules are published. JSON <c>$.notice.rulesPublished</c>.</summary>
    public bool? RulesPublished { get; }

    /// <summary>
    /// Whether the notice states <paramref name="element"/>: <c>false</c> when no notice is given, <c>null</c>
    /// when the elements are unknown.
    /// </summary>
    /// <param name="element">The element.</param>
    public bool? States(NoticeElement element) =>
        Given == false ? false : Elements is null ? (bool?)null : FactGuard.Has(elementMask, (int)element);
}
