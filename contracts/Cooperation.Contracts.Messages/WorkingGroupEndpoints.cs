namespace Cooperation.Contracts.Messages;

/// <summary>The working-group service's consumer endpoints (queues), shared with <see cref="EventSubscriptions"/>.</summary>
public static class WorkingGroupEndpoints
{
    public const string ProjectCommenced = "working-group-project-commenced";

    public const string ProjectCompleted = "working-group-project-completed";

    public const string RiskEscalated = "working-group-risk-escalated";

    public const string CapacityProjectProposed = "working-group-capacity-project-proposed";
}
