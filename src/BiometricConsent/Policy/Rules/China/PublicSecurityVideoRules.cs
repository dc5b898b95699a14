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
/// Checked against the primary text (the Order as promulgated, 2025-01-13): the private areas are Art. 8 ¶1, the
/// penalty Art. 27 ¶1 [V-P] (docs/policy-rules-notes.md, "State Council Order 799"). An earlier version cited
/// Art. 12 from memory; Art. 12 concerns the products and services of a public-security video system.
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
        penalty: "Order 799 Art. 27 ¶1: the public security organ confiscates the equipment and deletes the images collected; fines of CNY 5,000–10,000 for an individual, " +
            "CNY 10,000–20,000 for an organisation and CNY 5,000–10,000 for the persons directly responsible; peeping or secret filming is further punished under the " +
            "public-security administration rules or as a crime. Art. 27 ¶2: the operator of the area who fails its daily checks is ordered to correct, then fined on the same scale");

    /// <summary>CN-PSVIS-8.1.</summary>
    public static Rule Art8PrivateAreas { get; } = new Rule(
        "CN-PSVIS-8.1",
        Instrument,
        "Art. 8 ¶1",
        "No image-collection equipment may be installed in these areas of public places: guest rooms and private rooms of hotels, guesthouses and other lodging; student dormitory rooms and rooms an organisation provides its staff for lodging or rest; the inside of public bathrooms, toilets, changing rooms, nursing rooms and fitting rooms; other areas where it could film, peep at or eavesdrop on others' privacy; consent does not cure it.",
        Verification.VerifiedPrimary,
        Evaluate,
        checks: FactSet.Of(FactPaths.Venue),
        mentions: FactSet.Of(FactPaths.Consent.Obtained),
        notModelled: "private areas other than the venues listed (hotel guest rooms, public bathhouses, changing rooms, public toilets, dormitory rooms, nursing rooms, fitting rooms): private rooms of restaurants, other areas of Art. 8 ¶1(4); the operator's duty of daily checks (Art. 8 ¶2); Art. 7's limits on who may install equipment in public places and Art. 13's signs; equipment in non-public places (Art. 33)");

    /// <summary>The rules of this instrument.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[] { Art8PrivateAreas };

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
