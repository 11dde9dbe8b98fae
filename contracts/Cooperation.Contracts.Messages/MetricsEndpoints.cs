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

    public const string ActionItemClosed = "metrics-action-item-closed";

    public const string AgencyCoverageChanged = "metrics-agency-coverage-changed";

    public const string SuccessMeasureDefined = "metrics-success-measure-defined";

    public const string BookingApproved = "metrics-booking-approved";

    public const string TrainingSessionHeld = "metrics-training-session-held";

    public const string TrainingCompleted = "metrics-training-completed";

    public const string CertificateIssued = "metrics-certificate-issued";

    public const string CertificateRevoked = "metrics-certificate-revoked";

    public const string ExchangeStarted = "metrics-exchange-started";

    public const string ExchangeCompleted = "metrics-exchange-completed";

    public const string CascadeDelivered = "metrics-cascade-delivered";

    public const string TrainingNeedCoverageChanged = "metrics-training-need-coverage-changed";

    public const string MilestoneAchieved = "metrics-milestone-achieved";

    public const string MilestoneMissed = "metrics-milestone-missed";

    public const string BudgetExecutionChanged = "metrics-budget-execution-changed";

    public const string RiskAssessed = "metrics-risk-assessed";

    public const string ResultReported = "metrics-result-reported";
}
