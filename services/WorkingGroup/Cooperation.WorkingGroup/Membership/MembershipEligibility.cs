using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>Who may join the working group or chair it: any designated official whose data is still held.</summary>
internal static class MembershipEligibility
{
    /// <summary>An erased official is only an id kept for history; it cannot take a seat again.</summary>
    public static void EnsureCanJoin(Guid officialId, bool erased)
    {
        if (erased)
        {
            throw new RuleViolationException(MembershipRules.ErasedOfficialCannotBeMember,
                $"The data of official '{officialId}' was erased; an erased official cannot be a member or co-chair.");
        }
    }
}
