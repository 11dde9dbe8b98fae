namespace Cooperation.Contracts.Messages;

/// <summary>The capacity-building service's consumer endpoints (queues), shared with <see cref="EventSubscriptions"/>.</summary>
public static class CapacityBuildingEndpoints
{
    public const string ProjectAgreed = "capacity-building-project-agreed";
}
