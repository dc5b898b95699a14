using System;

namespace BiometricConsent.Policy.Model;

/// <summary>Changes made after collection (<c>changes</c> in docs/activity-format.md). Each fact is <c>null</c> when unknown.</summary>
public sealed class ChangesFacts
{
    /// <summary>Creates the facts; omit (or pass <c>null</c> for) what is unknown.</summary>
    /// <param name="purposeExtendedBeyondOriginal">The information is (or is to be) used beyond the purpose originally stated or agreed.</param>
    /// <param name="reconsentObtained">Fresh consent was obtained for the change (PIPL Art. 14 ¶2).</param>
    /// <param name="entryMethodSwitchedUnilaterally">The processor unilaterally switched an agreed entry or verification method to recognition (Guo Bing).</param>
    /// <exception cref="ArgumentException">The facts contradict each other; the exception names the offending parameter.</exception>
    public ChangesFacts(bool? purposeExtendedBeyondOriginal = null, bool? reconsentObtained = null, bool? entryMethodSwitchedUnilaterally = null)
    {
        PurposeExtendedBeyondOriginal = purposeExtendedBeyondOriginal;
        ReconsentObtained = reconsentObtained;
        EntryMethodSwitchedUnilaterally = entryMethodSwitchedUnilaterally;
    }

    /// <summary>The information is (or is to be) used beyond the purpose originally stated or agreed. JSON <c>$.changes.purposeExtendedBeyondOriginal</c>.</summary>
    public bool? PurposeExtendedBeyondOriginal { get; }

    /// <summary>Fresh consent was obtained for the change (PIPL Art. 14 ¶2). JSON <c>$.changes.reconsentObtained</c>.</summary>
    public bool? ReconsentObtained { get; }

    /// <summary>The processor unilaterally switched an agreed entry or verification method to recognition (Guo Bing). JSON <c>$.changes.entryMethodSwitchedUnilaterally</c>.</summary>
    public bool? EntryMethodSwitchedUnilaterally { get; }
}
