using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.InformationSharing;
using Cooperation.Metrics.Observations;
using Cooperation.Metrics.Publication;
using Cooperation.Metrics.Reports;
using Cooperation.Metrics.Stream;
using Cooperation.Metrics.Telemetry;
using Cooperation.BuildingBlocks.Messaging;
using MassTransit;

namespace Cooperation.Metrics;

/// <summary>
/// Everything the metrics service registers and maps. The services method is AddMetricsService,
/// not AddMetrics, which the framework already defines for System.Diagnostics.Metrics.
/// </summary>
internal static class MetricsRegistration
{
    public static IServiceCollection AddMetricsService(this IServiceCollection services)
    {
        services.AddSingleton<IndicatorRepository>();
        services.AddHostedService<BuiltInIndicatorSeeder>();
        services.AddSingleton<ObservationRepository>();
        services.AddSingleton<ObservationRecorder>();
        services.AddSingleton<FigureRepository>();
        services.AddSingleton<FigureRecorder>();
        services.AddSingleton<CadenceCompliance>();
        services.AddSingleton<ManualObservationRepository>();
        services.AddSingleton<InformationSharingRepository>();
        services.AddSingleton<SharingIndicators>();
        services.AddSingleton<IndicatorSnapshotRepository>();
        services.AddSingleton<IndicatorGauges>();
        services.AddSingleton<IndicatorGaugeRefresher>();
        services.AddSingleton<IUnitOfWorkParticipant>(sp => sp.GetRequiredService<IndicatorGaugeRefresher>());
        services.AddHostedService(sp => sp.GetRequiredService<IndicatorGaugeRefresher>());
        services.AddOptions<StreamOptions>().BindConfiguration("Metrics:Stream");
        services.AddSingleton<StreamRepository>();
        services.AddSingleton<IndicatorChangeFeed>();
        services.AddSingleton<IUnitOfWorkParticipant>(sp => sp.GetRequiredService<IndicatorChangeFeed>());
        services.AddHostedService(sp => sp.GetRequiredService<IndicatorChangeFeed>());
        // The stream's reach beyond this process: other replicas' commits, and a bounded change log.
        services.AddSingleton<ReplicaFanout>();
        services.AddSingleton<IUnitOfWorkParticipant>(sp => sp.GetRequiredService<ReplicaFanout>());
        services.AddHostedService(sp => sp.GetRequiredService<ReplicaFanout>());
        services.AddSingleton<ChangeLogPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeLogPruner>());

        // Bilateral publication, and who sees figures before it.
        services.AddSingleton<PublicationRepository>();
        services.AddSingleton<FigureVisibility>();
        return services;
    }

    public static IBusRegistrationConfigurator AddMetricsConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddInboxConsumer<SuccessMeasureDefinedConsumer, SuccessMeasureDefined>(MetricsEndpoints.SuccessMeasureDefined);
        bus.AddInboxConsumer<WorkingGroupEstablishedConsumer, WorkingGroupEstablished>(MetricsEndpoints.WorkingGroupEstablished);
        bus.AddInboxConsumer<MeetingHeldConsumer, MeetingHeld>(MetricsEndpoints.MeetingHeld);
        bus.AddInboxConsumer<MeetingCadenceBreachedConsumer, MeetingCadenceBreached>(MetricsEndpoints.MeetingCadenceBreached);
        bus.AddInboxConsumer<ProjectAgreedConsumer, ProjectAgreed>(MetricsEndpoints.ProjectAgreed);
        bus.AddInboxConsumer<ProjectStatusChangedConsumer, ProjectStatusChanged>(MetricsEndpoints.ProjectStatusChanged);
        bus.AddInboxConsumer<StatementReviewedConsumer, StatementReviewed>(MetricsEndpoints.StatementReviewed);
        bus.AddInboxConsumer<ActionItemClosedConsumer, ActionItemClosed>(MetricsEndpoints.ActionItemClosed);
        bus.AddInboxConsumer<AgencyCoverageChangedConsumer, AgencyCoverageChanged>(MetricsEndpoints.AgencyCoverageChanged);

        // Training (¶4b).
        bus.AddInboxConsumer<TrainingSessionHeldConsumer, TrainingSessionHeld>(MetricsEndpoints.TrainingSessionHeld);
        bus.AddInboxConsumer<BookingApprovedConsumer, BookingApproved>(MetricsEndpoints.BookingApproved);
        bus.AddInboxConsumer<TrainingCompletedConsumer, TrainingCompleted>(MetricsEndpoints.TrainingCompleted);
        bus.AddInboxConsumer<CertificateIssuedConsumer, CertificateIssued>(MetricsEndpoints.CertificateIssued);
        bus.AddInboxConsumer<CertificateRevokedConsumer, CertificateRevoked>(MetricsEndpoints.CertificateRevoked);
        bus.AddInboxConsumer<ExchangeStartedConsumer, ExchangeStarted>(MetricsEndpoints.ExchangeStarted);
        bus.AddInboxConsumer<ExchangeCompletedConsumer, ExchangeCompleted>(MetricsEndpoints.ExchangeCompleted);
        bus.AddInboxConsumer<CascadeDeliveredConsumer, CascadeDelivered>(MetricsEndpoints.CascadeDelivered);
        bus.AddInboxConsumer<TrainingNeedCoverageChangedConsumer, TrainingNeedCoverageChanged>(MetricsEndpoints.TrainingNeedCoverageChanged);

        // Capacity building (¶4c).
        bus.AddInboxConsumer<MilestoneAchievedConsumer, MilestoneAchieved>(MetricsEndpoints.MilestoneAchieved);
        bus.AddInboxConsumer<MilestoneMissedConsumer, MilestoneMissed>(MetricsEndpoints.MilestoneMissed);
        bus.AddInboxConsumer<BudgetExecutionChangedConsumer, BudgetExecutionChanged>(MetricsEndpoints.BudgetExecutionChanged);
        bus.AddInboxConsumer<RiskAssessedConsumer, RiskAssessed>(MetricsEndpoints.RiskAssessed);
        bus.AddInboxConsumer<ResultReportedConsumer, ResultReported>(MetricsEndpoints.ResultReported);
        return bus;
    }

    public static WebApplication MapMetricsGrpcServices(this WebApplication app)
    {
        app.MapGrpcService<IndicatorsGrpcService>();
        app.MapGrpcService<ObservationsGrpcService>();
        app.MapGrpcService<InformationSharingGrpcService>();
        app.MapGrpcService<IndicatorStreamGrpcService>();
        app.MapGrpcService<PublicationGrpcService>();
        app.MapGrpcService<ReportsGrpcService>();
        return app;
    }
}
