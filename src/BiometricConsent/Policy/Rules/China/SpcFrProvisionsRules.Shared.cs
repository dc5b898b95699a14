using System.Collections.Generic;
using BiometricConsent.Policy.Model;

namespace BiometricConsent.Policy.Rules.China;

/// <content>The tests the SPC FR rules share: scope gates, lawfulness, and the Art. 5 defences.</content>
public static partial class SpcFrProvisionsRules
{
    /// <summary>The Provisions cover facial information processed by civil subjects.</summary>
    private static Verdict? Gate(in RuleContext a)
    {
        if (!a.Uses(Modality.Face))
        {
            return Verdict.NotApplicable("The Provisions cover facial information; the activity processes none.");
        }

        if (a.ProcessorKinds is IReadOnlyList<ProcessorKind> kinds && OnlyPublicAuthorities(kinds))
        {
            return Verdict.NotApplicable("The Provisions govern civil cases; a State organ's statutory-duty use of facial recognition is an administrative matter outside them.");
        }

        return null;
    }

    private static bool OnlyPublicAuthorities(IReadOnlyList<ProcessorKind> kinds)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] != ProcessorKind.StateOrgan && kinds[i] != ProcessorKind.LawEnforcement)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Art. 4 rejects a consent defence: it arises only where the processor relies on consent it obtained.</summary>
    private static Verdict? ConsentDefenceGate(in RuleContext a)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        var basis = a.LegalBasisIs(LegalBasis.Consent);
        var obtained = a.ConsentObtained();
        if (basis.IsFalse)
        {
            return Verdict.NotApplicable("Art. 4 concerns the consent defence; the processor does not rely on consent.");
        }

        if (obtained.IsFalse)
        {
            return Verdict.NotApplicable("No consent was obtained, so no consent defence arises (see Art. 2(3)).");
        }

        return basis.IsUnknown || obtained.IsUnknown
            ? Verdict.Undetermined("Whether the processor relies on consent it obtained decides whether Art. 4 arises.", basis, obtained)
            : (Verdict?)null;
    }

    private static Fact BusinessOrPublicPlace(in RuleContext a)
    {
        if (a.Venue is Venue venue)
        {
            switch (venue)
            {
                case Venue.ResidentialCompound:
                case Venue.Office:
                case Venue.School:
                case Venue.Online:
                case Venue.Other:
                    return a.PublicPlace();
                default:
                    return new Fact(true, FactPaths.Venue);
            }
        }

        return a.PublicPlace().IsTrue ? new Fact(true, FactPaths.PublicPlace) : new Fact(null, FactPaths.Venue);
    }

    // Art. 2(7) lists hotel rooms, public bathhouses, changing rooms and toilets "等" (and the like): an open list, so
    // the private spaces Order 799 names (dormitories, nursing rooms, fitting rooms) count too — one list for every rule.
    private static bool IsPrivateSpaceInPublicPlace(Venue venue) => PrivateSpaces.Includes(venue);

    /// <summary>Whether the processing rests on a lawful basis with notice (Civil Code Art. 1035; later PIPL Arts. 13, 17, 29).</summary>
    private static Verdict Lawfulness(in RuleContext a, string what)
    {
        var notice = a.NoticeGiven();
        if (notice.IsFalse)
        {
            return Verdict.Violated(what + " without notifying individuals: processing rules must be disclosed (Civil Code Art. 1035).", notice);
        }

        switch (a.LegalBasis)
        {
            case LegalBasis.None:
                return Verdict.Violated(what + " without any lawful basis.", a.LegalBasisIs(LegalBasis.None));
            case LegalBasis.Consent:
                var obtained = a.ConsentObtained();
                var separate = a.ConsentSeparate();
                if (obtained.IsFalse || separate.IsFalse)
                {
                    return Verdict.Violated(what + (obtained.IsFalse ? " without the individuals' consent." : " without separate consent."), obtained.IsFalse ? obtained : separate);
                }

                if (obtained.IsUnknown || separate.IsUnknown || notice.IsUnknown)
                {
                    return Verdict.Undetermined("Whether the processing is notified and rests on separate consent decides this rule.", notice, obtained, separate);
                }

                return Verdict.Satisfied("The processing is notified and rests on separate consent.");
            case LegalBasis.Contract:
                var necessary = a.NecessaryForService();
                if (necessary.IsFalse)
                {
                    return Verdict.Violated(what + " on a contract basis although facial processing is not necessary to perform the contract.", necessary);
                }

                if (necessary.IsUnknown || notice.IsUnknown)
                {
                    return Verdict.Undetermined("A contract basis holds only if facial processing is necessary for the contract; notice is also required.", notice, necessary);
                }

                return Verdict.Satisfied("The processing is notified and necessary to perform the contract.");
            case null:
                return Verdict.Undetermined("Whether the processing has a lawful basis decides this rule.", notice, new Fact(null, FactPaths.LegalBasis));
            default:
                // Statutory duty, or an Art. 5 basis (the defence check decides those).
                if (notice.IsUnknown)
                {
                    return Verdict.Undetermined("Whether individuals are notified decides this rule.", notice);
                }

                return Verdict.Satisfied("The processing is notified and rests on a statutory duty or an Art. 5 basis.");
        }
    }

    /// <summary>The facts <paramref name="place"/> and <paramref name="function"/> plus whatever <paramref name="verdict"/> found missing.</summary>
    private static Fact[] Merge(Verdict verdict, Fact place, Fact function)
    {
        var facts = new Fact[verdict.MissingFacts.Count + 2];
        facts[0] = place;
        facts[1] = function;
        for (var i = 0; i < verdict.MissingFacts.Count; i++)
        {
            facts[i + 2] = new Fact(null, verdict.MissingFacts[i]);
        }

        return facts;
    }

    private static Fact Either(Fact first, Fact second) =>
        first.IsTrue || second.IsTrue ? new Fact(true, first.Path)
        : first.IsFalse && second.IsFalse ? new Fact(false, first.Path)
        : new Fact(null, first.IsUnknown ? first.Path : second.Path);

    private static Verdict DefenceRule(in RuleContext a, LegalBasis basis, Purpose purpose, string availableReason, string notInvokedReason)
    {
        if (Gate(a) is Verdict gate)
        {
            return gate;
        }

        var invoked = Either(a.LegalBasisIs(basis), a.ServesPurpose(purpose));
        var necessary = a.NecessaryForLegalBasis();
        return invoked.IsTrue
            ? necessary.IsTrue ? Verdict.Satisfied(availableReason)
            : necessary.IsFalse ? Verdict.NotApplicable("The defence is invoked, but the processing is stated not to be necessary for it (or not within a reasonable scope); it is unavailable.")
            : Verdict.Undetermined("The defence is invoked; whether the processing is necessary for it ($.necessity.necessaryForLegalBasis) decides whether it is available — invoking it does not show it.", necessary)
            : invoked.IsFalse ? Verdict.NotApplicable(notInvokedReason)
            : Verdict.Undetermined("Whether the processor invokes this defence (legal basis or purpose) decides it.", a.LegalBasisIs(basis), a.ServesPurpose(purpose));
    }

    private static Defence PublicSecurityDefence(in RuleContext a)
    {
        var invoked = Either(a.LegalBasisIs(LegalBasis.PublicSecurity), a.ServesPurpose(Purpose.PublicSecurity));
        if (!invoked.IsTrue)
        {
            return invoked.IsFalse
                ? new Defence(DefenceState.DoesNotApply, "Neither the legal basis nor the purposes are PublicSecurity; the Art. 5(2) defence does not arise.")
                : new Defence(DefenceState.Unknown, "Whether the processor invokes the public-security defence decides it.", new Fact(a.LegalBasis is null ? (bool?)null : false, FactPaths.LegalBasis), new Fact(a.Purposes is null ? (bool?)null : false, FactPaths.Purposes));
        }

        var publicPlace = a.PublicPlace();
        var signs = a.ConspicuousSigns();
        if (publicPlace.IsFalse)
        {
            return new Defence(DefenceState.DoesNotApply, "The Art. 5(2) defence is unavailable: it covers recognition in public places, and this place is not public.");
        }

        if (signs.IsFalse)
        {
            return new Defence(DefenceState.DoesNotApply, "The Art. 5(2) defence is unavailable: State provisions (PIPL Art. 26) require conspicuous signs, and none are posted.");
        }

        return publicPlace.IsTrue && signs.IsTrue
            ? new Defence(DefenceState.Applies, "Recognition in a public place, with conspicuous signs, to maintain public security: the Art. 5(2) defence is available (the processor must prove it, Art. 6 ¶3).")
            : new Defence(DefenceState.Unknown, "Whether the place is public and signs are posted decides the public-security defence.", publicPlace, signs);
    }

    /// <summary>Applies the Art. 5(1)–(3) defences to an Art. 2 verdict.</summary>
    private static Verdict WithDefence(in RuleContext a, Verdict verdict)
    {
        // The emergency and news defences excuse only processing necessary for them (Art. 5(1): 所必需; 5(3): within a
        // reasonable scope): invoking them by basis or purpose does not show that (issue 9).
        var emergency = a.LegalBasis == LegalBasis.PublicHealthEmergency || a.ServesPurpose(Purpose.PublicHealthEmergency).IsTrue;
        var news = a.LegalBasis == LegalBasis.NewsReporting || a.ServesPurpose(Purpose.NewsReporting).IsTrue;
        if (emergency || news)
        {
            var necessary = a.NecessaryForLegalBasis();
            var item = emergency ? "5(1)" : "5(3)";
            if (necessary.IsTrue)
            {
                return Verdict.NotApplicable(emergency
                    ? "Excused by Art. 5(1): the processing is necessary to respond to a public-health emergency (the processor must prove it, Art. 6 ¶3)."
                    : "Excused by Art. 5(3): the processing serves news reporting or public-opinion supervision within a reasonable scope (the processor must prove it, Art. 6 ¶3).");
            }

            if (necessary.IsUnknown && verdict.Outcome == Outcome.Violated)
            {
                return Verdict.Undetermined(verdict.Reason + $" Unless the Art. {item} defence holds: whether the processing is necessary for it ($.necessity.necessaryForLegalBasis) decides it.", necessary);
            }
        }

        var security = PublicSecurityDefence(a);
        switch (security.State)
        {
            case DefenceState.Applies:
                return Verdict.NotApplicable("Excused by Art. 5(2): " + security.Reason);
            case DefenceState.Unknown when verdict.Outcome == Outcome.Violated && (a.LegalBasis == LegalBasis.PublicSecurity || a.ServesPurpose(Purpose.PublicSecurity).IsTrue):
                // The facts would be an infringement, unless the invoked public-security defence holds.
                return Verdict.Undetermined(verdict.Reason + " Unless the Art. 5(2) defence holds: " + security.Reason, security.First, security.Second);
            default:
                return verdict;
        }
    }

    private enum DefenceState
    {
        DoesNotApply,
        Applies,
        Unknown,
    }

    private readonly struct Defence
    {
        public Defence(DefenceState state, string reason, Fact first = default, Fact second = default)
        {
            State = state;
            Reason = reason;
            First = first;
            Second = second;
        }

        public DefenceState State { get; }

        public string Reason { get; }

        public Fact First { get; }

        public Fact Second { get; }
    }
}
