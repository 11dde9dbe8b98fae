using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;

namespace Cooperation.CapacityBuilding.Tests.Infrastructure;

/// <summary>The development personas the capacity-building tests call as, and the ones they make up.</summary>
public static class Personas
{
    /// <summary>Project lead at UK Border Force (a development persona): leads the tests' projects.</summary>
    public const string UkProjectLead = "uk-project-lead";

    public const string UkCoChair = "uk-co-chair";

    public const string Analyst = "analyst";

    /// <summary>Passes no project policy: a training coordinator is refused by ManageProjects.</summary>
    public const string UkTrainingCoordinator = "uk-training-coordinator";

    /// <summary>The agency of <see cref="UkProjectLead"/>.</summary>
    public static readonly Guid UkBorderForce = DevelopmentPersonas.UkBorderForce;

    /// <summary>A project lead of the BG Border Police: another agency, the other participant.</summary>
    public static readonly DevelopmentPersona BgProjectLead = new(
        "bg-border-police-project-lead", "Project lead of the BG Border Police",
        Participant.BG, DevelopmentPersonas.BgBorderPolice, [CooperationRoles.ProjectLead]);
}
