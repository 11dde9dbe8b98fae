using Cooperation.BuildingBlocks.Audit;

namespace Cooperation.WorkingGroup;

/// <summary>
/// The actor of the audit records of work the service does by itself (event consumers, the cadence
/// breach check, seeding): no person and no agency acted, the service did.
/// </summary>
public static class WorkingGroupSystemActor
{
    public const string Subject = "service:working-group";

    public static AuditActor Actor { get; } = new(Subject, null, null);
}
