namespace Cooperation.Contracts.Messages.Projects;

/// <summary>Which service takes an agreed project up (¶4b training, ¶4c capacity building).</summary>
public enum Workstream
{
    Unspecified = 0,
    Training = 1,
    CapacityBuilding = 2,
}
