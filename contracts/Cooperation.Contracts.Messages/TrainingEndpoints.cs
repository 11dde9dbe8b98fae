namespace Cooperation.Contracts.Messages;

/// <summary>The training service's consumer endpoints (queues), shared with <see cref="EventSubscriptions"/>.</summary>
public static class TrainingEndpoints
{
    public const string ProjectAgreed = "training-project-agreed";
}
