namespace BiometricConsent.Policy.Model;

/// <summary>
/// The venues that are private spaces within public places: the vocabulary of CAC FRT Art. 13 ¶2 (guest rooms,
/// bathhouses, changing rooms, toilets "and other" private spaces) completed by State Council Order 799's list
/// (student and staff dormitories, nursing rooms, fitting rooms). One list, so the rules that forbid equipment
/// there read the same venues.
/// </summary>
internal static class PrivateSpaces
{
    /// <summary>The private spaces, in the order the reasons name them.</summary>
    internal const string Named = "a hotel guest room, public bathhouse, changing room, toilet, dormitory room, nursing room or fitting room";

    /// <summary>Whether <paramref name="venue"/> is a private space within a public place.</summary>
    internal static bool Includes(Venue venue) =>
        venue is Venue.HotelRoom or Venue.PublicBathhouse or Venue.ChangingRoom or Venue.PublicToilet
            or Venue.Dormitory or Venue.NursingRoom or Venue.FittingRoom;
}
