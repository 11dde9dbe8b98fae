using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Agencies;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>A registered agency and how many of its officials currently sit on the group.</summary>
internal sealed record AgencyMembers(Guid AgencyId, Participant Participant, string NameEn, AgencyKind Kind, int CurrentMembers);
