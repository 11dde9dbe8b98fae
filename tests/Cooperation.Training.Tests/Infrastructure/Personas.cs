using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;

namespace Cooperation.Training.Tests.Infrastructure;

/// <summary>The development personas the training tests call as, and the ones they make up.</summary>
public static class Personas
{
    /// <summary>Training coordinator of the UK National Crime Agency (a development persona).</summary>
    public const string UkCoordinator = "uk-training-coordinator";

    public const string UkCoChair = "uk-co-chair";

    public const string Analyst = "analyst";

    /// <summary>A training coordinator of the BG Border Police: another agency, the other participant.</summary>
    public static readonly DevelopmentPersona BgCoordinator = new(
        "bg-border-police-training-coordinator", "Training coordinator of the BG Border Police",
        Participant.BG, DevelopmentPersonas.BgBorderPolice, [CooperationRoles.TrainingCoordinator]);
}

/// <summary>Clients that call as the made-up personas.</summary>
public static class PersonaClients
{
    public static Contracts.Training.V1.CompletionService.CompletionServiceClient BgCoordinatorClient(this TrainingServiceFactory factory) =>
        new(factory.ChannelFor(Personas.BgCoordinator));
}
