using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.CapacityBuilding.Budgets;
using Cooperation.CapacityBuilding.Milestones;
using Cooperation.CapacityBuilding.Phases;
using Cooperation.CapacityBuilding.Projects;
using Cooperation.CapacityBuilding.Results;
using Cooperation.CapacityBuilding.Risks;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.CapacityBuilding;

/// <summary>Everything the capacity-building service registers and maps: every feature's singletons, jobs, consumers and gRPC services.</summary>
internal static class CapacityBuildingRegistration
{
    public static IServiceCollection AddCapacityBuilding(this IServiceCollection services, IConfiguration configuration)
    {
        // Projects and their life cycle
        services.AddSingleton<ProjectRepository>();
        services.AddSingleton<ProjectWrites>();

        // Phases and their gates
        services.AddSingleton<PhaseRepository>();

        // Milestones, the plan's baseline and the missed-milestone job
        services.AddSingleton<MilestoneRepository>();
        services.AddSingleton<BaselineSnapshots>();
        services.AddSingleton<MissedMilestoneCheck>();
        services.AddHostedService<MissedMilestoneMonitor>();

        // Budgets and transactions
        services.AddSingleton<BudgetRepository>();

        // The risk register and the overdue-review job
        services.AddSingleton(HighRiskThreshold.From(configuration));
        services.AddSingleton<RiskRepository>();
        services.AddSingleton<RiskReviewCheck>();
        services.AddHostedService<RiskReviewMonitor>();

        // Results and their indicators
        services.AddSingleton<ResultRepository>();
        return services;
    }

    public static IBusRegistrationConfigurator AddCapacityBuildingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddInboxConsumer<ProjectAgreedConsumer, ProjectAgreed>(CapacityBuildingEndpoints.ProjectAgreed);
        return bus;
    }

    public static WebApplication MapCapacityBuildingGrpcServices(this WebApplication app)
    {
        app.MapGrpcService<ProjectsGrpcService>();
        app.MapGrpcService<PhasesGrpcService>();
        app.MapGrpcService<MilestonesGrpcService>();
        app.MapGrpcService<BudgetsGrpcService>();
        app.MapGrpcService<RisksGrpcService>();
        app.MapGrpcService<ResultsGrpcService>();
        return app;
    }
}
