using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>An official present at a held meeting, with the agency and participant they attended for.</summary>
public sealed record Attendee(Guid OfficialId, Guid AgencyId, Participant Participant, bool CoChair = false);
