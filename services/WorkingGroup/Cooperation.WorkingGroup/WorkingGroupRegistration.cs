using MassTransit;

namespace Cooperation.WorkingGroup;

/// <summary>Everything the working-group service registers and maps, one line per feature.</summary>
internal static class WorkingGroupRegistration
{
    public static IServiceCollection AddWorkingGroup(this IServiceCollection services)
    {
        return services;
    }

    public static IBusRegistrationConfigurator AddWorkingGroupConsumers(this IBusRegistrationConfigurator bus)
    {
        return bus;
    }

    public static WebApplication MapWorkingGroupGrpcServices(this WebApplication app)
    {
        return app;
    }
}
