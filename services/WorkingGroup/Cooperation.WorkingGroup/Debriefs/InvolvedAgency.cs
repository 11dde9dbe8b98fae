using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>An agency that took part in a debriefed operation, with its participant as at the debrief.</summary>
internal sealed record InvolvedAgency(Guid AgencyId, Participant Participant);
