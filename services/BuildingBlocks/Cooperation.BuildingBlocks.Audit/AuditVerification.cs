namespace Cooperation.BuildingBlocks.Audit;

/// <summary>The outcome of recomputing the chain: intact, or the first record that fails and why.</summary>
public sealed record AuditVerification(
    bool IsIntact, long RecordsChecked, long? FirstBrokenSequence, Guid? FirstBrokenRecordId, string? Problem)
{
    public static AuditVerification Intact(long checkedCount) => new(true, checkedCount, null, null, null);
}
