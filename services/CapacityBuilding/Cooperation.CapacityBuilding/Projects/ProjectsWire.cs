using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>Projects to their wire form.</summary>
internal static class ProjectsWire
{
    public static V1.Project ToWire(Project project)
    {
        var wire = new V1.Project
        {
            Id = project.Id.ToString(),
            TitleEn = project.Title.En,
            TitleBg = project.Title.Bg,
            DescriptionEn = project.Description.En,
            DescriptionBg = project.Description.Bg,
            Type = WireEnums.ToWire<ProjectType, V1.ProjectType>(project.Type),
            LeadAgencyId = project.LeadAgencyId.ToString(),
            Status = WireEnums.ToWire<ProjectStatus, V1.ProjectStatus>(project.Status),
            StatusReason = project.StatusReason ?? "",
            PlannedStart = WireDate.ToWire(project.PlannedStart),
            PlannedEnd = WireDate.ToWire(project.PlannedEnd),
            ActualStart = WireDate.ToWire(project.ActualStart),
            ActualEnd = WireDate.ToWire(project.ActualEnd),
            DecisionId = project.DecisionId?.ToString() ?? "",
            Version = project.Version,
            CreatedAt = WireInstant.ToWire(project.CreatedAt),
            PlanApprovedAt = WireInstant.ToWire(project.PlanApprovedAt),
            ProposedAt = WireInstant.ToWire(project.ProposedAt),
        };
        wire.StatementParagraphs.AddRange(project.StatementParagraphs);
        wire.CooperationAreas.AddRange(project.CooperationAreas.Select(WireEnums.ToWire<CooperationAreaTag, TypeV1.CooperationAreaTag>));
        wire.Agencies.AddRange(project.Agencies.Select(a => new V1.ProjectAgency
        {
            AgencyId = a.AgencyId.ToString(),
            Role = WireEnums.ToWire<AgencyRole, V1.AgencyRole>(a.Role),
        }));
        return wire;
    }
}
