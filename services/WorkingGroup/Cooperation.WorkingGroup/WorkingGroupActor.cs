using Cooperation.BuildingBlocks.Audit;

namespace Cooperation.WorkingGroup;

/// <summary>
/// Who the audit trail names when the service acts by itself (start-up seeding, background jobs,
/// consumers) rather than for a caller: the service's own identity, with no participant or agency.
/// </summary>
internal static class WorkingGroupActor
{
    public const string Subject = "service:working-group";

    public static AuditActor System { get; } = new(Subject, null, null);
}
