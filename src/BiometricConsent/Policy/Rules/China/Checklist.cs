using System.Collections.Generic;

namespace BiometricConsent.Policy.Rules.China
{
    /// <summary>
    /// Collects the breaches and the unknown deciding facts of a rule with several requirements, then gives the
    /// verdict: <see cref="Outcome.Violated"/> when any requirement is breached (a known breach decides even if other
    /// facts are missing), else <see cref="Outcome.Undetermined"/> when a deciding fact is unknown, else
    /// <see cref="Outcome.Satisfied"/>. Allocates only when something is breached or missing.
    /// </summary>
    /// <remarks>A mutable struct: declare it as a local and pass it by <c>ref</c>.</remarks>
    internal struct Checklist
    {
        private string? breaches;
        private List<Fact>? unknown;

        /// <summary>Whether a breach has been recorded.</summary>
        internal bool HasBreach => breaches != null;

        /// <summary>Whether a deciding fact is unknown.</summary>
        internal bool HasUnknown => unknown != null;

        /// <summary>Records <paramref name="what"/> (a clause such as "consent was not separate") when <paramref name="when"/>.</summary>
        internal void Breach(bool when, string what)
        {
            if (when)
            {
                breaches = breaches is null ? what : breaches + "; " + what;
            }
        }

        /// <summary>Records <paramref name="fact"/> as a missing deciding fact when it is unknown.</summary>
        internal void Need(Fact fact)
        {
            if (fact.IsUnknown)
            {
                (unknown ??= new List<Fact>(4)).Add(fact);
            }
        }

        /// <summary>Records the fact at <paramref name="path"/> as missing when <paramref name="missing"/> (for dates, counts and periods).</summary>
        internal void NeedValue(bool missing, string path)
        {
            if (missing)
            {
                Need(new Fact(null, path));
            }
        }

        /// <summary>The verdict.</summary>
        /// <param name="violated">The lead of the violation reason, ending in a colon and a space; the breaches follow.</param>
        /// <param name="undetermined">What decides the rule, for an undetermined verdict.</param>
        /// <param name="satisfied">The reason when every requirement is met.</param>
        internal Verdict Verdict(string violated, string undetermined, string satisfied) =>
            breaches != null ? Rules.Verdict.Violated(violated + breaches + ".")
            : unknown != null ? Rules.Verdict.Undetermined(undetermined, unknown.ToArray())
            : Rules.Verdict.Satisfied(satisfied);
    }
}
