using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>A serving co-chair of the working group (one per participant, ¶6).</summary>
public sealed record CoChair(Guid OfficialId, Participant Participant);
