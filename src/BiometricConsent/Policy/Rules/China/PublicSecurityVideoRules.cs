using System.Collections.Generic;
using BiometricConsent.Policy.Model;
using NodaTime;

namespace BiometricConsent.Policy.Rules.China;

/// <summary>
/// Regulations on the Administration of Public Security Video Image Information Systems (State Council Order
/// No. 799, 2025-01-13, effective 2025-04-01): image-collection equipment in public places. Each rule's statement,
/// checked facts and gaps are listed in docs/rules-catalog.md.
/// </summary>
/// <remarks>
/// The contents are checked against state-media summaries of the text [V-S]; the article number is recalled [R].
/// </remarks>
public static class PublicSecurityVideoRules
{
    /// <summary>The instrument.</summary>
    public static Instrument Instrument { get; } = new Instrument(
        id: "CN-PSVIS",
        name: "Regulations on the Administration of Public Security Video Image Information Systems (State Council Order No. 799)",
        shortName: "Order 799",
        chineseTitle: "公共安全视频图像信息系统管理条例",
        scope: Jurisdiction.China,
        status: InstrumentStatus.InForce,
        channel: EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2025, 4, 1),
        penalty: "Order 799, legal liability: the public security organ orders the equipment removed or corrected, with fines [R]");

    /// <summary>CN-PSVIS-12.</summary>
    public static Rule Art12PrivateAreas { get; } = new Rule(
        "CN-PSVIS-12",
        Instrument,
        "Art. 12 [number R]",
        "No image-collection equipment may be installed inside guest rooms, student or staff dormitory rooms, public bathhouses, toilets, changing rooms, nursing rooms, fitting rooms or other areas where it could film others' privacy; consent does not cure it.",
        Verification.VerifiedSecondary,
        Evaluate,
        checks: FactSet.Of(FactPaths.Venue),
        mentions: FactSet.Of(FactPaths.Consent.Obtained),
        notModelled: "private areas other than the venues listed (hotel guest rooms, public bathhouses, changing rooms, public toilets, dormitory rooms, nursing rooms, fitting rooms)");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art12PrivateAreas };

    private static Verdict Evaluate(in RuleContext a)
    {
        if (!(a.Venue is Venue venue))
        {
            return Verdict.Undetermined("Whether the camera is inside " + PrivateSpaces.Named + " decides this rule.", FactPaths.Venue);
        }

        if (!PrivateSpaces.Includes(venue))
        {
            return Verdict.NotApplicable("The camera is not inside " + PrivateSpaces.Named + ".");
        }

        return Verdict.Violated(
            "An image-collection device is installed inside a private area (" + venue + "), which Order 799 forbids outright" +
            (a.ConsentObtained().IsTrue ? "; the consent obtained does not cure it." : "."),
            a.VenueIs(venue));
    }
}
