using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.CooperationAreas;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>
/// Domain projects to their wire form. A project names its cooperation areas as text (that is
/// what it stores and what ProjectAgreed carries): the stored form of a
/// <see cref="CooperationAreaTag"/>, "information_sharing".
/// </summary>
internal static class ProjectWire
{
    public static V1.Project ToWire(ProjectProposal project)
    {
        var wire = new V1.Project
        {
            Id = project.Id.ToString(),
            Title = project.Title,
            Summary = project.Summary,
            Workstream = WireEnums.ToWire<Workstream, V1.ProjectWorkstream>(project.Workstream),
            Status = WireEnums.ToWire<ProjectStatus, V1.ProjectStatus>(project.Status),
            DecisionId = project.DecisionId?.ToString() ?? string.Empty,
            ProposedAt = WireInstant.ToWire(project.ProposedAt),
            CommencedOn = WireDate.ToWire(project.CommencedOn),
            CompletedOn = WireDate.ToWire(project.CompletedOn),
        };
        wire.CooperationAreas.AddRange(project.CooperationAreas.Select(TagOf));
        // In id order, as stored and read back, so an answer equals a later read whatever order the request named them in.
        wire.LeadAgencyIds.AddRange(project.LeadAgencyIds.Order().Select(a => a.ToString()));
        wire.CooperationAreaIds.AddRange(project.CooperationAreaIds.Order().Select(a => a.ToString()));
        return wire;
    }

    /// <summary>The text a project stores for <paramref name="tag"/>.</summary>
    public static string StoredArea(CooperationAreaTag tag) => StoredEnums.ToStored(tag);

    /// <summary>
    /// The tag of a stored area. Text outside the vocabulary (written before projects named their
    /// areas by tag) reads as UNSPECIFIED rather than failing the whole answer.
    /// </summary>
    private static TypeV1.CooperationAreaTag TagOf(string stored) =>
        Enum.TryParse<CooperationAreaTag>(stored.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal),
            ignoreCase: true, out var tag) && Enum.IsDefined(tag)
            ? WireEnums.ToWire<CooperationAreaTag, TypeV1.CooperationAreaTag>(tag)
            : TypeV1.CooperationAreaTag.Unspecified;
}
