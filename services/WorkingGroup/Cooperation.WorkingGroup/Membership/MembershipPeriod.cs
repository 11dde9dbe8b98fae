using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>
/// One period in which an official sits on the working group in one role. Ending a membership
/// keeps the row, so who chaired when stays on record.
/// </summary>
internal sealed record MembershipPeriod(
    Guid Id, Guid OfficialId, Participant Participant, MembershipRole Role, DateOnly StartedOn, DateOnly? EndedOn)
{
    public static MembershipPeriod Start(Guid officialId, Participant participant, MembershipRole role, DateOnly on) =>
        new(Guid.NewGuid(), officialId, participant, role, on, null);

    public MembershipPeriod End(DateOnly on) => this with { EndedOn = on };
}
