namespace Cooperation.CapacityBuilding.Projects;

/// <summary>What an agency other than the lead does in a project. Numbers match the proto enum.</summary>
public enum AgencyRole
{
    /// <summary>Delivers part of the project with the lead, and may change it.</summary>
    Partner = 1,

    /// <summary>Receives the capacity built; reads the project.</summary>
    Beneficiary = 2,
}

/// <summary>An agency of a project besides its lead, by the working group's agency id.</summary>
public sealed record ProjectAgency(Guid AgencyId, AgencyRole Role);
