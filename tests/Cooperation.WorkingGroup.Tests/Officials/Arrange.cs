using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Net.Client;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Officials;

/// <summary>Sets up agencies and officials through the public RPCs, for tests of the features built on them.</summary>
internal static class Arrange
{
    /// <summary>Registers an agency as the co-chair of its participant (each co-chair registers its own side's agencies).</summary>
    public static async Task<V1.Agency> AgencyAsync(
        WorkingGroupServiceFactory factory, TypeV1.Participant participant, string? nameEn = null, V1.AgencyKind kind = V1.AgencyKind.Police)
    {
        var channel = factory.ChannelFor(participant == TypeV1.Participant.Bg ? "bg-co-chair" : "uk-co-chair");
        var response = await new V1.AgenciesService.AgenciesServiceClient(channel).CreateAgencyAsync(new V1.CreateAgencyRequest
        {
            Participant = participant,
            NameEn = nameEn ?? $"Agency {Guid.NewGuid():N}",
            NameBg = "Агенция",
            Kind = kind,
        });
        return response.Agency;
    }

    public static async Task<V1.Official> OfficialAsync(GrpcChannel channel, string agencyId, string? fullName = null)
    {
        var response = await new V1.OfficialsService.OfficialsServiceClient(channel).DesignateOfficialAsync(new V1.DesignateOfficialRequest
        {
            AgencyId = agencyId,
            FullName = fullName ?? "Example Official",
            RoleTitle = "Liaison officer",
            WorkEmail = $"official.{Guid.NewGuid():N}@agency.example",
            Purpose = "Working-group membership",
            LegalBasis = V1.LegalBasis.PublicTask,
        });
        return response.Official;
    }

    /// <summary>A fresh agency of <paramref name="participant"/> with one designated official.</summary>
    public static async Task<V1.Official> OfficialOfAsync(WorkingGroupServiceFactory factory, TypeV1.Participant participant, string? fullName = null)
    {
        var agency = await AgencyAsync(factory, participant);
        return await OfficialAsync(factory.Channel, agency.Id, fullName);
    }
}
