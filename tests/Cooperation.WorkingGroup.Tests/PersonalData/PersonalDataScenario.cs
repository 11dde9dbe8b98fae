using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.PersonalData;

/// <summary>
/// The development personas' agencies, registered under the personas' agency ids, so an agency
/// coordinator's token names a real agency.
/// </summary>
internal static class PersonalDataScenario
{
    public const string Why = "Subject access request of 2024-03-01";

    public static readonly DevelopmentPersona UkHomeOfficeCoordinator = new(
        "uk-home-office-coordinator", "Agency coordinator of the UK Home Office", Cooperation.BuildingBlocks.Domain.Participant.UK,
        DevelopmentPersonas.UkHomeOffice, ["agency_coordinator"]);

    public static async Task AddPersonaAgenciesAsync(this WorkingGroupServiceFactory factory)
    {
        foreach (var (id, participant, name) in new[]
        {
            (DevelopmentPersonas.UkHomeOffice, "UK", "Home Office"),
            (DevelopmentPersonas.BgBorderPolice, "BG", "Border Police"),
        })
        {
            await factory.ExecuteAsync("""
                INSERT INTO agencies (id, participant, name_en, name_bg, kind, created_at)
                VALUES (@Id, @Participant, @Name, @Name, 'police', '2023-11-13T09:00:00.0000000Z')
                """, new { Id = id, Participant = participant, Name = name });
        }
    }

    public static async Task<V1.Official> DesignateAsync(
        this WorkingGroupServiceFactory factory, Guid agencyId, string fullName, string email, string? phone = "+44 20 7035 4848")
    {
        var client = new V1.OfficialsService.OfficialsServiceClient(factory.Channel);
        return (await client.DesignateOfficialAsync(new V1.DesignateOfficialRequest
        {
            AgencyId = agencyId.ToString(),
            FullName = fullName,
            RoleTitle = "Senior liaison officer",
            WorkEmail = email,
            WorkPhone = phone ?? string.Empty,
            Purpose = "Working-group membership",
            LegalBasis = V1.LegalBasis.PublicTask,
        })).Official;
    }
}
