using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>Whom an official acts for: their agency and its participant, nothing personal.</summary>
internal sealed record OfficialAffiliation(Guid OfficialId, Guid AgencyId, Participant Participant);
