using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>A membership with the official and agency it belongs to, as callers read it.</summary>
internal sealed record MemberView(
    Guid MembershipId,
    Guid OfficialId,
    string FullName,
    string RoleTitle,
    Guid AgencyId,
    string AgencyNameEn,
    Participant Participant,
    MembershipRole Role,
    DateOnly StartedOn,
    DateOnly? EndedOn);
