namespace Cooperation.Training.PersonalData;

/// <summary>
/// Erasure anonymises an official by replacing their id with a tombstone id everywhere: a fresh
/// random id, no function of the old one, so nothing the service keeps leads back to the person,
/// while each record (a booking, a completion, an exchange) still counts once and for the same agency.
/// </summary>
public static class OfficialTombstone
{
    public static Guid New() => Guid.NewGuid();
}
