using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Metrics.Publication;

/// <summary>One co-chair's approval of a quarter's figures, as they stood at <paramref name="ApprovedVersion"/>.</summary>
public sealed record QuarterApproval(Participant Participant, long ApprovedVersion, string ApprovedBy, DateTimeOffset ApprovedAt);
