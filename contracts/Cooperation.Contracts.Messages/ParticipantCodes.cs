namespace Cooperation.Contracts.Messages;

/// <summary>
/// How events name the statement's two participants: ISO 3166-1 alpha-2 codes as text, so a
/// consumer needs none of a publisher's types to read them.
/// </summary>
public static class ParticipantCodes
{
    public const string Bulgaria = "BG";

    public const string UnitedKingdom = "UK";
}
