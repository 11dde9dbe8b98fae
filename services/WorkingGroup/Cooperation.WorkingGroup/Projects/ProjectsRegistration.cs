using Cooperation.WorkingGroup.Meetings;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cooperation.WorkingGroup.Projects;

internal static class ProjectsRegistration
{
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.TryAddSingleton<ProgrammeQueries>();
        return services.AddSingleton<ProjectRepository>();
    }

    public static IBusRegistrationConfigurator AddProjectConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ProjectCommencedConsumer, ProjectCommencedConsumerDefinition>();
        bus.AddConsumer<ProjectCompletedConsumer, ProjectCompletedConsumerDefinition>();
        return bus;
    }

    public static WebApplication MapProjectsGrpcService(this WebApplication app)
    {
        app.MapGrpcService<ProjectsGrpcService>();
        return app;
    }
}
