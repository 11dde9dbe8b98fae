namespace Cooperation.BuildingBlocks.Audit;

/// <summary>
/// Who the trail names when the service acts by itself (consumers, background jobs, seeding)
/// rather than for a caller: <c>service:{name}</c>, with no participant or agency.
/// </summary>
public sealed record ServiceActor(string ServiceName)
{
    public AuditActor Actor { get; } = new($"service:{ServiceName}", null, null);
}
