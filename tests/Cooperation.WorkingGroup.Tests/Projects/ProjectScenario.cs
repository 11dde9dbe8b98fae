using Cooperation.Contracts.Type.V1;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;

namespace Cooperation.WorkingGroup.Tests.Projects;

public static class ProjectScenario
{
    public static ProjectsService.ProjectsServiceClient Projects(this WorkingGroupServiceFactory factory) => new(factory.Channel);

    public static async Task<Project> ProposeAsync(this WorkingGroupServiceFactory factory, SeededProgramme programme, ProjectWorkstream workstream) =>
        (await factory.Projects().ProposeProjectAsync(new ProposeProjectRequest
        {
            Title = "Document fraud detection",
            Summary = "Joint course for border officers",
            Workstream = workstream,
            CooperationAreas = { CooperationAreaTag.BorderSecurity, CooperationAreaTag.InformationSharing },
            LeadAgencyIds = { programme.BgAgency.ToString(), programme.UkAgency.ToString() },
        })).Project;

    /// <summary>A proposal agreed by a binding decision of a held meeting, confirmed by both co-chairs.</summary>
    public static async Task<Project> AgreedAsync(this WorkingGroupServiceFactory factory, SeededProgramme programme, ProjectWorkstream workstream)
    {
        var project = await factory.ProposeAsync(programme, workstream);
        var decision = await factory.DecideJointlyAsync(await factory.HoldAsync(programme));
        return (await factory.Projects().AgreeProjectAsync(new AgreeProjectRequest { ProjectId = project.Id, DecisionId = decision.Id })).Project;
    }
}
