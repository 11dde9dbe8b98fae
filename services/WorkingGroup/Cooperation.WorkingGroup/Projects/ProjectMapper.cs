using Cooperation.Contracts.Messages.Projects;
using Cooperation.WorkingGroup.Meetings;
using Google.Protobuf.WellKnownTypes;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Projects;

internal static class ProjectMapper
{
    public static V1.ProjectProposal ToWire(ProjectProposal project)
    {
        var wire = new V1.ProjectProposal
        {
            ProjectId = project.Id.ToString(),
            Title = project.Title,
            Summary = project.Summary,
            Workstream = project.Workstream == Workstream.Training ? V1.ProjectWorkstream.Training : V1.ProjectWorkstream.CapacityBuilding,
            Status = project.Status switch
            {
                ProjectStatus.Proposed => V1.ProjectStatus.Proposed,
                ProjectStatus.Agreed => V1.ProjectStatus.Agreed,
                ProjectStatus.Commenced => V1.ProjectStatus.Commenced,
                ProjectStatus.Completed => V1.ProjectStatus.Completed,
                _ => V1.ProjectStatus.Closed,
            },
            DecisionId = project.DecisionId?.ToString() ?? string.Empty,
            ProposedAt = Timestamp.FromDateTimeOffset(project.ProposedAt),
            CommencedOn = WireDate.Format(project.CommencedOn),
            CompletedOn = WireDate.Format(project.CompletedOn),
        };
        wire.CooperationAreas.AddRange(project.CooperationAreas);
        wire.LeadAgencyIds.AddRange(project.LeadAgencyIds.Select(a => a.ToString()));
        return wire;
    }

    public static Workstream? FromWire(V1.ProjectWorkstream workstream) => workstream switch
    {
        V1.ProjectWorkstream.Training => Workstream.Training,
        V1.ProjectWorkstream.CapacityBuilding => Workstream.CapacityBuilding,
        _ => null,
    };

    public static ProjectStatus? FromWire(V1.ProjectStatus status) => status switch
    {
        V1.ProjectStatus.Proposed => ProjectStatus.Proposed,
        V1.ProjectStatus.Agreed => ProjectStatus.Agreed,
        V1.ProjectStatus.Commenced => ProjectStatus.Commenced,
        V1.ProjectStatus.Completed => ProjectStatus.Completed,
        V1.ProjectStatus.Closed => ProjectStatus.Closed,
        _ => null,
    };
}
