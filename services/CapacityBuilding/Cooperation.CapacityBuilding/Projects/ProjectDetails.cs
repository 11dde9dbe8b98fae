using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>What a project is, as a draft or an update states it: everything but its agencies, status and history.</summary>
public sealed record ProjectDetails(
    BilingualText Title, BilingualText Description, ProjectType Type, IReadOnlyList<string> StatementParagraphs,
    IReadOnlyList<CooperationAreaTag> CooperationAreas, DateOnly? PlannedStart, DateOnly? PlannedEnd);
