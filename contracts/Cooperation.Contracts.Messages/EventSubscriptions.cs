using Cooperation.Contracts.Messages.CapacityBuilding;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Contracts.Messages.WorkingGroup;

namespace Cooperation.Contracts.Messages;

/// <summary>One consumer endpoint (a RabbitMQ queue) and an event type it consumes.</summary>
public sealed record EventSubscription(string Endpoint, Type EventType);

/// <summary>
/// Which endpoint consumes which events, for every service. RabbitMQ drops a message published to
/// an exchange no queue is bound to, so publishers declare these queues and bindings before they
/// publish: an event is kept for its consumer even if that consumer has never run. A consumer's
/// endpoint must be listed here (service start-up fails otherwise). Name endpoints
/// "{service}-{event}" in kebab case, e.g. <c>new("working-group-project-commenced", typeof(ProjectCommenced))</c>.
/// </summary>
public static class EventSubscriptions
{
    public static IReadOnlyList<EventSubscription> All { get; } =
    [
        new(WorkingGroupEndpoints.ProjectCommenced, typeof(ProjectCommenced)),
        new(WorkingGroupEndpoints.ProjectCompleted, typeof(ProjectCompleted)),
        new(WorkingGroupEndpoints.RiskEscalated, typeof(RiskEscalated)),
        new(WorkingGroupEndpoints.CapacityProjectProposed, typeof(CapacityProjectProposed)),
        new(TrainingEndpoints.ProjectAgreed, typeof(ProjectAgreed)),
        new(CapacityBuildingEndpoints.ProjectAgreed, typeof(ProjectAgreed)),
        new(MetricsEndpoints.WorkingGroupEstablished, typeof(WorkingGroupEstablished)),
        new(MetricsEndpoints.MeetingHeld, typeof(MeetingHeld)),
        new(MetricsEndpoints.MeetingCadenceBreached, typeof(MeetingCadenceBreached)),
        new(MetricsEndpoints.ProjectAgreed, typeof(ProjectAgreed)),
        new(MetricsEndpoints.ProjectStatusChanged, typeof(ProjectStatusChanged)),
        new(MetricsEndpoints.StatementReviewed, typeof(StatementReviewed)),
        new(MetricsEndpoints.ActionItemClosed, typeof(ActionItemClosed)),
        new(MetricsEndpoints.AgencyCoverageChanged, typeof(AgencyCoverageChanged)),
        new(MetricsEndpoints.SuccessMeasureDefined, typeof(SuccessMeasureDefined)),
        new(MetricsEndpoints.BookingApproved, typeof(BookingApproved)),
        new(MetricsEndpoints.TrainingSessionHeld, typeof(TrainingSessionHeld)),
        new(MetricsEndpoints.TrainingCompleted, typeof(TrainingCompleted)),
        new(MetricsEndpoints.CertificateIssued, typeof(CertificateIssued)),
        new(MetricsEndpoints.CertificateRevoked, typeof(CertificateRevoked)),
        new(MetricsEndpoints.ExchangeStarted, typeof(ExchangeStarted)),
        new(MetricsEndpoints.ExchangeCompleted, typeof(ExchangeCompleted)),
        new(MetricsEndpoints.CascadeDelivered, typeof(CascadeDelivered)),
        new(MetricsEndpoints.TrainingNeedCoverageChanged, typeof(TrainingNeedCoverageChanged)),
        new(MetricsEndpoints.MilestoneAchieved, typeof(MilestoneAchieved)),
        new(MetricsEndpoints.MilestoneMissed, typeof(MilestoneMissed)),
        new(MetricsEndpoints.BudgetExecutionChanged, typeof(BudgetExecutionChanged)),
        new(MetricsEndpoints.RiskAssessed, typeof(RiskAssessed)),
        new(MetricsEndpoints.ResultReported, typeof(ResultReported)),
    ];
}
