namespace BiometricConsent.Policy.Model;

/// <summary>Where the recognition takes place (<c>venue</c> in docs/activity-format.md).</summary>
/// <remarks>Member names are the JSON names; values start at 1 so that <c>default</c> is never a meaningful fact.</remarks>
public enum Venue
{
    /// <summary>A shop or showroom.</summary>
    Store = 1,

    /// <summary>A shopping mall.</summary>
    Mall = 2,

    /// <summary>A hotel's public areas.</summary>
    Hotel = 3,

    /// <summary>A hotel guest room (a private space within a public place).</summary>
    HotelRoom = 4,

    /// <summary>A bank.</summary>
    Bank = 5,

    /// <summary>A railway, metro or bus station.</summary>
    Station = 6,

    /// <summary>An airport.</summary>
    Airport = 7,

    /// <summary>A stadium or gymnasium.</summary>
    Stadium = 8,

    /// <summary>An entertainment venue (park, cinema, zoo, ...).</summary>
    EntertainmentVenue = 9,

    /// <summary>A public bathhouse (a private space within a public place).</summary>
    PublicBathhouse = 10,

    /// <summary>A public changing room (a private space within a public place).</summary>
    ChangingRoom = 11,

    /// <summary>A public toilet (a private space within a public place).</summary>
    PublicToilet = 12,

    /// <summary>A residential compound or building managed by a property manager.</summary>
    ResidentialCompound = 13,

    /// <summary>An office or workplace.</summary>
    Office = 14,

    /// <summary>A school.</summary>
    School = 15,

    /// <summary>A hospital.</summary>
    Hospital = 16,

    /// <summary>A public square or street.</summary>
    PublicSquare = 17,

    /// <summary>Online (no physical venue).</summary>
    Online = 18,

    /// <summary>Any other venue.</summary>
    Other = 19,

    /// <summary>Inside a room of a student dormitory or of staff accommodation or rest rooms (a private space; State Council Order 799).</summary>
    Dormitory = 20,

    /// <summary>Inside a public nursing (breastfeeding) room (a private space; State Council Order 799).</summary>
    NursingRoom = 21,

    /// <summary>Inside a fitting room (a private space; State Council Order 799).</summary>
    FittingRoom = 22,
}
