using MassTransit;

namespace Cooperation.CapacityBuilding;

/// <summary>Everything the capacity-building service registers and maps: every feature's singletons, jobs, consumers and gRPC services.</summary>
internal static class CapacityBuildingRegistration
{
    public static IServiceCollection AddCapacityBuilding(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }

    public static IBusRegistrationConfigurator AddCapacityBuildingConsumers(this IBusRegistrationConfigurator bus) => bus;

    public static WebApplication MapCapacityBuildingGrpcServices(this WebApplication app) => app;
}
