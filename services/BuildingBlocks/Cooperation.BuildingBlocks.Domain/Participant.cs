namespace Cooperation.BuildingBlocks.Domain;

/// <summary>The two participants of the joint statement. Everything bilateral needs both.</summary>
public enum Participant
{
    BG = 1,
    UK = 2,
}
