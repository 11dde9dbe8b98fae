using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.CooperationAreas;
using Cooperation.WorkingGroup.Debriefs;
using Cooperation.WorkingGroup.Establishment;
using Cooperation.WorkingGroup.Meetings;
using Cooperation.WorkingGroup.Membership;
using Cooperation.WorkingGroup.Officials;
using Cooperation.WorkingGroup.Projects;
using Cooperation.WorkingGroup.ReviewEvidence;
using Cooperation.WorkingGroup.Reviews;
using Cooperation.WorkingGroup.SuccessCriteria;
using MassTransit;

namespace Cooperation.WorkingGroup;

/// <summary>
/// Everything the working-group service registers and maps, feature by feature: repositories and
/// rule services are singletons (they hold no per-call state), jobs are hosted services, consumers
/// sit behind the inbox on their own endpoints.
/// </summary>
internal static class WorkingGroupRegistration
{
    public static IServiceCollection AddWorkingGroup(this IServiceCollection services, IConfiguration configuration)
    {
        // Agencies and officials (reference data, personal data)
        services.AddSingleton<AgencyRepository>();
        services.AddSingleton<OfficialRepository>();
        services.AddSingleton<OfficialRetentionPass>();
        services.AddHostedService<ReferenceDataSeeder>();
        services.AddHostedService<OfficialRetentionJob>();

        // Establishment and membership
        services.AddSingleton<WorkingGroupRepository>();
        services.AddSingleton<MembershipRepository>();

        // Cooperation areas, success criteria, statement reviews
        services.AddSingleton<CooperationAreaRepository>();
        services.AddSingleton<SuccessCriteriaRepository>();
        services.AddSingleton<StatementReviewRepository>();

        // Meetings and the quarterly cadence
        services.AddSingleton<MeetingRepository>();
        services.AddSingleton<ActionItemRepository>();
        services.AddSingleton<RiskEscalationRepository>();
        services.AddSingleton<CadenceRepository>();
        services.AddSingleton<CadenceBreachRaiser>();
        services.AddSingleton<CadenceBreachCheck>();
        services.AddHostedService<CadenceBreachMonitor>();

        // Projects
        services.AddSingleton<ProjectRepository>();
        services.AddSingleton<ProjectReports>();

        // Operational debriefs
        services.AddSingleton<DebriefRepository>();
        services.AddSingleton<CorrectiveActionItems>();

        // Review evidence (¶8): success measures' values from the metrics service, as this service's own identity
        var reviewEvidence = ReviewEvidenceSettings.From(configuration);
        services.AddSingleton(reviewEvidence);
        services.AddSingleton<ReviewEvidenceRepository>();
        services.AddSingleton<ReviewEvidenceAssembly>();
        services.AddSingleton<SuccessMeasureValues>();
        services.AddCooperationGrpcClient<Cooperation.Contracts.Metrics.V1.IndicatorsService.IndicatorsServiceClient>(reviewEvidence.MetricsAddress)
            .WithServiceIdentity();
        return services;
    }

    public static IBusRegistrationConfigurator AddWorkingGroupConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddInboxConsumer<ProjectCommencedConsumer, ProjectCommenced>(WorkingGroupEndpoints.ProjectCommenced);
        bus.AddInboxConsumer<ProjectCompletedConsumer, ProjectCompleted>(WorkingGroupEndpoints.ProjectCompleted);
        bus.AddInboxConsumer<RiskEscalatedConsumer, RiskEscalated>(WorkingGroupEndpoints.RiskEscalated);
        bus.AddInboxConsumer<CapacityProjectProposedConsumer, CapacityProjectProposed>(WorkingGroupEndpoints.CapacityProjectProposed);
        return bus;
    }

    public static WebApplication MapWorkingGroupGrpcServices(this WebApplication app)
    {
        app.MapGrpcService<AgenciesGrpcService>();
        app.MapGrpcService<OfficialsGrpcService>();
        app.MapGrpcService<PersonalDataGrpcService>();
        app.MapGrpcService<WorkingGroupGrpcService>();
        app.MapGrpcService<MembershipGrpcService>();
        app.MapGrpcService<CooperationAreasGrpcService>();
        app.MapGrpcService<SuccessCriteriaGrpcService>();
        app.MapGrpcService<StatementReviewsGrpcService>();
        app.MapGrpcService<MeetingsGrpcService>();
        app.MapGrpcService<CadenceGrpcService>();
        app.MapGrpcService<ProjectsGrpcService>();
        app.MapGrpcService<DebriefsGrpcService>();
        app.MapGrpcService<ReviewEvidenceGrpcService>();
        return app;
    }
}
