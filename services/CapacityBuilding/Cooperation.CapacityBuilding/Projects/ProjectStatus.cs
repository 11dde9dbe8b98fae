namespace Cooperation.CapacityBuilding.Projects;

/// <summary>Where a project stands, numbered as the IATI activity status codes (and the proto enum).</summary>
public enum ProjectStatus
{
    Identification = 1,
    Implementation = 2,
    Finalisation = 3,
    Closed = 4,
    Cancelled = 5,
    Suspended = 6,
}
