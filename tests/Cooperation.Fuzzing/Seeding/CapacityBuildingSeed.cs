using Cooperation.BuildingBlocks.Security.Development;
using Google.Protobuf;
using Google.Type;
using Grpc.Net.Client;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.Fuzzing.Seeding;

/// <summary>
/// Capacity building's every record hangs off a project, and a plausible request with a made-up
/// project id stops at NotFound. So before fuzzing, a project lead creates two projects through the
/// API (one moved into implementation) and a milestone on the first; the fuzzer learns their ids
/// and agencies from the answers and its requests reach the rules and the database.
/// </summary>
public static class CapacityBuildingSeed
{
    /// <summary>The persona the seed calls as: a project lead of UK Border Force.</summary>
    public const string Persona = "uk-project-lead";

    public static async Task<IReadOnlyList<IMessage>> CreateAsync(GrpcChannel projectLead)
    {
        var projects = new V1.ProjectsService.ProjectsServiceClient(projectLead);
        var draft = (await projects.CreateProjectAsync(NewProject("Forged document detection at Kapitan Andreevo"), deadline: Deadline())).Project;
        var running = (await projects.CreateProjectAsync(NewProject("Joint risk analysis of Black Sea routes"), deadline: Deadline())).Project;
        var implementation = await projects.ChangeProjectStatusAsync(
            new V1.ChangeProjectStatusRequest { ProjectId = running.Id, Version = running.Version, Status = V1.ProjectStatus.Implementation },
            deadline: Deadline());
        var milestone = await new V1.MilestonesService.MilestonesServiceClient(projectLead).AddMilestoneAsync(
            new V1.AddMilestoneRequest
            {
                ProjectId = draft.Id, ProjectVersion = draft.Version, Title = "Stations installed",
                DueOn = new Date { Year = 2024, Month = 9, Day = 30 },
            },
            deadline: Deadline());
        return [draft, implementation, milestone];
    }

    private static V1.CreateProjectRequest NewProject(string title)
    {
        var request = new V1.CreateProjectRequest
        {
            TitleEn = title,
            TitleBg = "Проект за изграждане на капацитет",
            DescriptionEn = "Equipment and training agreed by the working group.",
            DescriptionBg = "Оборудване и обучение, договорени от работната група.",
            Type = V1.ProjectType.DocumentExamination,
            LeadAgencyId = DevelopmentPersonas.UkBorderForce.ToString(),
            PlannedStart = new Date { Year = 2024, Month = 1, Day = 1 },
            PlannedEnd = new Date { Year = 2025, Month = 6, Day = 30 },
        };
        request.StatementParagraphs.Add("4c");
        request.CooperationAreas.Add(TypeV1.CooperationAreaTag.BorderSecurity);
        request.Agencies.Add(new V1.ProjectAgency { AgencyId = DevelopmentPersonas.BgBorderPolice.ToString(), Role = V1.AgencyRole.Beneficiary });
        return request;
    }

    private static System.DateTime Deadline() => System.DateTime.UtcNow.Add(FuzzSettings.UnaryDeadline);
}
