using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.Meetings;
using Cooperation.WorkingGroup.Projects;
using MassTransit;

namespace Cooperation.WorkingGroup;

/// <summary>Everything the working-group service registers and maps, one line per feature.</summary>
internal static class WorkingGroupRegistration
{
    public static IServiceCollection AddWorkingGroup(this IServiceCollection services)
    {
        services.AddMeetings();
        services.AddCadence();
        services.AddProjects();
        return services;
    }

    public static IBusRegistrationConfigurator AddWorkingGroupConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddProjectConsumers();
        return bus;
    }

    public static WebApplication MapWorkingGroupGrpcServices(this WebApplication app)
    {
        app.MapMeetingsGrpcService();
        app.MapCadenceGrpcService();
        app.MapProjectsGrpcService();
        return app;
    }
}
