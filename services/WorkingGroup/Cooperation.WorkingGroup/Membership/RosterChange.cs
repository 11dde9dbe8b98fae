namespace Cooperation.WorkingGroup.Membership;

/// <summary>What one roster operation does: memberships to end, then memberships to start, in one transaction.</summary>
internal sealed record RosterChange(IReadOnlyList<MembershipPeriod> Ended, IReadOnlyList<MembershipPeriod> Started);
