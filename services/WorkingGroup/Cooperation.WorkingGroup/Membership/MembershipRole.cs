namespace Cooperation.WorkingGroup.Membership;

/// <summary>Stored as "member" and "co_chair". Numbers match the proto enum.</summary>
internal enum MembershipRole
{
    Member = 1,
    CoChair = 2,
}
