namespace Cooperation.Contracts.Messages;

/// <summary>The metrics service's consumer endpoints (queues), shared with <see cref="EventSubscriptions"/>.</summary>
public static class MetricsEndpoints
{
    public const string WorkingGroupEstablished = "metrics-working-group-established";

    public const string MeetingHeld = "metrics-meeting-held";

    public const string MeetingCadenceBreached = "metrics-meeting-cadence-breached";

    public const string ProjectAgreed = "metrics-project-agreed";

    public const string ProjectStatusChanged = "metrics-project-status-changed";

    public const string StatementReviewed = "metrics-statement-reviewed";

    public const string SuccessMeasureDefined = "metrics-success-measure-defined";
}
