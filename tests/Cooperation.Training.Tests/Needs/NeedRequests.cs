using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Training.Tests.Infrastructure;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Needs;

/// <summary>Needs the tests register: the NCA's, found from its own analysis.</summary>
internal static class NeedRequests
{
    public static V1.TrainingNeedsService.TrainingNeedsServiceClient Needs(this TrainingServiceFactory factory, string persona = Personas.UkCoordinator) =>
        new(factory.ChannelFor(persona));

    public static V1.TrainingNeedsService.TrainingNeedsServiceClient Needs(this TrainingServiceFactory factory, DevelopmentPersona persona) =>
        new(factory.ChannelFor(persona));

    public static V1.RegisterTrainingNeedRequest NcaNeed(int headcount = 2, TypeV1.CooperationAreaTag theme = TypeV1.CooperationAreaTag.BorderSecurity) => new()
    {
        Theme = theme,
        Participant = TypeV1.Participant.Uk,
        AgencyId = DevelopmentPersonas.UkNationalCrimeAgency.ToString(),
        Headcount = headcount,
        TargetProficiency = V1.TargetProficiency.Practitioner,
        Urgency = V1.NeedUrgency.High,
        Source = V1.NeedSource.AgencyAnalysis,
    };

    public static async Task<V1.TrainingNeed> RegisteredAsync(this TrainingServiceFactory factory, int headcount = 2,
        TypeV1.CooperationAreaTag theme = TypeV1.CooperationAreaTag.BorderSecurity) =>
        (await factory.Needs().RegisterTrainingNeedAsync(NcaNeed(headcount, theme))).Need;
}
