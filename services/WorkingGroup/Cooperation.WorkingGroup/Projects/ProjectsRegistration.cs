using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.WorkingGroup.Meetings;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cooperation.WorkingGroup.Projects;

internal static class ProjectsRegistration
{
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.TryAddSingleton<ProgrammeQueries>();
        return services.AddSingleton<ProjectRepository>().AddSingleton<ProjectReports>();
    }

    public static IBusRegistrationConfigurator AddProjectConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddInboxConsumer<ProjectCommencedConsumer, ProjectCommenced>(WorkingGroupEndpoints.ProjectCommenced);
        bus.AddInboxConsumer<ProjectCompletedConsumer, ProjectCompleted>(WorkingGroupEndpoints.ProjectCompleted);
        return bus;
    }

    public static WebApplication MapProjectsGrpcService(this WebApplication app)
    {
        app.MapGrpcService<ProjectsGrpcService>();
        return app;
    }
}
