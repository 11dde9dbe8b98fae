using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.Testing;
using Google.Type;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests.Projects;

/// <summary>Valid requests the project tests start from, and projects created through the API.</summary>
public static class ProjectRequests
{
    public static V1.CreateProjectRequest NewProject(Guid? leadAgencyId = null, Guid? partnerAgencyId = null)
    {
        var request = new V1.CreateProjectRequest
        {
            TitleEn = "Document examination stations at the Kapitan Andreevo crossing",
            TitleBg = "Станции за проверка на документи на ГКПП Капитан Андреево",
            DescriptionEn = "Equipment and training to detect forged travel documents.",
            DescriptionBg = "Оборудване и обучение за откриване на подправени документи за пътуване.",
            Type = V1.ProjectType.DocumentExamination,
            LeadAgencyId = (leadAgencyId ?? Personas.UkBorderForce).ToString(),
            PlannedStart = new Date { Year = 2024, Month = 1, Day = 1 },
            PlannedEnd = new Date { Year = 2025, Month = 6, Day = 30 },
        };
        request.StatementParagraphs.Add("4c");
        request.CooperationAreas.Add(TypeV1.CooperationAreaTag.BorderSecurity);
        request.CooperationAreas.Add(TypeV1.CooperationAreaTag.CapacityBuilding);
        request.Agencies.Add(new V1.ProjectAgency
        {
            AgencyId = (partnerAgencyId ?? Cooperation.BuildingBlocks.Security.Development.DevelopmentPersonas.BgBorderPolice).ToString(),
            Role = V1.AgencyRole.Beneficiary,
        });
        return request;
    }

    /// <summary>A project led by UK Border Force, created as its project lead.</summary>
    public static async Task<V1.Project> CreatedAsync(CapacityBuildingServiceFactory factory, V1.CreateProjectRequest? request = null) =>
        (await new V1.ProjectsService.ProjectsServiceClient(factory.ChannelFor(Personas.UkProjectLead))
            .CreateProjectAsync(request ?? NewProject())).Project;

    /// <summary>A project moved to IMPLEMENTATION.</summary>
    public static async Task<V1.Project> InImplementationAsync(CapacityBuildingServiceFactory factory)
    {
        var project = await CreatedAsync(factory);
        return (await new V1.ProjectsService.ProjectsServiceClient(factory.ChannelFor(Personas.UkProjectLead)).ChangeProjectStatusAsync(
            new V1.ChangeProjectStatusRequest { ProjectId = project.Id, Version = project.Version, Status = V1.ProjectStatus.Implementation })).Project;
    }
}
